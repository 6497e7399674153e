package hostlog

import (
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/probes"
	hl "conformscan/probes/hostlog"
)

func input(f *hl.Facts) *checks.Input {
	s := probes.NewSubject(probes.SubjectLocal, "local")
	if f != nil {
		s.SetFact(hl.ID, f)
	}
	return &checks.Input{Subject: s, Settings: checks.Settings{Lang: checks.English, RefDate: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)}}
}

// base is a readable Linux root with nothing configured.
func base() *hl.Facts { return &hl.Facts{Access: "root:/x", PasswdRead: true, ShadowRead: true} }

func unread(topic string) hl.Unread {
	return hl.Unread{Topic: topic, Path: "root:/x/etc/f", Reason: "permission denied"}
}

// Each rule has a fixture that passes, one that fails and, for files not
// read, one that is an error and never a pass.
func TestAuthLogging(t *testing.T) {
	for name, c := range map[string]struct {
		mod  func(f *hl.Facts)
		want checks.Status
		rule string
	}{
		"journal, sshd default":   {func(f *hl.Facts) { f.SSHD, f.Journal = true, true }, checks.StatusPass, RuleSSHDLogLevel},
		"syslog rule":             {func(f *hl.Facts) { f.AuthRules = []hl.Setting{{Key: "auth,authpriv.*", Value: "/var/log/auth.log"}} }, checks.StatusPass, RuleAuthSink},
		"auditd":                  {func(f *hl.Facts) { f.Auditd = true }, checks.StatusPass, RuleAuthSink},
		"sshd QUIET":              {func(f *hl.Facts) { f.SSHD, f.Journal, f.LogLevel = true, true, &hl.Setting{Value: "QUIET"} }, checks.StatusFail, RuleSSHDLogLevel},
		"no sink":                 {func(f *hl.Facts) {}, checks.StatusFail, RuleAuthSink},
		"journal Storage=none":    {func(f *hl.Facts) { f.Journal, f.JournalStorage = true, &hl.Setting{Value: "none"} }, checks.StatusFail, RuleAuthSink},
		"no sink, file unread":    {func(f *hl.Facts) { f.Unread = []hl.Unread{unread(hl.TopicLogging)} }, checks.StatusError, RuleAuthSink},
		"journal but file unread": {func(f *hl.Facts) { f.Journal, f.Unread = true, []hl.Unread{unread(hl.TopicLogging)} }, checks.StatusError, RuleAuthSink},
		"not a Linux root":        {func(f *hl.Facts) { f.PasswdRead, f.Journal = false, true }, checks.StatusError, ""},
	} {
		f := base()
		c.mod(f)
		r := evalAuth(input(f))[0]
		if r.Status != c.want || !hasRule(r, c.rule) {
			t.Errorf("%s: %s %s %+v", name, r.Status, r.Summary, r.Evidence)
		}
	}
	if r := evalAuth(input(nil))[0]; r.Status != checks.StatusManual {
		t.Errorf("no facts: %s", r.Status)
	}
}

func TestForwarding(t *testing.T) {
	fw := []hl.Forward{{Via: "rsyslog", Host: "logs.chm.example", Port: "6514", Protocol: "tcp", Where: "root:/x/etc/rsyslog.d/50.conf:2"}}
	for name, c := range map[string]struct {
		collector string
		fwd       []hl.Forward
		unread    bool
		want      checks.Status
		rule      string
	}{
		"forwarded":               {"", fw, false, checks.StatusPass, RuleForward},
		"expected collector":      {"logs.chm.example", fw, false, checks.StatusPass, RuleForward},
		"expected host and port":  {"LOGS.chm.example:6514", fw, true, checks.StatusPass, RuleForward},
		"none":                    {"", nil, false, checks.StatusFail, RuleForward},
		"other collector":         {"siem.chm.example", fw, false, checks.StatusFail, RuleCollector},
		"other port":              {"logs.chm.example:514", fw, false, checks.StatusFail, RuleCollector},
		"none, file unread":       {"", nil, true, checks.StatusError, RuleForward},
		"forwarded but unread":    {"", fw, true, checks.StatusError, RuleForward},
		"other collector, unread": {"siem.chm.example", fw, true, checks.StatusError, RuleForward},
	} {
		f := base()
		f.Forwards = c.fwd
		if c.unread {
			f.Unread = []hl.Unread{unread(hl.TopicLogging)}
		}
		o := &Options{Collector: c.collector}
		r := o.evalForward(input(f))[0]
		if r.Status != c.want || !hasRule(r, c.rule) {
			t.Errorf("%s: %s %s %+v", name, r.Status, r.Summary, r.Evidence)
		}
		if c.want == checks.StatusPass && !strings.Contains(r.Summary, "logs.chm.example:6514") {
			t.Errorf("%s: the destination is not named: %s", name, r.Summary)
		}
	}
}

func TestPersonalAccounts(t *testing.T) {
	acct := func(name, pw string, keys bool) hl.Account {
		return hl.Account{Name: name, UID: 1000, Shell: "/bin/bash", Password: pw, Keys: keys, Where: "root:/x/etc/passwd:3"}
	}
	for name, c := range map[string]struct {
		accts  []hl.Account
		shadow bool
		want   checks.Status
	}{
		"personal only":          {[]hl.Account{acct("alice", "hash", false)}, true, checks.StatusPass},
		"generic locked":         {[]hl.Account{acct("admin", "locked", false)}, true, checks.StatusPass},
		"generic nologin":        {[]hl.Account{{Name: "support", Shell: "/usr/sbin/nologin", Password: "hash"}}, true, checks.StatusPass},
		"generic with password":  {[]hl.Account{acct("Admin", "hash", false)}, true, checks.StatusFail},
		"generic empty password": {[]hl.Account{acct("guest", "empty", false)}, true, checks.StatusFail},
		"generic with key":       {[]hl.Account{acct("maintenance", "locked", true)}, true, checks.StatusFail},
		"shadow unread":          {[]hl.Account{acct("alice", "unknown", false)}, false, checks.StatusError},
		"generic, shadow unread": {[]hl.Account{acct("test", "unknown", false)}, false, checks.StatusError},
		"generic not in shadow":  {[]hl.Account{acct("demo", "unknown", false)}, true, checks.StatusError},
		"personal not in shadow": {[]hl.Account{acct("alice", "unknown", false)}, true, checks.StatusPass},
	} {
		f := base()
		f.Accounts, f.ShadowRead = c.accts, c.shadow
		if !c.shadow {
			f.Unread = []hl.Unread{unread(hl.TopicAccounts)}
		}
		r := (&Options{}).evalAccounts(input(f))[0]
		if r.Status != c.want || (c.want == checks.StatusFail && !hasRule(r, RuleGeneric)) {
			t.Errorf("%s: %s %s %+v", name, r.Status, r.Summary, r.Evidence)
		}
	}
	// Shadow not read and not recorded: still never a pass.
	f := base()
	f.ShadowRead = false
	if r := (&Options{}).evalAccounts(input(f))[0]; r.Status != checks.StatusError || len(f.Unread) != 0 {
		t.Errorf("shadow not read: %s; facts changed: %v", r.Status, f.Unread)
	}
}

// --generic-account adds a name (the vendor's), case-insensitively.
func TestGenericAccountFlag(t *testing.T) {
	f := base()
	f.Accounts = []hl.Account{{Name: "acme", Shell: "/bin/bash", Password: "hash"}}
	if r := (&Options{}).evalAccounts(input(f))[0]; r.Status != checks.StatusPass {
		t.Fatalf("without the flag: %s", r.Status)
	}
	o := &Options{Generic: []string{"ACME"}}
	if err := o.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	if r := o.evalAccounts(input(f))[0]; r.Status != checks.StatusFail || !strings.Contains(r.Summary, "acme") {
		t.Fatalf("with the flag: %s %s", r.Status, r.Summary)
	}
	f.Accounts = []hl.Account{{Name: "test_01", Shell: "/bin/bash", Password: "hash"}}
	if r := (&Options{}).evalAccounts(input(f))[0]; r.Status != checks.StatusFail {
		t.Fatalf("generic name with a number: %s", r.Status)
	}
	if r := (&Options{Service: []string{"test_01"}}).evalAccounts(input(f))[0]; r.Status != checks.StatusPass || !hasRule(r, RuleGeneric) {
		t.Fatalf("service account accepted: %s", r.Status)
	}
	for _, bad := range []*Options{{Generic: []string{"a:b"}}, {Collector: "udp://x"}, {Service: []string{""}}} {
		if bad.Validate(t.Context()) == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
}

func hasRule(r checks.Result, rule string) bool {
	if rule == "" {
		return true
	}
	for _, e := range r.Evidence {
		if e.Rule == rule {
			return true
		}
	}
	return false
}
