package inputs

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"conformscan/inputs/inputstest"
)

// bounded runs f within the promised bounds.
var bounded = inputstest.Bounded

func TestParseRefusesBombs(t *testing.T) {
	for _, tc := range []struct {
		name, doc, want string
	}{
		{"billion laughs", inputstest.Laughs("lol", 10), "aliases (*name) are expanded"},
		{"laughs in block style", blockLaughs(8), "more than 100000"},
		{"merge keys", "base: &b {" + strings.Repeat("k: v, ", 0) + "k: v}\n" + mergeBomb(12), "aliases"},
		{"many aliases to one scalar", "a: &a x\nl: &l [" + strings.Repeat("*a, ", MaxTokens/4) + "*a]\nb: *l\nc: *l\nd: *l\ne: *l\n", "aliases"},
		{"many tokens", "l: [" + strings.Repeat("x,", MaxBytes/2-10) + "x]\n", "more than 100000 tokens"},
		{"deep flow", strings.Repeat("[", 100_000), "nests more than 100 levels"},
		{"deep block", strings.Repeat("- ", 1000) + "x\n", "nests more than 100 levels"},
		{"deep mapping", deepMapping(200), "nests more than 100 levels"},
		{"too large", strings.Repeat("# padding\n", MaxBytes/10+1), "larger than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			bounded(t, func() { _, err = Parse([]byte(tc.doc), "bomb.yaml") })
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "bomb.yaml") || !errors.Is(err, ErrLimit) {
				t.Fatalf("err = %v, want %q naming bomb.yaml", err, tc.want)
			}
		})
	}
}

// blockLaughs is Laughs written with block sequences and mappings.
func blockLaughs(levels int) string {
	var b strings.Builder
	b.WriteString("l0: &l0\n" + strings.Repeat("  - lol\n", 10))
	for i := 1; i < levels; i++ {
		fmt.Fprintf(&b, "l%d: &l%d\n", i, i)
		for k := 0; k < 10; k++ {
			fmt.Fprintf(&b, "  k%d: *l%d\n", k, i-1)
		}
	}
	return b.String()
}

// mergeBomb doubles a mapping at each level through merge keys and aliases.
func mergeBomb(levels int) string {
	var b strings.Builder
	prev := "b"
	for i := 0; i < levels; i++ {
		fmt.Fprintf(&b, "m%d: &m%d {x: [*%s, *%s, *%s, *%s]}\n", i, i, prev, prev, prev, prev)
		prev = fmt.Sprintf("m%d", i)
	}
	return b.String()
}

func deepMapping(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "k:\n")
	}
	return b.String()
}

func TestParseAcceptsReasonableAliases(t *testing.T) {
	doc := `suites: &s [TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384]
a: *s
b: *s
base: &base {level: warn, id: X}
rule: {<<: *base, level: fail}
`
	f, err := Parse([]byte(doc), "ok.yaml")
	if err != nil || f == nil {
		t.Fatalf("reasonable aliases refused: %v", err)
	}
	var v struct {
		A    []string          `yaml:"a"`
		Rule map[string]string `yaml:"rule"`
	}
	if err := yaml.Unmarshal([]byte(doc), &v); err != nil || len(v.A) != 2 || v.Rule["level"] != "fail" {
		t.Fatalf("decoded %+v, %v", v, err)
	}
	if _, err := Parse([]byte(deepMapping(40)), "ok.yaml"); err != nil {
		t.Errorf("40 levels refused: %v", err)
	}
	// The largest accepted shapes stay cheap to decode: a flat file near
	// the token limit, aliases expanding to just under the node limit.
	for name, doc := range map[string]string{
		"flat":    strings.Repeat("- x25519\n", MaxTokens/2-10),
		"aliases": inputstest.Laughs("lol", 5),
	} {
		bounded(t, func() {
			if _, err := Parse([]byte(doc), name); err != nil {
				t.Errorf("%s refused: %v", name, err)
			}
			var v any
			if err := yaml.Unmarshal([]byte(doc), &v); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		})
	}
}

func TestParseKeepsSyntaxErrors(t *testing.T) {
	_, err := Parse([]byte("a: [x\n"), "s.yaml")
	var ye yaml.Error
	if err == nil || errors.Is(err, ErrLimit) || !errors.As(err, &ye) {
		t.Fatalf("syntax error = %v, want goccy's error", err)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.yaml")
	os.WriteFile(ok, []byte("a: 1\n"), 0o644)
	if data, err := ReadFile(t.Context(), ok); err != nil || string(data) != "a: 1\n" {
		t.Fatalf("ReadFile = %q, %v", data, err)
	}
	big := filepath.Join(dir, "big.yaml")
	os.WriteFile(big, []byte(strings.Repeat("#", MaxBytes+1)), 0o644)
	fifo := filepath.Join(dir, "fifo.yaml")
	inputstest.Mkfifo(t, fifo)
	for path, want := range map[string]string{big: "larger than", fifo: "named pipe", dir: "directory", "/dev/zero": "character device"} {
		var err error
		bounded(t, func() { _, err = ReadFile(t.Context(), path) })
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ReadFile(%s) = %v, want %q", path, err, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{inputstest.Laughs("lol", 3), "a: &a [*a]\n", "- - - x\n", "{a: [b, {c: *d}]}", "&a\n*a", "--- &x 1\n--- *x\n", "? a\n: b\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse(data, "fuzz.yaml")
		if err == nil && file == nil {
			t.Fatal("no tree and no error")
		}
	})
}
