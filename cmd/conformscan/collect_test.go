//go:build linux

package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"conformscan/fixtures/proc"
)

// localRefs maps each ref judged on target to its statuses, sorted.
func localRefs(rep hostReport, target string) map[string]string {
	got := map[string][]string{}
	for _, r := range rep.Results {
		if r.Target == target {
			got[r.Ref] = append(got[r.Ref], r.Status)
		}
	}
	out := map[string]string{}
	for ref, st := range got {
		slices.Sort(st)
		out[ref] = strings.Join(st, ",")
	}
	return out
}

// On this machine, a bundle made by collect and judged by scan
// --host-export gives every host ref the statuses scan --local gives: the
// two runs are compared with each other, whatever the machine holds. The
// machine is live (other tests start and stop daemons): a difference is
// tried again, up to three times, before it is a failure.
func TestCollectThenHostExportMatchesLocal(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	bundle := filepath.Join(dir, "host.zip")
	var diffs []string
	for range 3 {
		var raw string
		diffs, raw = collectAndCompare(t, bundle)
		if len(diffs) == 0 {
			if !strings.Contains(raw, "(host-export host.zip)") {
				t.Error("the evidence does not name the bundle")
			}
			assertNoHashes(t, bundle)
			return
		}
		t.Logf("differences, trying again: %v", diffs)
	}
	t.Fatalf("--host-export and --local differ: %v", diffs)
}

// collectAndCompare runs collect, scan --local and scan --host-export,
// and returns every host ref whose statuses differ.
func collectAndCompare(t *testing.T, bundle string) ([]string, string) {
	code, out, errOut := runCLI(t, "collect", "-o", bundle)
	if code != 0 || !strings.Contains(out, "operations recorded") {
		t.Fatalf("collect: exit %d: %s %s", code, out, errOut)
	}
	_, local, _ := scanHost(t, "--local")
	_, export, raw := scanHost(t, "--host-export", bundle)
	want, got := localRefs(local, "local"), localRefs(export, "host-export:"+bundle)
	if len(want) == 0 {
		t.Fatal("--local judged no host ref")
	}
	var diffs []string
	for ref, st := range want {
		if got[ref] != st {
			diffs = append(diffs, ref+": --host-export "+got[ref]+", --local "+st)
		}
	}
	for ref, st := range got {
		if _, ok := want[ref]; !ok {
			diffs = append(diffs, ref+": --host-export "+st+", not judged by --local")
		}
	}
	return diffs, raw
}

// assertNoHashes: no password hash of this machine's /etc/shadow is in
// the bundle.
func assertNoHashes(t *testing.T, bundle string) {
	t.Helper()
	shadow, err := os.ReadFile("/etc/shadow")
	proc.Need(t, err)
	z, err := zip.OpenReader(bundle)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var all bytes.Buffer
	for _, f := range z.File {
		rc, _ := f.Open()
		io.Copy(&all, rc)
		rc.Close()
	}
	for _, l := range strings.Split(string(shadow), "\n") {
		f := strings.Split(l, ":")
		if len(f) > 1 && strings.HasPrefix(f[1], "$") && strings.Contains(all.String(), f[1]) {
			t.Errorf("the hash of %s is in the bundle", f[0])
		}
	}
}

// collect refuses to run without -o, and never writes over what scan
// reads (-o is an output like scan's).
func TestCollectUsage(t *testing.T) {
	if code, _, errOut := runCLI(t, "collect"); code != 2 || !strings.Contains(errOut, "-o HOST.zip") {
		t.Errorf("no -o: exit %d %s", code, errOut)
	}
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, "collect", "-o", filepath.Join(dir, "missing", "h.zip")); code != 2 || !strings.Contains(errOut, "does not exist") {
		t.Errorf("folder missing: exit %d %s", code, errOut)
	}
	bundle := filepath.Join(dir, "h.zip")
	if code, _, errOut := runCLI(t, "collect", "-o", bundle); code != 0 {
		t.Fatalf("collect: %s", errOut)
	}
	before, _ := os.ReadFile(bundle)
	if code, _, errOut := runCLI(t, "scan", "--host-export", bundle, "--output", bundle); code != 2 || !strings.Contains(errOut, "same file") {
		t.Errorf("report over the bundle: exit %d %s", code, errOut)
	}
	if after, _ := os.ReadFile(bundle); !bytes.Equal(before, after) {
		t.Error("the bundle was changed")
	}
}

// A bundle that is not one (text, a zip of something else, a zip bomb,
// another format version) is refused with exit 2, naming the file and
// what to do, before anything is judged.
func TestHostExportBadBundles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.zip")
	if code, _, errOut := runCLI(t, "collect", "-o", good); code != 0 {
		t.Fatalf("collect: %s", errOut)
	}
	manifest := readEntry(t, good, "manifest.json")
	write := func(name string, entries map[string][]byte) string {
		p := filepath.Join(dir, name)
		var b bytes.Buffer
		z := zip.NewWriter(&b)
		for n, data := range entries {
			w, _ := z.Create(n)
			w.Write(data)
		}
		z.Close()
		os.WriteFile(p, b.Bytes(), 0o644)
		return p
	}
	text := filepath.Join(dir, "text.zip")
	os.WriteFile(text, []byte("not a zip\n"), 0o644)
	cases := map[string]string{
		text: "not a zip",
		write("other.zip", map[string][]byte{"report.json": []byte("{}")}):                                                              "unexpected entry",
		write("bomb.zip", map[string][]byte{"manifest.json": manifest, "ops/000001": make([]byte, 65<<20)}):                             "zip bomb",
		write("v9.zip", map[string][]byte{"manifest.json": bytes.Replace(manifest, []byte(`"version": 1`), []byte(`"version": 9`), 1)}): "format version 9",
	}
	for path, want := range cases {
		code, _, errOut := boundedCLI(t, "scan", "--host-export", path)
		if code != 2 || !strings.Contains(errOut, "--host-export "+path+":") || !strings.Contains(errOut, want) || !strings.Contains(errOut, "conformscan collect -o") {
			t.Errorf("%s: exit %d, stderr %q; want 2 and %q", path, code, errOut, want)
		}
	}
}

func readEntry(t *testing.T, bundle, name string) []byte {
	t.Helper()
	z, err := zip.OpenReader(bundle)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	rc, err := z.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, _ := io.ReadAll(rc)
	return b
}
