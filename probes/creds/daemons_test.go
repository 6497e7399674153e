package creds

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/fixtures/credsd"
	"conformscan/fixtures/daemons"
)

// credsFile writes the user's own list (--creds) for one test.
func credsFile(t *testing.T, lines ...string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "creds.csv")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSSHDefaultPasswordFound(t *testing.T) {
	d := credsd.StartSshd(t, "admin", 6)
	f, err := runProbe(t, &Flags{File: credsFile(t, "ssh,"+d.User+",root", "ssh,"+d.User+",admin")}, endpoint(t, d.Addr, "ssh"))
	if err != nil {
		t.Fatalf("%v\n%s", err, d.Log())
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingDefault || f.Findings[0].Secret != "a****" ||
		f.Findings[0].Control != ControlRefused || !strings.Contains(f.Findings[0].Signal, "session") {
		t.Fatalf("findings %+v\n%s", f.Findings, d.Log())
	}
	if n := d.FailedTries(d.User); n != 2 {
		t.Errorf("sshd logged %d failures, want 2 (one wrong pair, one control)\n%s", n, d.Log())
	}
}

// TestSSHConformantAndLockout: a strong password passes, and sshd logs no
// more failures for the account than the budget, whatever the list holds.
func TestSSHConformantAndLockout(t *testing.T) {
	d := credsd.StartSshd(t, "Kq3-"+randomPassword(), 6)
	var lines []string
	for _, pw := range []string{"admin", "root", "1234", "password", "toor", "ubnt"} {
		lines = append(lines, "ssh,"+d.User+","+pw)
	}
	f, err := runProbe(t, &Flags{File: credsFile(t, lines...), MaxTries: 3}, endpoint(t, d.Addr, "ssh"))
	if err != nil {
		t.Fatalf("%v\n%s", err, d.Log())
	}
	if len(f.Findings) != 0 || !f.Testable || len(f.Tried) != 1 || f.Tried[0].Tries != 3 {
		t.Fatalf("facts %+v", f)
	}
	if n := d.FailedTries(d.User); n == 0 || n > 3 {
		t.Errorf("sshd logged %d failures for %s, budget 3\n%s", n, d.User, d.Log())
	}
}

func TestFTPAnonymousFound(t *testing.T) {
	v := daemons.StartVsftpd(t, daemons.VsftpdOptions{})
	f, err := runProbe(t, &Flags{MaxTries: 1}, endpoint(t, v.Addr, "ftp"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) == 0 || f.Findings[0].Kind != FindingAnonymous || !strings.Contains(f.Findings[0].Signal, "257") {
		t.Fatalf("findings %+v", f.Findings)
	}
}

func TestFTPConformant(t *testing.T) {
	v := daemons.StartVsftpd(t, daemons.VsftpdOptions{NoAnonymous: true})
	f, err := runProbe(t, &Flags{MaxTries: 1}, endpoint(t, v.Addr, "ftp"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 0 || !f.Testable || f.TotalTries() == 0 {
		t.Fatalf("facts %+v", f)
	}
}

func TestRedisWithoutAuthFound(t *testing.T) {
	r := credsd.StartRedis(t, "")
	f, err := runProbe(t, &Flags{}, endpoint(t, r.Addr, "redis"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingAnonymous || !strings.Contains(f.Findings[0].Signal, "redis_version") {
		t.Fatalf("findings %+v", f.Findings)
	}
}

func TestRedisDefaultPasswordFound(t *testing.T) {
	r := credsd.StartRedis(t, "foobared")
	f, err := runProbe(t, &Flags{}, endpoint(t, r.Addr, "redis"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingDefault || f.Findings[0].Secret != "f****" || f.Findings[0].Control != ControlRefused {
		t.Fatalf("findings %+v", f.Findings)
	}
}

func TestRedisConformant(t *testing.T) {
	r := credsd.StartRedis(t, "Zr8-"+randomPassword())
	f, err := runProbe(t, &Flags{}, endpoint(t, r.Addr, "redis"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 0 || !f.Testable || f.TotalTries() < 2 {
		t.Fatalf("facts %+v", f)
	}
}
