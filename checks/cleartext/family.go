package cleartext

import (
	"conformscan/checks"
	"conformscan/checks/endpoint"
	"conformscan/probes"
)

// The core types the cleartext judging reads and writes, under short names.
type (
	Result        = checks.Result
	Evidence      = checks.Evidence
	Status        = checks.Status
	Lang          = checks.Lang
	Settings      = checks.Settings
	Check         = checks.Check
	ProbeRun      = probes.ProbeRun
	EndpointFacts = endpoint.EndpointFacts
	TargetFacts   = endpoint.TargetFacts
)

// Statuses, languages, probe IDs and run statuses, under short names.
const (
	StatusPass    = checks.StatusPass
	StatusFail    = checks.StatusFail
	StatusWarn    = checks.StatusWarn
	StatusError   = checks.StatusError
	StatusNA      = checks.StatusNA
	StatusManual  = checks.StatusManual
	StatusSkipped = checks.StatusSkipped
	French        = checks.French
	English       = checks.English

	ProbeDiscovery = endpoint.ProbeDiscovery
	ProbeCleartext = endpoint.ProbeCleartext
	ProbeOK        = endpoint.ProbeOK
	ProbeError     = endpoint.ProbeError
	ProbeSkipped   = endpoint.ProbeSkipped
	TargetComplete = endpoint.TargetComplete
)

// Input is one target as the cleartext check judges it.
type Input struct {
	Facts *TargetFacts
	Settings
}

// Family returns the cleartext-credentials check (7.2, 13.20) and its rules.
func Family() checks.Family {
	return checks.Family{Name: "cleartext", Checks: []Check{cleartextCheck()}, Rules: Rules()}
}
