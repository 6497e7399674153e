package inputs

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"conformscan/inputs/inputstest"
)

// hostile makes the hostile shapes of a user file in dir, by name.
func hostile(t *testing.T, dir string, k Kind) map[string]string {
	t.Helper()
	fifo := filepath.Join(dir, "fifo")
	inputstest.Mkfifo(t, fifo)
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	huge := filepath.Join(dir, "huge")
	// Sparse: the size says more than the cap without writing it.
	if err := os.WriteFile(huge, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Truncate(huge, k.Spec().Max+1)
	devLink := filepath.Join(dir, "zero-link")
	os.Symlink("/dev/zero", devLink)
	loop := filepath.Join(dir, "loop")
	os.Symlink(loop, loop)
	return map[string]string{
		"FIFO": fifo, "/dev/zero": "/dev/zero", "/dev/null": "/dev/null", "directory": sub, "huge": huge,
		"symlink to a device": devLink, "symlink loop": loop, "missing": filepath.Join(dir, "missing"),
	}
}

// TestReadRefusesHostileShapes: for every kind, every hostile shape ends
// at once with an *Error naming the kind's flag and the file.
func TestReadRefusesHostileShapes(t *testing.T) {
	for _, k := range Kinds() {
		t.Run(k.Spec().Name, func(t *testing.T) {
			dir := t.TempDir()
			for shape, path := range hostile(t, dir, k) {
				if k.Spec().Dir && shape == "directory" {
					continue
				}
				var err error
				bounded(t, func() {
					if k.Spec().Dir {
						_, err = Walk(context.Background(), k, path, func(string, []byte) error { return nil })
					} else {
						_, err = Read(context.Background(), k, path)
					}
				})
				var e *Error
				if !errors.As(err, &e) || !strings.Contains(err.Error(), path) || !strings.HasPrefix(err.Error(), k.String()+" ") {
					t.Errorf("%s: err = %v; want an *Error naming %s and %s", shape, err, k, path)
				}
			}
		})
	}
}

// TestReadAcceptsOrdinaryFiles: an ordinary file reads whole; an empty one
// reads as empty (its parser says what it lacks); binary data in a text
// kind is refused, UTF-16 text is not.
func TestReadAcceptsOrdinaryFiles(t *testing.T) {
	dir := t.TempDir()
	for _, k := range Kinds() {
		if k.Spec().Dir {
			continue
		}
		for name, tc := range map[string]struct {
			data    string
			wantErr error
		}{
			"text":   {"hello\n", nil},
			"empty":  {"", nil},
			"utf16":  {"\xff\xfeh\x00i\x00", nil},
			"binary": {"PK\x03\x04\x00\x00", ErrNotText},
		} {
			p := filepath.Join(dir, name)
			os.WriteFile(p, []byte(tc.data), 0o644)
			got, err := Read(context.Background(), k, p)
			want := tc.wantErr
			if k.Spec().Binary {
				want = nil
			}
			if !errors.Is(err, want) || (want == nil && string(got) != tc.data) {
				t.Errorf("%s %s: %q, %v; want %v", k, name, got, err, want)
			}
		}
	}
}

// TestReadGrowingFile: a file that grows past the cap after it was opened
// is refused, never cut silently.
func TestReadGrowingFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "grow")
	os.WriteFile(p, []byte("a\n"), 0o644)
	f, err := Open(context.Background(), SNMPCommunity, p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	os.WriteFile(p, []byte(strings.Repeat("a", int(SNMPCommunity.Spec().Max)+10)), 0o644)
	if _, err := io.ReadAll(f); !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "--snmp-community-file") {
		t.Fatalf("err = %v; want the cap, naming the flag", err)
	}
}

// TestReadEndsWithContext: a read that blocks (a pipe nobody writes to,
// standing for a slow disk or a terminal) ends with an error naming the
// file when the context ends; a cancelled context opens nothing.
func TestReadEndsWithContext(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	defer r.Close()
	ctx, cancel := context.WithCancelCause(context.Background())
	f := &File{ctx: ctx, kind: TargetsFile, path: "-", f: r, size: -1, stdin: true}
	done := make(chan error, 1)
	go func() { _, err := io.ReadAll(f); done <- err }()
	cancel(errors.New("interrupted"))
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "--targets-file -: reading interrupted") || !strings.Contains(err.Error(), "interrupted") {
			t.Fatalf("err = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the read did not end with its context")
	}
	p := filepath.Join(t.TempDir(), "ca.pem")
	os.WriteFile(p, []byte("x"), 0o644)
	if _, err := Read(ctx, CABundle, p); err == nil || !strings.Contains(err.Error(), "interrupted") {
		t.Fatalf("read under a cancelled context: %v", err)
	}
}

// TestKindsTable: every kind has a name, a cap and what to give; flags
// name one kind each (apart from --answers, YAML or XLSX).
func TestKindsTable(t *testing.T) {
	seen := map[string]Kind{}
	for _, k := range Kinds() {
		s := k.Spec()
		if s.Name == "" || s.Max <= 0 || s.Give == "" {
			t.Errorf("kind %d: incomplete spec %+v", int(k), s)
		}
		if s.Dir && s.MaxFiles == 0 && k != PasswordsRoot && k != AttachmentsDir {
			t.Errorf("%s: a directory kind needs MaxFiles", k)
		}
		for _, f := range s.Flags {
			if prev, ok := seen[f]; ok && f != "--answers" && f != "answers check" {
				t.Errorf("%s names both %s and %s", f, prev.Spec().Name, s.Name)
			}
			seen[f] = k
		}
	}
	if Flag("--ca") != CABundle || Flag("--nope") != 0 || Kind(0).Spec().Max != 0 {
		t.Error("Flag or Spec lookups wrong")
	}
}

// TestReadFileKeepsYAMLBound: ReadFile goes through the same reader.
func TestReadFileKeepsYAMLBound(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.yaml")
	os.WriteFile(p, []byte(strings.Repeat("# pad\n", MaxBytes/6+1)), 0o644)
	if _, err := ReadFile(t.Context(), p); !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "big.yaml") {
		t.Fatalf("err = %v", err)
	}
	if _, err := ReadFile(t.Context(), "/dev/zero"); !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("err = %v", err)
	}
}

// TestReadTruncatedFile: a file cut while it is read is an error, never
// the part read taken for the whole.
func TestReadTruncatedFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "creds.csv")
	os.WriteFile(p, []byte(strings.Repeat("ssh,root,toor\n", 10_000)), 0o644)
	f, err := Open(context.Background(), Creds, p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 1000)
	if _, err := io.ReadFull(f, buf); err != nil {
		t.Fatal(err)
	}
	os.Truncate(p, 5000)
	if _, err := io.ReadAll(f); !errors.Is(err, io.ErrUnexpectedEOF) || !strings.Contains(err.Error(), "--creds "+p+": the file was cut") {
		t.Fatalf("err = %v", err)
	}
}

// TestCheck: Check refuses what Read refuses, binary data in a small text
// kind included, and accepts a directory for a directory kind only.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "secedit.inf")
	os.WriteFile(bin, []byte("[System Access]\x00"), 0o644)
	ok := filepath.Join(dir, "ok.inf")
	os.WriteFile(ok, []byte("[System Access]\n"), 0o644)
	for _, tc := range []struct {
		k    Kind
		path string
		want error
	}{
		{Secedit, bin, ErrNotText}, {Secedit, ok, nil}, {Secedit, dir, ErrNotRegular}, {Secedit, "/dev/zero", ErrNotRegular},
		{WifiCapture, ok, nil}, {ConfigPath, dir, nil}, {ConfigPath, ok, nil}, {ConfigPath, "/dev/null", ErrNotRegular},
		{WindowsInventory, ok, ErrNotRegular}, {TargetsFile, "-", nil},
	} {
		if err := Check(t.Context(), tc.k, tc.path); !errors.Is(err, tc.want) {
			t.Errorf("Check(%s, %s) = %v, want %v", tc.k, tc.path, err, tc.want)
		}
	}
}
