package hostprotect

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/pierrec/lz4/v4"
	"github.com/ulikunitz/xz"
)

// Every compression apt and dnf store lists with reads back whole; a cut
// stream is an error, never a shorter list.
func TestDecompress(t *testing.T) {
	plain := bytes.Repeat([]byte("Package: a\nVersion: 1.0-1\nArchitecture: all\n\n"), 500)
	for ext, w := range map[string]func(io.Writer) io.WriteCloser{
		".gz":  func(w io.Writer) io.WriteCloser { return gzip.NewWriter(w) },
		".lz4": func(w io.Writer) io.WriteCloser { return lz4.NewWriter(w) },
		".xz": func(w io.Writer) io.WriteCloser {
			z, err := xz.NewWriter(w)
			if err != nil {
				t.Fatal(err)
			}
			return z
		},
		".zst": func(w io.Writer) io.WriteCloser {
			z, err := zstd.NewWriter(w)
			if err != nil {
				t.Fatal(err)
			}
			return z
		},
	} {
		var buf bytes.Buffer
		z := w(&buf)
		if _, err := z.Write(plain); err != nil {
			t.Fatal(err)
		}
		if err := z.Close(); err != nil {
			t.Fatal(err)
		}
		got, err := decompress(buf.Bytes(), ext)
		if err != nil || !bytes.Equal(got, plain) {
			t.Errorf("%s: %d bytes, %v", ext, len(got), err)
		}
		if _, err := decompress(buf.Bytes()[:buf.Len()/2], ext); err == nil {
			t.Errorf("%s: a cut stream was read", ext)
		}
	}
	if _, err := decompress(plain, ".br"); err == nil {
		t.Error("an unknown compression was read")
	}
}
