package cleartext

import (
	"conformscan/checks"
	"conformscan/checks/endpoint"
)

// Input is one target as the cleartext check judges it.
type Input struct {
	Facts *endpoint.TargetFacts
	checks.Settings
}

// Family returns the cleartext-credentials check (7.2, 13.20) and its rules.
func Family() checks.Family {
	return checks.Family{Name: "cleartext", Checks: []checks.Check{cleartextCheck()}, Rules: Rules()}
}
