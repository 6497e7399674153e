// Package creds judges ref 8.3 (no shared accounts, no default
// passwords) on the creds probe's facts. Secrets arrive masked from the
// probe; no text here ever holds one in clear.
//
// A family: it reads the facts of the probes it needs through their accessors
// and must not import another family (checks/endpoint is the shared view),
// reports/, history/, serve/ or cmd/.
package creds

import (
	"strings"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/creds"
	"conformscan/probes/discovery"
)

// CheckDefault is the ID of the default-credentials check.
const CheckDefault = "creds-default"

// Family returns the default-credentials check (8.3) and its rules.
func Family() checks.Family {
	return checks.Family{
		Name:  "creds",
		Rules: append(Rules(), botsRule()),
		Checks: []checks.Check{
			{ID: CheckDefault, Title: "No vendor default password, no anonymous access on " + andList(creds.ServiceNames()),
				Refs: []string{"8.3"}, Kind: probes.SubjectHost, Needs: append([]string{discovery.ID, creds.ID, creds.SNMPID}, optionalNeeds()...), Eval: evalDefault},
			{ID: CheckBots, Title: "Anti-automation signs (CAPTCHA, rate-limit headers) on web login forms",
				Refs: []string{"5.9"}, Kind: probes.SubjectHost, Needs: []string{discovery.ID, creds.ID}, Eval: evalBots},
		},
	}
}

// andList joins names as "a, b and c" (the probe's service list in 8.3's
// title).
func andList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
