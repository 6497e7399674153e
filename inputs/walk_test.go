package inputs

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestWalkReportsEverySkippedFile: a file that cannot be read does not
// stop the walk: the files after it are read, and it is named with why.
func TestWalkReportsEverySkippedFile(t *testing.T) {
	root := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a.conf", "x=1\n")
	big := write("b-big.log", "x")
	os.Truncate(big, 2_700_000)
	bin := write("c.bin", "\x7fELF\x00\x00")
	last := write("z/zz.properties", "db_password=hunter2\n")
	fifo := filepath.Join(root, "d.fifo")
	syscall.Mkfifo(fifo, 0o600)
	dev := filepath.Join(root, "e-zero")
	os.Symlink("/dev/zero", dev)
	loop := filepath.Join(root, "f-loop")
	os.Symlink(loop, loop)
	dirLink := filepath.Join(root, "g-dirlink")
	os.Symlink(filepath.Join(root, "z"), dirLink)

	var read []string
	var skipped []Skipped
	bounded(t, func() {
		var err error
		skipped, err = Walk(context.Background(), ConfigPath, root, func(p string, _ []byte) error {
			read = append(read, p)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
	if len(read) != 2 || read[1] != last {
		t.Errorf("read %v; want a.conf and %s", read, last)
	}
	want := map[string]string{big: "larger than", bin: "not text", fifo: "named pipe", dev: "character device",
		loop: "loop of symbolic links", dirLink: "not followed"}
	for _, s := range skipped {
		if w, ok := want[s.Path]; !ok || !strings.Contains(s.Reason, w) {
			t.Errorf("skipped %s: %q; want %q", s.Path, s.Reason, w)
		}
		delete(want, s.Path)
	}
	for p := range want {
		t.Errorf("%s not reported as skipped", p)
	}
}

// TestWalkBounds: past MaxFiles the walk says so; a root that is not a
// directory or a text file is an error naming the flag; a single file is
// read; the context's end stops the walk.
func TestWalkBounds(t *testing.T) {
	root := t.TempDir()
	for i := range WindowsInventory.Spec().MaxFiles + 3 {
		os.WriteFile(filepath.Join(root, "f"+strconv.Itoa(i)), []byte("x\n"), 0o644)
	}
	n := 0
	skipped, err := Walk(context.Background(), WindowsInventory, root, func(string, []byte) error { n++; return nil })
	if err != nil || n != WindowsInventory.Spec().MaxFiles || len(skipped) != 1 || !strings.Contains(skipped[0].Reason, "more than 200 files") {
		t.Errorf("read %d, skipped %v, %v", n, skipped, err)
	}
	for _, p := range []string{"/dev/zero", filepath.Join(root, "missing")} {
		if _, err := Walk(context.Background(), ConfigPath, p, nil); err == nil || !strings.HasPrefix(err.Error(), "--config-path "+p) {
			t.Errorf("%s: %v", p, err)
		}
	}
	one := filepath.Join(t.TempDir(), "app.ini")
	os.WriteFile(one, []byte("password=x\n"), 0o644)
	var got []string
	if _, err := Walk(context.Background(), ConfigPath, one, func(p string, _ []byte) error { got = append(got, p); return nil }); err != nil || len(got) != 1 {
		t.Errorf("single file: %v, %v", got, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Walk(ctx, ConfigPath, root, func(string, []byte) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled walk: %v", err)
	}
}

// TestDirFS: a folder read through fs.Glob and fs.ReadFile never blocks on
// a FIFO nor reads a device found in it.
func TestDirFS(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\ntitle: A\n---\n"), 0o644)
	syscall.Mkfifo(filepath.Join(dir, "b.md"), 0o600)
	os.Symlink("/dev/zero", filepath.Join(dir, "c.md"))
	fsys := DirFS(context.Background(), EOLData, dir)
	names, err := fs.Glob(fsys, "*.md")
	if err != nil || len(names) != 3 {
		t.Fatalf("glob: %v, %v", names, err)
	}
	bounded(t, func() {
		for name, want := range map[string]string{"a.md": "", "b.md": "named pipe", "c.md": "character device", "../x": "invalid"} {
			_, err := fs.ReadFile(fsys, name)
			if want == "" && err != nil || want != "" && (err == nil || !strings.Contains(err.Error(), want)) {
				t.Errorf("%s: %v, want %q", name, err, want)
			}
		}
	})
	if _, err := fs.ReadFile(DirFS(context.Background(), EOLData, "/dev/zero"), "x"); err == nil {
		t.Error("a device as the folder")
	}
}

// TestWalkRootSymlink: a root that is a link to a folder is walked (a
// release folder behind /opt/app/current).
func TestWalkRootSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "release-1")
	os.MkdirAll(filepath.Join(real, "conf"), 0o755)
	os.WriteFile(filepath.Join(real, "conf", "app.ini"), []byte("password=x\n"), 0o644)
	link := filepath.Join(dir, "current")
	os.Symlink(real, link)
	var read []string
	skipped, err := Walk(context.Background(), ConfigPath, link, func(p string, _ []byte) error { read = append(read, p); return nil })
	if err != nil || len(skipped) != 0 || len(read) != 1 || read[0] != filepath.Join(link, "conf", "app.ini") {
		t.Fatalf("read %v, skipped %v, %v", read, skipped, err)
	}
}
