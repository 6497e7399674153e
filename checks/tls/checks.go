package tls

import (
	"conformscan/checks"
	"fmt"
	"sort"
	"strings"
	"time"

	"conformscan/probes"
	tlsprobe "conformscan/probes/tls"
)

// Check IDs of the TLS checks.
const (
	CheckTLSWeb    = "tls-web"
	CheckTLSAuth   = "tls-auth"
	CheckTLSCrypto = "tls-crypto"
)

func tlsWebCheck(o *Options) Check {
	return Check{
		ID:    CheckTLSWeb,
		Title: "Every web endpoint uses TLS that follows the TLS profile, and plain HTTP only redirects to HTTPS",
		Refs:  []string{"7.1"},
		Needs: []string{ProbeTLS, ProbeCleartext},
		Eval:  func(in *checks.Input) []Result { return []Result{evalTLS(o.input(in), "7.1", scopeWeb)} },
	}
}

func tlsAuthCheck(o *Options) Check {
	return Check{
		ID:    CheckTLSAuth,
		Title: "TLS protecting credentials passes the TLS profile's fail-level rules",
		Refs:  []string{"7.2"},
		Needs: []string{ProbeTLS, ProbeCleartext},
		Eval:  func(in *checks.Input) []Result { return []Result{evalTLS(o.input(in), "7.2", scopeAuth)} },
	}
}

func tlsCryptoCheck(o *Options) Check {
	return Check{
		ID:    CheckTLSCrypto,
		Title: "Protocols, algorithms, key sizes and certificates of every TLS endpoint follow the TLS profile (ANSSI/RGS by default)",
		Refs:  []string{"7.3"},
		Needs: []string{ProbeTLS},
		Eval:  func(in *checks.Input) []Result { return []Result{evalTLS(o.input(in), "7.3", scopeCrypto)} },
	}
}

type tlsScope int

const (
	scopeWeb tlsScope = iota
	scopeAuth
	scopeCrypto
)

// webServices are discovery's names for HTTP(S) services.
var webServices = map[string]bool{"http": true, "https": true, "http-alt": true}

// tlsAuthServices carry credentials: their TLS protects them (7.2).
var tlsAuthServices = map[string]bool{
	"ldaps": true, "smtps": true, "imaps": true, "pop3s": true, "ftps": true, "winrm-tls": true,
	"ldap": true, "smtp": true, "imap": true, "pop3": true, "ftp": true, "postgresql": true,
}

// tlsProbeRan tells whether the TLS probe was run on the endpoint.
func tlsProbeRan(ep *EndpointFacts) bool {
	_, ran := ep.Probes[ProbeTLS]
	return ran || ep.TLS != nil
}

func isWebEndpoint(ep *EndpointFacts) bool {
	return webServices[ep.Service] || (ep.TLS != nil && ep.TLS.HTTP != nil)
}

// carriesAuth tells whether a TLS endpoint protects credentials: a mail,
// directory, file-transfer, database or WinRM service, or a web endpoint
// that asked for authentication.
func carriesAuth(ep *EndpointFacts) bool {
	if tlsAuthServices[ep.Service] {
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
func noStartTLS(ep *EndpointFacts, run ProbeRun) bool {
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

func evidenceTime(ep *EndpointFacts, ref time.Time) time.Time {
	if !ep.At.IsZero() {
		return ep.At
	}
	return ref
}

// evalTLS judges one target for one ref.
func evalTLS(in *Input, ref string, scope tlsScope) Result {
	lang := in.Lang
	p := in.TLSProfile
	if p == nil {
		var err error
		p, err = LoadTLSProfile(DefaultTLSProfile)
		if err != nil {
			return Result{Ref: ref, Status: StatusError, Summary: lang.T("Profil TLS par défaut illisible : ", "Default TLS profile unreadable: ") + err.Error()}
		}
	}
	at := refDate(in)
	if at.IsZero() {
		return Result{Ref: ref, Status: StatusError, Summary: lang.T("Date de référence absente : impossible de juger les dates et tailles de clés.",
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
func (j *tlsJudge) judgeEndpoint(ep *EndpointFacts, scope tlsScope) (tlsEndpointResult, bool) {
	r := tlsEndpointResult{endpoint: ep.Endpoint, port: ep.Port.Port}
	web := isWebEndpoint(ep)
	switch scope {
	case scopeWeb:
		if !web {
			return r, false
		}
		if !tlsProbeRan(ep) {
			if ep.Service == "https" {
				r.at = evidenceTime(ep, j.at)
				r.errMsg = j.t("TLS non mesuré sur ce service HTTPS", "TLS not measured on this HTTPS service")
				r.findings = append(r.findings, j.measureError(ep.Endpoint, r.errMsg))
				return r, true
			}
			return j.judgePlainEndpoint(ep, r)
		}
	case scopeAuth:
		if !tlsProbeRan(ep) || !carriesAuth(ep) {
			return r, false
		}
	case scopeCrypto:
		if !tlsProbeRan(ep) {
			return r, false
		}
	}
	run, ran := ep.Probes[ProbeTLS]
	f := ep.TLS
	src := ep.Endpoint
	at := evidenceTime(ep, j.at)
	r.at = at
	if ran && run.Status != ProbeOK && noStartTLS(ep, run) {
		// Cleartext service without STARTTLS: cleartext-credentials judges it.
		return r, false
	}
	if ran && run.Status != ProbeOK {
		msg := run.Error
		if msg == "" {
			msg = run.Status
		}
		if run.ErrorKind != "" {
			msg = string(run.ErrorKind) + ": " + msg
		}
		r.errMsg = msg
		r.findings = append(r.findings, j.measureError(src, j.t("sonde TLS en échec : ", "TLS probe failed: ")+clip(msg, 300)))
	}
	if f == nil {
		if len(r.findings) == 0 {
			r.errMsg = j.t("aucun fait TLS enregistré", "no TLS facts recorded")
			r.findings = append(r.findings, j.measureError(src, r.errMsg))
		}
		return r, true
	}
	if len(f.Protocols) == 0 {
		msg := j.t("aucune poignée de main TLS n'a abouti", "no TLS handshake succeeded")
		if r.errMsg == "" {
			r.errMsg = msg
			r.findings = append(r.findings, j.measureError(src, msg))
		}
	} else {
		r.measured = true
		r.findings = append(r.findings, j.judgeTLS(src, f, web)...)
	}
	if len(f.Errors) > 0 {
		msg := j.t("mesure partielle : ", "partial measurement: ") + clip(strings.Join(f.Errors, " ; "), 400)
		if r.errMsg == "" {
			r.errMsg = msg
		}
		r.findings = append(r.findings, j.measureError(src, msg))
	}
	if scope == scopeAuth {
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
		r.pass.At = at
		if scope == scopeAuth {
			r.pass.Expected = fmt.Sprintf(j.t("aucun écart bloquant au profil %s", "no fail-level finding of profile %s"), j.p.Name)
		}
	}
	return r, true
}

// judgePlainEndpoint judges a plain-HTTP web endpoint (7.1): from the
// cleartext probe's page, else discovery's answer to HEAD.
func (j *tlsJudge) judgePlainEndpoint(ep *EndpointFacts, r tlsEndpointResult) (tlsEndpointResult, bool) {
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
	if run, failed := ep.ProbeFailed(ProbeCleartext); failed {
		msg = j.t("sonde HTTP en clair en échec : ", "plain HTTP probe failed: ") + clip(run.Error, 300)
	}
	r.errMsg = msg
	r.findings = append(r.findings, j.measureError(src, msg))
	return r, true
}

func (j *tlsJudge) plainResult(ep *EndpointFacts, r tlsEndpointResult, fd *tlsFinding, ev Evidence, ok bool) (tlsEndpointResult, bool) {
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
func (j *tlsJudge) plainFromTLS(tf *TargetFacts, seen map[string]bool) []tlsEndpointResult {
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

// assemble folds the endpoint judgements of one target into one Result.
func (j *tlsJudge) assemble(ref string, scope tlsScope, eps []tlsEndpointResult) Result {
	res := Result{Ref: ref, Evidence: []Evidence{}}
	if len(eps) == 0 {
		res.Status = StatusNA
		switch scope {
		case scopeWeb:
			res.Summary = j.t("Aucun service web (HTTP ou HTTPS) trouvé sur la cible.", "No web (HTTP or HTTPS) service found on the target.")
		case scopeAuth:
			res.Summary = j.t("Aucun service authentifié protégé par TLS trouvé (les services en clair relèvent de cleartext-credentials).",
				"No TLS-protected service carrying credentials found (cleartext services are judged by cleartext-credentials).")
		default:
			res.Summary = j.t("Aucun service TLS trouvé sur la cible.", "No TLS service found on the target.")
		}
		return res
	}
	at := j.at
	status := StatusNA
	var failEPs, warnEPs, errEPs, passEPs []string
	type ruleTitle struct{ rule, title string }
	var failRules, warnRules []ruleTitle
	seenRule := map[string]bool{}
	var fixes []string
	seenFix := map[string]bool{}
	var firstErr string
	merged := make([][]tlsFinding, len(eps))
	for i, ep := range eps {
		merged[i] = mergeFindings(ep.findings)
	}
	for i, ep := range eps {
		fs := merged[i]
		worst := ""
		fAt := ep.at
		if fAt.IsZero() {
			fAt = at
		}
		for _, f := range fs {
			res.Evidence = append(res.Evidence, Evidence{Rule: f.rule, Observed: f.observed, Expected: f.expected,
				Source: f.source, Excerpt: f.excerpt, At: fAt})
			if worst == "" || levelRank(f.level) < levelRank(worst) {
				worst = f.level
			}
			switch f.level {
			case TLSLevelFail, TLSLevelWarn:
				title := f.rule
				titleKey := f.key
				if containsFold(f.extraKeys, "suite_allowlist") {
					// A merged cipher finding (Mozilla) reads best as "outside the list".
					titleKey = "suite_allowlist"
				}
				if i, ok := tlsRuleIndex(titleKey); ok {
					title = j.t(tlsRuleDefs[i].titleFR, tlsRuleDefs[i].titleEN) + " [" + f.rule + "]"
				}
				k := f.level + "|" + title
				if !seenRule[k] {
					seenRule[k] = true
					if f.level == TLSLevelFail {
						failRules = append(failRules, ruleTitle{f.rule, title})
					} else {
						warnRules = append(warnRules, ruleTitle{f.rule, title})
					}
				}
			case tlsLevelError:
				if firstErr == "" {
					firstErr = ep.endpoint + " : " + f.observed
				}
			}
		}
		switch worst {
		case TLSLevelFail:
			failEPs = append(failEPs, ep.endpoint)
			status = checks.Worst(status, StatusFail)
		case tlsLevelError:
			errEPs = append(errEPs, ep.endpoint)
			status = checks.Worst(status, StatusError)
		case TLSLevelWarn:
			warnEPs = append(warnEPs, ep.endpoint)
			status = checks.Worst(status, StatusWarn)
		default:
			if ep.measured {
				passEPs = append(passEPs, ep.endpoint)
				status = checks.Worst(status, StatusPass)
				if ep.pass.Rule != "" {
					if ep.pass.At.IsZero() {
						ep.pass.At = at
					}
					res.Evidence = append(res.Evidence, ep.pass)
				}
			}
		}
	}
	// Remediations: fail-level first, then warnings.
	for _, lvl := range []string{TLSLevelFail, TLSLevelWarn} {
		for _, fs := range merged {
			for _, f := range fs {
				if f.level != lvl {
					continue
				}
				for _, key := range append([]string{f.key}, f.extraKeys...) {
					i, ok := tlsRuleIndex(key)
					if !ok {
						continue
					}
					fix := tlsRuleDefs[i].fix(j.p, f.fixArg, j.lang)
					if !seenFix[fix] {
						seenFix[fix] = true
						fixes = append(fixes, fix)
					}
				}
			}
		}
	}
	res.Remediation = strings.Join(fixes, " | ")
	res.Status = status
	noun := map[tlsScope][2]string{
		scopeWeb:    {"services web", "web services"},
		scopeAuth:   {"services authentifiés sur TLS", "TLS services carrying credentials"},
		scopeCrypto: {"services TLS", "TLS services"},
	}[scope]
	titles := func(rs []ruleTitle) string {
		var parts []string
		for i, r := range rs {
			if i == 4 {
				parts = append(parts, fmt.Sprintf(j.t("et %d autre(s)", "and %d more"), len(rs)-4))
				break
			}
			parts = append(parts, r.title)
		}
		return strings.Join(parts, ", ")
	}
	switch status {
	case StatusFail:
		res.Summary = fmt.Sprintf(j.t("Non conforme au profil %s sur %s : %s.", "Not compliant with profile %s on %s: %s."),
			j.p.Name, listEndpoints(failEPs), titles(failRules))
	case StatusError:
		res.Summary = fmt.Sprintf(j.t("Mesure TLS impossible ou incomplète (%s) ; rien de bloquant n'a été observé par ailleurs.",
			"TLS could not be fully measured (%s); nothing fail-level was observed otherwise."), clip(firstErr, 300))
	case StatusWarn:
		res.Summary = fmt.Sprintf(j.t("Aucun écart bloquant au profil %s ; réserves sur %s : %s.", "No fail-level finding for profile %s; reservations on %s: %s."),
			j.p.Name, listEndpoints(warnEPs), titles(warnRules))
	case StatusPass:
		res.Summary = fmt.Sprintf(j.t("%s conformes au profil %s (%d) : %s.", "%s compliant with profile %s (%d): %s."),
			j.lang.T(capitalize(noun[0]), capitalize(noun[1])), j.p.Name, len(passEPs), listEndpoints(passEPs))
	default:
		res.Status = StatusNA
		res.Summary = j.t("Rien de mesurable sur les ", "Nothing measurable on the ") + j.lang.T(noun[0], noun[1]) + "."
	}
	return res
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func listEndpoints(eps []string) string {
	if len(eps) > 5 {
		return strings.Join(eps[:5], ", ") + fmt.Sprintf(" (+%d)", len(eps)-5)
	}
	return strings.Join(eps, ", ")
}

// mergeFindings orders an endpoint's findings (fail, error, warn; then rule
// order) and merges those with the same rule ID and level into one, so a
// profile that tags several rules with one ID (Mozilla's MOZ-INT-CIPHERS)
// yields one evidence.
func mergeFindings(fs []tlsFinding) []tlsFinding {
	sorted := append([]tlsFinding(nil), fs...)
	sort.SliceStable(sorted, func(a, b int) bool {
		la, lb := levelRank(sorted[a].level), levelRank(sorted[b].level)
		if la != lb {
			return la < lb
		}
		ia, oka := tlsRuleIndex(sorted[a].key)
		ib, okb := tlsRuleIndex(sorted[b].key)
		if !oka {
			ia = len(tlsRuleDefs)
		}
		if !okb {
			ib = len(tlsRuleDefs)
		}
		return ia < ib
	})
	var out []tlsFinding
	idx := map[string]int{}
	for _, f := range sorted {
		k := f.source + "|" + f.rule + "|" + f.level
		i, ok := idx[k]
		if !ok {
			idx[k] = len(out)
			out = append(out, f)
			continue
		}
		m := &out[i]
		for _, k := range append([]string{f.key}, f.extraKeys...) {
			if k != m.key && !containsFold(m.extraKeys, k) {
				m.extraKeys = append(m.extraKeys, k)
			}
		}
		m.observed = joinUnique(m.observed, f.observed, " ; ")
		m.expected = joinUnique(m.expected, f.expected, " ; ")
		m.excerpt = clip(joinUnique(m.excerpt, f.excerpt, " | "), 400)
	}
	return out
}

func joinUnique(a, b, sep string) string {
	if b == "" || a == b || strings.Contains(a, b) {
		return a
	}
	if a == "" {
		return b
	}
	return a + sep + b
}
