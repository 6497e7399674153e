package inputs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// ErrNotRegular is wrapped by the errors about a path that is not a
// regular file (a FIFO, a device, a directory, a socket).
var ErrNotRegular = errors.New("not a regular file")

// ErrNotText is wrapped by the errors about a text input holding binary
// data.
var ErrNotText = errors.New("not a text file")

// Error is an input that could not be read: it names the flag, the file,
// what went wrong and what to give instead.
type Error struct {
	Kind Kind
	Path string
	// Msg says what went wrong ("a named pipe, not a regular file").
	Msg string
	Err error
	// Line, when set, is the line of the file where it went wrong.
	Line int
}

func (e *Error) Error() string {
	s := e.Kind.Spec()
	msg := e.Msg
	if msg == "" && e.Err != nil {
		msg = e.Err.Error()
	}
	if s.Give != "" {
		msg += ": give " + s.Give
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s %s:%d: %s", e.Kind, e.Path, e.Line, msg)
	}
	return fmt.Sprintf("%s %s: %s", e.Kind, e.Path, msg)
}

func (e *Error) Unwrap() error { return e.Err }

func fail(k Kind, path string, err error, format string, args ...any) *Error {
	return &Error{Kind: k, Path: path, Err: err, Msg: fmt.Sprintf(format, args...)}
}

// File is a user file opened for reading: a regular file (or the
// standard input for "-"), read within its kind's cap, each read ending
// with an error once the context ends.
type File struct {
	ctx  context.Context
	kind Kind
	path string
	f    *os.File
	size int64 // -1 for the standard input
	n    int64
	// buf is what the reads run into; a read abandoned when the context
	// ended keeps it, and the File is then broken.
	buf    []byte
	broken error
	stdin  bool
}

// Open opens path as a file of kind k. A FIFO, a device, a directory or a
// socket is refused at once (opened non-blocking, checked with fstat on
// the descriptor opened), as is a file over the kind's cap.
func Open(ctx context.Context, k Kind, path string) (*File, error) {
	s := k.Spec()
	if s.Max == 0 {
		return nil, fmt.Errorf("inputs: unknown kind %d for %s", int(k), path)
	}
	if path == "" {
		return nil, fail(k, path, fs.ErrInvalid, "empty path")
	}
	if path == "-" && s.Stdin {
		return &File{ctx: ctx, kind: k, path: "-", f: os.Stdin, size: -1, stdin: true}, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, fail(k, path, err, "not opened, interrupted: %v", context.Cause(ctx))
	}
	fh, fi, err := openRegular(k, path)
	if err != nil {
		return nil, err
	}
	if fi.Size() > s.Max {
		fh.Close()
		return nil, fail(k, path, ErrLimit, "%d bytes, larger than the %d accepted: is it the right file?", fi.Size(), s.Max)
	}
	return &File{ctx: ctx, kind: k, path: path, f: fh, size: fi.Size()}, nil
}

// openRegular opens path non-blocking and keeps it only when fstat says
// it is a regular file.
func openRegular(k Kind, path string) (*os.File, os.FileInfo, error) {
	fh, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, fail(k, path, err, "%s", openHint(err))
	}
	fi, err := fh.Stat()
	if err != nil {
		fh.Close()
		return nil, nil, fail(k, path, err, "%v", err)
	}
	if !fi.Mode().IsRegular() {
		fh.Close()
		return nil, nil, fail(k, path, ErrNotRegular, "%s, not a regular file", describeMode(fi.Mode()))
	}
	return fh, fi, nil
}

// openHint says what an open error means for the user.
func openHint(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied (run as a user who can read it)"
	case errors.Is(err, syscall.ELOOP):
		return "a loop of symbolic links"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Name is the path the file was opened with.
func (f *File) Name() string { return f.path }

// Size is the file's size when opened (-1 for the standard input).
func (f *File) Size() int64 { return f.size }

// Close closes the file (never the standard input).
func (f *File) Close() error {
	if f.stdin || f.f == nil {
		return nil
	}
	return f.f.Close()
}

const chunk = 64 << 10

// Read reads within the kind's cap; it returns an *Error past the cap,
// when the file ends before the size it had when opened, and when the
// context ends, even if the underlying read blocks.
func (f *File) Read(p []byte) (int, error) {
	if f.broken != nil {
		return 0, f.broken
	}
	max := f.kind.Spec().Max
	if f.n > max {
		return 0, f.over(max)
	}
	if err := f.ctx.Err(); err != nil {
		return 0, f.stop()
	}
	want := min(int64(len(p)), max+1-f.n, chunk)
	n, err := f.readCtx(p[:want])
	f.n += int64(n)
	if f.n > max {
		return n, f.over(max)
	}
	if errors.Is(err, io.EOF) && f.n < f.size {
		// Cut while read: what was read is not the file that was opened.
		f.broken = fail(f.kind, f.path, io.ErrUnexpectedEOF, "the file was cut while it was read (%d of %d bytes): read it again once it is written", f.n, f.size)
		return n, f.broken
	}
	return n, err
}

func (f *File) over(max int64) error {
	f.broken = fail(f.kind, f.path, ErrLimit, "larger than %d bytes: is it the right file?", max)
	return f.broken
}

func (f *File) stop() error {
	f.broken = fail(f.kind, f.path, context.Cause(f.ctx), "reading interrupted after %d bytes: %v", f.n, context.Cause(f.ctx))
	return f.broken
}

// readCtx runs one read in a goroutine into f's own buffer, so that a
// read that blocks (a slow disk, a terminal) is abandoned when the
// context ends without writing into p afterwards.
func (f *File) readCtx(p []byte) (int, error) {
	if f.ctx.Done() == nil {
		return f.f.Read(p)
	}
	if f.buf == nil {
		f.buf = make([]byte, chunk)
	}
	buf := f.buf[:len(p)]
	type result struct {
		n   int
		err error
	}
	done := make(chan result, 1)
	go func() {
		n, err := f.f.Read(buf)
		done <- result{n, err}
	}()
	select {
	case r := <-done:
		copy(p, buf[:r.n])
		if r.err != nil && !errors.Is(r.err, io.EOF) {
			return r.n, fail(f.kind, f.path, r.err, "read error after %d bytes: %v", f.n+int64(r.n), r.err)
		}
		return r.n, r.err
	case <-f.ctx.Done():
		f.buf = nil // the abandoned read still owns it
		return 0, f.stop()
	}
}

// Read reads the whole file path of kind k (see Open); a text kind holding
// binary data is refused.
func Read(ctx context.Context, k Kind, path string) ([]byte, error) {
	f, err := Open(ctx, k, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var b bytes.Buffer
	if f.size > 0 {
		b.Grow(int(f.size) + 1)
	}
	if _, err := b.ReadFrom(f); err != nil {
		return nil, err
	}
	data := b.Bytes()
	if !k.Spec().Binary && !IsText(data) {
		at := bytes.IndexByte(data, 0)
		e := fail(k, path, ErrNotText, "binary data (a NUL byte at offset %d), not text", at)
		e.Line = bytes.Count(data[:at], []byte("\n")) + 1
		return nil, e
	}
	return data, nil
}

// IsText tells whether data can be text: no NUL byte, unless it starts
// with a UTF-16 byte-order mark (Windows tools write UTF-16).
func IsText(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return true
	}
	return bytes.IndexByte(data, 0) < 0
}

// checkReadMax is the largest text file Check reads whole.
const checkReadMax = 4 * mB

// Check says whether path can be read as kind k, before any probe runs:
// the file exists, is a regular file (or, for a directory kind, a
// directory) within the cap; a text kind of at most 4 MiB is read whole
// (binary data, a cut). Options call it when they are validated.
func Check(ctx context.Context, k Kind, path string) error {
	s := k.Spec()
	if s.Dir {
		_, err := checkDir(k, path)
		return err
	}
	if path == "-" && s.Stdin {
		return nil
	}
	if !s.Binary && s.Max <= checkReadMax {
		_, err := Read(ctx, k, path)
		return err
	}
	f, err := Open(ctx, k, path)
	if err != nil {
		return err
	}
	return f.Close()
}

// checkDir says whether path is a directory (true) or, for ConfigPath, a
// regular file within the cap (false); anything else is an *Error.
func checkDir(k Kind, path string) (bool, error) {
	fh, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return false, fail(k, path, err, "%s", openHint(err))
	}
	defer fh.Close()
	fi, err := fh.Stat()
	switch {
	case err != nil:
		return false, fail(k, path, err, "%v", err)
	case fi.IsDir():
		return true, nil
	case k == ConfigPath && fi.Mode().IsRegular():
		if fi.Size() > k.Spec().Max {
			return false, fail(k, path, ErrLimit, "%d bytes, larger than the %d accepted", fi.Size(), k.Spec().Max)
		}
		return false, nil
	}
	return false, fail(k, path, ErrNotRegular, "%s, not a directory", describeMode(fi.Mode()))
}

// ReadFile reads a YAML file: a regular file of at most MaxBytes, read
// through a limit whatever its size claims. Callers that know their flag
// use Read with their kind.
func ReadFile(ctx context.Context, path string) ([]byte, error) {
	return Read(ctx, YAML, path)
}
