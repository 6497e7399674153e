package hostprotect

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"conformscan/fixtures/proc"
)

// rpmCases are ordered pairs (a < b) from rpm's tests/rpmvercmp.at and
// RHEL errata.
var rpmCases = [][2]string{
	{"1.0", "1.0a"}, {"1.0", "2.0"}, {"2.0.1", "2.0.1a"}, {"5.5p1", "5.5p2"}, {"5.5p1", "5.5p10"}, {"10xyz", "10.1xyz"},
	{"xyz10", "xyz10.1"}, {"xyz.4", "8"}, {"xyz.4", "2"}, {"5.5p2", "5.6p1"}, {"5.6p1", "6.5p1"}, {"6.0", "6.0.rc1"},
	{"10a2", "10b2"}, {"1.0a", "1.0aa"}, {"10.0001", "10.0039"}, {"4.999.9", "5.0"}, {"20101121", "20101122"},
	{"a", "b"}, {"1.0~rc1", "1.0"}, {"1.0~rc1", "1.0~rc2"}, {"1.0~rc1~git123", "1.0~rc1"}, {"1.0", "1.0^"},
	{"1.0^", "1.0^git1"}, {"1.0^git1", "1.01"}, {"1.0^20160101", "1.0.1"}, {"1.0~rc1", "1.0~rc1^git1"}, {"1.0^git1~pre", "1.0^git1"},
	{"25.el9_3", "25.el9_3.1"}, {"3.el9", "3.el9_2"}, {"1.el7", "1.el7_9"},
}

func TestRPMVerCmp(t *testing.T) {
	for _, c := range rpmCases {
		if c[0] == c[1] {
			continue
		}
		if RPMVerCmp(c[0], c[1]) != -1 || RPMVerCmp(c[1], c[0]) != 1 || RPMVerCmp(c[0], c[0]) != 0 {
			t.Errorf("%q < %q: %d %d", c[0], c[1], RPMVerCmp(c[0], c[1]), RPMVerCmp(c[1], c[0]))
		}
	}
	for _, eq := range [][2]string{{"1.0", "1.0"}, {"1.0", "1_0"}, {"1.0010", "1.10"}, {"2.0.0", "2_0_0"}, {"1.0^", "1.0^"}} {
		if RPMVerCmp(eq[0], eq[1]) != 0 {
			t.Errorf("%q vs %q not equal", eq[0], eq[1])
		}
	}
	if (EVR{Epoch: 1, Version: "1.0", Release: "1"}).Compare(EVR{Version: "9.9", Release: "9"}) != 1 {
		t.Error("epoch ignored")
	}
}

// The same pairs as rpm itself orders them (rpm.vercmp), when rpm is
// installed.
func TestRPMVerCmpLikeRPM(t *testing.T) {
	_, err := exec.LookPath("rpm")
	proc.Need(t, err)
	var lua strings.Builder
	for _, c := range rpmCases {
		fmt.Fprintf(&lua, "print(rpm.vercmp(%q, %q) .. ' ') ", c[0], c[1])
	}
	out, err := exec.Command("rpm", "--eval", "%{lua: "+lua.String()+"}").Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Fields(string(out))
	if len(got) != len(rpmCases) {
		t.Fatalf("rpm printed %d results for %d cases: %q", len(got), len(rpmCases), out)
	}
	for i, c := range rpmCases {
		if want := fmt.Sprint(RPMVerCmp(c[0], c[1])); got[i] != want {
			t.Errorf("%q vs %q: rpm %s, ours %s", c[0], c[1], got[i], want)
		}
	}
}
