package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestVersionPrintsBuildFacts(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		var out, errb bytes.Buffer
		if code := run(context.Background(), args, &out, &errb); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		for _, want := range []string{"conformscan " + version, "commit:", "built:", runtime.Version(), "nuclei:     not linked"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%v: %q lacks %q", args, out.String(), want)
			}
		}
	}
}

func TestManWritesOnePagePerCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "man1")
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"man", dir}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, page := range []string{"conformscan.1", "conformscan-scan.1", "conformscan-demo.1", "conformscan-version.1"} {
		data, err := os.ReadFile(filepath.Join(dir, page))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(data, []byte(`"Nov 2023"`)) {
			t.Errorf("%s: date is not SOURCE_DATE_EPOCH's: %.120s", page, data)
		}
	}
}
