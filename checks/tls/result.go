package tls

import (
	"fmt"
	"sort"
	"strings"

	"conformscan/checks"
)

// tally folds the endpoint judgements of one target: which endpoints
// fail, warn, err or pass, and the titles of the rules broken.
type tally struct {
	status                            checks.Status
	failEPs, warnEPs, errEPs, passEPs []string
	// failRules and warnRules are rule titles, each once.
	failRules, warnRules []string
	seenRule             map[string]bool
	firstErr             string
}

// scopeNouns name a scope's endpoints in summaries (French, English).
var scopeNouns = map[tlsScope][2]string{
	scopeWeb:    {"services web", "web services"},
	scopeAuth:   {"services authentifiés sur TLS", "TLS services carrying credentials"},
	scopeCrypto: {"services TLS", "TLS services"},
}

// noEndpointSummaries say why a scope has nothing to judge.
var noEndpointSummaries = map[tlsScope][2]string{
	scopeWeb: {"Aucun service web (HTTP ou HTTPS) trouvé sur la cible.", "No web (HTTP or HTTPS) service found on the target."},
	scopeAuth: {"Aucun service authentifié protégé par TLS trouvé (les services en clair relèvent de cleartext-credentials).",
		"No TLS-protected service carrying credentials found (cleartext services are judged by cleartext-credentials)."},
	scopeCrypto: {"Aucun service TLS trouvé sur la cible.", "No TLS service found on the target."},
}

// assemble folds the endpoint judgements of one target into one Result.
func (j *tlsJudge) assemble(ref string, scope tlsScope, eps []tlsEndpointResult) checks.Result {
	res := checks.Result{Ref: ref, Evidence: []checks.Evidence{}}
	if len(eps) == 0 {
		res.Status, res.Summary = checks.StatusNA, j.t(noEndpointSummaries[scope][0], noEndpointSummaries[scope][1])
		return res
	}
	merged := make([][]tlsFinding, len(eps))
	for i, ep := range eps {
		merged[i] = mergeFindings(ep.findings)
	}
	t := &tally{status: checks.StatusNA, seenRule: map[string]bool{}}
	for i, ep := range eps {
		res.Evidence = append(res.Evidence, j.foldEndpoint(t, ep, merged[i])...)
	}
	res.Remediation = j.remediation(merged)
	res.Status, res.Summary = j.summary(t, scope)
	return res
}

// foldEndpoint returns an endpoint's evidence, its findings in order or
// its pass evidence, and counts it by its worst finding.
func (j *tlsJudge) foldEndpoint(t *tally, ep tlsEndpointResult, fs []tlsFinding) []checks.Evidence {
	at := ep.at
	if at.IsZero() {
		at = j.at
	}
	var out []checks.Evidence
	worst := ""
	for _, f := range fs {
		out = append(out, checks.Evidence{Rule: f.rule, Observed: f.observed, Expected: f.expected,
			Source: f.source, Excerpt: f.excerpt, At: at})
		if worst == "" || levelRank(f.level) < levelRank(worst) {
			worst = f.level
		}
		j.noteFinding(t, ep.endpoint, f)
	}
	switch worst {
	case TLSLevelFail:
		t.failEPs, t.status = append(t.failEPs, ep.endpoint), checks.Worst(t.status, checks.StatusFail)
	case tlsLevelError:
		t.errEPs, t.status = append(t.errEPs, ep.endpoint), checks.Worst(t.status, checks.StatusError)
	case TLSLevelWarn:
		t.warnEPs, t.status = append(t.warnEPs, ep.endpoint), checks.Worst(t.status, checks.StatusWarn)
	default:
		if !ep.measured {
			break
		}
		t.passEPs, t.status = append(t.passEPs, ep.endpoint), checks.Worst(t.status, checks.StatusPass)
		if ep.pass.Rule != "" {
			if ep.pass.At.IsZero() {
				ep.pass.At = j.at
			}
			out = append(out, ep.pass)
		}
	}
	return out
}

// noteFinding records the title of a broken rule, once per level, and the
// first measurement error.
func (j *tlsJudge) noteFinding(t *tally, endpoint string, f tlsFinding) {
	switch f.level {
	case TLSLevelFail, TLSLevelWarn:
		title := j.findingTitle(f)
		if k := f.level + "|" + title; !t.seenRule[k] {
			t.seenRule[k] = true
			if f.level == TLSLevelFail {
				t.failRules = append(t.failRules, title)
			} else {
				t.warnRules = append(t.warnRules, title)
			}
		}
	case tlsLevelError:
		if t.firstErr == "" {
			t.firstErr = endpoint + " : " + f.observed
		}
	}
}

// findingTitle is the rule's title with its ID: "RSA key too short [RGS-RSA]".
func (j *tlsJudge) findingTitle(f tlsFinding) string {
	key := f.key
	if containsFold(f.extraKeys, "suite_allowlist") {
		// A merged cipher finding (Mozilla) reads best as "outside the list".
		key = "suite_allowlist"
	}
	if i, ok := tlsRuleIndex(key); ok {
		return j.t(tlsRuleDefs[i].titleFR, tlsRuleDefs[i].titleEN) + " [" + f.rule + "]"
	}
	return f.rule
}

// remediation lists the fixes of the broken rules, each once: fail-level
// first, then warnings.
func (j *tlsJudge) remediation(merged [][]tlsFinding) string {
	var fixes []string
	seen := map[string]bool{}
	for _, lvl := range []string{TLSLevelFail, TLSLevelWarn} {
		for _, fs := range merged {
			for _, f := range fs {
				if f.level != lvl {
					continue
				}
				for _, fix := range j.findingFixes(f) {
					if !seen[fix] {
						seen[fix] = true
						fixes = append(fixes, fix)
					}
				}
			}
		}
	}
	return strings.Join(fixes, " | ")
}

// findingFixes are the remediations of every rule a finding stands for.
func (j *tlsJudge) findingFixes(f tlsFinding) []string {
	var out []string
	for _, key := range append([]string{f.key}, f.extraKeys...) {
		if i, ok := tlsRuleIndex(key); ok {
			out = append(out, tlsRuleDefs[i].fix(j.p, f.fixArg, j.lang))
		}
	}
	return out
}

// summary reads the tally: status and the sentence an RSSI reads.
func (j *tlsJudge) summary(t *tally, scope tlsScope) (checks.Status, string) {
	noun := scopeNouns[scope]
	switch t.status {
	case checks.StatusFail:
		return t.status, fmt.Sprintf(j.t("Non conforme au profil %s sur %s : %s.", "Not compliant with profile %s on %s: %s."),
			j.p.Name, listEndpoints(t.failEPs), j.titles(t.failRules))
	case checks.StatusError:
		return t.status, fmt.Sprintf(j.t("Mesure TLS impossible ou incomplète (%s) ; rien de bloquant n'a été observé par ailleurs.",
			"TLS could not be fully measured (%s); nothing fail-level was observed otherwise."), clip(t.firstErr, 300))
	case checks.StatusWarn:
		return t.status, fmt.Sprintf(j.t("Aucun écart bloquant au profil %s ; réserves sur %s : %s.", "No fail-level finding for profile %s; reservations on %s: %s."),
			j.p.Name, listEndpoints(t.warnEPs), j.titles(t.warnRules))
	case checks.StatusPass:
		return t.status, fmt.Sprintf(j.t("%s conformes au profil %s (%d) : %s.", "%s compliant with profile %s (%d): %s."),
			j.lang.T(capitalize(noun[0]), capitalize(noun[1])), j.p.Name, len(t.passEPs), listEndpoints(t.passEPs))
	}
	return checks.StatusNA, j.t("Rien de mesurable sur les ", "Nothing measurable on the ") + j.lang.T(noun[0], noun[1]) + "."
}

// titles lists up to four rule titles, then how many more.
func (j *tlsJudge) titles(rs []string) string {
	if len(rs) > 4 {
		more := fmt.Sprintf(j.t("et %d autre(s)", "and %d more"), len(rs)-4)
		return strings.Join(append(rs[:4:4], more), ", ")
	}
	return strings.Join(rs, ", ")
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
