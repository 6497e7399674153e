package hostlog

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/inputs/inputstest"
	"conformscan/probes/hostaccess"
)

func collectRoot(t *testing.T, dir string) *Facts {
	t.Helper()
	acc := hostaccess.NewRoot(dir)
	if err := acc.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	f, err := Collect(context.Background(), acc)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// The compliant tree: sshd's LogLevel comes from the included file read
// before the main file's own value; rsyslog writes auth and forwards over
// omfwd; journald, auditd and the accounts are seen.
func TestCollectGood(t *testing.T) {
	f := collectRoot(t, "testdata/good")
	if f.LogLevel == nil || f.LogLevel.Value != "VERBOSE" || !strings.Contains(f.LogLevel.Where, "sshd_config.d/10-log.conf:2") {
		t.Fatalf("LogLevel %+v", f.LogLevel)
	}
	if len(f.AuthRules) != 1 || f.AuthRules[0].Key != "auth,authpriv.*" {
		t.Fatalf("auth rules %+v", f.AuthRules)
	}
	if len(f.Forwards) != 1 || f.Forwards[0].Host != "logs.chm.example" || f.Forwards[0].Port != "6514" ||
		!strings.HasSuffix(f.Forwards[0].Where, "50-forward.conf:2") {
		t.Fatalf("forwards %+v", f.Forwards)
	}
	if !f.Journal || !f.Auditd || len(f.AuditRules) != 1 || !f.PasswdRead || !f.ShadowRead || len(f.Unread) != 0 ||
		!f.GroupRead || len(f.AdminGroups) != 2 || f.AdminGroups[0].Members[0] != "adm-amartin" {
		t.Fatalf("facts %+v", f)
	}
	got := map[string]string{}
	for _, a := range f.Accounts {
		got[a.Name] = a.Password
		if a.Name == "alice" && !a.Keys {
			t.Error("alice's authorized_keys not seen")
		}
	}
	if got["admin"] != "locked" || got["alice"] != "hash" || got["support"] != "locked" {
		t.Fatalf("accounts %v", got)
	}
}

// The non-compliant tree: QUIET outside the Match block, no syslog, no
// forwarding, a key for a locked generic account.
func TestCollectBad(t *testing.T) {
	f := collectRoot(t, "testdata/bad")
	if f.LogLevel == nil || f.LogLevel.Value != "QUIET" || len(f.AuthRules) != 0 || len(f.Forwards) != 0 || f.Journal || f.Auditd {
		t.Fatalf("facts %+v", f)
	}
	for _, a := range f.Accounts {
		if a.Name == "maintenance" && (!a.Keys || a.Password != "locked") {
			t.Fatalf("maintenance %+v", a)
		}
	}
}

// A shadow file that cannot be read (a FIFO) is recorded, never taken as
// read.
func TestCollectShadowUnreadable(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "etc"), 0o755); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile("testdata/bad/etc/passwd")
	if err := os.WriteFile(filepath.Join(dir, "etc/passwd"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	inputstest.Mkfifo(t, filepath.Join(dir, "etc/shadow"))
	f := collectRoot(t, dir)
	if f.ShadowRead || len(f.UnreadOf(TopicAccounts)) != 1 || !f.PasswdRead {
		t.Fatalf("facts %+v", f)
	}
}

func TestParsers(t *testing.T) {
	auth, fwd := ParseRsyslog("f", []byte("*.*;auth,authpriv.none -/var/log/syslog\n*.* @@(o)[2001:db8::1]:10514\nauthpriv.* @loghost\n"))
	if len(auth) != 2 || auth[1].Key != "authpriv.*" || len(fwd) != 2 || fwd[0].Host != "2001:db8::1" || fwd[0].Port != "10514" ||
		fwd[0].Protocol != "tcp" || fwd[1].Host != "loghost" || fwd[1].Protocol != "udp" {
		t.Fatalf("auth %+v fwd %+v", auth, fwd)
	}
	auth, _ = ParseRsyslog("f", []byte("authpriv.* action(type=\"omfile\" file=\"/var/log/secure\")\nmail.* action(type=\"omfile\" file=\"/var/log/maillog\")\n"))
	if len(auth) != 1 || auth[0].Value != "/var/log/secure" || syslogFile(auth[0]) != "/var/log/secure" {
		t.Fatalf("omfile: %+v", auth)
	}
	_, fwd = ParseRsyslog("f", []byte("/* old collector\naction(type=\"omfwd\" target=\"old\")\n*.* @@old2 */\n*.* @@new:514\n"))
	if len(fwd) != 1 || fwd[0].Host != "new" || fwd[0].Where != "f:4" {
		t.Fatalf("block comments: %+v", fwd)
	}
	ng := `filter f_auth { facility(auth, authpriv); };
destination d_auth { file("/var/log/auth.log"); };
destination d_net { network("10.1.2.3" port(514) transport("tcp")); };
destination d_unused { syslog("192.0.2.9"); };
log { source(s_src); filter(f_auth); destination(d_auth); };
log { source(s_src); destination(d_net); };
`
	auth, fwd = ParseSyslogNG("ng", []byte(ng))
	if len(auth) != 1 || len(fwd) != 1 || fwd[0].Host != "10.1.2.3" || fwd[0].Port != "514" || fwd[0].Protocol != "tcp" {
		t.Fatalf("auth %+v fwd %+v", auth, fwd)
	}
	up := uploadForward(Setting{Value: "https://collector.example:19532/upload", Where: "w"})
	if up.Host != "collector.example" || up.Port != "19532" || up.Protocol != "https" {
		t.Fatalf("upload %+v", up)
	}
}
