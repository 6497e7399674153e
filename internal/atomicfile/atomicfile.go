// Package atomicfile replaces a file whole or not at all: what a reader
// finds at the path is the old content or the new, never a part. It is at
// the bottom of the house (cmd's report outputs and the login probes'
// lockout budget state use it) and imports nothing of the module.
package atomicfile

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Write replaces path with what write produces: a hidden temporary file in
// the same folder (".NAME.*.tmp"), given perm, synced, closed, then renamed
// over path. On any error the temporary file is removed, path is left as
// it was and the error is returned as such.
func Write(path string, perm fs.FileMode, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	err = write(tmp)
	if err == nil {
		err = tmp.Chmod(perm)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
