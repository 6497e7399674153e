package tls

import (
	"slices"

	"conformscan/checks"
)

// Rules lists every TLS rule as judged under the default profile, with the
// ID the profile gives it (a custom profile may rename them).
func Rules() []checks.Rule {
	p, err := BuiltinTLSProfile(DefaultTLSProfile)
	if err != nil {
		return nil
	}
	out := make([]checks.Rule, 0, len(tlsRuleDefs))
	for _, d := range tlsRuleDefs {
		out = append(out, checks.Rule{
			Key: "tls/" + d.key, ID: p.rule(d.key).ID, Source: d.source, Refs: slices.Clone(d.refs),
			TitleFR: d.titleFR, TitleEN: d.titleEN,
			RemediationFR: d.fix(p, "", checks.French), RemediationEN: d.fix(p, "", checks.English),
			EffectiveFrom: d.effectiveFrom, EffectiveUntil: d.effectiveUntil,
		})
	}
	return out
}
