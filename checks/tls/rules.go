package tls

import (
	"slices"
	"time"

	"conformscan/checks"
	tlsprobe "conformscan/probes/tls"
)

// tlsRuleDef is one rule the TLS checks judge, as a value: what it
// requires and which text says so, the refs it serves, what it observes,
// how to fix it and when it applies. Profiles decide its ID and level. The
// values live by topic (rules_protocols.go, rules_suites.go, rules_kex.go,
// rules_certificates.go, rules_extensions.go, rules_http.go).
type tlsRuleDef struct {
	key string
	// source cites the texts the rule comes from ("ANSSI-PA-035 R4;
	// Mozilla 5.7").
	source string
	// refs are the grid refs the rule serves.
	refs []string
	// title is a short phrase for summaries.
	titleFR, titleEN string
	// observes says, in English Markdown, what the rule looks at and what
	// breaks it (docs/tls-rules.md).
	observes string
	// effectiveFrom and effectiveUntil bound a dated rule (zero: none).
	effectiveFrom, effectiveUntil time.Time
	// fix returns the one-line remediation; arg is finding-specific (the
	// protocols to disable, for instance).
	fix func(p *TLSProfile, arg string, l checks.Lang) string
	// on says which endpoints the rule judges (TLS endpoints by default).
	on ruleScope
	// judge reports what breaks the rule on one endpoint (nil: judged
	// suite by suite only).
	judge func(j *tlsJudge, in *ruleInput) []observation
	// suite judges one accepted suite (nil: not a suite rule).
	suite *suiteRule
}

// ruleScope is the kind of endpoint a rule judges.
type ruleScope int

const (
	// onTLS: every TLS endpoint judged.
	onTLS ruleScope = iota
	// onHTTPS: TLS endpoints that serve the web.
	onHTTPS
	// onPlainHTTP: web endpoints without TLS.
	onPlainHTTP
)

// ruleInput is what a rule judges on one endpoint.
type ruleInput struct {
	src string
	// f are the TLS facts (nil on plain HTTP).
	f *tlsprobe.Facts
	// certs are the certificates whose keys and signatures are judged:
	// the leaf first, then the intermediates sent (a self-signed trust
	// anchor is left out).
	certs []certView
	// plain is the answer of a plain-HTTP endpoint.
	plain *plainAnswer
}

// observation is one breach a rule reports; the judge turns it into a
// finding at the level the profile gives the rule.
type observation struct {
	// capLevel "warn" lowers the level (a size that expires later).
	capLevel                    string
	observed, expected, excerpt string
	// fixArg parameterises the remediation.
	fixArg string
}

// found is the usual single observation.
func found(observed, expected, excerpt string) []observation {
	return []observation{{observed: observed, expected: expected, excerpt: excerpt}}
}

// effectiveAt tells whether the rule applies at t.
func (d tlsRuleDef) effectiveAt(t time.Time) bool {
	if !d.effectiveFrom.IsZero() && t.Before(d.effectiveFrom) {
		return false
	}
	return d.effectiveUntil.IsZero() || t.Before(d.effectiveUntil)
}

// The refs a TLS rule serves: every rule judges 7.3 and, through the
// endpoints in their scope, 7.1 and 7.2; the HTTP rules serve 7.1 only.
var (
	refsTLS = []string{"7.1", "7.2", "7.3"}
	refsWeb = []string{"7.1"}
)

func fixText(fr, en string) func(*TLSProfile, string, checks.Lang) string {
	return func(_ *TLSProfile, _ string, l checks.Lang) string { return l.T(fr, en) }
}

// tlsRuleDefs lists every rule in report order, topic by topic.
// docs/tls-rules.md is generated from it (Family().Doc).
var tlsRuleDefs = slices.Concat(protocolRules, suiteRules, kexRules, certificateRules, extensionRules, httpRules)

// tlsRuleIndex returns the position of a rule key in tlsRuleDefs.
func tlsRuleIndex(key string) (int, bool) {
	for i, d := range tlsRuleDefs {
		if d.key == key {
			return i, true
		}
	}
	return 0, false
}

// ruleDef returns the rule value of a key (the zero value when unknown).
func ruleDef(key string) tlsRuleDef {
	if i, ok := tlsRuleIndex(key); ok {
		return tlsRuleDefs[i]
	}
	return tlsRuleDef{}
}

// tlsRuleKeys lists the rule keys in report order.
func tlsRuleKeys() []string {
	out := make([]string, len(tlsRuleDefs))
	for i, d := range tlsRuleDefs {
		out[i] = d.key
	}
	return out
}

// strictest returns the largest minimum of size steps.
func strictest(steps []TLSSizeStep) int {
	m := 0
	for _, s := range steps {
		if s.Min > m {
			m = s.Min
		}
	}
	return m
}

// ffdheFor names the smallest RFC 7919 group of at least n bits.
func ffdheFor(n int) int {
	for _, g := range []int{2048, 3072, 4096, 6144, 8192} {
		if g >= n {
			return g
		}
	}
	return 8192
}
