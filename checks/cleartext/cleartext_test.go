package cleartext

import (
	"conformscan/checks"
	"conformscan/checks/endpoint"
	"conformscan/probes"
	"strconv"
	"strings"
	"testing"
	"time"

	"conformscan/probes/cleartext"
	"conformscan/probes/discovery"
)

var ctAtTime = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

func ctb(b bool) *bool { return &b }

// ctEP builds a recorded endpoint; c nil means the cleartext probe left no
// facts; run nil means it did not run.
func ctEP(port int, service string, c *cleartext.Facts, run *probes.ProbeRun) *endpoint.EndpointFacts {
	ep := &endpoint.EndpointFacts{
		Endpoint: "127.0.0.1:" + strconv.Itoa(port), Host: "127.0.0.1",
		Port:   discovery.Port{Port: port, State: discovery.StateOpen, Service: service, At: ctAtTime},
		Probes: map[string]probes.ProbeRun{endpoint.ProbeDiscovery: {Status: endpoint.ProbeOK}},
	}
	if c != nil {
		c.Service, c.At = service, ctAtTime
		ep.Cleartext = c
	}
	if run != nil {
		ep.Probes[endpoint.ProbeCleartext] = *run
	}
	return ep
}

var (
	ctOKRun    = &probes.ProbeRun{Status: endpoint.ProbeOK}
	ctErrRun   = &probes.ProbeRun{Status: endpoint.ProbeError, ErrorKind: "io-timeout", Error: "read FTP greeting: io-timeout: no answer before the deadline"}
	ctSkipRun  = &probes.ProbeRun{Status: endpoint.ProbeSkipped, Error: "scan interrupted"}
	ctLoginTxt = []string{"> GET / HTTP/1.1 (Host: 127.0.0.1:8080)", "< HTTP/1.1 200 OK", "< Server: nginx", `< (body) <input type="password" name="password">`}
)

// Recorded facts, as the probe returns them.
func ctHTTPLogin() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, AuthInClear: ctb(true), AuthVia: []string{cleartext.ViaPasswordField}, AuthMechanisms: []string{"form"},
		HTTP:       &cleartext.HTTPPage{URL: "http://127.0.0.1:8080/", Status: 200, Title: "Sign in", PasswordField: true, FormAction: "/login", PasswordInput: `<input type="password" name="password">`},
		Transcript: ctLoginTxt}
}

func ctHTTPBasic() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, AuthInClear: ctb(true), AuthVia: []string{cleartext.ViaHTTPAuth}, AuthMechanisms: []string{"Basic"},
		HTTP:       &cleartext.HTTPPage{URL: "http://127.0.0.1:8080/", Status: 401, WWWAuthenticate: []string{"Basic"}, Realm: "console"},
		Transcript: []string{"> GET / HTTP/1.1", "< HTTP/1.1 401 Unauthorized", `< WWW-Authenticate: Basic realm="console"`}}
}

func ctHTTPRedirect() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, AuthInClear: ctb(false),
		HTTP: &cleartext.HTTPPage{URL: "http://127.0.0.1/", Status: 301, RedirectsToHTTPS: true, Location: "https://127.0.0.1/"}}
}

func ctHTTPContent() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, AuthInClear: ctb(false), HTTP: &cleartext.HTTPPage{URL: "http://127.0.0.1/", Status: 200, Title: "Accueil"}}
}

func ctFTPPlain() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, TLSOffered: ctb(false), AuthInClear: ctb(true), AuthVia: []string{cleartext.ViaFTPUser}, AuthMechanisms: []string{"USER/PASS"},
		Greeting: "220 (vsFTPd 3.0.3)", Transcript: []string{"< 220 (vsFTPd 3.0.3)", "> FEAT", "< 211-Features:", "< 211 End", "> USER conformscan-probe", "< 331 Please specify the password."}}
}

func ctFTPTLSRequired() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, TLSOffered: ctb(true), AuthInClear: ctb(false), AuthRefused: "530 Non-anonymous sessions must use encryption.",
		Transcript: []string{"< 220 (vsFTPd 3.0.3)", "> USER conformscan-probe", "< 530 Non-anonymous sessions must use encryption."}}
}

func ctTelnet() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, AuthInClear: ctb(true), AuthVia: []string{cleartext.ViaTelnet}, Transcript: []string{"< (Telnet option negotiation)", "< lab login:"}}
}

func ctSMTPAuth() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, TLSOffered: ctb(false), AuthInClear: ctb(true), AuthVia: []string{cleartext.ViaSMTPAuth}, AuthMechanisms: []string{"PLAIN", "LOGIN"},
		Transcript: []string{"< 220 mail ESMTP", "> EHLO conformscan.invalid", "< 250-mail", "< 250 AUTH PLAIN LOGIN"}}
}

func ctSMTPNoAuthNoTLS() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, TLSOffered: ctb(false), AuthInClear: ctb(false)}
}

func ctIMAPLogin() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, TLSOffered: ctb(true), AuthInClear: ctb(true), AuthVia: []string{cleartext.ViaIMAPAuth, cleartext.ViaIMAPLogin}, AuthMechanisms: []string{"LOGIN", "PLAIN"}}
}

func ctPOP3User() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, TLSOffered: ctb(false), AuthInClear: ctb(true), AuthVia: []string{cleartext.ViaPOP3User}, AuthMechanisms: []string{"USER/PASS"}}
}

func ctLDAPBind() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, TLSOffered: ctb(true), AuthInClear: ctb(true), AuthVia: []string{cleartext.ViaLDAPSimpleBind},
		Transcript: []string{`> bindRequest v3 simple dn="cn=admin,dc=lab" password=****`, "< bindResponse success (0)"}}
}

func ctLDAPNoCreds() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, TLSOffered: ctb(true), Notes: []string{"simple bind not tested under --safe"}}
}

func ctLDAPRefused() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, TLSOffered: ctb(true), AuthInClear: ctb(false), AuthRefused: "confidentialityRequired (13): confidentiality required"}
}

func ctPOP3Unknown() *cleartext.Facts {
	return &cleartext.Facts{Cleartext: true, AuthRefused: "-ERR go away", Notes: []string{"USER refused"}}
}

func TestCleartextCheck(t *testing.T) {
	type want struct {
		status checks.Status
		rules  []string
		text   string // a piece of the summary or of an evidence
	}
	cases := []struct {
		name      string
		eps       []*endpoint.EndpointFacts
		w72, w132 want
	}{
		{"no endpoint", nil,
			want{checks.StatusNA, nil, "Aucun service exposé"}, want{checks.StatusNA, nil, "Aucun service exposé"}},
		{"only encrypted services", []*endpoint.EndpointFacts{ctEP(22, "ssh", nil, nil), ctEP(443, "https", nil, nil)},
			want{checks.StatusNA, nil, "22/ssh, 443/https"}, want{checks.StatusPass, []string{"CHM-13.20/ENCRYPTED-SERVICE", "CHM-13.20/ENCRYPTED-SERVICE"}, "Aucun protocole en clair exposé"}},
		{"only services not evaluated", []*endpoint.EndpointFacts{ctEP(3306, "mysql", nil, nil)},
			want{checks.StatusNA, nil, "3306/mysql"}, want{checks.StatusNA, []string{"CHM-13.20/NOT-EVALUATED"}, "3306/mysql"}},
		{"http login form", []*endpoint.EndpointFacts{ctEP(8080, "http", ctHTTPLogin(), ctOKRun)},
			want{checks.StatusFail, []string{"CHM-7.2/HTTP-LOGIN-CLEARTEXT"}, "formulaire de connexion (champ mot de passe) servi en HTTP clair sur http://127.0.0.1:8080/"},
			want{checks.StatusFail, []string{"CHM-13.20/HTTP-LOGIN-CLEARTEXT"}, "transportent des identifiants"}},
		{"http basic", []*endpoint.EndpointFacts{ctEP(8080, "http", ctHTTPBasic(), ctOKRun)},
			want{checks.StatusFail, []string{"CHM-7.2/HTTP-AUTH-CLEARTEXT"}, "authentification HTTP Basic demandée en HTTP clair"},
			want{checks.StatusFail, []string{"CHM-13.20/HTTP-AUTH-CLEARTEXT"}, ""}},
		{"ftp plain", []*endpoint.EndpointFacts{ctEP(21, "ftp", ctFTPPlain(), ctOKRun)},
			want{checks.StatusFail, []string{"CHM-7.2/FTP-NO-TLS"}, "AUTH TLS non proposé"},
			want{checks.StatusFail, []string{"CHM-13.20/FTP-NO-TLS"}, ""}},
		{"ftp tls required", []*endpoint.EndpointFacts{ctEP(21, "ftp", ctFTPTLSRequired(), ctOKRun), ctEP(22, "ssh", nil, nil)},
			want{checks.StatusPass, []string{"CHM-7.2/NO-CLEARTEXT-AUTH"}, "530 Non-anonymous sessions must use encryption."},
			want{checks.StatusPass, []string{"CHM-13.20/UPGRADE-OFFERED", "CHM-13.20/ENCRYPTED-SERVICE"}, ""}},
		{"telnet", []*endpoint.EndpointFacts{ctEP(23, "telnet", ctTelnet(), ctOKRun)},
			want{checks.StatusFail, []string{"CHM-7.2/TELNET"}, "Telnet sur 127.0.0.1:23"},
			want{checks.StatusFail, []string{"CHM-13.20/TELNET"}, ""}},
		{"smtp auth before starttls", []*endpoint.EndpointFacts{ctEP(25, "smtp", ctSMTPAuth(), ctOKRun)},
			want{checks.StatusFail, []string{"CHM-7.2/SMTP-AUTH-BEFORE-STARTTLS"}, "AUTH PLAIN LOGIN proposé avant STARTTLS"},
			want{checks.StatusFail, []string{"CHM-13.20/SMTP-AUTH-BEFORE-STARTTLS"}, ""}},
		{"smtp without auth or tls", []*endpoint.EndpointFacts{ctEP(25, "smtp", ctSMTPNoAuthNoTLS(), ctOKRun)},
			want{checks.StatusPass, []string{"CHM-7.2/NO-CLEARTEXT-AUTH"}, "aucune authentification proposée"},
			want{checks.StatusWarn, []string{"CHM-13.20/CLEARTEXT-SERVICE"}, "aucun passage en TLS proposé"}},
		{"imap login", []*endpoint.EndpointFacts{ctEP(143, "imap", ctIMAPLogin(), ctOKRun)},
			want{checks.StatusFail, []string{"CHM-7.2/IMAP-LOGIN-CLEARTEXT"}, "LOGIN autorisé (pas de LOGINDISABLED)"},
			want{checks.StatusFail, []string{"CHM-13.20/IMAP-LOGIN-CLEARTEXT"}, ""}},
		{"pop3 user", []*endpoint.EndpointFacts{ctEP(110, "pop3", ctPOP3User(), ctOKRun)},
			want{checks.StatusFail, []string{"CHM-7.2/POP3-USER-CLEARTEXT"}, "USER accepté (+OK)"},
			want{checks.StatusFail, []string{"CHM-13.20/POP3-USER-CLEARTEXT"}, ""}},
		{"ldap bind accepted", []*endpoint.EndpointFacts{ctEP(389, "ldap", ctLDAPBind(), ctOKRun)},
			want{checks.StatusFail, []string{"CHM-7.2/LDAP-SIMPLE-BIND-CLEARTEXT"}, "bind simple évalué sans TLS"},
			want{checks.StatusFail, []string{"CHM-13.20/LDAP-SIMPLE-BIND-CLEARTEXT"}, ""}},
		{"ldap without credentials", []*endpoint.EndpointFacts{ctEP(389, "ldap", ctLDAPNoCreds(), ctOKRun)},
			want{checks.StatusWarn, []string{"CHM-7.2/UNDETERMINED"}, "--safe"},
			want{checks.StatusWarn, []string{"CHM-13.20/UNDETERMINED"}, ""}},
		{"ldap bind refused", []*endpoint.EndpointFacts{ctEP(389, "ldap", ctLDAPRefused(), ctOKRun)},
			want{checks.StatusPass, []string{"CHM-7.2/NO-CLEARTEXT-AUTH"}, "confidentialityRequired"},
			want{checks.StatusPass, []string{"CHM-13.20/UPGRADE-OFFERED"}, ""}},
		{"http redirect to https", []*endpoint.EndpointFacts{ctEP(80, "http", ctHTTPRedirect(), ctOKRun), ctEP(443, "https", nil, nil)},
			want{checks.StatusPass, []string{"CHM-7.2/NO-CLEARTEXT-AUTH"}, "redirection 301 vers https://127.0.0.1/"},
			want{checks.StatusPass, []string{"CHM-13.20/HTTPS-REDIRECT", "CHM-13.20/ENCRYPTED-SERVICE"}, ""}},
		{"http content without login", []*endpoint.EndpointFacts{ctEP(80, "http", ctHTTPContent(), ctOKRun)},
			want{checks.StatusPass, []string{"CHM-7.2/NO-CLEARTEXT-AUTH"}, "sans champ mot de passe"},
			want{checks.StatusWarn, []string{"CHM-13.20/HTTP-CLEARTEXT"}, "réponse 200 sans redirection vers HTTPS"}},
		{"http port answering in TLS", []*endpoint.EndpointFacts{ctEP(8080, "http", &cleartext.Facts{AuthInClear: ctb(false), Notes: []string{"the port answers in TLS"}}, ctOKRun)},
			want{checks.StatusPass, []string{"CHM-7.2/NO-CLEARTEXT-AUTH"}, "le port répond en TLS"},
			want{checks.StatusPass, []string{"CHM-13.20/ENCRYPTED-SERVICE"}, ""}},
		{"probe error alone", []*endpoint.EndpointFacts{ctEP(21, "ftp", nil, ctErrRun)},
			want{checks.StatusError, []string{"CHM-7.2/NOT-MEASURED"}, "io-timeout"},
			want{checks.StatusError, []string{"CHM-13.20/NOT-MEASURED"}, "Inventaire incomplet"}},
		{"probe error with partial facts", []*endpoint.EndpointFacts{ctEP(21, "ftp", &cleartext.Facts{Cleartext: true, Greeting: "220 x", Transcript: []string{"< 220 x"}}, ctErrRun)},
			want{checks.StatusError, []string{"CHM-7.2/NOT-MEASURED"}, "< 220 x"},
			want{checks.StatusError, []string{"CHM-13.20/NOT-MEASURED"}, ""}},
		{"probe error but a failure elsewhere", []*endpoint.EndpointFacts{ctEP(21, "ftp", nil, ctErrRun), ctEP(8080, "http", ctHTTPLogin(), ctOKRun)},
			want{checks.StatusFail, []string{"CHM-7.2/HTTP-LOGIN-CLEARTEXT"}, ""},
			want{checks.StatusFail, []string{"CHM-13.20/HTTP-LOGIN-CLEARTEXT", "CHM-13.20/NOT-MEASURED"}, ""}},
		{"error and unknown", []*endpoint.EndpointFacts{ctEP(21, "ftp", nil, ctErrRun), ctEP(389, "ldap", ctLDAPNoCreds(), ctOKRun)},
			want{checks.StatusError, []string{"CHM-7.2/NOT-MEASURED", "CHM-7.2/UNDETERMINED"}, ""},
			want{checks.StatusError, []string{"CHM-13.20/NOT-MEASURED", "CHM-13.20/UNDETERMINED"}, ""}},
		{"probe skipped", []*endpoint.EndpointFacts{ctEP(21, "ftp", nil, ctSkipRun)},
			want{checks.StatusError, []string{"CHM-7.2/NOT-MEASURED"}, "non exécutée"},
			want{checks.StatusError, []string{"CHM-13.20/NOT-MEASURED"}, ""}},
		{"probe never ran on a cleartext service", []*endpoint.EndpointFacts{ctEP(21, "ftp", nil, nil)},
			want{checks.StatusError, []string{"CHM-7.2/NOT-MEASURED"}, "no facts recorded"},
			want{checks.StatusError, []string{"CHM-13.20/NOT-MEASURED"}, ""}},
		{"unknown refusal and a pass", []*endpoint.EndpointFacts{ctEP(110, "pop3", ctPOP3Unknown(), ctOKRun), ctEP(21, "ftp", ctFTPTLSRequired(), ctOKRun)},
			want{checks.StatusWarn, []string{"CHM-7.2/UNDETERMINED", "CHM-7.2/NO-CLEARTEXT-AUTH"}, "refusée sans motif lié à TLS"},
			want{checks.StatusWarn, []string{"CHM-13.20/UNDETERMINED", "CHM-13.20/UPGRADE-OFFERED"}, ""}},
		{"everything at once", []*endpoint.EndpointFacts{ctEP(21, "ftp", ctFTPPlain(), ctOKRun), ctEP(22, "ssh", nil, nil), ctEP(80, "http", ctHTTPContent(), ctOKRun), ctEP(8080, "http", ctHTTPLogin(), ctOKRun), ctEP(6379, "redis", nil, nil)},
			want{checks.StatusFail, []string{"CHM-7.2/FTP-NO-TLS", "CHM-7.2/HTTP-LOGIN-CLEARTEXT"}, "2 service(s)"},
			want{checks.StatusFail, []string{"CHM-13.20/FTP-NO-TLS", "CHM-13.20/HTTP-LOGIN-CLEARTEXT", "CHM-13.20/HTTP-CLEARTEXT", "CHM-13.20/ENCRYPTED-SERVICE", "CHM-13.20/NOT-EVALUATED"}, "et 1 autre(s) service(s) en clair"}},
	}
	c := cleartextCheck()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := &Input{Facts: &endpoint.TargetFacts{Name: "127.0.0.1", State: endpoint.TargetComplete, Endpoints: tc.eps}, Settings: checks.Settings{Lang: checks.French}}
			rs := evalInput(c, in)
			if len(rs) != 2 || rs[0].Ref != "7.2" || rs[1].Ref != "13.20" {
				t.Fatalf("results %+v", rs)
			}
			for i, w := range []want{tc.w72, tc.w132} {
				r := rs[i]
				if r.Status != w.status {
					t.Errorf("%s: status %s, want %s (%s)", r.Ref, r.Status, w.status, r.Summary)
				}
				got := ctRules(r)
				if strings.Join(got, " ") != strings.Join(w.rules, " ") {
					t.Errorf("%s: rules %q, want %q", r.Ref, got, w.rules)
				}
				all := r.Summary
				for _, e := range r.Evidence {
					all += "\n" + e.Observed + "\n" + e.Excerpt
					if e.Expected == "" || e.Source == "" || e.At.IsZero() || !strings.HasPrefix(e.Rule, "CHM-"+r.Ref+"/") {
						t.Errorf("%s: incomplete evidence %+v", r.Ref, e)
					}
				}
				if w.text != "" && !strings.Contains(all, w.text) {
					t.Errorf("%s: %q not in\n%s", r.Ref, w.text, all)
				}
				if r.Summary == "" || !strings.HasSuffix(r.Summary, ".") {
					t.Errorf("%s: summary %q is not a sentence", r.Ref, r.Summary)
				}
				if (r.Status == checks.StatusFail || r.Status == checks.StatusWarn) && r.Remediation == "" {
					t.Errorf("%s: %s without remediation", r.Ref, r.Status)
				}
			}
		})
	}
}

func TestCleartextCheckEnglish(t *testing.T) {
	in := &Input{Facts: &endpoint.TargetFacts{Endpoints: []*endpoint.EndpointFacts{ctEP(8080, "http", ctHTTPLogin(), ctOKRun)}}, Settings: checks.Settings{Lang: checks.English}}
	rs := evalInput(cleartextCheck(), in)
	if !strings.HasPrefix(rs[0].Summary, "Credentials can cross in clear on 1 service(s)") {
		t.Errorf("summary %q", rs[0].Summary)
	}
	if e := rs[0].Evidence[0]; !strings.HasPrefix(e.Observed, "login form (password field) served over plain HTTP at http://127.0.0.1:8080/ (posted to /login)") ||
		e.Expected != "authentication over TLS only (HTTPS, FTPS/AUTH TLS, STARTTLS, LDAPS)" || !strings.Contains(e.Excerpt, `type="password"`) {
		t.Errorf("evidence %+v", e)
	}
	if !strings.HasPrefix(rs[1].Summary, "1 cleartext protocol(s) exposed carry credentials") {
		t.Errorf("13.20 summary %q", rs[1].Summary)
	}
	if strings.ContainsAny(rs[0].Remediation+rs[1].Remediation, "éèà") {
		t.Errorf("remediation not in English: %q", rs[0].Remediation)
	}
}

func TestCleartextCheckShape(t *testing.T) {
	c := cleartextCheck()
	if c.ID != CheckCleartext || strings.Join(c.Refs, ",") != "7.2,13.20" || strings.Join(c.Needs, ",") != "discovery,cleartext" {
		t.Errorf("check %+v", c)
	}
	// Nil facts must not panic and must not pass.
	for _, r := range evalInput(c, &Input{}) {
		if r.Status == checks.StatusPass {
			t.Errorf("%s passes on no facts", r.Ref)
		}
	}
}

func TestCleartextExcerptPicksDecisiveLines(t *testing.T) {
	f := &cleartext.Facts{Transcript: []string{"< 220 hi", "> FEAT", "< 211-Features:", "< MDTM", "< SIZE", "< 211 End", "> USER conformscan-probe", "< 331 Please specify the password."}}
	got := ctExcerpt(f)
	if !strings.Contains(got, "USER conformscan-probe") || strings.Contains(got, "MDTM") || !strings.HasPrefix(got, "< 220 hi") {
		t.Errorf("excerpt %q", got)
	}
}

// ctRules lists the evidence rules in order.
func ctRules(r checks.Result) []string {
	var out []string
	for _, e := range r.Evidence {
		out = append(out, e.Rule)
	}
	return out
}

// evalInput runs a check's Eval on recorded facts, as the runner would on
// the host subject they describe.
func evalInput(c checks.Check, in *Input) []checks.Result {
	var subj *probes.Subject
	if in.Facts != nil {
		subj = in.Facts.Subject()
	}
	return c.Eval(&checks.Input{Subject: subj, Settings: in.Settings})
}
