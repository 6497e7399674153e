package main

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/reports"
)

// answersFile writes the answers template (every ref, none answered) for a
// documentary-only scan that needs no network.
func answersFile(t *testing.T) string {
	t.Helper()
	code, out, _ := runCLI(t, "answers", "init")
	if code != 0 {
		t.Fatalf("answers init: exit %d", code)
	}
	p := filepath.Join(t.TempDir(), "answers.yaml")
	if err := os.WriteFile(p, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestScanFormatHTML(t *testing.T) {
	ans := answersFile(t)
	for lang, want := range map[string]string{"fr": "Décision : GO", "en": "Decision: GO"} {
		code, out, errOut := runCLI(t, "scan", "--answers", ans, "--format", "html", "--lang", lang)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.Contains(out, want) || !strings.Contains(out, `id="ref-13.20"`) {
			t.Errorf("--lang %s: HTML report lacks the decision or a ref", lang)
		}
	}
}

func TestScanFormatJUnit(t *testing.T) {
	code, out, errOut := runCLI(t, "scan", "--answers", answersFile(t), "--format", "junit")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc reports.JUnitSuites
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("JUnit output does not parse: %v", err)
	}
	if doc.Tests != 100 || doc.Skipped != 100 {
		t.Errorf("tests %d skipped %d, want 100 manual refs skipped", doc.Tests, doc.Skipped)
	}
}

// TestScanOutputsByExtension: every --output gets the format of its
// extension; stdout keeps --format.
func TestScanOutputsByExtension(t *testing.T) {
	dir := t.TempDir()
	args := []string{"scan", "--answers", answersFile(t), "--format", "json"}
	prefixes := map[string]string{".json": "{", ".html": "<!DOCTYPE html>", ".csv": "\ufeffRef,", ".md": "# ",
		".xml": "<?xml", ".xlsx": "PK"}
	for ext := range prefixes {
		args = append(args, "--output", filepath.Join(dir, "r"+ext))
	}
	code, out, errOut := runCLI(t, args...)
	if code != 0 || !strings.HasPrefix(out, "{") {
		t.Fatalf("exit %d, stdout not JSON: %s", code, errOut)
	}
	for ext, prefix := range prefixes {
		data, err := os.ReadFile(filepath.Join(dir, "r"+ext))
		if err != nil || !strings.HasPrefix(string(data), prefix) {
			t.Errorf("%s: %v, starts %q; want %q", ext, err, string(data[:min(len(data), 12)]), prefix)
		}
	}
	if n := strings.Count(errOut, "Rapport écrit dans"); n != len(prefixes) {
		t.Errorf("stderr names %d files, want %d: %s", n, len(prefixes), errOut)
	}
}

// TestScanUnknownOutputExtension: exit 2 before the scan, nothing written.
func TestScanUnknownOutputExtension(t *testing.T) {
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "r.json"), filepath.Join(dir, "r.pdf")
	code, _, errOut := runCLI(t, "scan", "--answers", answersFile(t), "--output", good, "--output", bad)
	if code != 2 || !strings.Contains(errOut, ".xlsx") {
		t.Fatalf("exit %d, stderr %q; want 2 naming the extensions", code, errOut)
	}
	if _, err := os.Stat(good); err == nil {
		t.Error("a report was written although an --output was refused")
	}
}
