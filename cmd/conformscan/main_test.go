package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/loopback"
	"conformscan/reports/reportstest"
)

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	args = ownLockoutState(t, args)
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestRefsJSON(t *testing.T) {
	code, out, _ := runCLI(t, "refs", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var refs []map[string]any
	if err := json.Unmarshal([]byte(out), &refs); err != nil {
		t.Fatal(err)
	}
	if len(refs) != 100 {
		t.Fatalf("%d refs", len(refs))
	}
	levels := map[string]int{}
	for _, r := range refs {
		for _, k := range []string{"ref", "level", "section", "title", "text", "kind", "checks"} {
			if _, ok := r[k]; !ok {
				t.Fatalf("ref %v lacks %q", r["ref"], k)
			}
		}
		levels[r["level"].(string)]++
	}
	if levels["O"] != 58 || levels["R"] != 23 || levels["N/A"] != 19 {
		t.Fatalf("levels %v", levels)
	}
}

func TestRefsTableAndMarkdown(t *testing.T) {
	for _, f := range []string{"table", "markdown"} {
		code, out, _ := runCLI(t, "refs", "--format", f)
		if code != 0 || !strings.Contains(out, "13.20") {
			t.Errorf("refs --format %s: exit %d", f, code)
		}
	}
}

// TestUsageErrors: every malformed input gets a clear message and exit 2.
func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.yaml")
	os.WriteFile(broken, []byte("answers:\n  - ref: \"2.1\"\n    status: peut-etre\n"), 0o644)
	badFile := filepath.Join(dir, "targets.txt")
	os.WriteFile(badFile, []byte("127.0.0.1\nnot a target\n"), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"scan", "--target", "300.1.2.3"}, "not a valid hostname"},
		{[]string{"scan", "--target", "10.0.0.0/33"}, "not a valid CIDR"},
		{[]string{"scan", "--target", "10.0.0.0/8"}, "--max-hosts"},
		{[]string{"scan", "--target", "127.0.0.1", "--refs", "7.9"}, "unknown ref"},
		{[]string{"scan", "--answers", broken}, "broken.yaml:3: answers[0].status"},
		{[]string{"scan", "--answers", filepath.Join(dir, "absent.yaml")}, "no such file"},
		{[]string{"scan", "--targets-file", badFile}, "targets.txt:2"},
		{[]string{"scan", "--target", "127.0.0.1", "--ports", "0-5"}, "--ports"},
		{[]string{"scan", "--target", "127.0.0.1", "--format", "pdf"}, "--format"},
		{[]string{"scan", "--target", "127.0.0.1", "--lang", "de"}, "language"},
		{[]string{"scan", "--target", "127.0.0.1", "--reference-date", "29/11/2026"}, "YYYY-MM-DD"},
		{[]string{"scan"}, "--target"},
		{[]string{"scan", "--no-such-flag"}, "unknown flag"},
		{[]string{"frobnicate"}, "unknown command"},
	} {
		code, _, errOut := runCLI(t, tc.args...)
		if code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, errOut, tc.want)
		}
	}
}

func TestAnswersInit(t *testing.T) {
	code, out, _ := runCLI(t, "answers", "init")
	if code != 0 || !strings.Contains(out, `ref: "2.1"`) {
		t.Fatalf("exit %d", code)
	}
	p := filepath.Join(t.TempDir(), "a.yaml")
	os.WriteFile(p, []byte(out), 0o644)
	if code, _, e := runCLI(t, "answers", "check", p); code != 0 {
		t.Fatalf("template does not check: %d %s", code, e)
	}
}

// TestTimeoutStillWritesReport: when the overall deadline ends the scan,
// the report is still written, unfinished work is error/skipped with the
// reason, and the exit code is 3.
func TestTimeoutStillWritesReport(t *testing.T) {
	hold := make(chan struct{})
	defer close(hold)
	port := loopback.Serve(t, func(c net.Conn) { <-hold })
	out := filepath.Join(t.TempDir(), "r.json")
	start := time.Now()
	code, _, errOut := runCLI(t, "scan", "--target", fmt.Sprintf("127.0.0.1:%d", port), "--refs", "7.2",
		"--timeout", "400ms", "--output", out, "--format", "json")
	if time.Since(start) > 5*time.Second {
		t.Fatalf("deadline not honoured: %v", time.Since(start))
	}
	if code != 3 {
		t.Fatalf("exit %d, want 3 (%s)", code, errOut)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("report not written: %v", err)
	}
	reportstest.MustValidate(t, data)
	var r struct {
		Interrupted bool   `json:"interrupted"`
		Reason      string `json:"interruption_reason"`
		Results     []struct {
			Ref, Status, Summary string
		} `json:"results"`
	}
	json.Unmarshal(data, &r)
	if !r.Interrupted || !strings.Contains(r.Reason, "--timeout") {
		t.Fatalf("interruption not recorded: %+v", r)
	}
	for _, res := range r.Results {
		if res.Ref == "7.2" && res.Status != "error" && res.Status != "skipped" {
			t.Fatalf("unfinished 7.2 must be error/skipped, got %s", res.Status)
		}
	}
}
