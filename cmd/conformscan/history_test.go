package main

import (
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"conformscan/history/historytest"
)

// TestScanStorePostgres: scan --store takes a postgres:// URL, and
// 'history' lists the same runs from PostgreSQL as from a SQLite file
// (the scan times aside).
func TestScanStorePostgres(t *testing.T) {
	pg := historytest.Postgres(t)
	ans := answersFile(t)
	stamp := regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ`)
	listing := map[string]string{}
	for _, store := range []string{filepath.Join(t.TempDir(), "h.db"), pg} {
		for i := 0; i < 2; i++ {
			code, _, errOut := runCLI(t, "scan", "--answers", ans, "--refs", "2", "--store", store, "--format", "json")
			if code != 0 || !strings.Contains(errOut, "(") || strings.Contains(errOut, "password") {
				t.Fatalf("scan --store %s: exit %d: %s", store, code, errOut)
			}
		}
		var all []string
		for _, args := range [][]string{{}, {"--ref", "2.1", "--format", "json"}} {
			code, out, errOut := runCLI(t, append([]string{"history", "--store", store}, args...)...)
			if code != 0 {
				t.Fatalf("history --store %s %v: exit %d: %s", store, args, code, errOut)
			}
			all = append(all, stamp.ReplaceAllString(out, "T"))
		}
		listing[store] = strings.Join(all, "\n")
	}
	var got []string
	for _, l := range listing {
		got = append(got, l)
	}
	if got[0] != got[1] || strings.Count(got[0], "go ") != 2 {
		t.Errorf("histories differ or lack the runs:\n%s\n---\n%s", got[0], got[1])
	}
	// Shards merged, the audit stored once.
	dir := t.TempDir()
	s2, s3 := filepath.Join(dir, "s2.json"), filepath.Join(dir, "s3.json")
	scanTo(t, s2, "--answers", ans, "--refs", "2")
	scanTo(t, s3, "--answers", ans, "--refs", "3")
	if code, _, errOut := runCLI(t, "merge", s2, s3, "--store", pg, "-o", filepath.Join(dir, "all.json")); code != 0 {
		t.Fatalf("merge --store: exit %d: %s", code, errOut)
	}
	code, out, _ := runCLI(t, "history", "--store", pg, "--run", "3")
	if code != 0 || !strings.Contains(out, `"ref":"3.1"`) || !strings.Contains(out, `"ref":"2.1"`) {
		t.Errorf("history --run 3 (the merged audit): exit %d %.300s", code, out)
	}
	// The run holds the merged report as written, facts included.
	written, _ := os.ReadFile(filepath.Join(dir, "all.json"))
	var a, b any
	if err := json.Unmarshal(written, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(out), &b); err != nil || !reflect.DeepEqual(a, b) {
		t.Errorf("the recorded merge differs from the merged report: %v", err)
	}
}

// TestStoreHostile: a history that does not exist is named (exit 2) and
// not created; a SQLite name with '#' is that file; a silent PostgreSQL
// server ends scan and history with an error that never shows the
// password, wherever it was written.
func TestStoreHostile(t *testing.T) {
	dir := t.TempDir()
	ans := answersFile(t)
	absent := filepath.Join(dir, "absent.db")
	code, _, errOut := runCLI(t, "history", "--store", absent)
	if _, err := os.Stat(absent); code != 2 || !strings.Contains(errOut, "no history") || err == nil {
		t.Errorf("history on a missing store: exit %d %q, stat %v; want 2, named, not created", code, errOut, err)
	}
	hash := filepath.Join(dir, "h#1.db")
	if code, _, errOut := runCLI(t, "scan", "--answers", ans, "--refs", "2", "--store", hash, "--format", "json"); code != 0 {
		t.Fatalf("scan --store %s: exit %d: %s", hash, code, errOut)
	}
	if _, err := os.Stat(hash); err != nil {
		t.Errorf("scan --store h#1.db: %v", err)
	}
	if code, out, _ := runCLI(t, "history", "--store", hash); code != 0 || strings.Count(out, "go ") != 1 {
		t.Errorf("history --store h#1.db: exit %d %q", code, out)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0") // never accepts: nothing is read
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	addr := l.Addr().String()
	host, port, _ := net.SplitHostPort(addr)
	for _, where := range []string{
		"postgres://u:s3cret@" + addr + "/db?connect_timeout=1",
		"postgresql://u@" + addr + "/db?sslmode=disable&password=s3cret&connect_timeout=1",
		"host=" + host + " port=" + port + " password=s3cret user=u connect_timeout=1",
	} {
		code, out, errOut := runCLI(t, "scan", "--answers", ans, "--refs", "2", "--store", where, "--format", "json")
		if code != 3 || strings.Contains(out+errOut, "s3cret") || !strings.Contains(errOut, "history") {
			t.Errorf("scan --store (silent server): exit %d %q; want 3 without the password", code, errOut)
		}
		code, out, errOut = runCLI(t, "history", "--store", where)
		if code != 2 || strings.Contains(out+errOut, "s3cret") {
			t.Errorf("history --store (silent server): exit %d %q; want 2 without the password", code, errOut)
		}
	}
}
