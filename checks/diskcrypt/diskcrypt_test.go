package diskcrypt

import (
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/probes"
	dc "conformscan/probes/diskcrypt"
)

func input(f *dc.Facts) *checks.Input {
	s := probes.NewSubject(probes.SubjectLocal, "local")
	if f != nil {
		s.SetFact(dc.ID, f)
	}
	return &checks.Input{Subject: s, Settings: checks.Settings{Lang: checks.English, RefDate: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)}}
}

var (
	notebook = &dc.Chassis{Source: "/sys/class/dmi/id/chassis_type", Value: "10", Name: "Notebook", Portable: true}
	desktop  = &dc.Chassis{Source: "/sys/class/dmi/id/chassis_type", Value: "3", Name: "Desktop"}
	luks     = dc.Volume{Device: "/dev/mapper/vg-root", Mounts: []string{"/"}, State: dc.Encrypted, How: "dm-1 over dm-0 dm-crypt LUKS2", Where: "/proc/self/mountinfo:27"}
	plain    = dc.Volume{Device: "/dev/sda3", Mounts: []string{"/home"}, State: dc.Unencrypted, How: "/dev/sda3: no dm-crypt layer", Where: "/proc/self/mountinfo:30"}
	zfs      = dc.Volume{Device: "tank/data", Mounts: []string{"/data"}, State: dc.Unknown, How: "zfs: not read"}
)

// Each rule has a fixture that passes, one that fails, and facts that
// are unknown give ERROR, never a pass or N/A.
func TestEval(t *testing.T) {
	unread := []dc.Unread{{Path: "/sys/dev/block/254:1/slaves", Reason: "permission denied"}}
	for name, c := range map[string]struct {
		mobile  bool
		f       dc.Facts
		want    checks.Status
		summary string
	}{
		"notebook encrypted":         {false, dc.Facts{Chassis: notebook, Volumes: []dc.Volume{luks}}, checks.StatusPass, "/dev/mapper/vg-root (/)"},
		"notebook with plain /home":  {false, dc.Facts{Chassis: notebook, Volumes: []dc.Volume{luks, plain}}, checks.StatusFail, "/dev/sda3 (/home)"},
		"plain wins over unread":     {false, dc.Facts{Chassis: notebook, Volumes: []dc.Volume{plain}, Unread: unread}, checks.StatusFail, "/dev/sda3"},
		"desktop":                    {false, dc.Facts{Chassis: desktop, Volumes: []dc.Volume{plain}}, checks.StatusNA, "chassis type 3 (Desktop)"},
		"virtual machine":            {false, dc.Facts{Virtual: "/proc/cpuinfo: hypervisor CPU flag", Volumes: []dc.Volume{plain}}, checks.StatusNA, "hypervisor"},
		"--mobile on a desktop":      {true, dc.Facts{Chassis: desktop, Volumes: []dc.Volume{plain}}, checks.StatusFail, "/dev/sda3"},
		"--mobile, encrypted":        {true, dc.Facts{Volumes: []dc.Volume{luks}}, checks.StatusPass, "vg-root"},
		"no chassis, plain":          {false, dc.Facts{Volumes: []dc.Volume{plain}}, checks.StatusError, "--mobile"},
		"no chassis, encrypted":      {false, dc.Facts{Volumes: []dc.Volume{luks}}, checks.StatusPass, "vg-root"},
		"notebook, unknown volume":   {false, dc.Facts{Chassis: notebook, Volumes: []dc.Volume{luks, zfs}}, checks.StatusError, "tank/data"},
		"notebook, source unread":    {false, dc.Facts{Chassis: notebook, Volumes: []dc.Volume{luks}, Unread: unread}, checks.StatusError, "slaves"},
		"notebook, nothing listed":   {false, dc.Facts{Chassis: notebook, Unread: unread}, checks.StatusError, "slaves"},
		"notebook, no volume at all": {false, dc.Facts{Chassis: notebook, Volumes: []dc.Volume{}}, checks.StatusError, "No volume"},
	} {
		f := c.f
		f.Access = "local"
		r := (&Options{Mobile: c.mobile}).eval(input(&f))
		if len(r) != 1 || r[0].Status != c.want || !strings.Contains(r[0].Summary, c.summary) || r[0].Evidence[0].Rule != RuleMobile {
			t.Errorf("%s: %+v", name, r)
		}
		if c.want == checks.StatusFail && r[0].Remediation == "" {
			t.Errorf("%s: no remediation", name)
		}
	}
	if r := (&Options{}).eval(input(nil)); r[0].Status != checks.StatusManual {
		t.Errorf("no facts: %+v", r)
	}
}

func TestRulesQuoteTheGrid(t *testing.T) {
	for _, r := range Rules() {
		if !strings.Contains(r.Source, "Tout dispositif mobile doit être chiffré") {
			t.Errorf("%s: %s", r.Key, r.Source)
		}
	}
}
