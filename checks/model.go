// Package checks holds the catalogue of the grid's 100 refs, the checks that
// judge facts into verdicts, and the runner that plans and runs probes.
//
// A check is a plain value in the explicit list returned by All; its Eval
// function reads facts and returns results without touching the network, so
// every rule is testable on recorded facts.
//
// It imports no concrete probe: of this module only probes (with
// probes/lib/services), inputs and internal/exitcode; never reports/, history/,
// serve/ or cmd/.
package checks

import (
	"fmt"
	"time"
)

// Status is the verdict of one result.
type Status string

// The seven statuses. ERROR means "could not measure" and is never folded
// into PASS; MANUAL means nothing was measured or attested yet.
const (
	StatusPass    Status = "pass"
	StatusFail    Status = "fail"
	StatusWarn    Status = "warn"
	StatusManual  Status = "manual"
	StatusNA      Status = "na"
	StatusError   Status = "error"
	StatusSkipped Status = "skipped"
)

// Statuses lists every status in report order.
var Statuses = []Status{StatusFail, StatusError, StatusWarn, StatusPass, StatusNA, StatusManual, StatusSkipped}

// severity orders statuses when several results of one ref are folded into
// the ref's verdict: the worst wins.
func (s Status) severity() int {
	switch s {
	case StatusFail:
		return 6
	case StatusError:
		return 5
	case StatusWarn:
		return 4
	case StatusPass:
		return 3
	case StatusNA:
		return 2
	case StatusSkipped:
		return 1
	default: // manual
		return 0
	}
}

// Worst returns the most severe of a and b.
func Worst(a, b Status) Status {
	if b.severity() > a.severity() {
		return b
	}
	return a
}

// Valid tells whether s is one of the seven statuses.
func (s Status) Valid() bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// Level is the grid's marking of a ref.
type Level string

// Levels as the grid marks them.
const (
	LevelO  Level = "O"   // obligatoire
	LevelR  Level = "R"   // recommandé
	LevelNA Level = "N/A" // conditional: to be justified when not applicable
)

// Kind says how a ref can be decided.
type Kind string

// Kinds of refs (see docs/refs.md).
const (
	KindNetwork  Kind = "network"
	KindLocal    Kind = "local"
	KindWifi     Kind = "wifi"
	KindDocument Kind = "document"
)

// Evidence is one observation behind a result: what was observed, what was
// expected, and the rule that makes the difference matter.
type Evidence struct {
	Rule     string    `json:"rule"`
	Observed string    `json:"observed"`
	Expected string    `json:"expected"`
	Source   string    `json:"source"`
	Excerpt  string    `json:"excerpt,omitempty"`
	At       time.Time `json:"at"`
}

// Result is one verdict for one ref on one target by one check.
type Result struct {
	Ref         string     `json:"ref"`
	Level       Level      `json:"level"`
	Title       string     `json:"title"`
	Target      string     `json:"target"`
	Check       string     `json:"check"`
	Status      Status     `json:"status"`
	Summary     string     `json:"summary"`
	Remediation string     `json:"remediation,omitempty"`
	Evidence    []Evidence `json:"evidence"`
}

// Lang selects the language of report texts.
type Lang string

// Languages.
const (
	French  Lang = "fr"
	English Lang = "en"
)

// ParseLang accepts fr and en.
func ParseLang(s string) (Lang, error) {
	switch s {
	case "", "fr":
		return French, nil
	case "en":
		return English, nil
	}
	return "", fmt.Errorf("unknown language %q: use fr or en", s)
}

// T picks the French or English text.
func (l Lang) T(fr, en string) string {
	if l == English {
		return en
	}
	return fr
}

// Clip shortens s to n runes, marking the cut with an ellipsis.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Severity orders statuses: the higher, the worse.
func (s Status) Severity() int { return s.severity() }
