package reports

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/checks/endpoint"
	"conformscan/probes"
	"conformscan/probes/cleartext"
	"conformscan/probes/discovery"
	tlsprobe "conformscan/probes/tls"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current renderers")

func TestMain(m *testing.M) {
	// tablewriter guesses East Asian widths from the locale at init; the
	// golden files are written with narrow accented letters.
	twwidth.SetEastAsian(false)
	os.Exit(m.Run())
}

// t0 is the fixed start of the test scan.
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

func ptr[T any](v T) *T { return &v }

// testReport builds a deterministic report through Build: results of every
// status, evidence, facts for 127.0.0.1:21 (banner, cleartext), :443 (TLS
// probe in error) and :8443 (TLS facts), and an answers file with an
// attached file, a missing one and an N/A.
func testReport(t testing.TB, lang checks.Lang) *Report {
	t.Helper()
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	refs, err := cat.Select("2.1,2.2,7.1,7.2,7.3,8.1,8.6,13.2,13.20")
	if err != nil {
		t.Fatal(err)
	}
	const answersPath = "testdata/answers/reponses.yaml"
	data, err := os.ReadFile(answersPath)
	if err != nil {
		t.Fatal(err)
	}
	ans, err := checks.ParseAnswers(t.Context(), data, answersPath, cat)
	if err != nil {
		t.Fatal(err)
	}
	at := t0.Add(20 * time.Second)
	result := func(ref, target, check string, st checks.Status, summary string, ev ...checks.Evidence) checks.Result {
		r, ok := cat.Get(ref)
		if !ok {
			t.Fatalf("unknown ref %s", ref)
		}
		if ev == nil {
			ev = []checks.Evidence{}
		}
		return checks.Result{Ref: ref, Level: r.Level, Title: r.LocalTitle(lang), Target: target, Check: check,
			Status: st, Summary: summary, Evidence: ev}
	}
	T := lang.T
	ftpFail := result("7.2", "127.0.0.1:21", "cleartext-credentials", checks.StatusFail,
		T("Le service FTP accepte l'identifiant en clair (USER avant AUTH TLS) : les mots de passe traversent le réseau sans chiffrement.",
			"The FTP service accepts the user name in clear (USER before AUTH TLS): passwords cross the network unencrypted."),
		checks.Evidence{Rule: "CHM-7.2/AUTH-EN-CLAIR", Observed: T("USER accepté (331) sans AUTH TLS proposé", "USER accepted (331) with no AUTH TLS offered"),
			Expected: T("authentification uniquement après TLS (AUTH TLS) ou FTPS", "authentication only after TLS (AUTH TLS) or FTPS"),
			Source:   "127.0.0.1:21 cleartext", Excerpt: "> USER anonymous | < 331 Please specify the password. <b>", At: at})
	ftpFail.Remediation = T("Activer FTPS (ssl_enable=YES, force_local_logins_ssl=YES) ou remplacer FTP par SFTP.",
		"Enable FTPS (ssl_enable=YES, force_local_logins_ssl=YES) or replace FTP with SFTP.")
	tlsWarn := result("7.3", "127.0.0.1:8443", "tls-suites", checks.StatusWarn,
		T("Suites CBC acceptées en TLS 1.2 : conformes au RGS mais déconseillées par l'ANSSI.",
			"CBC suites accepted in TLS 1.2: RGS-compliant but discouraged by ANSSI."),
		checks.Evidence{Rule: "ANSSI-TLS-R5", Observed: "TLSv1.2: TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
			Expected: T("suites AEAD uniquement (GCM, CCM, ChaCha20-Poly1305)", "AEAD suites only (GCM, CCM, ChaCha20-Poly1305)"),
			Source:   "127.0.0.1:8443 tls", At: at})
	tlsWarn.Remediation = T("Retirer les suites CBC de la configuration TLS.", "Remove the CBC suites from the TLS configuration.")
	out := &checks.Outcome{
		Started:  t0,
		Finished: t0.Add(70 * time.Second),
		Results: []checks.Result{
			result("7.1", "127.0.0.1:8443", "tls-web", checks.StatusPass,
				T("HTTPS avec TLS 1.2 et 1.3 uniquement.", "HTTPS with TLS 1.2 and 1.3 only."),
				checks.Evidence{Rule: "ANSSI-TLS-R1", Observed: "TLSv1.2, TLSv1.3", Expected: "TLSv1.2+", Source: "127.0.0.1:8443 tls", At: at}),
			result("7.1", "127.0.0.1:443", "tls-web", checks.StatusError,
				T("Mesure impossible : le serveur n'a rien répondu au ClientHello (io-timeout).",
					"Could not measure: the server sent nothing after the ClientHello (io-timeout)."),
				checks.Evidence{Rule: "CHM-7.1/TLS", Observed: "tls ClientHello: io-timeout", Expected: T("une poignée de main TLS", "a TLS handshake"),
					Source: "127.0.0.1:443 tls", At: at}),
			ftpFail,
			tlsWarn,
			result("8.6", "127.0.0.1", "remote-control", checks.StatusSkipped,
				T("Non exécuté : la découverte de ports n'a pas couvert les ports de prise de main à distance.",
					"Not run: port discovery did not cover the remote-control ports.")),
			result("13.20", "127.0.0.1:8443", "cleartext-credentials", checks.StatusPass,
				T("Échanges protégés par TLS 1.2+.", "Exchanges protected by TLS 1.2+."),
				checks.Evidence{Rule: "CHM-13.20/PROTOCOLE", Observed: "HTTPS", Expected: T("protocole chiffré", "encrypted protocol"),
					Source: "127.0.0.1:8443 tls", At: at}),
		},
		Facts: factsOf(map[string]*endpoint.EndpointFacts{
			"127.0.0.1:21": {
				Endpoint: "127.0.0.1:21", Host: "127.0.0.1",
				Port: discovery.Port{Port: 21, State: discovery.StateOpen, Service: "ftp", ServiceFrom: "banner",
					Banner: "220 (vsFTPd 3.0.3)", ConnectMS: 0.21, At: t0.Add(time.Second)},
				Cleartext: &cleartext.Facts{Service: "ftp", Cleartext: true, TLSOffered: ptr(false), AuthInClear: ptr(true),
					AuthVia: []string{cleartext.ViaFTPUser}, Greeting: "220 (vsFTPd 3.0.3)",
					Capabilities: []string{"EPRT", "EPSV", "PASV", "UTF8"},
					Transcript:   []string{"< 220 (vsFTPd 3.0.3)", "> FEAT", "< 211 End", "> USER anonymous", "< 331 Please specify the password."},
					At:           t0.Add(3 * time.Second)},
				Probes: map[string]probes.ProbeRun{
					endpoint.ProbeDiscovery: {Status: probes.RunOK, DurationMS: 0.5},
					endpoint.ProbeCleartext: {Status: probes.RunOK, DurationMS: 12.5},
				},
			},
			"127.0.0.1:443": {
				Endpoint: "127.0.0.1:443", Host: "127.0.0.1",
				Port: discovery.Port{Port: 443, State: discovery.StateOpen, Service: "https", ServiceFrom: "port",
					Sent: "GET / HTTP/1.0\r\n\r\n", ConnectMS: 0.18, Note: "silent after connect", At: t0.Add(time.Second)},
				Probes: map[string]probes.ProbeRun{
					endpoint.ProbeDiscovery: {Status: probes.RunOK, DurationMS: 2000},
					endpoint.ProbeTLS: {Status: probes.RunError, ErrorKind: probes.KindIOTimeout,
						Error: "tls ClientHello: io-timeout: no answer within 5s", DurationMS: 5000},
				},
			},
			"127.0.0.1:8443": {
				Endpoint: "127.0.0.1:8443", Host: "127.0.0.1",
				Port: discovery.Port{Port: 8443, State: discovery.StateOpen, Service: "https", ServiceFrom: "response",
					Sent: "GET / HTTP/1.0\r\n\r\n", Response: "HTTP/1.1 400 Bad Request", ConnectMS: 0.2, At: t0.Add(time.Second)},
				TLS: &tlsprobe.Facts{
					Endpoint:  "127.0.0.1:8443",
					Protocols: []string{tlsprobe.TLS12, tlsprobe.TLS13},
					CipherSuites: map[string][]string{
						tlsprobe.TLS12: {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"},
						tlsprobe.TLS13: {"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384"},
					},
					ServerOrder: map[string]bool{tlsprobe.TLS12: true, tlsprobe.TLS13: false},
					KeyExchange: tlsprobe.KeyExchange{Groups: []string{"x25519", "secp256r1"},
						GroupsByVersion:    map[string][]string{tlsprobe.TLS13: {"x25519", "secp256r1"}},
						ForwardSecrecyOnly: true},
					Certificates: []tlsprobe.Certificate{{
						Subject: "CN=localhost", Issuer: "CN=conformscan test CA", SerialHex: "01",
						NotBefore: t0.AddDate(0, -1, 0), NotAfter: t0.AddDate(0, 11, 0), LifetimeDays: 365,
						KeyType: "RSA", KeyBits: 2048, RSAExponent: 65537, SignatureAlgorithm: "SHA256-RSA",
						DNSNames: []string{"localhost"}, IPAddresses: []string{"127.0.0.1"},
						KeyUsage: []string{"digitalSignature", "keyEncipherment"}, KeyUsageCritical: true,
						ExtKeyUsage: []string{"serverAuth"},
						SHA256:      "3f5a0c3b9a2f6a4c1d2e3f405162738495a6b7c8d9e0f1021324354657687980",
					}},
					Chain: tlsprobe.ChainFacts{HostnameMatch: true, NameChecked: "127.0.0.1", Trusted: true, Complete: true,
						InOrder: true, Roots: "ca:testdata/ca.pem"},
					Extensions: tlsprobe.Extensions{SecureRenegotiation: ptr(true), ExtendedMasterSecret: ptr(true),
						Compression: "null", SessionTicket: ptr(false), FallbackSCSV: ptr(true), Heartbeat: ptr(false)},
					HTTP:       &tlsprobe.HTTPFacts{HTTPSStatus: 200, HSTS: "max-age=31536000", HSTSMaxAge: 31536000},
					Handshakes: 42,
					Duration:   1500 * time.Millisecond,
				},
				Probes: map[string]probes.ProbeRun{
					endpoint.ProbeDiscovery: {Status: probes.RunOK, DurationMS: 3.25},
					endpoint.ProbeTLS:       {Status: probes.RunOK, DurationMS: 1500},
				},
			},
		}),
	}
	host := probes.NewSubject(probes.SubjectHost, "127.0.0.1")
	host.Target, host.State = probes.Target{Input: "127.0.0.1"}, probes.StateComplete
	host.Ports = probes.PortCounts{Scanned: 60, Open: []int{21, 443, 8443}, Closed: 55, Filtered: 2}
	host.Started, host.Finished = t0, t0.Add(69*time.Second)
	out.Subjects = []*probes.Subject{host}
	out.Probes = []checks.ProbeNote{{ID: "discovery", Status: checks.PlanRun}, {ID: "cleartext", Status: checks.PlanRun},
		{ID: "tls", Status: checks.PlanRun}, {ID: "remote-login", Status: checks.PlanNotRun, Reason: "tries logins: not run under --safe"}}
	opts := Options{Refs: "2.1,2.2,7.1,7.2,7.3,8.1,8.6,13.2,13.20", Ports: "21,443,8443", Timeout: "10m0s",
		Concurrency: 4, TLSProfile: "anssi", Lang: string(lang), Inputs: []string{"127.0.0.1"}}
	j := checks.Judge(refs, out, ans, lang)
	return Build(Tool{Name: "conformscan", Version: "1.0.0-test"}, t0, lang, opts, out, j, ans)
}

// factsOf turns recorded endpoint facts into the subjects a run keys them by.
func factsOf(eps map[string]*endpoint.EndpointFacts) map[string]*probes.Subject {
	out := map[string]*probes.Subject{}
	for id, ep := range eps {
		out[id] = ep.Subject()
	}
	return out
}

// render runs a renderer into a string.
func render(t testing.TB, r Renderer, rep *Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := r.Render(&b, rep); err != nil {
		t.Fatalf("%T.Render: %v", r, err)
	}
	return b.String()
}

// golden compares got with testdata/name.golden (rewritten with -update).
func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test ./reports -update to create it)", err)
	}
	if got == string(want) {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Fatalf("%s differs at line %d (run go test ./reports -update if the change is intended):\n got: %q\nwant: %q", p, i+1, g, w)
		}
	}
}
