package main

import (
	"path/filepath"
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
}
