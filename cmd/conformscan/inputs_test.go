package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/inputs/inputstest"
)

// boundedCLI runs the CLI in-process and fails unless it ends within 5 s
// having allocated less than 300 MB, with no crash dump.
func boundedCLI(t *testing.T, args ...string) (code int, out, errOut string) {
	t.Helper()
	inputstest.Bounded(t, func() { code, out, errOut = runCLI(t, args...) })
	if strings.Contains(errOut, "goroutine ") || strings.Contains(errOut, "fatal error") {
		t.Errorf("%v: crash dump on stderr: %.500s", args, errOut)
	}
	return code, out, errOut
}

// TestYAMLBombsRefused: a billion-laughs answers file or TLS profile ends
// at once with exit 2 and a message naming the file, before any scan.
func TestYAMLBombsRefused(t *testing.T) {
	dir := t.TempDir()
	answers := filepath.Join(dir, "answers.yaml")
	os.WriteFile(answers, []byte(inputstest.Laughs("vendor", 10)), 0o644)
	profile := filepath.Join(dir, "profile.yaml")
	os.WriteFile(profile, []byte("name: bomb\nbase: anssi\n"+inputstest.Laughs("title", 10)), 0o644)
	for _, args := range [][]string{
		{"scan", "--answers", answers},
		{"answers", "check", answers},
		{"scan", "--target", "127.0.0.1", "--refs", "7.1", "--tls-profile", profile},
	} {
		code, _, errOut := boundedCLI(t, args...)
		if code != 2 || !strings.Contains(errOut, ".yaml:") || !strings.Contains(errOut, "aliases (*name)") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and the aliases refused", args, code, errOut)
		}
	}
}

// TestAttachmentsRefused: an attachment that is a device, a FIFO or a path
// out of the answers' folder ends at once with exit 2, naming file:line.
func TestAttachmentsRefused(t *testing.T) {
	dir := t.TempDir()
	inputstest.Mkfifo(t, filepath.Join(dir, "fifo.pdf"))
	os.Symlink("/dev/zero", filepath.Join(dir, "zero.pdf"))
	answers := filepath.Join(dir, "answers.yaml")
	for ev, want := range map[string]string{
		"/dev/zero":        "absolute paths are not accepted",
		"zero.pdf":         "inside " + dir,
		"fifo.pdf":         "named pipe",
		"../../etc/shadow": "inside " + dir,
	} {
		os.WriteFile(answers, []byte(fmt.Sprintf("answers:\n  - ref: \"2.1\"\n    status: conforme\n    evidence: [%q]\n", ev)), 0o644)
		for _, args := range [][]string{{"scan", "--answers", answers}, {"answers", "check", answers}} {
			code, _, errOut := boundedCLI(t, args...)
			if code != 2 || !strings.Contains(errOut, "answers.yaml:4: answers[0].evidence[0]") || !strings.Contains(errOut, want) {
				t.Errorf("%v with %q: exit %d, stderr %q; want 2, file:line and %q", args, ev, code, errOut, want)
			}
		}
	}
}

// TestTargetsFileRangesSized: a /8 (or a /2) in a targets file is refused
// as fast as on the command line, and the file reads as people write it.
func TestTargetsFileRangesSized(t *testing.T) {
	dir := t.TempDir()
	for _, line := range []string{"10.0.0.0/8", "127.0.0.0/2", "2001:db8::/32"} {
		file := filepath.Join(dir, "targets.txt")
		os.WriteFile(file, []byte("\uFEFF# perimeter\r\n127.0.0.1\t# this host\r\n"+line+"# all of it\r\n"), 0o644)
		code, _, errOut := boundedCLI(t, "scan", "--targets-file", file)
		if code != 2 || !strings.Contains(errOut, line) || !strings.Contains(errOut, "--max-hosts") {
			t.Errorf("%s: exit %d, stderr %q; want 2 and --max-hosts", line, code, errOut)
		}
	}
	file := filepath.Join(dir, "bad.txt")
	os.WriteFile(file, []byte("127.0.0.1\n0.0.0.0 # any\n"), 0o644)
	if code, _, errOut := boundedCLI(t, "scan", "--targets-file", file); code != 2 || !strings.Contains(errOut, "bad.txt:2") || !strings.Contains(errOut, "unspecified") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// TestInputFilesMustBeRegular: a FIFO or a device given as --targets-file
// or --tls-profile ends at once with exit 2 instead of blocking forever.
func TestInputFilesMustBeRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.yaml")
	inputstest.Mkfifo(t, fifo)
	for _, args := range [][]string{
		{"scan", "--targets-file", fifo},
		{"scan", "--targets-file", "/dev/zero"},
		{"scan", "--target", "127.0.0.1", "--refs", "7.1", "--tls-profile", fifo},
		{"scan", "--target", "127.0.0.1", "--refs", "7.1", "--tls-profile", "/dev/zero"},
	} {
		code, _, errOut := boundedCLI(t, args...)
		if code != 2 || !strings.Contains(errOut, "not a regular file") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and 'not a regular file'", args, code, errOut)
		}
	}
}
