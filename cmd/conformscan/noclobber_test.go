package main

import (
	"crypto/sha256"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// fileSum is a file's SHA-256, to prove it was left alone.
func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}

// writeFile makes a file of the given content.
func writeFile(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestOutputNeverReplacesAnInput: an --output naming a file the command
// reads (by its path, a symlink, a hard link or another spelling) or
// another --output ends with exit 2 before anything runs, naming both,
// and the input is left as it was.
func TestOutputNeverReplacesAnInput(t *testing.T) {
	dir := t.TempDir()
	in := func(name string) string { return writeFile(t, filepath.Join(dir, name), "input "+name+"\n") }
	grid, key, ca, nmap := in("grille.xlsx"), in("audit-key"), in("ca.pem"), in("nmap.xml")
	creds, targets, policy := in("creds.csv"), in("cibles.txt"), in("politique.yaml")
	s1, s2 := in("shard1.json"), in("shard2.json")
	link, hard := filepath.Join(dir, "lien.xlsx"), filepath.Join(dir, "dur.csv")
	if err := os.Symlink(grid, link); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(creds, hard); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "histo.db")
	cases := []struct {
		name  string
		args  []string
		input string // the file that must be left alone
		want  string
	}{
		{"vendor's workbook", []string{"scan", "--answers", grid, "-o", grid}, grid, "--answers"},
		{"signing key", []string{"scan", "--answers", grid, "--sign", key, "-o", key}, key, "--sign"},
		{"CA bundle", []string{"scan", "--target", "127.0.0.1", "--ca", ca, "--output", ca}, ca, "--ca"},
		{"nmap XML as JUnit", []string{"scan", "--target", "127.0.0.1", "--nmap-xml", nmap, "-o", nmap}, nmap, "--nmap-xml"},
		{"creds CSV as the grid", []string{"scan", "--target", "127.0.0.1", "--creds", creds, "-o", creds}, creds, "--creds"},
		{"targets file", []string{"scan", "--targets-file", targets, "-o", targets}, targets, "--targets-file"},
		{"password policy", []string{"scan", "--local", "--password-policy", policy, "-o", policy}, policy, "--password-policy"},
		{"shard given to merge", []string{"merge", s1, s2, "-o", s2}, s2, "argument 2"},
		{"through a symlink", []string{"scan", "--answers", grid, "-o", link}, grid, "--answers"},
		{"through a hard link", []string{"scan", "--target", "127.0.0.1", "--creds", creds, "-o", hard}, creds, "--creds"},
		{"another spelling", []string{"merge", s1, "-o", filepath.Join(dir, "x", "..", ".", "shard1.json")}, s1, "argument 1"},
		{"store not created yet", []string{"scan", "--answers", grid, "--store", missing, "-o", missing}, "", "--store"},
		{"two outputs, one file", []string{"merge", s1, s2, "-o", filepath.Join(dir, "m.json"), "-o", filepath.Join(dir, ".", "m.json")}, "", "--output"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var before [32]byte
			if c.input != "" {
				before = fileSum(t, c.input)
			}
			code, out, errOut := boundedCLI(t, c.args...)
			if code != 2 || !strings.Contains(errOut, "is the same file as "+c.want) {
				t.Errorf("exit %d, stdout %.200q, stderr %q; want 2 and %q named", code, out, errOut, c.want)
			}
			if c.input != "" && fileSum(t, c.input) != before {
				t.Errorf("%s was changed", c.input)
			}
		})
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("%s was created", missing)
	}
}

// commandsWithOutput lists every command that has an --output flag.
func commandsWithOutput(c *cobra.Command) []*cobra.Command {
	var out []*cobra.Command
	if c.Flags().Lookup(outputFlag) != nil {
		out = append(out, c)
	}
	for _, sub := range c.Commands() {
		out = append(out, commandsWithOutput(sub)...)
	}
	return out
}

// TestEveryFileFlagIsAnInput walks every command's flags: whatever string
// flag (or argument) names the file --output names, the command refuses
// before running, so an option added later cannot be forgotten.
func TestEveryFileFlagIsAnInput(t *testing.T) {
	root := newRoot(io.Discard, io.Discard)
	tried := 0
	for _, c := range commandsWithOutput(root) {
		path := strings.Fields(c.CommandPath())[1:]
		if c.Name() == "keygen" {
			continue // no input; see TestKeygenNeverOverwrites
		}
		var names []string
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if f.Name != outputFlag && !notPathKind(f.Value.Type()) {
				names = append(names, f.Name)
			}
		})
		for _, name := range names {
			file := writeFile(t, filepath.Join(t.TempDir(), "in.json"), "{}\n")
			args := append(slices.Clone(path), "--"+name, file, "-o", file)
			if c.Args != nil && c.Args(c, nil) != nil {
				args = append(args, writeFile(t, filepath.Join(t.TempDir(), "arg.json"), "{}\n"))
			}
			code, _, errOut := runCLI(t, args...)
			if code != 2 || !strings.Contains(errOut, "is the same file as --"+name) {
				t.Errorf("%v: exit %d, stderr %q; want 2 naming --%s", args, code, errOut, name)
			}
			tried++
		}
	}
	t.Logf("%d file flags tried", tried)
	if tried < 20 {
		t.Errorf("only %d file flags tried: the walk missed the scan's flags", tried)
	}
}

// TestKeygenNeverOverwrites: keygen refuses when either half of the pair
// (or anything at its name) exists, and leaves nothing behind.
func TestKeygenNeverOverwrites(t *testing.T) {
	cases := []struct {
		name  string
		setup func(t *testing.T, key string)
		code  int
		want  string
	}{
		{"private key exists", func(t *testing.T, key string) { writeFile(t, key, "secret") }, 2, "audit-key exists"},
		{"public key exists", func(t *testing.T, key string) { writeFile(t, key+".pub", "public") }, 2, "audit-key.pub exists"},
		{"dangling symlink at the name", func(t *testing.T, key string) {
			os.Symlink(filepath.Join(filepath.Dir(key), "ailleurs"), key)
		}, 2, "audit-key exists"},
		{"folder at the public name", func(t *testing.T, key string) { os.Mkdir(key+".pub", 0o755) }, 2, "audit-key.pub exists"},
		{"missing folder", func(t *testing.T, key string) {}, 2, "folder that exists"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			key := filepath.Join(dir, "audit-key")
			if c.name == "missing folder" {
				key = filepath.Join(dir, "nulle-part", "audit-key")
			}
			c.setup(t, key)
			before := listDir(t, dir)
			code, out, errOut := boundedCLI(t, "keygen", "-o", key)
			if code != c.code || !strings.Contains(errOut, c.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d and %q", code, out, errOut, c.code, c.want)
			}
			if after := listDir(t, dir); !slices.Equal(before, after) {
				t.Errorf("keygen left %v, had %v", after, before)
			}
		})
	}
}

// TestWritePairUndoes: when the second half cannot be linked, the first
// is removed again and no temporary file stays.
func TestWritePairUndoes(t *testing.T) {
	dir := t.TempDir()
	priv, pub := filepath.Join(dir, "k"), writeFile(t, filepath.Join(dir, "k.pub"), "someone else's")
	err := writePair([]keyFile{{path: priv, data: []byte("secret"), mode: 0o600}, {path: pub, data: []byte("pub"), mode: 0o644}})
	if err == nil || !strings.Contains(err.Error(), "k.pub exists") {
		t.Fatalf("error %v, want k.pub exists", err)
	}
	if got := listDir(t, dir); !slices.Equal(got, []string{"k.pub"}) {
		t.Errorf("left %v, want only the existing k.pub", got)
	}
	if data, _ := os.ReadFile(pub); string(data) != "someone else's" {
		t.Errorf("k.pub was replaced: %q", data)
	}
}

// listDir lists a folder's names, recursively, sorted.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	var names []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && p != dir {
			rel, _ := filepath.Rel(dir, p)
			names = append(names, rel)
		}
		return nil
	})
	return names
}
