package main

import (
	"go/build"
	"go/scanner"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// TestMessagesNameRealFlags: no message or help text of the product
// suggests a flag that does not exist (a user told to pass --starttls must
// find it).
func TestMessagesNameRealFlags(t *testing.T) {
	// --no-nuclei is registered by probes/nuclei, built with -tags nuclei
	// only; texts of the default build may name it as such.
	known := map[string]bool{"help": true, "no-nuclei": true}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, fs := range []*pflag.FlagSet{c.Flags(), c.PersistentFlags()} {
			fs.VisitAll(func(f *pflag.Flag) { known[f.Name] = true })
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newRoot(io.Discard, io.Discard))
	mention := regexp.MustCompile(`--[a-z][a-z0-9-]+`)
	for _, dir := range []string{"../../probes", "../../checks", "."} {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || !d.IsDir() && (!strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go")) {
				return err
			}
			// Test-helper packages (apttest, inputstest...) drive other
			// programs (dpkg --root): their texts are not the product's.
			if d.IsDir() {
				if strings.HasSuffix(d.Name(), "test") {
					return filepath.SkipDir
				}
				return nil
			}
			// A file behind a build tag this binary lacks (probes/nuclei
			// without -tags nuclei) names flags this binary does not have.
			if ok, err := build.Default.MatchFile(filepath.Dir(path), filepath.Base(path)); err == nil && !ok {
				return nil
			}
			for _, lit := range stringLiterals(t, path) {
				// Only messages (text with spaces): "--qf" alone is an
				// argument to another program.
				if !strings.Contains(lit, " ") {
					continue
				}
				for _, m := range mention.FindAllString(lit, -1) {
					if !known[strings.TrimPrefix(m, "--")] {
						t.Errorf("%s mentions %s, which no command has", path, m)
					}
				}
			}
			return nil
		})
	}
}

// stringLiterals returns the string literals of a Go file, unquoted (the
// scanner skips comments: a comment quoting another program's flags is not
// a message).
func stringLiterals(t *testing.T, path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var sc scanner.Scanner
	sc.Init(fset.AddFile(path, -1, len(data)), data, nil, 0)
	var out []string
	for {
		_, tok, lit := sc.Scan()
		if tok == token.EOF {
			return out
		}
		if tok == token.STRING {
			if s, err := strconv.Unquote(lit); err == nil {
				out = append(out, s)
			}
		}
	}
}
