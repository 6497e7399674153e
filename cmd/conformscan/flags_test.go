package main

import (
	"go/build"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// TestMessagesNameRealFlags: no message or help text of the product
// suggests a flag that does not exist (a user told to pass --starttls must
// find it).
func TestMessagesNameRealFlags(t *testing.T) {
	known := map[string]bool{"help": true}
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
	flagRe := regexp.MustCompile(`"[^"\n]*?(--[a-z][a-z0-9-]+)`)
	mention := regexp.MustCompile(`--[a-z][a-z0-9-]+`)
	for _, dir := range []string{"../../probes", "../../checks", "."} {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			// A file behind a build tag this binary lacks (probes/nuclei
			// without -tags nuclei) names flags this binary does not have.
			if ok, err := build.Default.MatchFile(filepath.Dir(path), filepath.Base(path)); err == nil && !ok {
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, lit := range flagRe.FindAllString(string(data), -1) {
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
