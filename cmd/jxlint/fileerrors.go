package main

import (
	"errors"
	"io/fs"
	"syscall"
)

// writeFileError says in both languages why the file at path could not be
// created or written: a missing folder and a missing permission in words,
// any other cause after an explanation.
func writeFileError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &usageError{en: "cannot write " + path + ": its folder does not exist", zh: "无法写入 " + path + "：所在文件夹不存在"}
	case errors.Is(err, fs.ErrPermission):
		return &usageError{en: "cannot write " + path + ": permission denied", zh: "无法写入 " + path + "：没有写入权限"}
	case errors.Is(err, syscall.ENOSPC):
		return &usageError{en: "cannot write " + path + ": no space left on the device", zh: "无法写入 " + path + "：磁盘空间不足"}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &usageError{en: "cannot write " + path + ": " + err.Error(), zh: "无法写入 " + path + "：" + err.Error()}
}
