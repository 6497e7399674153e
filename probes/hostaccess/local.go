package hostaccess

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"syscall"
)

// Local reads the machine conformscan runs on.
type Local struct {
	// Programs maps an allow-listed program to the executable run for it
	// (tests: a recorded rpm); others are looked up in $PATH.
	Programs map[string]string
}

// Name is "local".
func (Local) Name() string { return "local" }

// Source is the path itself.
func (Local) Source(p string) string { return p }

// Offline is false.
func (Local) Offline() bool { return false }

// Open does nothing.
func (Local) Open(context.Context) error { return nil }

// Lost is always nil.
func (Local) Lost() error { return nil }

// Close does nothing.
func (Local) Close(context.Context) error { return nil }

// ReadFile reads a regular file of at most max bytes.
func (Local) ReadFile(_ context.Context, p string, max int64) ([]byte, error) {
	return readRegular(p, p, max)
}

// ReadDir lists a folder.
func (Local) ReadDir(_ context.Context, p string) ([]Entry, error) { return readDir(p) }

// Stat describes a path.
func (Local) Stat(_ context.Context, p string) (Entry, error) { return statPath(p) }

// Run runs an allow-listed command under ctx and CommandTimeout; a
// missing program is fs.ErrNotExist.
func (l Local) Run(ctx context.Context, argv ...string) ([]byte, error) {
	if err := Allowed(argv); err != nil {
		return nil, err
	}
	bin := argv[0]
	if p, ok := l.Programs[bin]; ok {
		bin = p
	}
	bin, err := exec.LookPath(bin)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", argv[0], fs.ErrNotExist)
	}
	ctx, cancel := withDeadline(ctx)
	defer cancel()
	out := &capped{max: MaxOutput}
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, argv[1:]...)
	cmd.Stdout, cmd.Stderr = out, &capped{w: &stderr, max: 4096}
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s: %w: %s", argv[0], err, bytes.TrimSpace(stderr.Bytes()))
	}
	if out.over {
		return nil, fmt.Errorf("%s: %w", argv[0], ErrTooLarge)
	}
	return out.buf.Bytes(), nil
}

// readRegular reads a regular file of at most max bytes without blocking
// on a FIFO; label names it in errors.
func readRegular(real, label string, max int64) ([]byte, error) {
	f, err := os.OpenFile(real, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", label, unwrapPath(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", label, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("read %s: not a regular file", label)
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", label, err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("read %s: %w (%d bytes)", label, ErrTooLarge, max)
	}
	return b, nil
}

func readDir(real string) ([]Entry, error) {
	ents, err := os.ReadDir(real)
	if err != nil {
		return nil, unwrapPath(err)
	}
	out := make([]Entry, 0, len(ents))
	for _, e := range ents {
		out = append(out, Entry{Name: e.Name(), Dir: e.IsDir(), Regular: e.Type().IsRegular()})
	}
	return out, nil
}

func statPath(real string) (Entry, error) {
	fi, err := os.Stat(real)
	if err != nil {
		return Entry{}, unwrapPath(err)
	}
	return Entry{Name: fi.Name(), Dir: fi.IsDir(), Regular: fi.Mode().IsRegular(), Size: fi.Size()}, nil
}

// unwrapPath drops *fs.PathError's real path (an offline root's folder
// is named by the caller's label) but keeps the errno.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// capped keeps at most max bytes and remembers it saw more.
type capped struct {
	buf  bytes.Buffer
	w    *bytes.Buffer
	max  int
	over bool
}

func (c *capped) Write(p []byte) (int, error) {
	dst := c.w
	if dst == nil {
		dst = &c.buf
	}
	room := c.max - dst.Len()
	if len(p) > room {
		c.over = true
		if room > 0 {
			dst.Write(p[:room])
		}
		return len(p), nil
	}
	dst.Write(p)
	return len(p), nil
}
