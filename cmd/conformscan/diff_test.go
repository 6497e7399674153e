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
	if code != 0 || !strings.Contains(out, `"kind": "fixed"`) {
		t.Errorf("diff back: exit %d %q; want 0 and fixed", code, out)
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
