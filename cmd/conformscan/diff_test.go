package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// scanTo runs a documentary-only scan into a JSON file.
func scanTo(t *testing.T, out string, args ...string) {
	t.Helper()
	code, _, errOut := runCLI(t, append([]string{"scan", "--format", "json", "-o", out}, args...)...)
	if code != 0 && code != 1 {
		t.Fatalf("scan %v: exit %d: %s", args, code, errOut)
	}
}

func TestDiffCmd(t *testing.T) {
	dir := t.TempDir()
	tmpl := answersFile(t)
	data, _ := os.ReadFile(tmpl)
	failing := filepath.Join(dir, "failing.yaml")
	os.WriteFile(failing, []byte(strings.Replace(string(data), `- ref: "2.1"
    status: ""
    description: ""`, `- ref: "2.1"
    status: "non-conforme"
    description: "Charte non signée"`, 1)), 0o644)
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	scanTo(t, a, "--answers", tmpl, "--refs", "2")
	scanTo(t, b, "--answers", failing, "--refs", "2")
	code, out, errOut := runCLI(t, "diff", a, b, "--lang", "en")
	if code != 1 || !strings.Contains(out, "regressed") || !strings.Contains(out, "2.1") || !strings.Contains(out, "1 regression") {
		t.Errorf("diff: exit %d, %q %q; want 1 and 2.1 regressed", code, out, errOut)
	}
	code, out, _ = runCLI(t, "diff", b, a, "--format", "json")
	if code != 0 || !strings.Contains(out, `"kind": "changed"`) { // an answer withdrawn: unknown, not fixed
		t.Errorf("diff back: exit %d %q; want 0 and changed", code, out)
	}
	if code, _, _ := runCLI(t, "diff", a, filepath.Join(dir, "absent.json")); code != 2 {
		t.Errorf("diff with a missing file: exit %d, want 2", code)
	}
	if code, _, errOut := runCLI(t, "merge", a, b); code != 2 || !strings.Contains(errOut, "answers file") {
		t.Errorf("merge of two answers files: exit %d %q; want 2", code, errOut)
	}
}

func TestMergeCmd(t *testing.T) {
	dir := t.TempDir()
	ans := answersFile(t)
	s2, s3, all := filepath.Join(dir, "s2.json"), filepath.Join(dir, "s3.json"), filepath.Join(dir, "all.json")
	scanTo(t, s2, "--answers", ans, "--refs", "2", "--reference-date", "2026-11-29")
	scanTo(t, s3, "--answers", ans, "--refs", "3", "--reference-date", "2026-11-29")
	code, _, errOut := runCLI(t, "merge", s2, s3, "-o", all, "-o", filepath.Join(dir, "all.html"))
	if code != 0 {
		t.Fatalf("merge: exit %d: %s", code, errOut)
	}
	l, err := loadReport(t.Context(), all)
	if err != nil {
		t.Fatal(err)
	}
	sections := map[string]bool{}
	for _, v := range l.Verdicts {
		sections[v.Section] = true
	}
	if !sections["2"] || !sections["3"] || len(sections) != 2 || l.Summary.Refs != len(l.Verdicts) {
		t.Errorf("merged sections %v, %d refs", sections, l.Summary.Refs)
	}
	if _, err := os.Stat(filepath.Join(dir, "all.html")); err != nil {
		t.Error(err)
	}
}

func TestScanStoreAndHistory(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	ans := answersFile(t)
	for i := 0; i < 2; i++ {
		if code, _, errOut := runCLI(t, "scan", "--answers", ans, "--refs", "2", "--store", db, "--format", "json"); code != 0 {
			t.Fatalf("scan --store: exit %d: %s", code, errOut)
		}
	}
	code, out, _ := runCLI(t, "history", "--store", db)
	if code != 0 || strings.Count(out, "go ") != 2 {
		t.Errorf("history: exit %d %q; want two runs", code, out)
	}
	code, out, _ = runCLI(t, "history", "--store", db, "--ref", "2.1", "--format", "json")
	if code != 0 || strings.Count(out, `"ref": "2.1"`) != 2 {
		t.Errorf("history --ref: exit %d %q", code, out)
	}
	code, out, _ = runCLI(t, "history", "--store", db, "--run", "1")
	if code != 0 || !strings.Contains(out, `"schema_version"`) {
		t.Errorf("history --run 1: exit %d", code)
	}
}

// TestMergeShardsCmd: each shard scan says it is a part (never go), and
// merge joins all the shards of one split, each once: a shard alone, a
// shard twice or shards of two splits are refused (exit 2); with
// --allow-partial the merged report says partial and which shards are
// missing, and exits 3.
func TestMergeShardsCmd(t *testing.T) {
	dir := t.TempDir()
	ans := answersFile(t)
	shard := func(spec string) string {
		out := filepath.Join(dir, strings.ReplaceAll(spec, "/", "of")+".json")
		code, _, errOut := runCLI(t, "scan", "--answers", ans, "--refs", "2", "--shard", spec, "--reference-date", "2026-11-29", "--format", "json", "-o", out)
		if code != 3 || !strings.Contains(errOut, "Shard "+spec) {
			t.Fatalf("scan --shard %s: exit %d %q; want 3 (a part is never go)", spec, code, errOut)
		}
		return out
	}
	s1, s2, t1 := shard("1/2"), shard("2/2"), shard("1/3")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{s1}, 2, "2/2 of 2 not given"},
		{[]string{s1, s1, s2}, 2, "given twice"},
		{[]string{s1, t1}, 2, "merge the shards of one split"},
		{[]string{s2, "--allow-partial", "-o", filepath.Join(dir, "partial.json")}, 3, "1/2"},
		{[]string{s2, s1, "-o", filepath.Join(dir, "all.json")}, 0, ""},
	} {
		code, _, errOut := runCLI(t, append([]string{"merge"}, tc.args...)...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("merge %v: exit %d %q; want %d and %q", tc.args, code, errOut, tc.code, tc.want)
		}
	}
	l, err := loadReport(t.Context(), filepath.Join(dir, "partial.json"))
	if err != nil {
		t.Fatal(err)
	}
	if l.Scope == nil || !l.Scope.Partial || strings.Join(l.Scope.Missing, ",") != "1/2" || l.Summary.Decision == "go" {
		t.Errorf("partial merge: scope %+v, decision %s", l.Scope, l.Summary.Decision)
	}
	if l, err = loadReport(t.Context(), filepath.Join(dir, "all.json")); err != nil || l.Scope.Partial || l.Scope.Shard != "1/1" || l.Summary.Decision != "go" {
		t.Errorf("complete merge: %v %+v", err, l)
	}
}
