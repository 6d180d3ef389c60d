package table

import (
	"path/filepath"
	"strings"
)

// kindNames names the kinds that have no reader, in English and Chinese, with
// what the user should do instead.
var kindNames = map[Kind][2]string{
	KindDOC: {"legacy Word 97-2003 document (.doc): save it as .docx and check that",
		"是旧版 Word 97-2003 文件（.doc）：请另存为 .docx 后再检查"},
	KindXLS: {"legacy Excel 97-2003 workbook (.xls): save it as .xlsx and check that",
		"是旧版 Excel 97-2003 工作簿（.xls）：请另存为 .xlsx 后再检查"},
	KindPPT: {"PowerPoint presentation (.ppt), not a table: check the table it was made from (.xlsx, .docx, .pdf)",
		"是 PowerPoint 演示文稿（.ppt），不是表格：请检查原始表格文件（.xlsx、.docx、.pdf）"},
	KindPPTX: {"PowerPoint presentation (.pptx), not a table: check the table it was made from (.xlsx, .docx, .pdf)",
		"是 PowerPoint 演示文稿（.pptx），不是表格：请检查原始表格文件（.xlsx、.docx、.pdf）"},
	KindRTF: {"RTF document: save it as .docx and check that",
		"是 RTF 文档：请另存为 .docx 后再检查"},
	KindPDF: {"PDF document, but this jxlint was built without its PDF reader (build tag nopdf): use a full build",
		"是 PDF 文件，但此 jxlint 构建时未包含 PDF 读取（构建标签 nopdf）：请使用完整版本"},
	KindZip: {"zip archive, not a table: unpack it and check the tables inside",
		"是 zip 压缩包，不是表格：请解压后检查其中的表格"},
	KindOLE: {"compound file of an unknown kind (not .xls or .doc), not a table",
		"是未知类型的复合文档（不是 .xls 或 .doc），不是表格"},
}

// imageNames names the image kinds.
var imageNames = map[Kind]string{KindPNG: "PNG", KindJPEG: "JPEG", KindGIF: "GIF", KindTIFF: "TIFF",
	KindBMP: "BMP", KindWebP: "WebP"}

// KindError is the error for a file at path whose content is of kind k and
// that no reader reads: it names the kind and says what to do.
func KindError(path string, k Kind) *Error {
	if k == KindEncrypted {
		what, zh := "document", "文档"
		switch strings.ToLower(filepath.Ext(path)) {
		case ".xls", ".xlsx", ".xlsm", ".ods", ".et":
			what, zh = "workbook", "工作簿"
		}
		return newError(path, nil, what+" is password-protected (受密码保护): save a copy without a password and read that",
			zh+"受密码保护：请另存一份不设密码的副本，再检查该副本")
	}
	if name, ok := imageNames[k]; ok {
		return newError(path, nil, name+" image, not a table: run text recognition (OCR) on a scan, or check the original table",
			"是图片（"+name+"），不是表格：扫描件请先做文字识别（OCR），或检查原始表格文件")
	}
	if n, ok := kindNames[k]; ok {
		return newError(path, nil, n[0], n[1])
	}
	return newError(path, nil, "no reader for this kind of file ("+string(k)+")",
		"不支持这种文件（"+string(k)+"）：没有能读取它的读取器")
}

// A .doc has no reader, but a walk lists it, so that a folder of Word 97-2003
// files is told to be saved as .docx instead of passing with no findings.
func init() {
	register(KindDOC, func(path string, _ []byte, _ ReadOptions) (*Document, error) { return nil, KindError(path, KindDOC) }, ".doc")
}
