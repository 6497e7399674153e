package hostaccess

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// maxLinks bounds the symbolic links followed resolving one path.
const maxLinks = 40

// Root reads an offline root folder (a mounted image, a container root,
// a backup) as a host. Paths resolve inside the folder like a chroot: an
// absolute symbolic link starts again from the folder, ".." stops at it,
// so no link leads outside.
type Root struct {
	dir string
}

// NewRoot returns the access to the root folder dir (made absolute, so
// evidence names it wherever the scan ran from).
func NewRoot(dir string) *Root {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return &Root{dir: filepath.Clean(dir)}
}

// Name is "root:DIR".
func (r *Root) Name() string { return "root:" + r.dir }

// Source is "root:DIR/path".
func (r *Root) Source(p string) string { return "root:" + filepath.Join(r.dir, filepath.FromSlash(p)) }

// Offline is true: an image runs nothing.
func (r *Root) Offline() bool { return true }

// Open checks that the folder is a directory.
func (r *Root) Open(context.Context) error {
	fi, err := os.Stat(r.dir)
	if err != nil {
		return fmt.Errorf("host root: %w", err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("host root %s is not a folder", r.dir)
	}
	return nil
}

// Lost is always nil.
func (r *Root) Lost() error { return nil }

// Close does nothing.
func (r *Root) Close(context.Context) error { return nil }

// Run refuses: an offline root runs no command (the allow-list is still
// checked first, so a refused command says so).
func (r *Root) Run(_ context.Context, argv ...string) ([]byte, error) {
	if err := Allowed(argv); err != nil {
		return nil, err
	}
	return nil, ErrOffline
}

// ReadFile reads a regular file inside the root.
func (r *Root) ReadFile(ctx context.Context, p string, max int64) ([]byte, error) {
	real, err := r.Resolve(p)
	if err != nil {
		return nil, err
	}
	return readRegular(real, r.Source(p), max)
}

// ReadDir lists a folder inside the root.
func (r *Root) ReadDir(ctx context.Context, p string) ([]Entry, error) {
	real, err := r.Resolve(p)
	if err != nil {
		return nil, err
	}
	return readDir(real)
}

// Stat describes a path inside the root.
func (r *Root) Stat(ctx context.Context, p string) (Entry, error) {
	real, err := r.Resolve(p)
	if err != nil {
		return Entry{}, err
	}
	return statPath(real)
}

// Resolve returns the real path of p inside the root, following every
// symbolic link inside it.
func (r *Root) Resolve(p string) (string, error) {
	if !strings.HasPrefix(p, "/") {
		return "", fmt.Errorf("%s: not an absolute path", p)
	}
	done := "/" // resolved so far, inside the root
	todo := strings.Split(strings.Trim(p, "/"), "/")
	links := 0
	for len(todo) > 0 {
		c := todo[0]
		todo = todo[1:]
		switch c {
		case "", ".":
			continue
		case "..":
			done = path.Dir(done)
			continue
		}
		next := path.Join(done, c)
		real := filepath.Join(r.dir, filepath.FromSlash(next))
		fi, err := os.Lstat(real)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && len(todo) == 0 {
				return real, nil // the caller's open reports it missing
			}
			return "", fmt.Errorf("%s: %w", r.Source(p), err)
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			done = next
			continue
		}
		if links++; links > maxLinks {
			return "", fmt.Errorf("%s: too many symbolic links", r.Source(p))
		}
		target, err := os.Readlink(real)
		if err != nil {
			return "", fmt.Errorf("%s: %w", r.Source(p), err)
		}
		if strings.HasPrefix(target, "/") {
			done = "/"
		}
		todo = append(strings.Split(strings.Trim(target, "/"), "/"), todo...)
	}
	return filepath.Join(r.dir, filepath.FromSlash(done)), nil
}
