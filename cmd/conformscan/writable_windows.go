//go:build windows

package main

import (
	"os"
	"path/filepath"
)

// writable says whether path may be written. Windows has no access(2)
// answering for ACLs: a folder is tried by creating and removing a
// temporary file in it, a file by opening it for writing without
// truncating it.
func writable(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		return f.Close()
	}
	f, err := os.CreateTemp(path, ".conformscan-write-test-*")
	if err != nil {
		return err
	}
	name := f.Name()
	f.Close()
	return os.Remove(filepath.Clean(name))
}
