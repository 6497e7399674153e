package main

import (
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/fixtures/credsd"
	"conformscan/fixtures/daemons"
	"conformscan/fixtures/netns"
)

// labDaemon is one service of the ref 8.3 lab, run on its usual port in
// the test's own network namespace: weak (a vendor default, or no
// authentication at all: an empty secret) or its conformant twin (the
// secret labStrong). Found is the start of the 8.3 evidence the weak one
// must leave, once.
type labDaemon struct {
	name  string
	weak  string
	start func(t *testing.T, secret string)
	found string
	// budget is, for a service whose account another service of the host
	// shares (Telnet's admin is sshd's), the start of the error evidence
	// its endpoint gives when that account's lockout budget went to the
	// other service before this one got its share: accepted instead of
	// the finding.
	budget string
}

// labStrong is the twins' password: no catalogue holds it.
const labStrong = "Lab-Twin-7f3c9a1e"

func credsLab() []labDaemon {
	return []labDaemon{
		{"sshd admin/admin", "admin", startLabSshd, "SSH 127.0.0.1:22: account admin, secret a****", ""},
		{"vsftpd anonymous", "", startLabFTP, "FTP 127.0.0.1:21: account anonymous", ""},
		{"redis without AUTH", "", func(t *testing.T, pw string) { credsd.StartRedis(t, pw) }, "REDIS 127.0.0.1:6379: account none", ""},
		{"snmpd public", "public", func(t *testing.T, c string) { credsd.StartSnmpd(t, c) }, "SNMP 127.0.0.1: account v2c, secret p****", ""},
		{"web console admin/admin", "admin", func(t *testing.T, pw string) { startLabConsole(t, "admin", pw) }, "HTTP 127.0.0.1:8080: account admin, secret a****", ""},
		{"slapd anonymous read", "", startLabSlapd, "LDAP 127.0.0.1:389: account anonymous bind", ""},
		// Telnet logs into the sshd's admin account: its tries count
		// against the same budget as SSH's (one host account).
		{"telnetd admin/admin", "admin", func(t *testing.T, pw string) { credsd.ServeTelnetd(t, "admin", pw) }, "TELNET 127.0.0.1:23: account admin, secret a****",
			"login tests stopped on 127.0.0.1:23"},
		{"PostgreSQL postgres/postgres", "postgres", func(t *testing.T, pw string) { credsd.StartPostgres(t, pw, false) }, "POSTGRESQL 127.0.0.1:5432: account postgres, secret p****", ""},
		{"MariaDB root/root", "root", func(t *testing.T, pw string) { credsd.StartMariaDB(t, pw, false) }, "MYSQL 127.0.0.1:3306: account root, secret r****", ""},
		{"x11vnc without password", "", func(t *testing.T, pw string) { credsd.StartVnc(t, pw) }, "VNC 127.0.0.1:5900: account none (VNC without password)", ""},
	}
}

func startLabSshd(t *testing.T, pw string) {
	d := credsd.StartSshdUser(t, "admin", pw, 6)
	t.Cleanup(func() {
		if n := d.FailedTries("admin"); n > 2 {
			t.Errorf("sshd logged %d failed tries for admin, over the budget of 2\n%s", n, d.Log())
		}
	})
}

// startLabFTP allows anonymous logins when weak (an empty secret).
func startLabFTP(t *testing.T, secret string) {
	daemons.StartVsftpd(t, daemons.VsftpdOptions{NoAnonymous: secret != ""})
}

// startLabSlapd allows anonymous reads when weak (an empty secret).
func startLabSlapd(t *testing.T, secret string) {
	daemons.StartSlapd(t, daemons.SlapdOptions{RefuseAnonymous: secret != ""})
}

// startLabConsole is an in-process web console on 8080 asking for Basic
// credentials: user and pw.
func startLabConsole(t *testing.T, user, pw string) {
	ln, err := net.Listen("tcp", "127.0.0.1:8080")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{ReadHeaderTimeout: 5 * time.Second, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); ok && u == user && p == pw {
			_, _ = w.Write([]byte("console"))
			return
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="console"`)
		w.WriteHeader(http.StatusUnauthorized)
	})}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
}

// TestCredsLabWeak: in a namespace of its own, with a private /etc (its
// admin account is not the machine's), every weak service of the lab is
// found by a scan with the embedded catalogue: 8.3 fails with one
// evidence item per finding, and no password appears in clear.
func TestCredsLabWeak(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	runCredsLab(t, true)
}

// TestCredsLabConformant: the twins pass 8.3.
func TestCredsLabConformant(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	runCredsLab(t, false)
}

func runCredsLab(t *testing.T, weak bool) {
	netns.PrivateEtc(t)
	lab := credsLab()
	for _, d := range lab {
		secret := labStrong
		if weak {
			secret = d.weak
		}
		d.start(t, secret)
	}
	code, out, errOut := runCLI(t, "scan", "--target", "127.0.0.1", "--refs", "8.3", "--creds-pace", "300ms",
		"--format", "json", "--lang", "en")
	t.Logf("exit %d\n%s", code, errOut)
	for _, e := range result83(t, out).Evidence {
		t.Logf("8.3 evidence: %s — %s", e.Observed, e.Excerpt)
	}
	r := result83(t, out)
	wantStatus, wantExit := checks.StatusPass, 0
	if weak {
		wantStatus, wantExit = checks.StatusFail, 1
	}
	// The twin may also end in error, for the one reason that SSH, Telnet
	// and FTP share the host's admin account and its lockout budget (2
	// tries in 15 minutes): the passwords of the list it could not send
	// leave that account not measured, never passed.
	if !weak && r.Status == checks.StatusError && code == 3 && onlyBudgetErrors(r.Evidence) {
		wantStatus, wantExit = checks.StatusError, 3
	}
	if code != wantExit || r.Status != wantStatus {
		t.Fatalf("exit %d, 8.3 %s; want %d and %s\n%.6000s", code, r.Status, wantExit, wantStatus, out)
	}
	for _, d := range lab {
		n := 0
		for _, e := range r.Evidence {
			if strings.HasPrefix(e.Observed, d.found) && strings.Contains(e.Observed, ", secret ") {
				n++
			}
		}
		if weak && n == 0 && d.budget != "" && budgetStopped(r.Evidence, d.budget) {
			n = 1
		}
		if (weak && n != 1) || (!weak && n != 0) {
			t.Errorf("%s: %d evidence items start with %q\n%.6000s", d.name, n, d.found, out)
		}
	}
	for _, secret := range []string{labStrong, `"admin", "secret": "admin"`, "secret admin", "secret public", "secret postgres", "secret root"} {
		if strings.Contains(out+errOut, secret) {
			t.Errorf("the report holds %q", secret)
		}
	}
}

// budgetStopped tells whether an error evidence starting with prefix says
// the lockout budget stopped the tests.
func budgetStopped(evs []checks.Evidence, prefix string) bool {
	for _, e := range evs {
		if strings.HasPrefix(e.Observed, prefix) && strings.Contains(e.Observed, "lockout budget") {
			return true
		}
	}
	return false
}

// onlyBudgetErrors tells whether every error evidence of 8.3 names the
// lockout budget, and at least one does.
func onlyBudgetErrors(evs []checks.Evidence) bool {
	n := 0
	for _, e := range evs {
		if !strings.HasPrefix(e.Observed, "login tests stopped on ") {
			continue
		}
		if !strings.Contains(e.Observed, "lockout budget") {
			return false
		}
		n++
	}
	return n > 0
}

// result83 returns the one 8.3 result of a JSON report.
func result83(t *testing.T, out string) checks.Result {
	t.Helper()
	var rep struct {
		Results []checks.Result `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("report: %v\n%.3000s", err, out)
	}
	for _, r := range rep.Results {
		if r.Ref == "8.3" && r.Check == "creds-default" {
			return r
		}
	}
	t.Fatalf("no 8.3 result of creds-default\n%.3000s", out)
	return checks.Result{}
}
