package tls

import (
	"fmt"
	"sort"
	"strings"

	tlsprobe "conformscan/probes/tls"
)

// suiteRule is how a rule judges one accepted suite. The hits of every
// suite rule are grouped by rule ID and level: one finding lists each
// suite once, with its versions and every reason it breaks the rules.
type suiteRule struct {
	// verdict says why the suite breaks the rule ("" when it does not)
	// and caps the level ("warn" or "").
	verdict func(j *tlsJudge, s acceptedSuite) (reason, capLevel string)
	// expected says what the rule accepts.
	expected func(j *tlsJudge) string
	// shadowedBy are rules whose hit on the same suite makes this one
	// redundant: removing the suite for its cipher fixes this too.
	shadowedBy []string
}

// acceptedSuite is one suite an endpoint accepts for one version.
type acceptedSuite struct {
	version string
	suiteInfo
	// etm: encrypt_then_mac negotiated (nil: not measured).
	etm *bool
}

type suiteHit struct {
	key, level, reason string
}

// suiteVerdicts returns every rule a suite breaks: a 3DES suite with static
// RSA key exchange breaks both RGS-SYM and R6, and both lists show it. A
// suite to remove for its cipher (anonymous, weak, or an algorithm outside
// the list) is not reported again for its mode or algorithm.
func (j *tlsJudge) suiteVerdicts(s acceptedSuite) []suiteHit {
	var hits []suiteHit
	has := map[string]bool{}
	for _, d := range tlsRuleDefs {
		if d.suite == nil || !d.effectiveAt(j.at) {
			continue
		}
		reason, capLevel := d.suite.verdict(j, s)
		if lv := j.level(d.key, capLevel); reason != "" && lv != "" {
			hits = append(hits, suiteHit{d.key, lv, reason})
			has[d.key] = true
		}
	}
	kept := hits[:0]
	for _, h := range hits {
		if !anyOf(has, ruleDef(h.key).suite.shadowedBy) {
			kept = append(kept, h)
		}
	}
	return kept
}

func anyOf(set map[string]bool, keys []string) bool {
	for _, k := range keys {
		if set[k] {
			return true
		}
	}
	return false
}

// suiteEntry is one suite in a group, with its versions and reasons.
type suiteEntry struct {
	suite             string
	versions, reasons []string
}

// suiteGroup gathers the suites breaking rules that share an ID and level.
type suiteGroup struct {
	rule, level string
	keys        []string
	entries     []*suiteEntry
	bySuite     map[string]*suiteEntry
}

type suiteGroups []*suiteGroup

// add records that suite s (version v) breaks rule key for reason.
func (gs *suiteGroups) add(rule, level, key, v, s, reason string) {
	g := gs.find(rule, level)
	if !containsFold(g.keys, key) {
		g.keys = append(g.keys, key)
	}
	e, ok := g.bySuite[s]
	if !ok {
		e = &suiteEntry{suite: s}
		g.bySuite[s] = e
		g.entries = append(g.entries, e)
	}
	if !containsFold(e.versions, v) {
		e.versions = append(e.versions, v)
	}
	if !containsFold(e.reasons, reason) {
		e.reasons = append(e.reasons, reason)
	}
}

func (gs *suiteGroups) find(rule, level string) *suiteGroup {
	for _, g := range *gs {
		if g.rule == rule && g.level == level {
			return g
		}
	}
	g := &suiteGroup{rule: rule, level: level, bySuite: map[string]*suiteEntry{}}
	*gs = append(*gs, g)
	return g
}

// judgeSuites reports the accepted suites by broken rule: one finding per
// rule ID and level, listing each suite once with its versions and every
// reason it breaks that rule.
func (j *tlsJudge) judgeSuites(src string, f *tlsprobe.Facts) []tlsFinding {
	var gs suiteGroups
	for _, v := range suiteVersions(f) {
		for _, s := range f.CipherSuites[v] {
			seen := acceptedSuite{version: v, suiteInfo: classifySuite(s), etm: f.Extensions.EncryptThenMAC}
			for _, h := range j.suiteVerdicts(seen) {
				gs.add(j.p.rule(h.key).ID, h.level, h.key, v, s, h.reason)
			}
		}
	}
	out := make([]tlsFinding, 0, len(gs))
	for _, g := range gs {
		out = append(out, j.suiteFinding(src, f, g))
	}
	return out
}

func (j *tlsJudge) suiteFinding(src string, f *tlsprobe.Facts, g *suiteGroup) tlsFinding {
	var parts []string
	for _, e := range g.entries {
		parts = append(parts, fmt.Sprintf("%s (%s ; %s)", e.suite, strings.Join(e.versions, ", "), strings.Join(e.reasons, ", ")))
	}
	sort.SliceStable(g.keys, func(a, b int) bool {
		ia, _ := tlsRuleIndex(g.keys[a])
		ib, _ := tlsRuleIndex(g.keys[b])
		return ia < ib
	})
	var expected string
	if containsFold(g.keys, "suite_allowlist") {
		// The allow-list says it all.
		expected = ruleDef("suite_allowlist").suite.expected(j)
	} else {
		for _, k := range g.keys {
			expected = joinUnique(expected, ruleDef(k).suite.expected(j), " ; ")
		}
	}
	return tlsFinding{key: g.keys[0], extraKeys: g.keys[1:], rule: g.rule, level: g.level, source: src,
		observed: clip(j.t("suites acceptées : ", "suites accepted: ")+strings.Join(parts, ", "), 1200),
		expected: expected,
		excerpt:  clip(suiteExcerpt(f), 240)}
}

func suiteExcerpt(f *tlsprobe.Facts) string {
	var parts []string
	for _, v := range suiteVersions(f) {
		parts = append(parts, v+": "+strings.Join(f.CipherSuites[v], " "))
	}
	return strings.Join(parts, " | ")
}
