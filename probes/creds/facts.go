package creds

import (
	"time"
	"unicode/utf8"

	"conformscan/probes"
)

// Kinds of finding.
const (
	// FindingDefault: a default or listed password was accepted.
	FindingDefault = "default-password"
	// FindingAnyPassword: the listed password was accepted, and so was a
	// random one (the negative control): the service accepts any password.
	FindingAnyPassword = "any-password"
	// FindingAnonymous: anonymous access (FTP anonymous, Redis without AUTH).
	FindingAnonymous = "anonymous"
	// FindingPartial: the listed password was accepted, but the server
	// withheld access (SSH partial success: a second factor is required;
	// HTTP 403 with the credentials where 401 without), and a random
	// password was clearly refused: the default password is right.
	FindingPartial = "password-accepted-partial"
)

// Finding is one account that let the probe in. It never holds the
// password in clear: Secret is masked (first character then ****).
type Finding struct {
	Kind    string `json:"kind"`
	Account string `json:"account"`
	Secret  string `json:"secret"`
	// Signal is the post-login signal that confirms the login ("session
	// opened", "230 then PWD 257", "INFO answered", "200 where 401").
	Signal string `json:"signal"`
	// Control says how the negative control (a random password on the same
	// account) went: "refused", "accepted", why it was not made, or
	// "no verdict: ..." when its answer was neither.
	Control string `json:"control"`
	// Product is where the pair comes from.
	Product string `json:"product,omitempty"`
}

// Tried is what was tried on one account.
type Tried struct {
	Account string `json:"account"`
	// Tries counts the listed passwords sent (the control not included);
	// Failures counts refused tries, the control included. Every try
	// sent, the control included, is charged to the lockout budget.
	Tries    int  `json:"tries"`
	Failures int  `json:"failures"`
	Found    bool `json:"found"`
	// Note says why an account was not tried, or not further (its
	// lockout budget spent).
	Note string `json:"note,omitempty"`
	// Attempts are the tries one by one, the control included: verdict
	// (accepted, refused, unknown) and whether a password was sent.
	Attempts []Attempt `json:"attempts,omitempty"`
}

// Facts are what the creds probe saw on one endpoint.
type Facts struct {
	// Service is the protocol spoken: ssh, ftp, http, redis.
	Service string `json:"service"`
	// URL is the protected URL (HTTP Basic only).
	URL string `json:"url,omitempty"`
	// Bots is what the web page at / shows against automated logins.
	Bots *Bots `json:"bots,omitempty"`
	// Scheme is the HTTP authentication tried: basic or digest.
	Scheme string `json:"scheme,omitempty"`
	// Testable is false when the service asks for no login the probe can
	// try (an HTTP page without a Basic challenge); Note says why.
	Testable bool   `json:"testable"`
	Note     string `json:"note,omitempty"`
	Level    string `json:"level"`
	Source   string `json:"source"`
	// PaceMS is the pause between two tries on the host.
	PaceMS   int64     `json:"pace_ms"`
	MaxTries int       `json:"max_tries"`
	Tried    []Tried   `json:"tried"`
	Findings []Finding `json:"findings"`
	// StateFile is the lockout budget's state file; Identity the keys
	// naming the machine in it (addresses, SSH host key, TLS certificate).
	StateFile string   `json:"state_file,omitempty"`
	Identity  []string `json:"identity,omitempty"`
	// Warning names the lockout risk of a budget raised above 2.
	Warning string `json:"warning,omitempty"`
	// Unmeasured are the accounts the lockout budget kept from passwords
	// this scan had not sent them elsewhere: not measured (an error).
	Unmeasured []string `json:"unmeasured,omitempty"`
	// Error says why testing stopped early (the tries made are kept).
	Error string    `json:"error,omitempty"`
	At    time.Time `json:"at"`
}

// TotalTries counts the tries made, negative controls included.
func (f *Facts) TotalTries() int {
	n := 0
	for _, t := range f.Tried {
		n += t.Tries
	}
	for _, x := range f.Findings {
		if x.Control == ControlRefused || x.Control == ControlAccepted {
			n++
		}
	}
	return n
}

// Negative control outcomes.
const (
	ControlRefused  = "refused"
	ControlAccepted = "accepted"
)

// Mask hides a secret: its first character then ****; an empty secret is
// "(empty)". It is the only form a secret takes in facts and reports.
func Mask(s string) string {
	if s == "" {
		return "(empty)"
	}
	r, _ := utf8.DecodeRuneInString(s)
	return string(r) + "****"
}

// FactsOf returns the creds probe's facts on an endpoint (nil: none).
func FactsOf(s *probes.Subject) *Facts { return factsAt(s, ID) }

// SNMPFactsOf returns the SNMP community probe's facts on a host (nil:
// none).
func SNMPFactsOf(s *probes.Subject) *Facts { return factsAt(s, SNMPID) }

func factsAt(s *probes.Subject, id string) *Facts {
	if s == nil {
		return nil
	}
	f, _ := s.Fact(id).(*Facts)
	return f
}
