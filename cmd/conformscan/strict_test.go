package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/inputs/inputstest"
)

// yamlKind is one YAML input of the command line: a valid document, and
// how a file is handed over (args gets the path; dir, when set, writes the
// file into a folder given instead, and lineShift is then added to lines).
type yamlKind struct {
	name, valid string
	file        string
	args        func(path string) []string
	wrap        func(doc string) string
	lineShift   int
	extra       []inputstest.Case
}

func yamlKinds() []yamlKind {
	return []yamlKind{
		{name: "answers", valid: "version: 1\nanswers:\n  - ref: \"2.1\"\n    status: conforme\n", file: "answers.yaml",
			args:  func(p string) []string { return []string{"scan", "--answers", p} },
			extra: []inputstest.Case{{Name: "status as list", Doc: "answers:\n  - ref: \"2.1\"\n    status: [conforme]\n", Want: "where text is expected", Line: 3}}},
		{name: "answers check", valid: "version: 1\nanswers:\n  - ref: \"2.1\"\n    status: conforme\n", file: "answers.yaml",
			args: func(p string) []string { return []string{"answers", "check", p} }},
		{name: "tls profile", valid: "name: x\nbase: anssi\nprotocols:\n  allowed: [TLSv1.2, TLSv1.3]\n", file: "profile.yaml",
			args: func(p string) []string {
				return []string{"scan", "--target", "127.0.0.1", "--refs", "7.1", "--tls-profile", p}
			}},
		{name: "authorisations", valid: "version: 1\nauthorisations:\n  - tool: vnc\n    hosts: [127.0.0.1]\n    authorised_by: DSI\n    reference: T-1\n    valid_until: 2030-01-01\n", file: "auth.yaml",
			args: func(p string) []string {
				return []string{"scan", "--target", "127.0.0.1", "--refs", "8.1", "--authorisations", p}
			}},
		{name: "manifest", valid: "version: 1\nhosts:\n  - host: 127.0.0.1\n    services:\n      - {port: 22, protocol: tcp, purpose: admin}\n", file: "manifest.yaml",
			args: func(p string) []string {
				return []string{"scan", "--target", "127.0.0.1", "--refs", "13.18", "--manifest", p}
			},
			extra: []inputstest.Case{{Name: "port as text", Doc: "hosts:\n  - host: a\n    services:\n      - {port: \"22\", purpose: x}\n", Want: "without quotes", Line: 4}}},
		{name: "password policy", valid: "policies:\n  - name: app\n    min_length: 12\n", file: "policy.yaml",
			args: func(p string) []string {
				return []string{"scan", "--local", "--refs", "5.2,5.3", "--password-policy", p}
			},
			extra: []inputstest.Case{
				{Name: "length as text", Doc: "policies:\n  - min_length: \"12\"\n", Want: "without quotes", Line: 2},
				{Name: "yes for true", Doc: "policies:\n  - require_upper: yes\n", Want: "true or false", Line: 2},
			}},
		{name: "eol data", valid: "title: Debian\nreleases:\n  - releaseCycle: \"12\"\n    eol: 2030-01-01\n", file: "debian.md",
			args: func(p string) []string {
				return []string{"scan", "--local", "--refs", "2.19", "--eol-data", filepath.Dir(p)}
			},
			wrap: func(doc string) string { return "---\n" + doc + "\n---\n" }, lineShift: 1,
			extra: []inputstest.Case{{Name: "eol unreadable", Doc: "title: Debian\nreleases:\n  - releaseCycle: \"12\"\n    eol: someday\n", Want: "neither a date", Line: 4}}},
	}
}

// TestUnreadableYAMLNeverPasses is the property of every YAML input: a
// file that does not read completely ends the command with exit 2 and a
// message naming the file (and the line where there is one), before
// anything is scanned: no report, so no PASS and no GO.
func TestUnreadableYAMLNeverPasses(t *testing.T) {
	for _, k := range yamlKinds() {
		for _, tc := range append(inputstest.HostileYAML(k.valid), k.extra...) {
			if k.wrap != nil && (strings.Contains(tc.Doc, "\n---") || strings.HasPrefix(tc.Doc, "\xff") || strings.HasSuffix(tc.Name, "document")) {
				continue // in a product file "---" ends the front matter
			}
			t.Run(k.name+"/"+tc.Name, func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, k.file)
				doc, line := tc.Doc, tc.Line
				if k.wrap != nil {
					doc = k.wrap(doc)
					if line > 0 {
						line += k.lineShift
					}
				}
				if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
					t.Fatal(err)
				}
				out := filepath.Join(dir, "report.json")
				code, stdout, errOut := boundedCLI(t, append(k.args(path), "--output", out, "--format", "json")...)
				if k.name == "answers check" {
					code, stdout, errOut = boundedCLI(t, k.args(path)...)
				}
				if code != 2 || !strings.Contains(errOut, path) || !strings.Contains(errOut, tc.Want) {
					t.Fatalf("exit %d, stderr %q; want 2 naming %s and %q", code, errOut, path, tc.Want)
				}
				if line > 0 && !strings.Contains(errOut, fmt.Sprintf("%s:%d:", path, line)) {
					t.Errorf("stderr %q does not name line %d", errOut, line)
				}
				if _, err := os.Stat(out); err == nil || strings.Contains(strings.ToUpper(stdout), "GO") {
					t.Errorf("a report was written or a decision printed: %q", stdout)
				}
			})
		}
	}
}

// TestAnswersUnquotedRef: "ref: 8.10" unquoted answers 8.10, not 8.1.
func TestAnswersUnquotedRef(t *testing.T) {
	dir := t.TempDir()
	answers := filepath.Join(dir, "answers.yaml")
	os.WriteFile(answers, []byte("answers:\n  - ref: 8.10\n    status: conforme\n    description: vendor's statement\n"), 0o600)
	out := filepath.Join(dir, "r.json")
	code, _, errOut := runCLI(t, "scan", "--answers", answers, "--refs", "8.1,8.10", "--output", out, "--format", "json")
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("exit %d %s: %v", code, errOut, err)
	}
	var rep passwordReport
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range rep.Results {
		if r.Check == "answers" {
			got[r.Ref] = r.Status
		}
	}
	if got["8.10"] != "pass" || got["8.1"] == "pass" {
		t.Fatalf("results %v: the answer is 8.10's", got)
	}
}
