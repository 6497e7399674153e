package hostaccess

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/fixtures/wsman"
	"conformscan/probes"
	"conformscan/probes/winhost"
)

// fakeWSMan is the in-process WS-Management endpoint replaying
// testdata/winrm (hand-written outputs: no Windows here).
type fakeWSMan struct{ *wsman.Server }

func newFakeWSMan(t *testing.T, mode string, basic, tls bool) fakeWSMan {
	return fakeWSMan{wsman.Start(t, wsman.Config{Mode: mode, Basic: basic, Plain: !tls, Recorded: filepath.Join("testdata", "winrm")})}
}

// access returns a WinRM access to the server with password pw.
func (f fakeWSMan) access(pw string, cleartext bool) *WinRM {
	auth := WinRMNTLM
	if f.Basic() {
		auth = WinRMBasic
	}
	return NewWinRM(WinRMConfig{Host: f.Host, Port: f.Port, User: f.User, Auth: auth, Cleartext: cleartext, Roots: f.Pool, password: pw})
}

// The recorded snapshot replayed over NTLM on HTTPS decodes completely;
// the account policy comes from the recorded 'net accounts'; the shell is
// created once, every command terminated, the shell deleted, and NTLM
// authenticated once on the kept connection.
func TestWinRMSnapshotNTLM(t *testing.T) {
	f := newFakeWSMan(t, "", false, true)
	acc := f.access(f.Pass, false)
	ctx := context.Background()
	if err := acc.Open(ctx); err != nil {
		t.Fatal(err)
	}
	var src winhost.Source = acc
	snap, err := src.WindowsSnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if snap.Host != "SRV-PACS01" || snap.Collector != "winrm" || len(snap.Programs) != 4 || len(snap.Services) != 4 || len(snap.Sockets) != 4 || len(snap.Administrators) != 3 ||
		len(snap.LocalAccounts) != 4 || snap.LocalAccounts[0].RID() != 500 || snap.LocalAccounts[1].Enabled {
		t.Fatalf("snapshot not read completely: %+v", snap)
	}
	checkSecuritySections(t, snap)
	p := snap.Policy
	if p == nil || *p.MinLength != 8 || *p.MaxAgeDays != -1 || *p.History != 0 || *p.LockoutThreshold != 0 || p.Complexity != nil {
		t.Fatalf("account policy: %+v", p)
	}
	b, err := acc.ReadFile(ctx, `C:\boot.ini`, MaxFile)
	if err != nil || !strings.Contains(string(b), "timeout=30") {
		t.Fatalf("ReadFile: %q, %v", b, err)
	}
	if err := acc.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	if f.Creates.Load() != 1 || f.Deletes.Load() != 1 || f.Signals.Load() != 4 || f.AuthTries.Load() != 1 {
		t.Fatalf("lifecycle: %d creates, %d deletes, %d signals, %d logins", f.Creates.Load(), f.Deletes.Load(), f.Signals.Load(), f.AuthTries.Load())
	}
	if acc.Lost() != nil {
		t.Fatal(acc.Lost())
	}
	if !strings.HasPrefix(acc.Name(), "winrm://127.0.0.1:") || acc.Source(`C:\Windows\win.ini`) != acc.Name()+"/C:/Windows/win.ini" {
		t.Fatalf("name %s, source %s", acc.Name(), acc.Source(`C:\Windows\win.ini`))
	}
}

// checkSecuritySections: the replayed security.json (hand-written) is
// merged into the snapshot, its auditpol CSV parsed by GUID.
func checkSecuritySections(t *testing.T, snap *winhost.Snapshot) {
	t.Helper()
	sec := snap.Security
	if sec == nil || sec.Malware == nil || sec.Malware.Defender == nil || !sec.Malware.Defender.RealTimeProtectionEnabled ||
		sec.Malware.Updates == nil || len(sec.Malware.Updates.Pending) != 1 || !sec.Malware.Updates.Pending[0].Security || sec.Malware.Products == nil {
		t.Fatalf("malware: %+v", sec)
	}
	if len(sec.AuditPolicy) != 4 || sec.AuditPolicy[1].GUID != "{0CCE9215-69AE-11D9-BED3-505054503030}" || !sec.AuditPolicy[1].Failure || sec.AuditPolicy[3].Failure {
		t.Fatalf("audit policy: %+v", sec.AuditPolicy)
	}
	if sec.EventForwarding == nil || len(sec.EventForwarding.SubscriptionManagers) != 1 || sec.EventForwarding.WinRMState != "running" {
		t.Fatalf("event forwarding: %+v", sec.EventForwarding)
	}
	if d := sec.DiskEncryption; d == nil || len(d.ChassisTypes) != 1 || len(d.Volumes) != 1 || d.Volumes[0].ProtectionStatus != "Off" {
		t.Fatalf("disk encryption: %+v", d)
	}
	if fw := sec.Firewall; fw == nil || len(fw.Profiles) != 3 || len(fw.Rules) != 2 || fw.Rules[1].RemoteAddresses[0] != "10.20.0.0/24" {
		t.Fatalf("firewall: %+v", fw)
	}
	if len(snap.Problems) != 0 {
		t.Fatalf("problems: %+v", snap.Problems)
	}
}

func TestWinRMBasicOverTLS(t *testing.T) {
	f := newFakeWSMan(t, "", true, true)
	acc := f.access(f.Pass, false)
	if err := acc.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer acc.Close(t.Context())
	out, err := acc.Run(context.Background(), "net", "accounts")
	if err != nil || !strings.Contains(string(out), "Lockout threshold") {
		t.Fatalf("%q, %v", out, err)
	}
}

// A refused password is one login try: the error names the account, not
// the password, and no later call tries again (account lockout).
func TestWinRMBadPasswordOneTry(t *testing.T) {
	for _, basic := range []bool{false, true} {
		f := newFakeWSMan(t, "", basic, true)
		acc := f.access("wrong-password-SENTINEL", false)
		ctx := context.Background()
		err := acc.Open(ctx)
		if err == nil || !strings.Contains(err.Error(), "401") || strings.Contains(err.Error(), "SENTINEL") {
			t.Fatalf("basic=%v: %v", basic, err)
		}
		if acc.Open(ctx) == nil {
			t.Fatal("second Open succeeded")
		}
		if _, err := acc.Run(ctx, "net", "accounts"); err == nil {
			t.Fatal("Run after a refused login succeeded")
		}
		if _, err := acc.WindowsSnapshot(ctx); err == nil {
			t.Fatal("snapshot after a refused login")
		}
		if n := f.AuthTries.Load(); n != 1 {
			t.Fatalf("basic=%v: %d login tries, want 1", basic, n)
		}
	}
}

// A SOAP fault is a clear error, not a lost connection.
func TestWinRMFault(t *testing.T) {
	f := newFakeWSMan(t, "fault", false, true)
	acc := f.access(f.Pass, false)
	if err := acc.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer acc.Close(t.Context())
	_, err := acc.Run(context.Background(), "windows-snapshot")
	var fe *FaultError
	if !errors.As(err, &fe) || !strings.Contains(err.Error(), "Access is denied") || !strings.Contains(err.Error(), "code 5") {
		t.Fatalf("%v", err)
	}
	if acc.Lost() != nil {
		t.Fatalf("a fault is not a lost connection: %v", acc.Lost())
	}
}

// A server that closes the connection mid-Receive makes Lost() an error
// (the host's refs are then ERROR through the host-access-end gate).
func TestWinRMDropMidReceive(t *testing.T) {
	f := newFakeWSMan(t, "drop", false, true)
	acc := f.access(f.Pass, false)
	if err := acc.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := acc.WindowsSnapshot(context.Background()); err == nil {
		t.Fatal("snapshot read from a dropped connection")
	}
	if err := acc.Lost(); err == nil || !strings.Contains(err.Error(), "connection lost") {
		t.Fatalf("Lost: %v", err)
	}
	if _, err := acc.Run(context.Background(), "net", "accounts"); err == nil {
		t.Fatal("Run after a lost connection")
	}
	end := NewEnd()
	s := NewSubject(acc)
	if err := end.Run(context.Background(), nil, s); err == nil {
		t.Fatal("the end gate passed a lost WinRM access")
	}
}

// A hostile server sending output for ever is cut at the bound.
func TestWinRMEndlessOutputCapped(t *testing.T) {
	f := newFakeWSMan(t, "endless", false, true)
	acc := f.access(f.Pass, false)
	acc.cfg.MaxOutput = 1 << 20
	if err := acc.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer acc.Close(t.Context())
	if _, err := acc.Run(context.Background(), "windows-snapshot"); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("%v", err)
	}
}

// Plain HTTP is refused (no credential sent) unless asked for; then the
// name says cleartext.
func TestWinRMPlainHTTP(t *testing.T) {
	f := newFakeWSMan(t, "", false, false)
	acc := f.access(f.Pass, false)
	err := acc.Open(context.Background())
	if err == nil || !strings.Contains(err.Error(), "does not speak TLS") || f.AuthTries.Load() != 0 {
		t.Fatalf("%v (%d logins)", err, f.AuthTries.Load())
	}
	clear := f.access(f.Pass, true)
	if err := clear.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer clear.Close(t.Context())
	if !strings.HasPrefix(clear.Name(), "winrm+http://") {
		t.Fatal(clear.Name())
	}
	basic := newFakeWSMan(t, "", true, false).access("x", true)
	if err := basic.Open(context.Background()); err == nil || !strings.Contains(err.Error(), "Basic") {
		t.Fatalf("Basic over HTTP: %v", err)
	}
}

// A server certificate not chaining to the trust store is refused.
func TestWinRMUntrustedCertificate(t *testing.T) {
	f := newFakeWSMan(t, "", false, true)
	acc := f.access(f.Pass, false)
	acc.cfg.Roots = nil
	err := acc.Open(context.Background())
	if err == nil || !strings.Contains(err.Error(), "--ca") || f.AuthTries.Load() != 0 {
		t.Fatalf("%v", err)
	}
}

// Commands off the allow-list, and paths that are not absolute Windows
// paths, are refused before anything is sent.
func TestWinRMAllowList(t *testing.T) {
	f := newFakeWSMan(t, "", false, true)
	acc := f.access(f.Pass, false)
	ctx := context.Background()
	if err := acc.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer acc.Close(t.Context())
	for _, argv := range [][]string{
		{"cmd.exe", "/c", "whoami"}, {"powershell", "-Command", "Remove-Item C:\\x"}, {"dpkg-query", "-W", "-f", "${Package} ${Version}\\n"},
		{"net", "user", "audit", "x"}, {"read-file", `C:\Windows\..\x`}, {"read-file", `Windows\win.ini`}, {"read-file", `\\srv\share\x`},
		{"read-file", "C:\\x\ny"}, {"read-file", `C:\x:stream`}, {"list-dir", `C:\*`}, {"windows-snapshot", "extra"},
	} {
		if _, err := acc.Run(ctx, argv...); !errors.Is(err, ErrNotAllowed) {
			t.Errorf("%q: %v", argv, err)
		}
	}
	if _, err := acc.ReadFile(ctx, "/etc/shadow", MaxFile); !errors.Is(err, errors.ErrUnsupported) {
		t.Errorf("POSIX path: %v", err)
	}
	if f.Signals.Load() != 0 {
		t.Fatal("a refused command reached the server")
	}
}

// The snapshot command fits powershell.exe's command line.
func TestWinRMScriptsFitCommandLine(t *testing.T) {
	for _, r := range WinAllowList {
		s, err := r.script(`C:\Program Files\x`, MaxFile)
		if err != nil {
			t.Fatal(err)
		}
		args := powershellArgs(s)
		if n := len(strings.Join(args, " ")); n > 30000 {
			t.Errorf("%s: command line of %d characters", r.Argv[0], n)
		}
	}
}

func TestParseNetAccountsOrder(t *testing.T) {
	b, _ := os.ReadFile(filepath.Join("testdata", "winrm", "net-accounts-fr.txt"))
	p, err := ParseNetAccountsOrder(b)
	if err != nil {
		t.Fatal(err)
	}
	if *p.MinAgeDays != 0 || *p.MaxAgeDays != 42 || *p.MinLength != 14 || *p.History != 24 || *p.LockoutThreshold != 5 || *p.LockoutMinutes != 15 {
		t.Fatalf("%+v", p)
	}
	if _, err := ParseNetAccountsOrder([]byte("System error 5 has occurred.\r\n\r\nAccess is denied.\r\n")); err == nil {
		t.Fatal("an error message parsed as a policy")
	}
}

// A Linux probe reading a POSIX path or running a Linux command on a
// Windows host gets an error, and the end gate makes every ref of the
// host an error (a probe tolerating a missing file would judge nothing).
func TestWinRMLinuxReadIsHostError(t *testing.T) {
	f := newFakeWSMan(t, "", false, true)
	for _, read := range []func(*WinRM) error{
		func(a *WinRM) error { _, err := a.ReadFile(context.Background(), "/proc/net/tcp", MaxFile); return err },
		func(a *WinRM) error { _, err := a.Run(context.Background(), "ss", "-ltnupH"); return err },
	} {
		acc := f.access(f.Pass, false)
		if err := acc.Open(context.Background()); err != nil {
			t.Fatal(err)
		}
		if read(acc) == nil {
			t.Fatal("a Linux read succeeded")
		}
		if err := NewEnd().Run(context.Background(), nil, NewSubject(acc)); err == nil || !strings.Contains(err.Error(), "Linux host probe") {
			t.Fatalf("end gate: %v", err)
		}
	}
}

// The WinRM flags: Basic never over cleartext, a password required, the
// flags that need --winrm-user refused without it; the password file's
// first line is the password.
func TestWinRMOptions(t *testing.T) {
	t.Setenv(WinRMPasswordEnv, "")
	pw := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pw, []byte("Pa55-from-file\r\nignored\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := []Options{
		{WinRMPassFile: pw},
		{WinRMAllowHTTP: true},
		{WinRMUser: "audit", WinRMAuth: WinRMNTLM},
		{WinRMUser: "audit", WinRMAuth: WinRMBasic, WinRMAllowHTTP: true, WinRMPassFile: pw},
		{WinRMUser: "audit", WinRMAuth: "kerberos", WinRMPassFile: pw},
		{WinRMUser: "audit", WinRMAuth: WinRMNTLM, WinRMPort: 70000, WinRMPassFile: pw},
	}
	for i, o := range bad {
		if err := o.validateWinRM(t.Context()); err == nil {
			t.Errorf("case %d accepted", i)
		}
	}
	o := Options{WinRMUser: `LAB\audit`, WinRMAuth: WinRMNTLM, WinRMPassFile: pw, WinRMAllowHTTP: true}
	if err := o.validateWinRM(t.Context()); err != nil || o.winrmPass != "Pa55-from-file" {
		t.Fatalf("%v %q", err, o.winrmPass)
	}
	subs := o.WinRMSubjects([]probes.Target{{Host: "192.0.2.20", Port: 443}, {Host: "192.0.2.20"}, {Host: "2001:db8::1"}})
	if len(subs) != 2 || subs[0].ID != "winrm+http://192.0.2.20:5985" || subs[1].ID != "winrm+http://[2001:db8::1]:5985" {
		t.Fatalf("subjects %v, %v", subs[0].ID, len(subs))
	}
}

// The security script refused alone: the snapshot is still returned, each
// security section a problem and nil (its refs error), never empty.
func TestWinRMSnapshotSecurityDenied(t *testing.T) {
	f := newFakeWSMan(t, "security-denied", false, true)
	acc := f.access(f.Pass, false)
	ctx := context.Background()
	if err := acc.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer acc.Close(t.Context())
	snap, err := acc.WindowsSnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if snap.Security != nil || snap.Policy == nil || len(snap.Programs) != 4 {
		t.Fatalf("%+v", snap)
	}
	for _, src := range securitySources {
		if why, bad := snap.Failed(src); !bad || !strings.Contains(why, "Access is denied") {
			t.Errorf("%s: %q", src, why)
		}
	}
}
