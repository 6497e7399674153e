package hostprotect

import (
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/probes"
	hp "conformscan/probes/hostprotect"
	"conformscan/probes/winhost"
)

// ref is the tests' clock.
var ref = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

func input(f *hp.Facts) *checks.Input {
	s := probes.NewSubject(probes.SubjectLocal, "local")
	if f != nil {
		s.SetFact(hp.ID, f)
	}
	return &checks.Input{Subject: s, Settings: checks.Settings{Lang: checks.English, RefDate: ref}}
}

func yes() *bool { b := true; return &b }
func no() *bool  { b := false; return &b }

func clam(running *bool, built time.Time) *hp.Facts {
	f := &hp.Facts{Access: "local", Catalogue: 10, ProcessesRead: true,
		Products: []hp.Found{{Product: "ClamAV", Kind: "antivirus", Seen: []string{"package clamav-daemon 1.0.7"}, Running: running, Why: []string{"process clamd"}}}}
	if !built.IsZero() {
		f.Signatures = []hp.SignatureDB{{Engine: "ClamAV", File: "/var/lib/clamav/daily.cld", Version: 27000, Built: built}}
	}
	return f
}

func hasRule(r checks.Result, rule string) bool {
	for _, e := range r.Evidence {
		if e.Rule == rule {
			return true
		}
	}
	return rule == ""
}

// Each rule has a fixture that passes, one that fails and, for what was
// not read, one that is an error and never a pass; both refs get the
// same status.
func TestProtection(t *testing.T) {
	for name, c := range map[string]struct {
		f    *hp.Facts
		want checks.Status
		rule string
	}{
		"clamav running, fresh":     {clam(yes(), ref.AddDate(0, 0, -1)), checks.StatusPass, RuleSignatures},
		"clamav running, old":       {clam(yes(), ref.AddDate(0, 0, -30)), checks.StatusWarn, RuleSignatures},
		"clamav without daily":      {clam(yes(), time.Time{}), checks.StatusFail, RuleSignatures},
		"clamav stopped":            {clam(no(), ref), checks.StatusFail, RuleProtection},
		"nothing":                   {&hp.Facts{Access: "local", Catalogue: 10, ProcessesRead: true}, checks.StatusFail, RuleProtection},
		"nothing, ps unread":        {&hp.Facts{Access: "local", Unread: []hp.Unread{{Topic: hp.TopicProtection, Path: "ps", Reason: "denied"}}}, checks.StatusError, RuleProtection},
		"running, header unread":    {withUnread(clam(yes(), ref), hp.TopicProtection), checks.StatusError, RuleProtection},
		"offline enabled":           {offline(true), checks.StatusPass, RuleProtection},
		"offline not enabled":       {offline(false), checks.StatusFail, RuleProtection},
		"edr running":               {edr(), checks.StatusPass, RuleSignatures},
		"windows defender":          {windows(ref.AddDate(0, 0, -2), true), checks.StatusPass, RuleSignatures},
		"windows defender old":      {windows(ref.AddDate(0, 0, -20), true), checks.StatusWarn, RuleSignatures},
		"windows defender disabled": {windows(ref, false), checks.StatusFail, RuleProtection},
		"windows no signature date": {windows(time.Time{}, true), checks.StatusError, RuleSignatures},
		"windows no defender state": {&hp.Facts{Access: "winrm://srv", System: "windows", Windows: &winhost.Malware{}}, checks.StatusError, RuleProtection},
	} {
		rs := evalProtection(input(c.f))
		if len(rs) != 2 || rs[0].Ref != "2.17" || rs[1].Ref != "13.17" || rs[0].Status != rs[1].Status {
			t.Fatalf("%s: %+v", name, rs)
		}
		if r := rs[0]; r.Status != c.want || !hasRule(r, c.rule) {
			t.Errorf("%s: %s %s %+v", name, r.Status, r.Summary, r.Evidence)
		}
	}
	if rs := evalProtection(input(nil)); rs[0].Status != checks.StatusManual {
		t.Errorf("no facts: %s", rs[0].Status)
	}
}

func withUnread(f *hp.Facts, topic string) *hp.Facts {
	f.Unread = append(f.Unread, hp.Unread{Topic: topic, Path: "/var/lib/clamav/main.cvd", Reason: "permission denied"})
	return f
}

func offline(enabled bool) *hp.Facts {
	return &hp.Facts{Access: "root:/img", Offline: true, Catalogue: 10, Signatures: []hp.SignatureDB{{File: "root:/img/var/lib/clamav/daily.cld", Built: ref}},
		Products: []hp.Found{{Product: "ClamAV", Seen: []string{"unit root:/img/lib/systemd/system/clamav-daemon.service"}, Enabled: enabled}}}
}

func edr() *hp.Facts {
	return &hp.Facts{Access: "local", Catalogue: 10, ProcessesRead: true,
		Products: []hp.Found{{Product: "CrowdStrike Falcon sensor", Kind: "edr", Seen: []string{"path /opt/CrowdStrike/falconctl"}, Running: yes(), Why: []string{"process falcon-sensor"}}}}
}

func windows(sig time.Time, on bool) *hp.Facts {
	return &hp.Facts{Access: "winrm://srv", System: "windows", ProcessesRead: true, Windows: &winhost.Malware{
		Defender: &winhost.Defender{Installed: true, AMServiceEnabled: on, AntivirusEnabled: on, RealTimeProtectionEnabled: on, AMRunningMode: "Normal",
			AntivirusSignatureVersion: "1.411.210.0", AntivirusSignatureLastUpdated: sig},
		Products: []winhost.AVProduct{}}}
}

func debian(date time.Time, pending ...hp.Pending) *hp.Facts {
	return &hp.Facts{Access: "root:/img", System: "dpkg", Debian: &hp.Debian{Status: "root:/img/var/lib/dpkg/status", Installed: 400,
		Lists: []hp.AptList{
			{Release: "root:/img/var/lib/apt/lists/x_bookworm_InRelease", Label: "Debian", Suite: "stable", Date: ref.AddDate(0, -6, 0)},
			{Release: "root:/img/var/lib/apt/lists/x_bookworm-security_InRelease", Label: "Debian-Security", Suite: "stable-security", Date: date, Security: true, Verified: true},
		}, Pending: pending}}
}

func pend(name string, since time.Time) hp.Pending {
	return hp.Pending{Package: name, Arch: "amd64", Installed: "1.0-1", Candidate: "1.0-1+deb12u1", Suite: "stable-security", Since: since, List: "root:/img/var/lib/apt/lists/x_Packages"}
}

func TestPatches(t *testing.T) {
	noSecurity := debian(ref)
	noSecurity.Debian.Lists = noSecurity.Debian.Lists[:1]
	for name, c := range map[string]struct {
		f    *hp.Facts
		want checks.Status
		rule string
		name string
	}{
		"up to date":            {debian(ref.AddDate(0, 0, -1)), checks.StatusPass, RulePatchSource, ""},
		"pending within window": {debian(ref.AddDate(0, 0, -3), pend("openssl", ref.AddDate(0, 0, -3))), checks.StatusWarn, RulePatches, "openssl"},
		"pending too long":      {debian(ref.AddDate(0, 0, -31), pend("openssl", ref.AddDate(0, 0, -31))), checks.StatusFail, RulePatches, "openssl"},
		"no security origin":    {noSecurity, checks.StatusFail, RulePatchSource, ""},
		"stale security list":   {debian(ref.AddDate(0, 0, -45)), checks.StatusError, RulePatchSource, ""},
		"list without date":     {debian(time.Time{}), checks.StatusError, RulePatchSource, ""},
		"list unread":           {withUnread(debian(ref), hp.TopicPatches), checks.StatusError, RulePatches, ""},
		"late and list unread":  {withUnread(debian(ref.AddDate(0, 0, -40), pend("curl", ref.AddDate(0, 0, -40))), hp.TopicPatches), checks.StatusFail, RulePatches, "curl"},
		"rhel unread":           {withUnread(&hp.Facts{Access: "root:/img", System: "rpm", RPM: &hp.RPM{}}, hp.TopicPatches), checks.StatusError, RulePatches, ""},
		"rhel advisory late":    {rhel(ref.AddDate(0, 0, -1), ref.AddDate(0, 0, -40)), checks.StatusFail, RulePatches, "openssl"},
		"rhel advisory fresh":   {rhel(ref.AddDate(0, 0, -1), ref.AddDate(0, 0, -3)), checks.StatusPass, RulePatches, ""},
		"rhel up to date":       {rhel(ref.AddDate(0, 0, -1), time.Time{}), checks.StatusPass, RulePatchSource, ""},
		"rhel stale cache":      {rhel(ref.AddDate(0, 0, -60), time.Time{}), checks.StatusError, RulePatchSource, ""},
		"rhel no updateinfo":    {&hp.Facts{Access: "local", System: "rpm", RPM: &hp.RPM{Installed: 500, Repos: []hp.RPMRepo{{Repomd: "/var/cache/dnf/x/repodata/repomd.xml"}}}}, checks.StatusError, RulePatchSource, ""},
		"unknown system":        {&hp.Facts{Access: "local"}, checks.StatusError, RulePatches, ""},
		"dpkg, no state":        {&hp.Facts{Access: "local", System: "dpkg"}, checks.StatusError, RulePatches, ""},
		"rpm, no state":         {&hp.Facts{Access: "local", System: "rpm"}, checks.StatusError, RulePatches, ""},
		"windows, no state":     {&hp.Facts{Access: "local", System: "windows"}, checks.StatusError, RulePatches, ""},
		"windows pending late":  {winUpdates(ref.AddDate(0, 0, -45), true), checks.StatusFail, RulePatches, "KB5037782"},
		"windows pending fresh": {winUpdates(ref.AddDate(0, 0, -5), true), checks.StatusPass, RulePatches, ""},
		"windows not searched":  {winUpdates(ref, false), checks.StatusError, RulePatchSource, ""},
	} {
		o := &Options{PatchMaxAgeDays: 30}
		rs := o.evalPatches(input(c.f))
		if len(rs) != 2 || rs[0].Status != rs[1].Status {
			t.Fatalf("%s: %+v", name, rs)
		}
		if r := rs[0]; r.Status != c.want || !hasRule(r, c.rule) || !strings.Contains(r.Summary, c.name) {
			t.Errorf("%s: %s %s %+v", name, r.Status, r.Summary, r.Evidence)
		}
	}
	// The hospital's own window: 60 days makes the 31-day-old update no
	// failure, but an apt update's age is only bounded below: a warning,
	// never a pass, while it is pending.
	o := &Options{PatchMaxAgeDays: 60}
	if r := o.evalPatches(input(debian(ref.AddDate(0, 0, -31), pend("openssl", ref.AddDate(0, 0, -31)))))[0]; r.Status != checks.StatusWarn {
		t.Errorf("--patch-max-age 60: %s %s", r.Status, r.Summary)
	}
}

func rhel(generated, issued time.Time) *hp.Facts {
	f := &hp.Facts{Access: "ssh://srv", System: "rpm", RPM: &hp.RPM{Installed: 500,
		Repos: []hp.RPMRepo{{Repomd: "ssh://srv/var/cache/dnf/baseos/repodata/repomd.xml", Updateinfo: "ssh://srv/var/cache/dnf/baseos/repodata/x-updateinfo.xml.gz", Timestamp: generated, Verified: true, Advisories: 300}}}}
	if !issued.IsZero() {
		f.RPM.Pending = []hp.Pending{{Package: "openssl", Arch: "x86_64", Installed: "1:3.0.7-24.el9", Candidate: "1:3.0.7-25.el9_3", Since: issued, Advisory: "RHSA-2024:1234", Severity: "Important", List: "ssh://srv/var/cache/dnf/baseos/repodata/x-updateinfo.xml.gz"}}
	}
	return f
}

func winUpdates(released time.Time, searched bool) *hp.Facts {
	f := windows(ref, true)
	u := &winhost.Updates{LastInstalled: ref.AddDate(0, -2, 0), Installed: []winhost.HotFix{{KB: "KB5036909", InstalledOn: ref.AddDate(0, -2, 0)}}}
	if searched {
		u.Searched = ref
		u.Pending = []winhost.PendingUpdate{{KB: "KB5037782", Title: "Cumulative Update", Security: true, Severity: "Critical", Released: released},
			{KB: "KB890830", Title: "MSRT", Released: ref.AddDate(-1, 0, 0)}}
	}
	f.Windows.Updates = u
	return f
}

func TestOptions(t *testing.T) {
	for _, n := range []int{0, -1, 4000} {
		if (&Options{PatchMaxAgeDays: n}).Validate(t.Context()) == nil {
			t.Errorf("%d accepted", n)
		}
	}
	if (&Options{PatchMaxAgeDays: 30}).Validate(t.Context()) != nil {
		t.Error("30 refused")
	}
}
