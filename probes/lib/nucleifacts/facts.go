// Package nucleifacts holds the facts of the nuclei probe (probes/nuclei,
// built only with -tags nuclei), so that check families read them without
// linking the nuclei engine.
//
// It holds facts only: of this module it imports probes alone, never the
// nuclei engine (probes/nuclei), checks/ or anything above probes/.
package nucleifacts

import (
	"time"

	"conformscan/probes"
)

// ID is the nuclei probe's ID; it keys its facts on an endpoint.
const ID = "nuclei"

// Login is one web console that let a default-login template in. Secret is
// masked (first character then ****), never in clear.
type Login struct {
	TemplateID string `json:"template_id"`
	// Console names the product the template targets.
	Console string `json:"console"`
	// URL is where the template matched.
	URL     string `json:"url"`
	Account string `json:"account"`
	Secret  string `json:"secret"`
	// Signal says what the template matched on (its post-login signal).
	Signal string `json:"signal"`
}

// Vuln is one match of a template tagged cve or vulnerability.
type Vuln struct {
	TemplateID string   `json:"template_id"`
	Name       string   `json:"name"`
	Severity   string   `json:"severity"`
	URL        string   `json:"url"`
	Tags       []string `json:"tags,omitempty"`
}

// Match is a match of any other template (neither a default login nor a
// vulnerability): kept as a fact, judged by no check.
type Match struct {
	TemplateID string `json:"template_id"`
	Name       string `json:"name"`
	URL        string `json:"url"`
}

// Facts are what the nuclei probe saw on one web endpoint.
type Facts struct {
	// Target is the URL given to the engine.
	Target string `json:"target"`
	// Templates counts the templates loaded; Sources says where from
	// ("embedded", "--nuclei-templates DIR").
	Templates int      `json:"templates"`
	Sources   []string `json:"sources"`
	// RatePerSecond is the engine's global request rate limit.
	RatePerSecond int `json:"rate_per_second"`
	// Answered and Failed count the template runs that got an answer and
	// those that did not (timeout, refused); FirstFailure is one reason.
	Answered     int     `json:"answered"`
	Failed       int     `json:"failed"`
	FirstFailure string  `json:"first_failure,omitempty"`
	Logins       []Login `json:"logins"`
	Vulns        []Vuln  `json:"vulns,omitempty"`
	Others       []Match `json:"others,omitempty"`
	// Identity names the machine in the lockout budget (addresses, TLS
	// certificate).
	Identity []string `json:"identity,omitempty"`
	// Skipped are the templates not run ("id: why"): their accounts had
	// no lockout budget left, or they could not be counted.
	Skipped []string `json:"skipped,omitempty"`
	// Unmeasured are the accounts an earlier scan's tries left without
	// budget: their templates were not run, so not measured.
	Unmeasured []string `json:"unmeasured,omitempty"`
	// Error says why the run stopped early (matches found before are kept).
	Error string    `json:"error,omitempty"`
	At    time.Time `json:"at"`
}

// FactsOf returns the nuclei probe's facts on an endpoint (nil: none).
func FactsOf(s *probes.Subject) *Facts {
	if s == nil {
		return nil
	}
	f, _ := s.Fact(ID).(*Facts)
	return f
}
