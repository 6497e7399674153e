package inputstest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Case is a hostile variant of a valid YAML input: Doc must be refused
// with an error containing Want; Line, when set, is the line the error
// must name ("file:Line").
type Case struct {
	Name string
	Doc  string
	Want string
	Line int
}

// HostileYAML derives from a valid document of some kind (a mapping whose
// first line is "key: value" and that has a line indented by two spaces) the shapes every strict YAML input must refuse. The kind's own
// wrong types and unquoted values are added by its tests.
func HostileYAML(valid string) []Case {
	lines := strings.SplitAfter(valid, "\n")
	first := strings.TrimRight(lines[0], "\n")
	n := strings.Count(valid, "\n")
	tabbed, tabLine := valid, 0
	if i := strings.Index(valid, "\n  "); i >= 0 {
		tabbed, tabLine = valid[:i+1]+"\t"+valid[i+3:], strings.Count(valid[:i+1], "\n")+1
	}
	tagLine := strings.Count(valid[:max(strings.Index(valid, ": "), 0)], "\n") + 1
	return []Case{
		{"duplicate key", valid + first + "\n", "written twice", n + 1},
		{"unknown field", valid + "zz_unknown_field: 1\n", `unknown field "zz_unknown_field"`, n + 1},
		{"several documents", valid + "---\n" + valid, "YAML documents", n + 2},
		{"tab indentation", tabbed, "YAML syntax", tabLine},
		{"billion laughs", valid + Laughs("zz_bomb", 10), "aliases (*name) are expanded", 0},
		{"empty file", "", "empty", 0},
		{"only comments", "# nothing here\n", "no YAML value", 0},
		{"UTF-16", "\xff\xfe" + valid, "UTF-16", 0},
		{"not UTF-8", valid + "zz: \"caf\xe9\"\n", "not UTF-8", n + 1},
		{"NUL byte", valid + "\x00", "NUL", n + 1},
		{"custom tag", strings.Replace(valid, ": ", ": !custom ", 1), "tag", tagLine},
		{"truncated flow", valid + "zz: [a, b\n", "YAML syntax", 0},
		{"scalar document", "just some text\n", "where a mapping", 1},
		{"list document", "- a\n- b\n", "where a mapping", 1},
	}
}

// AcceptedYAML derives from a valid document the variants that must read
// exactly as it does: a UTF-8 byte order mark, CRLF line ends, a leading
// "---" and a trailing "...".
func AcceptedYAML(valid string) map[string]string {
	return map[string]string{
		"BOM":           "\uFEFF" + valid,
		"CRLF":          strings.ReplaceAll(valid, "\n", "\r\n"),
		"document mark": "---\n" + valid + "...\n",
		"comments":      "# comment\n" + strings.ReplaceAll(valid, "\n", " # note\n"),
	}
}

// RunHostile writes each case to a file named name in a new folder and
// checks that load refuses it within the bounds, with an error naming the
// file (and the case's line when it has one).
func RunHostile(t *testing.T, name string, cases []Case, load func(path string) error) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			if err := os.WriteFile(path, []byte(tc.Doc), 0o600); err != nil {
				t.Fatal(err)
			}
			var err error
			Bounded(t, func() { err = load(path) })
			if err == nil {
				t.Fatalf("%q accepted", tc.Doc)
			}
			if !strings.Contains(err.Error(), tc.Want) || !strings.Contains(err.Error(), path) {
				t.Fatalf("err = %v, want %q naming %s", err, tc.Want, path)
			}
			if tc.Line > 0 && !strings.Contains(err.Error(), fmt.Sprintf("%s:%d:", path, tc.Line)) {
				t.Errorf("err = %v, want line %d", err, tc.Line)
			}
		})
	}
}

// RunAccepted writes each accepted variant of valid and checks that load
// reads it.
func RunAccepted(t *testing.T, name, valid string, load func(path string) error) {
	t.Helper()
	for variant, doc := range AcceptedYAML(valid) {
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := load(path); err != nil {
			t.Errorf("%s refused: %v", variant, err)
		}
	}
}
