package tls

import (
	"strings"

	"conformscan/checks"
)

// ruleRefs are the refs a TLS rule serves: every rule judges 7.3 and,
// through the endpoints in their scope, 7.1 and 7.2; the plain-HTTP
// redirect rule serves 7.1 only.
func ruleRefs(key string) []string {
	if key == "https_redirect" || key == "hsts" {
		return []string{"7.1"}
	}
	return []string{"7.1", "7.2", "7.3"}
}

// ruleSource names the text a rule ID comes from.
func ruleSource(id string) string {
	switch {
	case strings.HasPrefix(id, "ANSSI-TLS-"):
		return "ANSSI-PA-035 v1.2 " + strings.TrimPrefix(id, "ANSSI-TLS-")
	case strings.HasPrefix(id, "RGS-"):
		return "RGS annexe B1 (Guide des mécanismes cryptographiques v2.04)"
	case strings.HasPrefix(id, "GRID-"):
		return "Grille CHM, réf. " + strings.TrimPrefix(id, "GRID-")
	case strings.HasPrefix(id, "CERT-"):
		return "RFC 5280 / RFC 6125 (validité et confiance du certificat)"
	case strings.HasPrefix(id, "MOZ-"):
		return "Mozilla Server Side TLS"
	}
	return "conformscan TLS profile"
}

// Rules lists every TLS rule as judged under the default profile, with the
// ID the profile gives it (a custom profile may rename them).
func Rules() []checks.Rule {
	p, err := LoadTLSProfile(DefaultTLSProfile)
	if err != nil {
		return nil
	}
	out := make([]checks.Rule, 0, len(tlsRuleDefs))
	for _, d := range tlsRuleDefs {
		id := p.rule(d.key).ID
		out = append(out, checks.Rule{
			Key: "tls/" + d.key, ID: id, Source: ruleSource(id), Refs: ruleRefs(d.key),
			TitleFR: d.titleFR, TitleEN: d.titleEN,
			RemediationFR: d.fix(p, "", French), RemediationEN: d.fix(p, "", English),
		})
	}
	return out
}
