package table

import (
	"archive/zip"
	"bytes"
	"strings"
)

// Kind is a file format as Sniff recognises it from the file's content.
type Kind string

// The kinds that Sniff tells apart. Readers exist for some of them; the others
// are named in the error that refuses them (see kindError).
const (
	KindText      Kind = "text"      // text that is not CSV (the tab-separated layout)
	KindCSV       Kind = "csv"       // text whose header line is split by commas or semicolons
	KindModel     Kind = "json"      // text that starts with {: the canonical model as JSON
	KindYAML      Kind = "yaml"      // the canonical model as YAML, known by its extension only
	KindXLSX      Kind = "xlsx"      // Office Open XML workbook (zip with xl/)
	KindDOCX      Kind = "docx"      // Office Open XML document (zip with word/)
	KindPPTX      Kind = "pptx"      // Office Open XML presentation (zip with ppt/)
	KindODS       Kind = "ods"       // OpenDocument spreadsheet
	KindODT       Kind = "odt"       // OpenDocument text
	KindZip       Kind = "zip"       // any other zip archive
	KindXLS       Kind = "xls"       // Excel 97-2003 workbook (compound file with a Workbook stream)
	KindDOC       Kind = "doc"       // Word 97-2003 document (compound file with a WordDocument stream)
	KindPPT       Kind = "ppt"       // PowerPoint 97-2003 presentation
	KindEncrypted Kind = "encrypted" // compound file holding an encrypted Office file
	KindOLE       Kind = "ole"       // any other compound file
	KindPDF       Kind = "pdf"       // PDF document
	KindRTF       Kind = "rtf"       // rich text format
	KindPNG       Kind = "png"       // image
	KindJPEG      Kind = "jpeg"      // image
	KindGIF       Kind = "gif"       // image
	KindTIFF      Kind = "tiff"      // image
	KindBMP       Kind = "bmp"       // image
	KindWebP      Kind = "webp"      // image
	KindUnknown   Kind = "unknown"   // not recognised: read by the file's extension
)

// Bounds of what Sniff looks at.
const (
	pdfSearchSpan   = 1024     // %PDF- may follow up to this many bytes of junk
	zipKindFiles    = 10000    // entries looked at to tell a zip's kind
	textSniffLength = 64 << 10 // bytes of text looked at to tell CSV from text
)

// oleMagic starts an OLE compound file: a legacy .xls or .doc, or an encrypted
// Office file.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Sniff tells a file's format from its content: containers by their magic
// bytes and, for zip and compound files, by the parts inside; text as KindText,
// KindCSV or KindModel (see sniffText). Data that is neither a known container
// nor text is KindUnknown.
func Sniff(data []byte) Kind {
	if k := sniffContainer(data); k != KindUnknown {
		return k
	}
	return sniffText(data)
}

// sniffContainer tells the kinds that are not text by their magic bytes;
// anything else is KindUnknown.
func sniffContainer(data []byte) Kind {
	switch {
	case bytes.HasPrefix(data, oleMagic):
		return sniffOLE(data)
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return sniffZip(data)
	case bytes.Contains(data[:min(len(data), pdfSearchSpan)], []byte("%PDF-")):
		return KindPDF
	case bytes.HasPrefix(data, []byte("{\\rtf")):
		return KindRTF
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return KindPNG
	case bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}):
		return KindJPEG
	case bytes.HasPrefix(data, []byte("GIF87a")), bytes.HasPrefix(data, []byte("GIF89a")):
		return KindGIF
	case bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")):
		return KindTIFF
	case len(data) > 14 && bytes.HasPrefix(data, []byte("BM")) && data[6] == 0 && data[7] == 0 && data[8] == 0 && data[9] == 0:
		return KindBMP
	case len(data) > 12 && bytes.HasPrefix(data, []byte("RIFF")) && string(data[8:12]) == "WEBP":
		return KindWebP
	}
	return KindUnknown
}

// sniffOLE tells the kind of a compound file by the names of its streams,
// which the directory holds in UTF-16.
func sniffOLE(data []byte) Kind {
	has := func(name string) bool { return bytes.Contains(data, utf16LEBytes(name)) }
	switch {
	case has("EncryptionInfo") || has("EncryptedPackage"):
		return KindEncrypted
	case has("WordDocument"):
		return KindDOC
	case has("Workbook") || has("Book\x00"):
		return KindXLS
	case has("PowerPoint Document"):
		return KindPPT
	}
	return KindOLE
}

// sniffZip tells the kind of a zip archive by its parts: the mimetype of an
// OpenDocument file, or the folders of an Office Open XML one.
func sniffZip(data []byte) Kind {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return KindZip
	}
	for i, f := range zr.File {
		if i >= zipKindFiles {
			break
		}
		switch {
		case f.Name == "mimetype" && f.UncompressedSize64 < 100:
			return sniffODFMime(f)
		case strings.HasPrefix(f.Name, "xl/"):
			return KindXLSX
		case strings.HasPrefix(f.Name, "word/"):
			return KindDOCX
		case strings.HasPrefix(f.Name, "ppt/"):
			return KindPPTX
		}
	}
	return KindZip
}

// sniffODFMime reads the mimetype part of an OpenDocument file.
func sniffODFMime(f *zip.File) Kind {
	rc, err := f.Open()
	if err != nil {
		return KindZip
	}
	defer func() { _ = rc.Close() }()
	var b [100]byte
	n, _ := rc.Read(b[:])
	switch mime := string(b[:n]); {
	case strings.HasSuffix(mime, "opendocument.spreadsheet"):
		return KindODS
	case strings.HasSuffix(mime, "opendocument.text"):
		return KindODT
	}
	return KindZip
}

// sniffText tells apart the text kinds: a model (the first character is {),
// CSV (the first line that names 项目名称 or 三级指标, or else the first line,
// has more commas or semicolons than tabs) or the text layout. Data with a NUL
// byte and no UTF-16 byte order mark is KindUnknown.
func sniffText(data []byte) Kind {
	head := data[:min(len(data), textSniffLength)]
	if !bytes.HasPrefix(head, bomUTF16LE) && !bytes.HasPrefix(head, bomUTF16BE) && bytes.IndexByte(head, 0) >= 0 {
		return KindUnknown
	}
	text, _, err := Decode(head)
	if err != nil {
		text = string(head) // cut in the middle of a character: judge the bytes
	}
	if strings.HasPrefix(strings.TrimLeft(text, " \t\r\n"), "{") {
		return KindModel
	}
	lines := strings.Split(text, "\n")
	line := lines[0]
	for _, l := range lines {
		if strings.Contains(l, "项目名称") || strings.Contains(l, "三级指标") {
			line = l
			break
		}
	}
	if max(strings.Count(line, ","), strings.Count(line, ";")) > strings.Count(line, "\t") {
		return KindCSV
	}
	return KindText
}
