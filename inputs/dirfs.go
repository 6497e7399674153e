package inputs

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
)

// DirFS is the directory dir as a file system whose files are read by the
// reader of kind k: regular files only, within the kind's cap, under ctx.
// fs.ReadFile, fs.Glob and fs.ReadDir use it without ever blocking on a
// FIFO or reading a device found in the folder.
func DirFS(ctx context.Context, k Kind, dir string) fs.FS {
	return dirFS{ctx: ctx, k: k, dir: dir}
}

type dirFS struct {
	ctx context.Context
	k   Kind
	dir string
}

func (d dirFS) join(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	return filepath.Join(d.dir, filepath.FromSlash(name)), nil
}

// Open opens a regular file through the reader, or a directory.
func (d dirFS) Open(name string) (fs.File, error) {
	p, err := d.join("open", name)
	if err != nil {
		return nil, err
	}
	if isDir, err := checkDir(d.k, p); err == nil && isDir {
		return os.Open(p)
	}
	f, err := Open(d.ctx, d.k, p)
	if err != nil {
		return nil, err
	}
	return fsFile{f}, nil
}

// ReadFile reads a file whole through the reader.
func (d dirFS) ReadFile(name string) ([]byte, error) {
	p, err := d.join("readfile", name)
	if err != nil {
		return nil, err
	}
	return Read(d.ctx, d.k, p)
}

// ReadDir lists a directory (nothing is opened but the directory).
func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) {
	p, err := d.join("readdir", name)
	if err != nil {
		return nil, err
	}
	if _, err := checkDir(d.k, p); err != nil {
		return nil, err
	}
	return os.ReadDir(p)
}

// fsFile is a File as an fs.File.
type fsFile struct{ *File }

func (f fsFile) Stat() (fs.FileInfo, error) { return f.f.Stat() }
