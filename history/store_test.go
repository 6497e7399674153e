package history

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/reports"
)

// TestSQLitePathIsAPath: the history file is the path as given: '#', '?',
// '%', spaces and a "file:" prefix are part of the name, and exactly that
// file is written.
func TestSQLitePathIsAPath(t *testing.T) {
	t.Chdir(t.TempDir())
	ctx := context.Background()
	for _, name := range []string{"h#1.db", "file:h.db", "a?b=c&mode=ro.db", "x%20y.db", "sp ace.db", "h.db#frag", "file:///h.db"} {
		dir := t.TempDir()
		t.Chdir(dir)
		if name == "file:///h.db" {
			os.MkdirAll("file:", 0o755) // the path file:///h.db is the file h.db in the folder file:
		}
		s, err := Open(ctx, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := s.Save(ctx, report(t, time.Date(2026, 11, 2, 2, 30, 0, 0, time.UTC), checks.StatusPass)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		s.Close()
		st, err := os.Stat(name)
		if err != nil || st.Size() == 0 {
			t.Errorf("%s: not written at its path: %v", name, err)
		}
		var extra []string
		filepath.WalkDir(".", func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && filepath.Clean(p) != filepath.Clean(name) {
				extra = append(extra, p)
			}
			return nil
		})
		if len(extra) > 0 {
			t.Errorf("%s: other files written: %v", name, extra)
		}
		if s, err = OpenExisting(ctx, name); err != nil {
			t.Errorf("%s reopened: %v", name, err)
		} else {
			s.Close()
		}
	}
}

// TestOpenExistingRefuses: reading a history that does not exist, or a
// file that holds none, says so and creates nothing.
func TestOpenExistingRefuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	empty, other := filepath.Join(dir, "empty.db"), filepath.Join(dir, "other.db")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(other, []byte("not a database at all, just text"), 0o644)
	for _, where := range []string{filepath.Join(dir, "absent.db"), filepath.Join(dir, "absent#1.db"), dir, empty} {
		s, err := OpenExisting(ctx, where)
		if !errors.Is(err, ErrNoHistory) {
			t.Errorf("%s: %v; want ErrNoHistory", where, err)
		}
		if s != nil {
			s.Close()
		}
	}
	if s, err := OpenExisting(ctx, other); err == nil {
		s.Close()
		t.Errorf("%s: opened", other)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files created: %v", entries)
	}
}

// silentServer listens on loopback and, when accept is set, accepts and
// never answers; otherwise it never accepts (the kernel's backlog completes
// the handshake, nothing is read).
func silentServer(t *testing.T, accept bool) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	if accept {
		go func() {
			var held []net.Conn
			defer func() {
				for _, c := range held {
					c.Close()
				}
			}()
			for {
				c, err := l.Accept()
				if err != nil {
					return
				}
				held = append(held, c)
			}
		}()
	}
	return l.Addr().String()
}

// TestSilentServer: a server that accepts and never answers, or never
// accepts, ends Open with an error bounded by connect_timeout or the
// caller's deadline, and the message never shows the password.
func TestSilentServer(t *testing.T) {
	for _, accept := range []bool{true, false} {
		addr := silentServer(t, accept)
		host, port, _ := net.SplitHostPort(addr)
		for i, where := range []string{
			"postgres://u:s3cret@" + addr + "/db?sslmode=disable&connect_timeout=1",
			"postgres://u@" + addr + "/db?password=s3cret&connect_timeout=1",
			fmt.Sprintf("host=%s port=%s user=u password=s3cret dbname=db connect_timeout=1", host, port),
		} {
			open := Open
			if i == 0 {
				open = OpenExisting
			}
			{
				s, err := open(context.Background(), where)
				if err == nil {
					s.Close()
					t.Fatalf("%s: opened a silent server", Redact(where))
				}
				if strings.Contains(err.Error(), "s3cret") {
					t.Errorf("message shows the password: %v", err)
				}
			}
		}
		// No connect_timeout: the caller's deadline ends it.
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		s, err := Open(ctx, "postgres://u:s3cret@"+addr+"/db")
		cancel()
		if err == nil {
			s.Close()
			t.Fatal("opened a silent server")
		}
		if !errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "s3cret") {
			t.Errorf("accept=%v: %v; want the deadline, no password", accept, err)
		}
	}
}

// TestSaveLoadedKeepsFacts: a report read back from JSON (a merge) is
// recorded with its facts as read.
func TestSaveLoadedKeepsFacts(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r := report(t, time.Date(2026, 11, 2, 2, 30, 0, 0, time.UTC), checks.StatusPass)
	var b bytes.Buffer
	if err := (reports.JSON{}).Render(&b, r); err != nil {
		t.Fatal(err)
	}
	l, err := reports.Load(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	l.Facts["192.0.2.1"] = json.RawMessage(`{"id":"192.0.2.1","kind":"host","observed":"kept"}`)
	id, err := s.SaveLoaded(ctx, l)
	if err != nil {
		t.Fatal(err)
	}
	data, err := s.Report(ctx, id)
	if err != nil || !bytes.Contains(data, []byte(`"observed":"kept"`)) {
		t.Errorf("stored report lacks the facts: %v %.200s", err, data)
	}
	runs, _ := s.Runs(ctx)
	if len(runs) != 1 || !slices.Contains([]string{"go", "no-go", "incomplete"}, runs[0].Decision) {
		t.Errorf("runs %+v", runs)
	}
}
