package inputs

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Skipped is a file a walk did not read, and why: it is evidence, never
// dropped (a ref fed by a walk with skipped files cannot pass).
type Skipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// WalkFunc receives the content of each file read by Walk.
type WalkFunc func(path string, data []byte) error

// Walk reads root, a directory of kind k (or for ConfigPath a single
// file), and hands each regular file's content to fn in lexical order.
// A file that cannot be read whole (over the cap, unreadable, binary
// data in a text kind, a FIFO or a device, a symbolic link to a
// directory or in a loop) does not stop the walk: it is returned among
// the skipped files, as are the files past the kind's MaxFiles. A Flat
// kind's subfolders are not entered. The error
// is for root itself, the context's end and fn's errors.
func Walk(ctx context.Context, k Kind, root string, fn WalkFunc) ([]Skipped, error) {
	isDir, err := checkDir(k, root)
	if err != nil {
		return nil, err
	}
	if !isDir {
		return walkOne(ctx, k, root, fn, nil)
	}
	// With a trailing separator, a root that is a symbolic link to a
	// directory (/opt/app/current) is walked; links under it are not.
	start := strings.TrimSuffix(root, string(filepath.Separator)) + string(filepath.Separator)
	w := &walker{ctx: ctx, k: k, fn: fn, root: start}
	err = filepath.WalkDir(start, w.visit)
	if errors.Is(err, errTooMany) {
		w.skip(root, fmt.Sprintf("more than %d files: the rest was not read; give narrower %s values", k.Spec().MaxFiles, k))
		err = nil
	}
	return w.skipped, err
}

// walkOne reads one file; its failure is a skipped file.
func walkOne(ctx context.Context, k Kind, path string, fn WalkFunc, skipped []Skipped) ([]Skipped, error) {
	data, err := Read(ctx, k, path)
	if err != nil {
		if ctx.Err() != nil {
			return skipped, err
		}
		return append(skipped, Skipped{Path: path, Reason: reason(err)}), nil
	}
	return skipped, fn(path, data)
}

var errTooMany = errors.New("too many files")

type walker struct {
	ctx     context.Context
	k       Kind
	root    string
	fn      WalkFunc
	count   int
	skipped []Skipped
}

func (w *walker) skip(path, why string) {
	w.skipped = append(w.skipped, Skipped{Path: path, Reason: why})
}

func (w *walker) visit(path string, d fs.DirEntry, err error) error {
	if cerr := w.ctx.Err(); cerr != nil {
		return fmt.Errorf("%s %s: walk stopped: %w", w.k, path, context.Cause(w.ctx))
	}
	if err != nil {
		// An unreadable directory: its files are not read.
		w.skip(path, reason(err))
		if d != nil && d.IsDir() {
			return fs.SkipDir
		}
		return nil
	}
	if d.IsDir() {
		if path != w.root && w.k.Spec().Flat {
			return fs.SkipDir
		}
		return nil
	}
	if d.Type()&fs.ModeSymlink != 0 {
		if fi, err := os.Stat(path); err == nil && fi.IsDir() {
			w.skip(path, "symbolic link to a directory, not followed: give that directory as its own "+w.k.String())
			return nil
		}
	}
	if w.count++; w.k.Spec().MaxFiles > 0 && w.count > w.k.Spec().MaxFiles {
		return errTooMany
	}
	w.skipped, err = walkOne(w.ctx, w.k, path, w.fn, w.skipped)
	return err
}

// reason is why a file was skipped, without the flag and path (the
// Skipped entry names the path).
func reason(err error) string {
	var e *Error
	if errors.As(err, &e) {
		if e.Msg != "" {
			return e.Msg
		}
		return e.Err.Error()
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return openHint(pe)
	}
	return err.Error()
}
