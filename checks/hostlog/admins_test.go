package hostlog

import (
	"fmt"
	"strings"
	"testing"

	"conformscan/checks"
	hl "conformscan/probes/hostlog"
	"conformscan/probes/winhost"
)

func naming(t *testing.T, re string) *Options {
	t.Helper()
	o := &Options{AccountNaming: re}
	if err := o.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return o
}

// 3.2 on Linux: UID 0 and sudo/wheel/admin members able to log in.
func TestAdminNamingLinux(t *testing.T) {
	acct := func(name string, uid, gid int, pw string) hl.Account {
		return hl.Account{Name: name, UID: uid, GID: gid, Shell: "/bin/bash", Password: pw, Where: "root:/x/etc/passwd:1"}
	}
	sudo := []hl.Group{{Name: "sudo", GID: 27, Members: []string{"adm-jdupont", "support"}, Where: "root:/x/etc/group:3"}}
	for name, c := range map[string]struct {
		accts   []hl.Account
		groups  []hl.Group
		group   bool
		shadow  bool
		want    checks.Status
		summary string
	}{
		"all follow":            {[]hl.Account{acct("root", 0, 0, "locked"), acct("adm-jdupont", 1000, 1000, "hash"), acct("alice", 1001, 1001, "hash")}, sudo, true, true, checks.StatusPass, "adm-jdupont"},
		"generic sudoer":        {[]hl.Account{acct("adm-jdupont", 1000, 1000, "hash"), acct("support", 1001, 1001, "hash")}, sudo, true, true, checks.StatusFail, "support"},
		"usable root":           {[]hl.Account{acct("root", 0, 0, "hash")}, nil, true, true, checks.StatusFail, "root"},
		"primary group wheel":   {[]hl.Account{acct("ops", 1000, 10, "hash")}, []hl.Group{{Name: "wheel", GID: 10, Members: []string{}}}, true, true, checks.StatusFail, "ops"},
		"locked generic sudoer": {[]hl.Account{acct("support", 1001, 1001, "locked")}, sudo, true, true, checks.StatusPass, ""},
		"group not read":        {[]hl.Account{acct("adm-jdupont", 1000, 1000, "hash")}, nil, false, true, checks.StatusError, ""},
		"shadow not read":       {[]hl.Account{acct("adm-jdupont", 1000, 1000, "unknown")}, sudo, true, false, checks.StatusError, ""},
		// Shadow not read (SSH without sudo): root and support may be
		// locked, so outside the rule is not a failure seen.
		"unknown outside the rule": {[]hl.Account{acct("root", 0, 0, "unknown"), acct("support", 1001, 1001, "unknown")}, sudo, true, false, checks.StatusError, ""},
		"unknown but SSH keys":     {[]hl.Account{{Name: "support", UID: 1001, GID: 1001, Shell: "/bin/bash", Password: "unknown", Keys: true, Where: "root:/x/etc/passwd:2"}}, sudo, true, false, checks.StatusFail, "support"},
		"fail despite unread":      {[]hl.Account{acct("root", 0, 0, "unknown"), acct("support", 1001, 1001, "hash")}, sudo, true, true, checks.StatusFail, "support"},
	} {
		f := base()
		f.Accounts, f.AdminGroups, f.GroupRead, f.ShadowRead = c.accts, c.groups, c.group, c.shadow
		r := naming(t, `adm-[a-z]+`).evalAdminNaming(input(f))[0]
		if r.Status != c.want || !strings.Contains(r.Summary, c.summary) || (c.want != checks.StatusError && !hasRule(r, RuleAdminNaming)) {
			t.Errorf("%s: %s %s %+v", name, r.Status, r.Summary, r.Evidence)
		}
	}
}

// Without --account-naming the ref is documentary; an invalid rule is a
// flag error naming the flag; the rule is anchored.
func TestAdminNamingFlag(t *testing.T) {
	f := base()
	f.Accounts = []hl.Account{{Name: "root", Shell: "/bin/bash", Password: "hash"}}
	if r := (&Options{}).evalAdminNaming(input(f))[0]; r.Status != checks.StatusManual {
		t.Errorf("no flag: %s", r.Status)
	}
	if err := (&Options{AccountNaming: "adm-("}).Validate(t.Context()); err == nil || !strings.Contains(err.Error(), "--account-naming") {
		t.Errorf("invalid regex: %v", err)
	}
	f.Accounts[0].Name = "xadm-root"
	if r := naming(t, `adm-[a-z]+`).evalAdminNaming(input(f))[0]; r.Status != checks.StatusFail {
		t.Errorf("not anchored: %s", r.Status)
	}
}

func windowsBase(admins []string, audit []winhost.AuditSetting) *hl.Facts {
	return &hl.Facts{Access: "winrm://srv", Windows: &hl.Windows{Host: "SRV", Administrators: admins, AuditPolicy: audit}}
}

func TestAdminNamingWindows(t *testing.T) {
	r := naming(t, `adm-[a-z]+`).evalAdminNaming(input(windowsBase([]string{`SRV\adm-jdupont`, `CHM\Domain Admins`}, nil)))[0]
	if r.Status != checks.StatusPass {
		t.Errorf("good: %s %s", r.Status, r.Summary)
	}
	r = naming(t, `adm-[a-z]+`).evalAdminNaming(input(windowsBase([]string{`SRV\Administrator`, `SRV\adm-jdupont`}, nil)))[0]
	if r.Status != checks.StatusFail || !strings.Contains(r.Summary, "Administrator") {
		t.Errorf("bad: %s %s", r.Status, r.Summary)
	}
	f := windowsBase(nil, nil)
	f.Unread = []hl.Unread{{Topic: hl.TopicAdmins, Path: "windows:SRV Administrators", Reason: "not in the snapshot"}}
	if r := naming(t, `adm-[a-z]+`).evalAdminNaming(input(f))[0]; r.Status != checks.StatusError {
		t.Errorf("not read: %s", r.Status)
	}
}

func TestWindowsAudit(t *testing.T) {
	logon := func(s, fl bool) winhost.AuditSetting {
		return winhost.AuditSetting{Subcategory: "Logon", GUID: "{0CCE9215-69AE-11D9-BED3-505054503030}", Success: s, Failure: fl}
	}
	cred := winhost.AuditSetting{Subcategory: "Credential Validation", GUID: "{0cce923f-69ae-11d9-bed3-505054503030}", Success: true, Failure: true}
	for name, c := range map[string]struct {
		audit []winhost.AuditSetting
		want  checks.Status
	}{
		"both audited":         {[]winhost.AuditSetting{logon(true, true), cred}, checks.StatusPass},
		"logon failure off":    {[]winhost.AuditSetting{logon(true, false), cred}, checks.StatusFail},
		"credential missing":   {[]winhost.AuditSetting{logon(true, true)}, checks.StatusError},
		"missing but one fail": {[]winhost.AuditSetting{logon(false, false)}, checks.StatusFail},
		"not read":             {nil, checks.StatusError},
	} {
		f := windowsBase(nil, c.audit)
		if c.audit == nil {
			f.Unread = []hl.Unread{{Topic: hl.TopicLogging, Path: "windows:SRV auditpol", Reason: "access denied"}}
		}
		r := evalAuth(input(f))[0]
		if r.Status != c.want || (c.want != checks.StatusError && !hasRule(r, RuleWinAudit)) {
			t.Errorf("%s: %s %s %+v", name, r.Status, r.Summary, r.Evidence)
		}
	}
}

func TestWindowsForwarding(t *testing.T) {
	wef := hl.Forward{Via: "wef", Host: "wec.chm.example", Port: "5986", Protocol: "https", Where: "windows:SRV SubscriptionManager"}
	for name, c := range map[string]struct {
		fwd       []hl.Forward
		winrm     string
		collector string
		unread    bool
		want      checks.Status
	}{
		"subscribed":         {[]hl.Forward{wef}, "running", "", false, checks.StatusPass},
		"expected collector": {[]hl.Forward{wef}, "running", "wec.chm.example", false, checks.StatusPass},
		"other collector":    {[]hl.Forward{wef}, "running", "siem.chm.example", false, checks.StatusFail},
		"none":               {nil, "running", "", false, checks.StatusFail},
		"WinRM stopped":      {[]hl.Forward{wef}, "stopped", "", false, checks.StatusFail},
		"key not read":       {nil, "", "", true, checks.StatusError},
		"audit unread only":  {[]hl.Forward{wef}, "running", "", false, checks.StatusPass},
	} {
		f := windowsBase(nil, nil)
		f.Forwards, f.Windows.WinRMState = c.fwd, c.winrm
		// an unread audit policy (6.3's) never changes 6.5
		f.Unread = []hl.Unread{{Topic: hl.TopicLogging, Path: "auditpol", Reason: "denied"}}
		if c.unread {
			f.Unread = append(f.Unread, hl.Unread{Topic: hl.TopicForwarding, Path: "SubscriptionManager", Reason: "denied"})
		}
		r := (&Options{Collector: c.collector}).evalForward(input(f))[0]
		if r.Status != c.want {
			t.Errorf("%s: %s %s %+v", name, r.Status, r.Summary, r.Evidence)
		}
	}
}

// 8.2 on Windows: enabled generic or built-in shared accounts fail; a
// list not read is an error, never "no account".
func TestWindowsLocalAccounts(t *testing.T) {
	acc := func(name string, rid int, enabled bool) winhost.LocalAccount {
		return winhost.LocalAccount{Name: name, SID: fmt.Sprintf("S-1-5-21-1-2-3-%d", rid), Enabled: enabled}
	}
	for name, c := range map[string]struct {
		accounts []winhost.LocalAccount
		service  []string
		unread   bool
		want     checks.Status
	}{
		"personal only":            {[]winhost.LocalAccount{acc("Administrator", 500, false), acc("jdupont", 1001, true)}, nil, false, checks.StatusPass},
		"renamed Administrator on": {[]winhost.LocalAccount{acc("x-7f3a", 500, true)}, nil, false, checks.StatusFail},
		"generic enabled":          {[]winhost.LocalAccount{acc("support2", 1002, true)}, nil, false, checks.StatusFail},
		"generic disabled":         {[]winhost.LocalAccount{acc("support", 1002, false), acc("Guest", 501, false)}, nil, false, checks.StatusPass},
		"accepted service":         {[]winhost.LocalAccount{acc("service", 1003, true)}, []string{"service"}, false, checks.StatusPass},
		"none read":                {[]winhost.LocalAccount{}, nil, false, checks.StatusPass},
		"not read":                 {nil, nil, true, checks.StatusError},
		"absent, no reason":        {nil, nil, false, checks.StatusError},
	} {
		f := windowsBase(nil, nil)
		f.Windows.LocalAccounts = c.accounts
		if c.unread {
			f.Unread = []hl.Unread{{Topic: hl.TopicAccounts, Path: "windows:SRV local accounts", Reason: "access denied"}}
		}
		r := (&Options{Service: c.service}).evalAccounts(input(f))[0]
		if r.Status != c.want || (c.want != checks.StatusError && !hasRule(r, RuleGeneric)) {
			t.Errorf("%s: %s %s %+v", name, r.Status, r.Summary, r.Evidence)
		}
	}
}
