package hostprotect

import (
	"os/exec"
	"testing"

	"conformscan/fixtures/proc"
)

// versionCases are ordered pairs (a < b) from dpkg's own test suite
// (lib/dpkg/t/t-version.c) and Debian security updates.
var versionCases = [][2]string{
	{"1.0", "1.1"}, {"1.0~rc1", "1.0"}, {"1.0~~", "1.0~"}, {"1.0~", "1.0"}, {"1.0", "1.0a"},
	{"1.0-1", "1.0-2"}, {"1.0-1", "1:0.9-1"}, {"0:1.0", "1:1.0"}, {"1.0", "1.0-0.1"},
	{"2.6.1", "2.6.2"}, {"3.0.11-1~deb12u2", "3.0.15-1~deb12u1"}, {"1.2.13.dfsg-1", "1:1.2.13.dfsg-1"},
	{"252.30-1~deb12u2", "252.31-1~deb12u1"}, {"1.0+dfsg-1", "1.0+dfsg-1+deb12u1"}, {"1.0-1", "1.0-1+b1"},
	{"9", "10"}, {"1.09", "1.10"}, {"1.0.0", "1.0.00a"}, {"a", "b"}, {"1.0-a", "1.0-b"},
	{"2.36-9+deb12u4", "2.36-9+deb12u10"}, {"1:2.38.1-5+deb12u2", "1:2.38.1-5+deb12u3"}, {"7.88.1-10+deb12u8", "7.88.1-10+deb12u12"},
	{"0.9.8~pre1", "0.9.8-1"}, {"1.0.", "1.0.a"}, {"1.0a", "1.0+"}, {"1.0-0", "1.0-0a"},
}

func TestCompareDebVersions(t *testing.T) {
	for _, c := range versionCases {
		for _, p := range []struct {
			a, b string
			want int
		}{{c[0], c[1], -1}, {c[1], c[0], 1}, {c[0], c[0], 0}} {
			got, err := CompareDebVersions(p.a, p.b)
			if err != nil || sign(got) != p.want {
				t.Errorf("compare(%q, %q) = %d, %v; want %d", p.a, p.b, got, err, p.want)
			}
		}
	}
	for _, eq := range [][2]string{{"1.0", "1.0-0"}, {"0:1.0", "1.0"}, {"1.0", "1.00"}, {"1.0-", "1.0"}} {
		if got, err := CompareDebVersions(eq[0], eq[1]); err != nil || got != 0 {
			t.Errorf("%q vs %q: %d %v, want equal", eq[0], eq[1], got, err)
		}
	}
	for _, bad := range []string{"", "a:1.0", "1 .0", ":1.0", "1:"} {
		if _, err := ParseDebVersion(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// The same pairs as dpkg itself orders them (dpkg --compare-versions),
// when dpkg is installed.
func TestCompareDebVersionsLikeDpkg(t *testing.T) {
	dpkg, err := exec.LookPath("dpkg")
	proc.Need(t, err)
	for _, c := range versionCases {
		for _, op := range []struct {
			op   string
			want bool
		}{{"lt", true}, {"gt", false}, {"eq", false}} {
			got := exec.Command(dpkg, "--compare-versions", c[0], op.op, c[1]).Run() == nil
			mine, _ := CompareDebVersions(c[0], c[1])
			ours := map[string]bool{"lt": mine < 0, "gt": mine > 0, "eq": mine == 0}[op.op]
			if got != ours || got != op.want {
				t.Errorf("%s %s %s: dpkg %t, ours %t, table %t", c[0], op.op, c[1], got, ours, op.want)
			}
		}
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func BenchmarkCompareDebVersions(b *testing.B) {
	for b.Loop() {
		_, _ = CompareDebVersions("1:2.38.1-5+deb12u2", "1:2.38.1-5+deb12u3")
	}
}
