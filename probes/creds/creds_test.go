package creds

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"conformscan/probes"
	"conformscan/probes/discovery"
)

// endpoint builds the endpoint subject discovery would add for addr.
func endpoint(t *testing.T, addr, service string) *probes.Subject {
	t.Helper()
	host, portS, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatal(err)
	}
	port, _ := strconv.Atoi(portS)
	s := probes.NewSubject(probes.SubjectEndpoint, probes.Endpoint(host, port))
	s.Host, s.Port = host, port
	s.Descriptor = &discovery.Port{Port: port, State: "open", Service: service}
	return s
}

// runProbe runs a fresh creds probe with flags on s.
func runProbe(t *testing.T, f *Flags, s *probes.Subject) (*Facts, error) {
	t.Helper()
	if f.Level == "" {
		f.Level = LevelQuick
	}
	if f.MaxTries == 0 {
		f.MaxTries = 3
	}
	if f.Pace == 0 {
		f.Pace = MinPace
	}
	if f.State == "" {
		f.State = filepath.Join(t.TempDir(), "lockout.json")
	}
	if err := f.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	p := NewWith(f)
	if !p.Applies(s) {
		t.Fatalf("probe does not apply to %s", s.ID)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	err := p.Run(ctx, &probes.Env{ProbeTimeout: time.Minute}, s)
	return FactsOf(s), err
}

// basicConsole is an in-process web console asking for Basic auth.
func basicConsole(t *testing.T, accept func(u, p string) bool, tries *atomic.Int32) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, p, ok := r.BasicAuth()
		if ok {
			tries.Add(1)
		}
		if ok && accept(u, p) {
			_, _ = w.Write([]byte("console"))
			return
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="console"`)
		w.WriteHeader(http.StatusUnauthorized)
	}))
	t.Cleanup(srv.Close)
	return strings.TrimPrefix(srv.URL, "http://")
}

func TestHTTPBasicDefaultFound(t *testing.T) {
	var tries atomic.Int32
	addr := basicConsole(t, func(u, p string) bool { return u == "admin" && p == "admin" }, &tries)
	f, err := runProbe(t, &Flags{}, endpoint(t, addr, "http"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Account != "admin" || f.Findings[0].Secret != "a****" ||
		f.Findings[0].Kind != FindingDefault || f.Findings[0].Control != ControlRefused {
		t.Fatalf("findings: %+v", f.Findings)
	}
	// admin: admin accepted at once, then the control; tomcat: one try.
	if got := tries.Load(); got != 3 {
		t.Errorf("tries sent: %d, want 3", got)
	}
}

func TestHTTPBasicAnyPassword(t *testing.T) {
	var tries atomic.Int32
	addr := basicConsole(t, func(u, p string) bool { return u == "admin" }, &tries)
	f, err := runProbe(t, &Flags{}, endpoint(t, addr, "http"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingAnyPassword || f.Findings[0].Control != ControlAccepted {
		t.Fatalf("findings: %+v", f.Findings)
	}
}

func TestHTTPBasicConformant(t *testing.T) {
	var tries atomic.Int32
	addr := basicConsole(t, func(u, p string) bool { return u == "admin" && p == "Zq8-long-unique" }, &tries)
	f, err := runProbe(t, &Flags{Level: LevelThorough, MaxTries: 2}, endpoint(t, addr, "http"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 0 || !f.Testable || len(f.Tried) == 0 {
		t.Fatalf("facts: %+v", f)
	}
	for _, tr := range f.Tried {
		if tr.Failures > 2 || tr.Tries > 2 {
			t.Errorf("budget exceeded: %+v", tr)
		}
	}
}

func TestHTTPWithoutChallengeNotTestable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("hi")) }))
	defer srv.Close()
	f, err := runProbe(t, &Flags{}, endpoint(t, strings.TrimPrefix(srv.URL, "http://"), "http"))
	if err != nil || f.Testable || f.TotalTries() != 0 || f.Note == "" {
		t.Fatalf("%v %+v", err, f)
	}
}

func TestPacingAndBudget(t *testing.T) {
	var n atomic.Int32
	var last time.Time
	var minGap time.Duration = time.Hour
	s := &session{pacer: &pacer{pace: MinPace}, budget: memBudget(2), facts: &Facts{Service: "x"}}
	s.login = func(ctx context.Context, u, p string) Outcome {
		n.Add(1)
		if !last.IsZero() && time.Since(last) < minGap {
			minGap = time.Since(last)
		}
		last = time.Now()
		return refusedWith("no")
	}
	if err := s.account(context.Background(), Account{User: "x", Passwords: []string{"a", "b", "c", "d"}}, "", false); err != nil {
		t.Fatal(err)
	}
	if n.Load() != 2 || s.facts.Tried[0].Failures != 2 {
		t.Fatalf("tries %d, facts %+v", n.Load(), s.facts.Tried)
	}
	if minGap < MinPace-10*time.Millisecond {
		t.Errorf("tries %s apart, pace %s", minGap, MinPace)
	}
}

// TestSystemAccountBudgetShared: SSH, Telnet and FTP log into the host's
// own accounts, whose lockout counter is one: the failures one service
// made on admin leave the next one only what remains of the budget, and a
// database's own admin account keeps its full budget.
func TestSystemAccountBudgetShared(t *testing.T) {
	host := &pacer{pace: MinPace}
	budget := memBudget(3)
	var tries atomic.Int32
	refuse := func(context.Context, string, string) Outcome { tries.Add(1); return refusedWith("no") }
	acc := Account{User: "admin", Passwords: []string{"a", "b", "c", "d"}}
	ssh := &session{login: refuse, pacer: host, budget: budget, facts: &Facts{Service: "ssh"}, shared: systemAccounts}
	if err := ssh.account(context.Background(), Account{User: "admin", Passwords: []string{"a", "b"}}, "", false); err != nil {
		t.Fatal(err)
	}
	telnet := &session{login: refuse, pacer: host, budget: budget, facts: &Facts{Service: "telnet"}, shared: systemAccounts}
	if err := telnet.account(context.Background(), acc, "", false); err != nil {
		t.Fatal(err)
	}
	if tries.Load() != 3 || telnet.facts.Tried[0].Tries != 1 {
		t.Fatalf("%d tries in all, telnet %+v; want 3 and 1", tries.Load(), telnet.facts.Tried)
	}
	ftp := &session{login: refuse, pacer: host, budget: budget, facts: &Facts{Service: "ftp"}, shared: systemAccounts}
	if err := ftp.account(context.Background(), acc, "", false); err != nil {
		t.Fatal(err)
	}
	if tr := ftp.facts.Tried[0]; tr.Tries != 0 || tr.Note == "" || tries.Load() != 3 {
		t.Fatalf("ftp after the budget: %+v (%d tries)", tr, tries.Load())
	}
	db := &session{login: refuse, pacer: host, budget: budget, facts: &Facts{Service: "postgresql"}}
	if err := db.account(context.Background(), acc, "", false); err != nil {
		t.Fatal(err)
	}
	if db.facts.Tried[0].Tries != 3 {
		t.Fatalf("a database account shares no budget with system accounts: %+v", db.facts.Tried)
	}
}

// memBudget is an in-memory lockout budget of max tries on one host.
func memBudget(max int) *hostBudget {
	return newHostBudget(NewLedger("", max, BudgetWindow, nil), Identity{"ip:192.0.2.1"})
}

func TestMask(t *testing.T) {
	for in, want := range map[string]string{"": "(empty)", "admin": "a****", "é1": "é****"} {
		if got := Mask(in); got != want {
			t.Errorf("Mask(%q) = %q", in, got)
		}
	}
}

func TestCatalogue(t *testing.T) {
	c, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	quick := c.Accounts("ssh", LevelQuick)
	if len(quick) == 0 || quick[0].User != "root" || len(c.Accounts("ssh", LevelThorough)) <= len(quick) {
		t.Fatalf("ssh accounts: %+v", quick)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	_ = os.WriteFile(bad, []byte("ssh,\"a\nb\",c\n"), 0o600)
	if _, err := loadCatalogue(t.Context(), bad); err == nil {
		t.Error("control character accepted")
	}
	good := filepath.Join(dir, "good.csv")
	_ = os.WriteFile(good, []byte("# mine\nssh,vendor,Vendor123\n*,svc,svc\n"), 0o600)
	cat, err := loadCatalogue(t.Context(), good)
	if err != nil || len(cat.Accounts("ssh", LevelQuick)) != 2 || len(cat.Accounts("ftp", LevelQuick)) != 1 {
		t.Fatalf("%v %+v", err, cat)
	}
}

func TestFlagsValidate(t *testing.T) {
	for _, f := range []Flags{{Level: "x", MaxTries: 3, Pace: time.Second}, {Level: LevelQuick, MaxTries: 0, Pace: time.Second},
		{Level: LevelQuick, MaxTries: 3, Pace: time.Millisecond}} {
		if err := f.Validate(t.Context()); err == nil {
			t.Errorf("accepted %+v", f)
		}
	}
}

func FuzzParseReplyLine(f *testing.F) {
	for _, s := range []string{"220 ok\r\n", "230-hi", "", "999 x", "abc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, _, ok := ParseReplyLine(s)
		if ok && (code < 100 || code > 599) {
			t.Fatalf("code %d", code)
		}
		_ = IsRedisAuthRefusal(s)
	})
}

func TestTomcatManagerPathFound(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("Apache Tomcat")) })
	mux.HandleFunc("/manager/html", func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); ok && u == "tomcat" && p == "tomcat" {
			_, _ = w.Write([]byte("Tomcat Web Application Manager"))
			return
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="Tomcat Manager Application"`)
		w.WriteHeader(http.StatusUnauthorized)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f, err := runProbe(t, &Flags{}, endpoint(t, strings.TrimPrefix(srv.URL, "http://"), "http"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(f.URL, "/manager/html") || len(f.Findings) != 1 || f.Findings[0].Account != "tomcat" || f.Findings[0].Secret != "t****" {
		t.Fatalf("%+v", f)
	}
}

func TestBotsSignals(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		w.Header().Set("X-RateLimit-Limit", "5")
		_, _ = w.Write([]byte(`<form><input type="password" name="pw"><div class="g-recaptcha"></div></form>`))
	}))
	defer srv.Close()
	f, err := runProbe(t, &Flags{}, endpoint(t, strings.TrimPrefix(srv.URL, "http://"), "http"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Bots == nil || !f.Bots.PasswordForm || !strings.HasSuffix(f.Bots.URL, "/login") || len(f.Bots.Signals) != 2 {
		t.Fatalf("%+v", f.Bots)
	}
}

func FuzzScanBots(f *testing.F) {
	f.Add(`<input type=password><div class="h-captcha">`)
	f.Fuzz(func(t *testing.T, s string) { _ = ScanBots(s, http.Header{}) })
}
