package tls

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"conformscan/checks"
	"conformscan/probes/discovery"
	tlsprobe "conformscan/probes/tls"
)

// The three TLS checks judge the facts of probes/tls against a TLSProfile
// (Settings.TLSProfile, the built-in "anssi" profile when nil):
//
//   - tls-web (ref 7.1): every web endpoint has TLS that follows the
//     profile, and plain HTTP only redirects to HTTPS;
//   - tls-auth (ref 7.2): every TLS endpoint of a service that carries
//     credentials passes the profile's fail-level rules;
//   - tls-crypto (ref 7.3): algorithms, sizes, certificate and behaviours
//     of every TLS endpoint, STARTTLS ones included.
//
// Each check returns one Result per ref per target, not one per endpoint:
// a ref's verdict on a target is what an RSSI reads, and the runner's
// Result has no endpoint of its own. The worst finding decides the status
// (fail > error > warn > pass); every finding is an Evidence whose Source
// is the endpoint, ordered by endpoint (port order), then fail, error and
// warn findings, then rule order (docs/tls-rules.md). An endpoint that
// passes every rule gets one Evidence tagged with the profile's summary
// rule, so a PASS always shows what was measured.

// Finding levels beyond the profile's fail and warn.
const tlsLevelError = "error"

// tlsMeasureRule tags "could not measure" evidence.
const tlsMeasureRule = "TLS-MEASURE"

// tlsFinding is one broken rule on one endpoint.
type tlsFinding struct {
	key      string // rule key (tlsRuleDefs) or "" for measurement errors
	rule     string // rule ID from the profile
	level    string // fail, warn or error
	source   string // endpoint
	observed string
	expected string
	excerpt  string
	// fixArg parameterises the remediation (protocols to disable...).
	fixArg string
	// extraKeys are further rules merged into this finding (suites that
	// break several rules sharing one ID); their remediations apply too.
	extraKeys []string
}

// tlsEndpointResult is the judgement of one endpoint.
type tlsEndpointResult struct {
	endpoint string
	port     int
	findings []tlsFinding
	// measured: something was observed (a handshake, an HTTP answer).
	measured bool
	// pass is the evidence shown when no finding remains.
	pass checks.Evidence
	// errMsg is the first measurement error, for summaries.
	errMsg string
	// at stamps the endpoint's evidence.
	at time.Time
}

// tlsJudge holds what every rule needs: the profile, the reference date
// and the language.
type tlsJudge struct {
	p    *TLSProfile
	at   time.Time
	lang checks.Lang
}

func (j *tlsJudge) t(fr, en string) string { return j.lang.T(fr, en) }

// level is the level a finding of rule key gets: the profile's, lowered to
// warn by capLevel; "" when the profile turns the rule off.
func (j *tlsJudge) level(key, capLevel string) string {
	level := j.p.rule(key).Level
	if level == TLSLevelOff || level == "" {
		return ""
	}
	if capLevel == TLSLevelWarn {
		return TLSLevelWarn
	}
	return level
}

func (j *tlsJudge) measureError(source, msg string) tlsFinding {
	return tlsFinding{rule: tlsMeasureRule, level: tlsLevelError, source: source,
		observed: msg,
		expected: j.t("mesure TLS complète du point d'accès", "a complete TLS measurement of the endpoint")}
}

// judgeTLS applies every rule of the profile to the TLS facts of one
// endpoint. web adds the HTTPS rules (HSTS).
func (j *tlsJudge) judgeTLS(src string, f *tlsprobe.Facts, web bool) []tlsFinding {
	in := &ruleInput{src: src, f: f, certs: j.certViews(f)}
	out := j.judgeSuites(src, f)
	out = append(out, j.judgeRules(onTLS, in)...)
	if web {
		out = append(out, j.judgeRules(onHTTPS, in)...)
	}
	return out
}

// judgeRules runs the rules of a scope on one endpoint, in rule order.
func (j *tlsJudge) judgeRules(on ruleScope, in *ruleInput) []tlsFinding {
	var out []tlsFinding
	for _, d := range tlsRuleDefs {
		if d.on != on || d.judge == nil || !d.effectiveAt(j.at) {
			continue
		}
		for _, o := range d.judge(j, in) {
			if lv := j.level(d.key, o.capLevel); lv != "" {
				out = append(out, tlsFinding{key: d.key, rule: j.p.rule(d.key).ID, level: lv, source: in.src,
					observed: o.observed, expected: o.expected, excerpt: clip(o.excerpt, 240), fixArg: o.fixArg})
			}
		}
	}
	return out
}

// sizeCheck is a size judged against dated steps, worded for evidence.
type sizeCheck struct {
	level, observed, expected string
}

// size judges bits against steps at the reference date; false when fine.
func (j *tlsJudge) size(steps []TLSSizeStep, bits int) (sizeCheck, bool) {
	lv, min, until, later := sizeVerdict(steps, bits, j.at)
	if lv == "" {
		return sizeCheck{}, false
	}
	return sizeCheck{lv, j.sizeObserved(bits, lv, until), j.sizeExpected(lv, min, until, later)}, true
}

// sizeReason words a size verdict: "clé 112 bits < 128" or "bloc 64 bits,
// admis jusqu'au 2025-12-31".
func (j *tlsJudge) sizeReason(what string, bits int, level string, min int, until string, later int) string {
	if level == TLSLevelFail {
		return fmt.Sprintf("%s %d bits < %d", what, bits, min)
	}
	return fmt.Sprintf(j.t("%s %d bits, admis jusqu'au %s seulement (≥ %d ensuite)", "%s %d bits, acceptable only until %s (≥ %d afterwards)"), what, bits, until, later)
}

// sizeObserved words a key size for evidence.
func (j *tlsJudge) sizeObserved(bits int, level, until string) string {
	if level == TLSLevelWarn {
		return fmt.Sprintf(j.t("%d bits : admis jusqu'au %s seulement", "%d bits: acceptable only until %s"), bits, until)
	}
	return fmt.Sprintf("%d bits", bits)
}

func (j *tlsJudge) sizeExpected(level string, min int, until string, later int) string {
	if level == TLSLevelWarn {
		return fmt.Sprintf(j.t("≥ %d bits après le %s", "≥ %d bits after %s"), later, until)
	}
	s := fmt.Sprintf("≥ %d bits", min)
	if later > 0 {
		s += fmt.Sprintf(j.t(" (≥ %d bits après le %s)", " (≥ %d bits after %s)"), later, until)
	}
	return s
}

// plainHTTP judges a plain-HTTP web endpoint: only a redirect to https://
// is acceptable. ok is false when nothing tells how it answered.
func (j *tlsJudge) plainHTTP(src string, a plainAnswer) (*tlsFinding, checks.Evidence, bool) {
	if a.status == 0 {
		return nil, checks.Evidence{}, false
	}
	if fs := j.judgeRules(onPlainHTTP, &ruleInput{src: src, plain: &a}); len(fs) > 0 {
		return &fs[0], checks.Evidence{}, true
	}
	obs, _ := j.plainVerdict(a)
	if obs == "" {
		obs = fmt.Sprintf(j.t("HTTP %d vers %s", "HTTP %d to %s"), a.status, clip(a.location, 160))
	}
	return nil, checks.Evidence{Rule: j.p.rule("https_redirect").ID, Source: src, Observed: obs,
		Expected: redirectExpected(j), Excerpt: a.excerpt()}, true
}

// discoveryHTTP reads the status and Location of the answer discovery got
// to its HEAD request ("HTTP/1.1 301 Moved\nLocation: https://...").
func discoveryHTTP(p discovery.Port) (int, string) {
	if !strings.HasPrefix(p.Response, "HTTP/") {
		return 0, ""
	}
	lines := strings.Split(p.Response, "\n")
	fields := strings.Fields(lines[0])
	if len(fields) < 2 {
		return 0, ""
	}
	status, err := strconv.Atoi(fields[1])
	if err != nil || status < 100 || status > 999 {
		return 0, ""
	}
	loc := ""
	for _, l := range lines[1:] {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "location") {
			loc = strings.TrimSpace(v)
			break
		}
	}
	return status, loc
}

// tlsSummaryEvidence describes what was measured on an endpoint that
// passed every rule.
func (j *tlsJudge) tlsSummaryEvidence(src string, f *tlsprobe.Facts, rule string) checks.Evidence {
	parts := []string{strings.Join(f.Protocols, ", "), fmt.Sprintf(j.t("%d suites", "%d suites"), suiteCount(f))}
	if len(f.KeyExchange.Groups) > 0 {
		parts = append(parts, j.t("groupes ", "groups ")+strings.Join(f.KeyExchange.Groups, ", "))
	}
	if len(f.Certificates) > 0 {
		c := f.Certificates[0]
		key := c.KeyType
		if c.Curve != "" {
			key += " " + c.Curve
		} else if c.KeyBits > 0 {
			key += " " + strconv.Itoa(c.KeyBits)
		}
		parts = append(parts, fmt.Sprintf(j.t("certificat %s signé %s, valide jusqu'au %s", "certificate %s signed %s, valid until %s"),
			key, c.SignatureAlgorithm, day(c.NotAfter)))
	}
	if f.StartTLS != "" {
		parts = append(parts, "STARTTLS "+f.StartTLS)
	}
	return checks.Evidence{Rule: rule, Source: src, Observed: strings.Join(parts, " ; "),
		Expected: fmt.Sprintf(j.t("conforme au profil %s", "compliant with profile %s"), j.p.Name),
		Excerpt:  clip(suiteExcerpt(f), 240)}
}

// suiteVersions lists the versions with suites, oldest first.
func suiteVersions(f *tlsprobe.Facts) []string {
	return sortedVersions(f.CipherSuites)
}

func sortedVersions(m map[string][]string) []string {
	out := make([]string, 0, len(m))
	for v := range m {
		out = append(out, v)
	}
	sortProtocols(out)
	return out
}

func sortedVersionsBool(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for v := range m {
		out = append(out, v)
	}
	sortProtocols(out)
	return out
}

func sortProtocols(vs []string) {
	sort.SliceStable(vs, func(a, b int) bool {
		ra, rb := protocolRank(vs[a]), protocolRank(vs[b])
		if ra != rb {
			return ra < rb
		}
		return vs[a] < vs[b]
	})
}

func levelRank(l string) int {
	switch l {
	case TLSLevelFail:
		return 0
	case tlsLevelError:
		return 1
	case TLSLevelWarn:
		return 2
	}
	return 3
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func orUnknown(s string, l checks.Lang) string {
	if s == "" {
		return l.T("inconnu", "unknown")
	}
	return s
}

// clip cuts s to n runes with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
