package hostlog

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"conformscan/fixtures/proc"
	"conformscan/probes/hostaccess"
)

// lrDebug is one "rotating pattern" section of logrotate -d: the first
// pattern, the criterion as logrotate prints it, the rotation count.
var lrDebug = regexp.MustCompile(`(?ms)^rotating pattern: (\S+).*?\s(weekly|monthly|yearly|hourly|after 1 days|\d+ bytes) \((?:(\d+) rotations|(no old logs will be kept))\)`)

// The recorded trees' logrotate files read by logrotate itself (-d, with
// the include pointed at the tree): every block it keeps has the
// criterion and count this parser resolves, globals included; the
// unknown directive is an error for both (logrotate skips the line and
// misnumbers it after a list of file names on several lines: the parser
// stops and names line 10).
func TestLogrotateLikeLogrotate(t *testing.T) {
	bin, err := exec.LookPath("logrotate")
	proc.Need(t, err)
	for _, tree := range []string{"debian-default", "weekly79", "monthly18", "size-only", "maxage"} {
		root := "testdata/retention/" + tree
		out := logrotateDebug(t, bin, root)
		w := walkRoot(t, root)
		seen := map[string]bool{}
		for _, m := range lrDebug.FindAllStringSubmatch(out, -1) {
			seen[m[1]] = true
			b := w.block(m[1])
			if b == nil {
				t.Errorf("%s: logrotate rotates %s, the parser has no block", tree, m[1])
				continue
			}
			crit, count := criterionText(b.rot), "0"
			if b.rot.Rotate != nil {
				count = b.rot.Rotate.Value
			}
			want := m[3]
			if m[4] != "" {
				want = "0"
			}
			if crit != m[2] || count != want {
				t.Errorf("%s %s: logrotate says %s × %s, the parser %s × %s", tree, m[1], m[2], want, crit, count)
			}
		}
		// Blocks inheriting the globals, before and after an include.
		inherit := map[string]string{"weekly79": "/var/log/vendor/*.log", "size-only": "/var/log/vendor/*.log", "maxage": "/var/log/late.log"}[tree]
		if len(seen) < 3 || (inherit != "" && !seen[inherit]) {
			t.Errorf("%s: sections %v in logrotate's output:\n%s", tree, seen, out)
		}
	}
	out := logrotateDebug(t, bin, "testdata/retention/bad-directive")
	if !strings.Contains(out, "unknown option 'retention'") {
		t.Errorf("logrotate's output:\n%s", out)
	}
	b, _ := os.ReadFile("testdata/retention/bad-directive/etc/logrotate.d/rsyslog")
	if _, err := ParseLogrotate("rsyslog", b); err == nil || !strings.Contains(err.Error(), `rsyslog:10: unknown directive "retention"`) {
		t.Errorf("parser: %v", err)
	}
}

// logrotateDebug runs logrotate -d on a copy of a tree's logrotate files.
func logrotateDebug(t *testing.T, bin, root string) string {
	t.Helper()
	tmp := t.TempDir()
	conf, err := os.ReadFile(filepath.Join(root, "etc/logrotate.conf"))
	if err != nil {
		t.Fatal(err)
	}
	d := filepath.Join(tmp, "logrotate.d")
	conf = []byte(strings.ReplaceAll(string(conf), "include /etc/logrotate.d", "include "+d))
	if err := os.WriteFile(filepath.Join(tmp, "logrotate.conf"), conf, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(d, 0o755); err != nil {
		t.Fatal(err)
	}
	ents, _ := os.ReadDir(filepath.Join(root, "etc/logrotate.d"))
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(root, "etc/logrotate.d", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, _ := exec.Command(bin, "-d", "-s", filepath.Join(tmp, "state"), filepath.Join(tmp, "logrotate.conf")).CombinedOutput()
	return string(out)
}

// walkRoot reads a tree's logrotate files as the probe does.
func walkRoot(t *testing.T, root string) *lrWalk {
	t.Helper()
	acc := hostaccess.NewRoot(root)
	if err := acc.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	r := reader{ctx: context.Background(), acc: acc, f: &Facts{}}
	w := &lrWalk{r: r, global: map[string]Setting{}}
	b, err := acc.ReadFile(context.Background(), "/etc/logrotate.conf", maxFile)
	if err != nil {
		t.Fatal(err)
	}
	w.file("/etc/logrotate.conf", b)
	return w
}

// block returns the block whose first pattern is p.
func (w *lrWalk) block(p string) *resolvedBlock {
	for i := range w.blocks {
		if w.blocks[i].patterns[0] == p {
			return &w.blocks[i]
		}
	}
	return nil
}

// criterionText prints a rotation's criterion as logrotate -d does.
func criterionText(r Rotation) string {
	switch {
	case r.Criterion == nil:
		return "1048576 bytes"
	case r.Criterion.Key == "daily":
		return "after 1 days"
	case r.Criterion.Key == "size":
		n, _ := LogrotateSize(r.Criterion.Value)
		return strconv.FormatInt(n, 10) + " bytes"
	}
	return r.Criterion.Key
}
