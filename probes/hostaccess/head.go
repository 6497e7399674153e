package hostaccess

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
)

// HeadSize is the one prefix length ReadHead reads: a ClamAV database
// header (512 bytes), so a signature file of hundreds of megabytes is
// dated without being copied.
const HeadSize = 512

// HeadReader is an access that reads the first HeadSize bytes of a file.
type HeadReader interface {
	ReadHead(ctx context.Context, path string) ([]byte, error)
}

// ReadHead reads the first HeadSize bytes of a regular file (fewer when
// the file is shorter) through acc.
func ReadHead(ctx context.Context, acc Access, p string) ([]byte, error) {
	if h, ok := acc.(HeadReader); ok {
		return h.ReadHead(ctx, p)
	}
	return nil, fmt.Errorf("%s: %w: the access cannot read the start of a file", acc.Source(p), errors.ErrUnsupported)
}

// ReadHead reads the start of a local file.
func (Local) ReadHead(_ context.Context, p string) ([]byte, error) { return readHead(p, p) }

// ReadHead reads the start of a file inside the root.
func (r *Root) ReadHead(_ context.Context, p string) ([]byte, error) {
	real, err := r.Resolve(p)
	if err != nil {
		return nil, err
	}
	return readHead(real, r.Source(p))
}

// ReadHead reads the start of a file with "head -c 512".
func (s *SSH) ReadHead(ctx context.Context, p string) ([]byte, error) {
	b, err := s.run(ctx, HeadSize, pathCommand("head", p))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", s.Source(p), err)
	}
	return b, nil
}

func readHead(real, label string) ([]byte, error) {
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
	b, err := io.ReadAll(io.LimitReader(f, HeadSize))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", label, err)
	}
	return b, nil
}
