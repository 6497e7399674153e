package cleartext

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/checks/endpoint"
	"conformscan/demo/lab"
	"conformscan/fixtures/daemons"
	"conformscan/fixtures/nginxlab"
	"conformscan/probes"
	"conformscan/probes/cleartext"
	"conformscan/probes/discovery"
)

// scanTune adjusts one integration scan.
type scanTune struct {
	ports []int
	dial  func(ctx context.Context, network, addr string) (net.Conn, error)
	safe  bool
}

// runCleartext runs the full pipeline (runner, discovery, cleartext probe,
// check) for refs 7.2 and 13.20 against targets, and returns the
// cleartext-credentials results by ref, and the outcome.
func runCleartext(t *testing.T, targets []string, tune *scanTune) (map[string]checks.Result, *checks.Outcome) {
	t.Helper()
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	refs, err := cat.Select("7.2,13.20")
	if err != nil {
		t.Fatal(err)
	}
	ts, err := probes.ParseTargets(targets, 0)
	if err != nil {
		t.Fatal(err)
	}
	if tune == nil {
		tune = &scanTune{}
	}
	ps := []probes.Probe{
		discovery.NewWith(&discovery.Flags{Ports: tune.ports, PortConcurrency: 64, ConnectTimeout: time.Second, BannerTimeout: time.Second}),
		cleartext.New(),
	}
	var subjects []*probes.Subject
	for _, tg := range ts {
		s := probes.NewSubject(probes.SubjectHost, tg.String())
		s.Host, s.Target = tg.Host, tg
		subjects = append(subjects, s)
	}
	// Only this check: the TLS checks have their own integration tests.
	plan := checks.NewPlan([]checks.Check{cleartextCheck()}, ps, refs, subjects, probes.Env{ProbeTimeout: 5 * time.Second, Dial: tune.dial, Safe: tune.safe})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	out := checks.Run(ctx, cat, plan)
	if out.Interrupted {
		t.Fatalf("run interrupted: %s", out.Reason)
	}
	by := map[string]checks.Result{}
	for _, r := range out.Results {
		if r.Check != CheckCleartext {
			continue
		}
		if _, dup := by[r.Ref]; dup {
			t.Fatalf("two results for %s on one target", r.Ref)
		}
		by[r.Ref] = r
	}
	if len(by) != 2 {
		t.Fatalf("results %+v", out.Results)
	}
	return by, out
}

// factsAt reads an endpoint's facts from an outcome (nil when absent).
func factsAt(out *checks.Outcome, id string) *endpoint.EndpointFacts {
	s := out.Facts[id]
	if s == nil {
		return nil
	}
	return endpoint.Of(s)
}

func evidenceWith(r checks.Result, rule string) (checks.Evidence, bool) {
	for _, e := range r.Evidence {
		if e.Rule == rule {
			return e, true
		}
	}
	return checks.Evidence{}, false
}

func TestCleartextIntegrationNginxPlainLogin(t *testing.T) {
	l := nginxlab.Start(t, nginxlab.PlainLogin)
	by, out := runCleartext(t, []string{l.Addr}, nil)
	r := by["7.2"]
	if r.Status != checks.StatusFail {
		t.Fatalf("7.2 %s: %s\n%+v", r.Status, r.Summary, r.Evidence)
	}
	e, ok := evidenceWith(r, "CHM-7.2/HTTP-LOGIN-CLEARTEXT")
	if !ok {
		t.Fatalf("no password-field evidence: %+v", r.Evidence)
	}
	want := "formulaire de connexion (champ mot de passe) servi en HTTP clair sur http://" + l.Addr + "/"
	if !strings.HasPrefix(e.Observed, want) || e.Source != l.Addr || !strings.Contains(e.Excerpt, `type="password"`) {
		t.Errorf("evidence %+v", e)
	}
	if r := by["13.20"]; r.Status != checks.StatusFail {
		t.Errorf("13.20 %s: %s", r.Status, r.Summary)
	}
	ep := factsAt(out, l.Addr)
	if ep == nil || ep.Cleartext == nil || ep.Cleartext.HTTP == nil || ep.Cleartext.HTTP.Server == "" || !strings.HasPrefix(ep.Cleartext.HTTP.Server, "nginx") {
		t.Errorf("facts %+v", ep)
	}
}

// TestCleartextIntegrationLab scans conformscan's own demo lab: its HTTP
// login page, cleartext FTP, SMTP AUTH without STARTTLS and Telnet fail;
// its HTTP redirect passes.
func TestCleartextIntegrationLab(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l, err := lab.Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Close() })
	var ports []int
	want := map[string]string{}
	for _, s := range l.Servers {
		switch s.Name {
		case "http-login":
			want[s.Addr] = "CHM-7.2/HTTP-LOGIN-CLEARTEXT"
		case "ftp-cleartext":
			want[s.Addr] = "CHM-7.2/FTP-NO-TLS"
		case "smtp-auth-cleartext":
			want[s.Addr] = "CHM-7.2/SMTP-AUTH-BEFORE-STARTTLS"
		case "telnet":
			want[s.Addr] = "CHM-7.2/TELNET"
		case "http-redirect":
		default:
			continue
		}
		ports = append(ports, s.Port)
	}
	if len(ports) != 5 {
		t.Fatalf("lab servers %+v", l.Servers)
	}
	by, out := runCleartext(t, []string{"127.0.0.1"}, &scanTune{ports: ports})
	r := by["7.2"]
	if r.Status != checks.StatusFail {
		t.Fatalf("7.2 %s: %s", r.Status, r.Summary)
	}
	got := map[string]string{}
	for _, e := range r.Evidence {
		got[e.Source] = e.Rule
	}
	for addr, rule := range want {
		if got[addr] != rule {
			t.Errorf("%s: rule %q, want %q (facts %+v)", addr, got[addr], rule, factsAt(out, addr).Cleartext)
		}
	}
	if len(got) != len(want) {
		t.Errorf("evidence %+v", r.Evidence)
	}
	r = by["13.20"]
	if r.Status != checks.StatusFail {
		t.Errorf("13.20 %s: %s", r.Status, r.Summary)
	}
	if _, ok := evidenceWith(r, "CHM-13.20/HTTPS-REDIRECT"); !ok {
		t.Errorf("13.20 inventory lacks the HTTPS redirect: %+v", r.Evidence)
	}
}

// redirectDial sends connections for 127.0.0.1:virtual to 127.0.0.1:real,
// so that a daemon on a free port is scanned as if on its usual port (and
// identified by discovery from the port number).
func redirectDial(virtual, real int) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, port, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			return nil, fmt.Errorf("integration tests dial loopback only, not %s", addr)
		}
		if port == strconv.Itoa(virtual) {
			addr = net.JoinHostPort(host, strconv.Itoa(real))
		}
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}
}

func TestCleartextIntegrationVsftpd(t *testing.T) {
	cases := []struct {
		name     string
		security daemons.FTPSecurity
		s72      checks.Status
		rule72   string
		observed string
		s1320    checks.Status
		rule1320 string
	}{
		{"plain", daemons.FTPPlain, checks.StatusFail, "CHM-7.2/FTP-NO-TLS", "USER accepté et mot de passe demandé en clair (AUTH TLS non proposé)", checks.StatusFail, "CHM-13.20/FTP-NO-TLS"},
		{"tls optional", daemons.FTPTLSOptional, checks.StatusFail, "CHM-7.2/FTP-NO-TLS", "(AUTH TLS proposé mais non exigé)", checks.StatusFail, "CHM-13.20/FTP-NO-TLS"},
		{"tls required", daemons.FTPTLSRequired, checks.StatusPass, "CHM-7.2/NO-CLEARTEXT-AUTH", "530 Non-anonymous sessions must use encryption.", checks.StatusPass, "CHM-13.20/UPGRADE-OFFERED"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			v := daemons.StartVsftpd(t, daemons.VsftpdOptions{Security: tc.security})
			by, out := runCleartext(t, []string{v.Addr}, nil)
			r := by["7.2"]
			if r.Status != tc.s72 {
				t.Fatalf("7.2 %s, want %s: %s\n%+v", r.Status, tc.s72, r.Summary, factsAt(out, v.Addr).Cleartext)
			}
			e, ok := evidenceWith(r, tc.rule72)
			if !ok || e.Source != v.Addr || !strings.Contains(e.Observed, tc.observed) || !strings.Contains(e.Excerpt, "USER conformscan-probe") {
				t.Errorf("7.2 evidence %+v", r.Evidence)
			}
			r = by["13.20"]
			if r.Status != tc.s1320 {
				t.Errorf("13.20 %s, want %s: %s", r.Status, tc.s1320, r.Summary)
			}
			if _, ok := evidenceWith(r, tc.rule1320); !ok {
				t.Errorf("13.20 evidence %+v", r.Evidence)
			}
		})
	}
}

func TestCleartextIntegrationSlapd(t *testing.T) {
	const tested = "bind simple évalué sans TLS (bind de test, DN d'aucun compte"
	cases := []struct {
		name     string
		opts     daemons.SlapdOptions
		safe     bool
		s72      checks.Status
		rule72   string
		observed string
		starttls bool
	}{
		{"StartTLS offered", daemons.SlapdOptions{TLS: true}, false, checks.StatusFail, "CHM-7.2/LDAP-SIMPLE-BIND-CLEARTEXT", tested + " : un mot de passe passerait en clair) (StartTLS proposé mais non exigé)", true},
		{"no TLS", daemons.SlapdOptions{}, false, checks.StatusFail, "CHM-7.2/LDAP-SIMPLE-BIND-CLEARTEXT", tested, false},
		{"safe", daemons.SlapdOptions{TLS: true}, true, checks.StatusWarn, "CHM-7.2/UNDETERMINED", "bind simple non testé (--safe", true},
		{"anonymous refused", daemons.SlapdOptions{RefuseAnonymous: true}, false, checks.StatusFail, "CHM-7.2/LDAP-SIMPLE-BIND-CLEARTEXT", tested, false},
		{"anonymous refused, safe", daemons.SlapdOptions{RefuseAnonymous: true}, true, checks.StatusWarn, "CHM-7.2/UNDETERMINED", "bind simple non testé", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := daemons.StartSlapd(t, tc.opts)
			// slapd listens on a free port; the scan sees it on 389 so
			// that discovery names it from the port, as it would in the field.
			by, out := runCleartext(t, []string{"127.0.0.1:389"}, &scanTune{dial: redirectDial(389, s.Port), safe: tc.safe})
			ep := factsAt(out, "127.0.0.1:389")
			if ep == nil || ep.Service != "ldap" || ep.Cleartext == nil {
				t.Fatalf("facts %+v", ep)
			}
			r := by["7.2"]
			if r.Status != tc.s72 {
				t.Fatalf("7.2 %s, want %s: %s\n%+v", r.Status, tc.s72, r.Summary, ep.Cleartext)
			}
			e, ok := evidenceWith(r, tc.rule72)
			if !ok || !strings.Contains(e.Observed, tc.observed) {
				t.Errorf("7.2 evidence %+v", r.Evidence)
			}
			if got := ep.Cleartext.TLSOffered != nil && *ep.Cleartext.TLSOffered; got != tc.starttls {
				t.Errorf("StartTLS offered %v, want %v (facts %+v)", got, tc.starttls, ep.Cleartext)
			}
		})
	}
}
