package main

import (
	"errors"
	"os"
	"strconv"

	"github.com/jxlint/jxlint/table"
)

// lintInput is one file to lint: a path, or standard input under a name.
type lintInput struct {
	path   string
	stdin  []byte // the bytes of standard input when the path was -
	isStd  bool
	walked bool  // found by walking a folder rather than named
	err    error // set when the path cannot be read as a table at all
}

// skipNote is a file or folder that a walk left out, and why, in both languages.
type skipNote struct {
	path   string
	en, zh string
}

// read returns the input's bytes and model, read with that many workers (see
// table.ReadOptions). A model file (.json, .yaml) whose content is not a
// jxlint model is skipped when a walk found it (skip is set) and an error
// when it was named.
func (in *lintInput) read(workers int) (data []byte, doc *table.Document, skip *skipNote, err error) {
	if data, skip, err = in.bytes(nil); skip != nil || err != nil {
		return nil, nil, skip, err
	}
	doc, err = table.ReadWith(in.path, data, table.ReadOptions{Workers: workers})
	return data, doc, nil, err
}

// bytes returns the input's bytes, read into *buf when buf is not nil (see
// readInto), or the note or error that stops it from being read as a table.
func (in *lintInput) bytes(buf *[]byte) (data []byte, skip *skipNote, err error) {
	if in.err != nil {
		return nil, nil, in.err
	}
	data = in.stdin
	if !in.isStd {
		if data, err = readRegular(in.path, buf); err != nil {
			return nil, nil, err
		}
	}
	if table.IsModelPath(in.path) {
		if err := table.ModelError(in.path, data); err != nil {
			if in.walked {
				return nil, modelSkip(in.path, err), nil
			}
			return nil, nil, err
		}
	}
	return data, nil, nil
}

// modelSkip is the note of a model file found by a walk that is no model,
// err saying why (table.ModelError): where its JSON or YAML breaks, when
// that is why, so that a model broken by an edit is not left out unseen.
func modelSkip(path string, err error) *skipNote {
	note := &skipNote{path: path, en: "not a jxlint table model", zh: "不是 jxlint 的表格模型"}
	var te *table.Error
	if errors.As(err, &te) && te.Line > 0 {
		place, placeZh := strconv.Itoa(te.Line), "第"+strconv.Itoa(te.Line)+"行"
		if te.Column > 0 {
			place += ":" + strconv.Itoa(te.Column)
			placeZh += "第" + strconv.Itoa(te.Column) + "列"
		}
		note.en += "; at " + place + ", " + te.Msg
		note.zh += "：" + placeZh + "，" + te.Zh
	}
	return note
}

// readRegular reads the file at path, refusing anything but a regular file
// before opening it (opening a named pipe blocks until a writer comes, and a
// device never ends). With buf not nil it reads into *buf.
func readRegular(path string, buf *[]byte) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, table.ReadFileError(path, err)
	}
	if !st.Mode().IsRegular() {
		return nil, notRegularError(path)
	}
	var data []byte
	if buf != nil {
		data, err = readInto(path, buf)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, table.ReadFileError(path, err)
	}
	return data, nil
}

// notRegularError is the error for a named path that is neither a folder nor
// a regular file.
func notRegularError(path string) error {
	return &table.Error{Path: path, Msg: "not a regular file (a named pipe, device or socket); give a table file, a folder or - for standard input",
		Zh: "不是普通文件（命名管道、设备或套接字）；请给出表格文件、文件夹，或用 - 表示标准输入"}
}
