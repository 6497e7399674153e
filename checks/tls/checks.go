package tls

import (
	"conformscan/checks"
	"conformscan/checks/endpoint"
	"fmt"
	"sort"
	"strings"
	"time"

	"conformscan/probes"
	"conformscan/probes/lib/services"
	tlsprobe "conformscan/probes/tls"
)

// Check IDs of the TLS checks.
const (
	CheckTLSWeb    = "tls-web"
	CheckTLSAuth   = "tls-auth"
	CheckTLSCrypto = "tls-crypto"
)

func tlsWebCheck(o *Options) checks.Check {
	return checks.Check{
		ID:    CheckTLSWeb,
		Title: "Every web endpoint uses TLS that follows the TLS profile, and plain HTTP only redirects to HTTPS",
		Refs:  []string{"7.1"},
		Needs: []string{endpoint.ProbeTLS, endpoint.ProbeCleartext},
		// A failed STARTTLS that the service refused (application error)
		// is a cleartext service, not an unmeasured one: judged here.
		Partial: []string{endpoint.ProbeTLS, endpoint.ProbeCleartext},
		Eval:    func(in *checks.Input) []checks.Result { return []checks.Result{evalTLS(o.input(in), "7.1", scopeWeb)} },
	}
}

func tlsAuthCheck(o *Options) checks.Check {
	return checks.Check{
		ID:    CheckTLSAuth,
		Title: "TLS protecting credentials passes the TLS profile's fail-level rules",
		Refs:  []string{"7.2"},
		Needs: []string{endpoint.ProbeTLS, endpoint.ProbeCleartext},
		// A failed STARTTLS that the service refused (application error)
		// is a cleartext service, not an unmeasured one: judged here.
		Partial: []string{endpoint.ProbeTLS, endpoint.ProbeCleartext},
		Eval:    func(in *checks.Input) []checks.Result { return []checks.Result{evalTLS(o.input(in), "7.2", scopeAuth)} },
	}
}

func tlsCryptoCheck(o *Options) checks.Check {
	return checks.Check{
		ID:      CheckTLSCrypto,
		Title:   "Protocols, algorithms, key sizes and certificates of every TLS endpoint follow the TLS profile (ANSSI/RGS by default)",
		Refs:    []string{"7.3"},
		Needs:   []string{endpoint.ProbeTLS},
		Partial: []string{endpoint.ProbeTLS},
		Eval: func(in *checks.Input) []checks.Result {
			return []checks.Result{evalTLS(o.input(in), "7.3", scopeCrypto)}
		},
	}
}

type tlsScope int

const (
	scopeWeb tlsScope = iota
	scopeAuth
	scopeCrypto
)

// tlsAuthService tells whether a service carries credentials that TLS
// protects (7.2): per the registry, a credential service other than web
// with implicit TLS or a STARTTLS upgrade.
func tlsAuthService(name string) bool {
	s := services.Get(name)
	return s.Credentials && !s.Web && (s.ImplicitTLS || s.StartTLS != "")
}

// tlsProbeRan tells whether the TLS probe was run on the endpoint.
func tlsProbeRan(ep *endpoint.EndpointFacts) bool {
	_, ran := ep.Probes[endpoint.ProbeTLS]
	return ran || ep.TLS != nil
}

func isWebEndpoint(ep *endpoint.EndpointFacts) bool {
	return services.Get(ep.Service).Web || (ep.TLS != nil && ep.TLS.HTTP != nil)
}

// carriesAuth tells whether a TLS endpoint protects credentials: a mail,
// directory, file-transfer, database or WinRM service, or a web endpoint
// that asked for authentication.
func carriesAuth(ep *endpoint.EndpointFacts) bool {
	if tlsAuthService(ep.Service) {
		return true
	}
	if ep.TLS != nil && ep.TLS.HTTP != nil && ep.TLS.HTTP.HTTPSStatus == 401 {
		return true
	}
	if c := ep.Cleartext; c != nil && c.HTTP != nil && (c.HTTP.PasswordField || len(c.HTTP.WWWAuthenticate) > 0) {
		return true
	}
	return false
}

// noStartTLS tells whether a failed STARTTLS endpoint simply offers no
// upgrade: the cleartext probe saw none, or the TLS probe was refused by
// the application. Such an endpoint is a cleartext service, judged by the
// cleartext-credentials check, not a TLS endpoint that could not be
// measured.
func noStartTLS(ep *endpoint.EndpointFacts, run probes.ProbeRun) bool {
	if tlsprobe.StartTLSFor(&ep.Port) == "" {
		return false
	}
	if c := ep.Cleartext; c != nil && c.TLSOffered != nil {
		return !*c.TLSOffered
	}
	return run.ErrorKind == probes.KindApplication
}

// refDate is the date rules are judged at: Settings.RefDate, else the
// latest discovery time of the target.
func refDate(in *Input) time.Time {
	if !in.RefDate.IsZero() {
		return in.RefDate
	}
	var at time.Time
	if in.Facts != nil {
		for _, ep := range in.Facts.Endpoints {
			if ep.At.After(at) {
				at = ep.At
			}
		}
	}
	return at
}

func evidenceTime(ep *endpoint.EndpointFacts, ref time.Time) time.Time {
	if !ep.At.IsZero() {
		return ep.At
	}
	return ref
}

// evalTLS judges one target for one ref.
func evalTLS(in *Input, ref string, scope tlsScope) checks.Result {
	lang := in.Lang
	p := in.TLSProfile
	if p == nil {
		var err error
		p, err = BuiltinTLSProfile(DefaultTLSProfile)
		if err != nil {
			return checks.Result{Ref: ref, Status: checks.StatusError, Summary: lang.T("Profil TLS par défaut illisible : ", "Default TLS profile unreadable: ") + err.Error()}
		}
	}
	at := refDate(in)
	if at.IsZero() {
		return checks.Result{Ref: ref, Status: checks.StatusError, Summary: lang.T("Date de référence absente : impossible de juger les dates et tailles de clés.",
			"No reference date: validity and key sizes cannot be judged.")}
	}
	j := &tlsJudge{p: p, at: at, lang: lang}
	var eps []tlsEndpointResult
	seen := map[string]bool{}
	if in.Facts != nil {
		for _, ep := range in.Facts.Endpoints {
			seen[ep.Endpoint] = true
		}
		for _, ep := range in.Facts.Endpoints {
			if r, ok := j.judgeEndpoint(ep, scope); ok {
				eps = append(eps, r)
			}
		}
		if scope == scopeWeb {
			eps = append(eps, j.plainFromTLS(in.Facts, seen)...)
		}
	}
	sort.SliceStable(eps, func(a, b int) bool {
		if eps[a].port != eps[b].port {
			return eps[a].port < eps[b].port
		}
		return eps[a].endpoint < eps[b].endpoint
	})
	return j.assemble(ref, scope, eps)
}

// judgeEndpoint returns the judgement of one endpoint for a scope, and
// false when the endpoint is out of the scope.
func (j *tlsJudge) judgeEndpoint(ep *endpoint.EndpointFacts, scope tlsScope) (tlsEndpointResult, bool) {
	r := tlsEndpointResult{endpoint: ep.Endpoint, port: ep.Port.Port, at: evidenceTime(ep, j.at)}
	web := isWebEndpoint(ep)
	switch {
	case scope == scopeWeb && web && !tlsProbeRan(ep) && ep.Service == "https":
		r.errMsg = j.t("TLS non mesuré sur ce service HTTPS", "TLS not measured on this HTTPS service")
		r.findings = append(r.findings, j.measureError(ep.Endpoint, r.errMsg))
		return r, true
	case scope == scopeWeb && web && !tlsProbeRan(ep):
		return j.judgePlainEndpoint(ep, r)
	case !tlsProbeRan(ep), scope == scopeWeb && !web, scope == scopeAuth && !carriesAuth(ep):
		return r, false
	}
	run, ran := ep.Probes[endpoint.ProbeTLS]
	if ran && run.Status != endpoint.ProbeOK && noStartTLS(ep, run) {
		// Cleartext service without STARTTLS: cleartext-credentials judges it.
		return r, false
	}
	if ran && run.Status != endpoint.ProbeOK {
		r.errMsg = probeError(run)
		r.findings = append(r.findings, j.measureError(ep.Endpoint, j.t("sonde TLS en échec : ", "TLS probe failed: ")+clip(r.errMsg, 300)))
	}
	if ep.TLS == nil {
		if len(r.findings) == 0 {
			r.errMsg = j.t("aucun fait TLS enregistré", "no TLS facts recorded")
			r.findings = append(r.findings, j.measureError(ep.Endpoint, r.errMsg))
		}
		return r, true
	}
	return j.judgeTLSFacts(r, ep.TLS, scope, web), true
}

// probeError words a failed probe run: "io-timeout: tls ClientHello...".
func probeError(run probes.ProbeRun) string {
	msg := orDefault(run.Error, run.Status)
	if run.ErrorKind != "" {
		msg = string(run.ErrorKind) + ": " + msg
	}
	return msg
}

// judgeTLSFacts judges the TLS facts recorded on an endpoint in scope.
func (j *tlsJudge) judgeTLSFacts(r tlsEndpointResult, f *tlsprobe.Facts, scope tlsScope, web bool) tlsEndpointResult {
	src := r.endpoint
	if len(f.Protocols) > 0 {
		r.measured = true
		r.findings = append(r.findings, j.judgeTLS(src, f, web)...)
	} else if r.errMsg == "" {
		r.errMsg = j.t("aucune poignée de main TLS n'a abouti", "no TLS handshake succeeded")
		r.findings = append(r.findings, j.measureError(src, r.errMsg))
	}
	if len(f.Errors) > 0 {
		msg := j.t("mesure partielle : ", "partial measurement: ") + clip(strings.Join(f.Errors, " ; "), 400)
		r.errMsg = orDefault(r.errMsg, msg)
		r.findings = append(r.findings, j.measureError(src, msg))
	}
	if scope == scopeAuth {
		// 7.2 holds the fail-level rules; warnings are left to 7.3.
		kept := r.findings[:0]
		for _, fd := range r.findings {
			if fd.level != TLSLevelWarn {
				kept = append(kept, fd)
			}
		}
		r.findings = kept
	}
	if r.measured {
		r.pass = j.tlsSummaryEvidence(src, f, j.p.SummaryRule)
		r.pass.At = r.at
		if scope == scopeAuth {
			r.pass.Expected = fmt.Sprintf(j.t("aucun écart bloquant au profil %s", "no fail-level finding of profile %s"), j.p.Name)
		}
	}
	return r
}

// judgePlainEndpoint judges a plain-HTTP web endpoint (7.1): from the
// cleartext probe's page, else discovery's answer to HEAD.
func (j *tlsJudge) judgePlainEndpoint(ep *endpoint.EndpointFacts, r tlsEndpointResult) (tlsEndpointResult, bool) {
	src := ep.Endpoint
	r.at = evidenceTime(ep, j.at)
	if c := ep.Cleartext; c != nil && c.HTTP != nil && c.HTTP.Status != 0 {
		fd, ev, ok := j.plainHTTP(src, plainAnswer{c.HTTP.Status, c.HTTP.RedirectsToHTTPS, c.HTTP.Location, "GET " + orDefault(c.HTTP.URL, "/")})
		return j.plainResult(ep, r, fd, ev, ok)
	}
	if status, loc := discoveryHTTP(ep.Port); status != 0 {
		fd, ev, ok := j.plainHTTP(src, plainAnswer{status, false, loc, "HEAD /"})
		return j.plainResult(ep, r, fd, ev, ok)
	}
	msg := j.t("réponse HTTP en clair non mesurée", "plain HTTP answer not measured")
	if run, failed := ep.ProbeFailed(endpoint.ProbeCleartext); failed {
		msg = j.t("sonde HTTP en clair en échec : ", "plain HTTP probe failed: ") + clip(run.Error, 300)
	}
	r.errMsg = msg
	r.findings = append(r.findings, j.measureError(src, msg))
	return r, true
}

func (j *tlsJudge) plainResult(ep *endpoint.EndpointFacts, r tlsEndpointResult, fd *tlsFinding, ev checks.Evidence, ok bool) (tlsEndpointResult, bool) {
	if !ok {
		return r, false
	}
	r.measured = true
	if fd != nil {
		r.findings = append(r.findings, *fd)
	} else {
		ev.At = r.at
		r.pass = ev
	}
	return r, true
}

// plainFromTLS judges the plain-HTTP endpoints the TLS probe tested (the
// http:// twin of an HTTPS site) that discovery did not list.
func (j *tlsJudge) plainFromTLS(tf *endpoint.TargetFacts, seen map[string]bool) []tlsEndpointResult {
	var out []tlsEndpointResult
	for _, ep := range tf.Endpoints {
		if ep.TLS == nil || ep.TLS.HTTP == nil {
			continue
		}
		h := ep.TLS.HTTP
		if h.PlainEndpoint == "" || seen[h.PlainEndpoint] || h.PlainStatus == 0 {
			continue
		}
		seen[h.PlainEndpoint] = true
		r := tlsEndpointResult{endpoint: h.PlainEndpoint, port: portOf(h.PlainEndpoint), at: evidenceTime(ep, j.at)}
		redirects := h.PlainRedirectsToHTTPS != nil && *h.PlainRedirectsToHTTPS
		fd, ev, ok := j.plainHTTP(h.PlainEndpoint, plainAnswer{h.PlainStatus, redirects, h.PlainLocation, "GET /"})
		if r2, ok2 := j.plainResult(ep, r, fd, ev, ok); ok2 {
			out = append(out, r2)
		}
	}
	return out
}

func portOf(endpoint string) int {
	i := strings.LastIndex(endpoint, ":")
	if i < 0 {
		return 0
	}
	n := 0
	for _, c := range endpoint[i+1:] {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
