package eol

import (
	"os"
	"testing"

	"conformscan/checks"
	"conformscan/probes/osdetect"
	"conformscan/probes/winhost"
)

// windowsFacts reads a recorded snapshot (probes/winhost/testdata) into
// the local OS facts the probe would store.
func windowsFacts(t *testing.T, name string) *osdetect.Facts {
	t.Helper()
	b, err := os.ReadFile("../../probes/winhost/testdata/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := winhost.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	f, err := osdetect.WindowsFacts(s)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestWindowsLifecycle judges 2.19 on the recorded Windows hosts at
// injected dates: 2026-12-07 is past even 2012 R2's ESU (2026-10-13);
// 2025-06-01 is inside it, more than six months before its end.
func TestWindowsLifecycle(t *testing.T) {
	db, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		snap, date string
		policy     Policy
		want       checks.Status
	}{
		{"ws2012r2", "2026-12-07", PolicyCount, checks.StatusFail},
		{"ws2012r2", "2026-12-07", PolicyWarn, checks.StatusFail},
		{"ws2012r2", "2025-06-01", PolicyCount, checks.StatusPass},
		{"ws2012r2", "2025-06-01", PolicyWarn, checks.StatusWarn},
		{"ws2012r2", "2025-06-01", PolicyFail, checks.StatusFail},
		{"ws2016", "2026-12-07", PolicyWarn, checks.StatusWarn}, // security ends 2027-01-12
		{"ws2016", "2026-12-07", PolicyCount, checks.StatusPass},
		{"ws2019", "2026-12-07", PolicyWarn, checks.StatusPass},
		{"ws2022", "2026-12-07", PolicyWarn, checks.StatusPass},
		{"win10", "2026-12-07", PolicyWarn, checks.StatusWarn}, // LTSC 2021: 2027-01-12
		{"win10", "2026-06-01", PolicyWarn, checks.StatusPass},
		{"win11", "2026-12-07", PolicyWarn, checks.StatusFail}, // 23H2 Enterprise: 2026-11-10
		{"win11", "2026-01-01", PolicyWarn, checks.StatusPass},
	} {
		v := judgeOS(windowsFacts(t, c.snap), db, at(c.date), c.policy)
		if v.Status != c.want {
			t.Errorf("%s at %s (%s): %s %s, want %s", c.snap, c.date, c.policy, v.Status, v.EN, c.want)
		}
	}
}

// Every cycle name the Windows detection can produce for the builds it
// knows is in the embedded data (a typo would leave 2.19 manual).
func TestWindowsCyclesInData(t *testing.T) {
	db, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, ed := range []string{"Professional", "Enterprise", "EnterpriseS", "IoTEnterpriseS"} {
		for _, build := range []int{10240, 14393, 17763, 19044, 19045, 22000, 22621, 22631, 26100} {
			o := osdetect.WindowsOS(winhost.OS{EditionID: ed, InstallationType: "Client", Build: build})
			if ed == "EnterpriseS" || ed == "IoTEnterpriseS" {
				switch build {
				case 10240, 14393, 17763, 19044, 26100: // the LTSB/LTSC releases
				default:
					continue
				}
			}
			if _, c := db.Find(o.Product, o.Release); c == nil {
				t.Errorf("%s %d: cycle %s/%s not in the data", ed, build, o.Product, o.Release)
			}
		}
	}
	for _, build := range []int{9600, 14393, 17763, 20348, 25398, 26100} {
		o := osdetect.WindowsOS(winhost.OS{EditionID: "ServerStandard", InstallationType: "Server", Build: build})
		if _, c := db.Find(o.Product, o.Release); c == nil {
			t.Errorf("server %d: cycle %s/%s not in the data", build, o.Product, o.Release)
		}
	}
}
