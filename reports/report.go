// Package reports turns one report model into every output format: JSON
// (the reference, validated against docs/report.schema.json), a terminal
// table and Markdown. One file per format, behind the Renderer interface.
package reports

import (
	"io"
	"sort"
	"time"

	"conformscan/checks"
)

// SchemaVersion is the version of docs/report.schema.json this package
// produces.
const SchemaVersion = "1.0"

// Tool names the producer.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Options records how the scan was asked for.
type Options struct {
	Refs        string   `json:"refs,omitempty"`
	Ports       string   `json:"ports,omitempty"`
	Timeout     string   `json:"timeout,omitempty"`
	Concurrency int      `json:"concurrency,omitempty"`
	TLSProfile  string   `json:"tls_profile,omitempty"`
	CA          string   `json:"ca,omitempty"`
	Lang        string   `json:"lang"`
	Inputs      []string `json:"inputs,omitempty"`
}

// Target summarises one scanned target.
type Target struct {
	Target   string    `json:"target"`
	Input    string    `json:"input"`
	State    string    `json:"state"`
	Reason   string    `json:"reason,omitempty"`
	Scanned  int       `json:"scanned_ports"`
	Open     []int     `json:"open_ports"`
	Closed   int       `json:"closed_ports"`
	Filtered int       `json:"filtered_ports"`
	Started  time.Time `json:"started_at"`
	Finished time.Time `json:"finished_at"`
}

// AnswersSection records the answers file merged into the report.
type AnswersSection struct {
	File     string          `json:"file,omitempty"`
	SHA256   string          `json:"sha256,omitempty"`
	Solution string          `json:"solution,omitempty"`
	Vendor   string          `json:"vendor,omitempty"`
	Entries  []checks.Answer `json:"entries"`
	Errors   []string        `json:"errors"`
}

// LevelCounts counts verdicts by status for one level.
type LevelCounts map[checks.Status]int

// Summary counts the verdicts (one per ref) and reads the decision.
type Summary struct {
	// Refs is the number of refs in the report.
	Refs int `json:"refs"`
	// ByStatus counts ref verdicts by status.
	ByStatus LevelCounts `json:"by_status"`
	// ByLevel counts ref verdicts by status for levels O, R and N/A.
	ByLevel map[checks.Level]LevelCounts `json:"by_level"`
	// Results counts individual results by status.
	Results LevelCounts `json:"results"`
	// Decision is go, no-go or incomplete (on the O refs).
	Decision checks.Decision `json:"decision"`
	// FailedO lists the O refs that fail.
	FailedO []string `json:"failed_o"`
	// ExitCode is the process exit code this report leads to.
	ExitCode int `json:"exit_code"`
}

// Report is the model every renderer reads.
type Report struct {
	SchemaVersion string    `json:"schema_version"`
	Tool          Tool      `json:"tool"`
	StartedAt     time.Time `json:"started_at"`
	FinishedAt    time.Time `json:"finished_at"`
	// ReferenceDate is the date rules were judged at (YYYY-MM-DD).
	ReferenceDate string                           `json:"reference_date"`
	Lang          string                           `json:"lang"`
	Options       Options                          `json:"options"`
	Interrupted   bool                             `json:"interrupted"`
	Reason        string                           `json:"interruption_reason,omitempty"`
	Targets       []Target                         `json:"targets"`
	Verdicts      []checks.Verdict                 `json:"verdicts"`
	Results       []checks.Result                  `json:"results"`
	Facts         map[string]*checks.EndpointFacts `json:"facts"`
	Answers       AnswersSection                   `json:"answers"`
	Summary       Summary                          `json:"summary"`
}

// Exit codes.
const (
	ExitOK         = 0 // no O-level ref fails
	ExitFail       = 1 // at least one O-level ref fails
	ExitUsage      = 2 // usage or input error
	ExitIncomplete = 3 // the scan could not complete (interrupted, deadline, O ref in error)
)

// Build assembles the report from a run's outcome and the answers.
func Build(tool Tool, refDate time.Time, lang checks.Lang, opts Options, refs []checks.Ref, out *checks.Outcome, ans *checks.Answers) *Report {
	results := append([]checks.Result{}, out.Results...)
	results = append(results, checks.AnswerResults(refs, out.Results, ans, lang, out.Finished)...)
	for i := range results {
		// The schema wants an array: a check that left Evidence nil must not
		// make the report invalid.
		if results[i].Evidence == nil {
			results[i].Evidence = []checks.Evidence{}
		}
	}
	order := map[string]int{}
	for i, r := range refs {
		order[r.Ref] = i
	}
	sort.SliceStable(results, func(i, j int) bool {
		if order[results[i].Ref] != order[results[j].Ref] {
			return order[results[i].Ref] < order[results[j].Ref]
		}
		return results[i].Target < results[j].Target
	})
	verdicts := checks.Fold(refs, results, lang)
	r := &Report{
		SchemaVersion: SchemaVersion,
		Tool:          tool,
		StartedAt:     out.Started.UTC(),
		FinishedAt:    out.Finished.UTC(),
		ReferenceDate: refDate.Format("2006-01-02"),
		Lang:          string(lang),
		Options:       opts,
		Interrupted:   out.Interrupted,
		Reason:        out.Reason,
		Targets:       []Target{},
		Verdicts:      verdicts,
		Results:       results,
		Facts:         out.Facts,
		Answers:       AnswersSection{Entries: []checks.Answer{}, Errors: []string{}},
	}
	if r.Facts == nil {
		r.Facts = map[string]*checks.EndpointFacts{}
	}
	for _, tf := range out.Targets {
		open := tf.OpenPorts
		if open == nil {
			open = []int{}
		}
		r.Targets = append(r.Targets, Target{Target: tf.Name, Input: tf.Target.Input, State: tf.State, Reason: tf.Reason,
			Scanned: tf.Scanned, Open: open, Closed: tf.Closed, Filtered: tf.Filtered,
			Started: tf.Started.UTC(), Finished: tf.Finished.UTC()})
	}
	if ans != nil {
		r.Answers.File, r.Answers.SHA256 = ans.Path, ans.SHA256
		if ans.File != nil {
			r.Answers.Solution, r.Answers.Vendor = ans.File.Solution, ans.File.Vendor
		}
		if e := ans.Entries(); e != nil {
			r.Answers.Entries = e
		}
		r.Answers.Errors = append(r.Answers.Errors, ans.Problems...)
	}
	r.Summary = summarise(verdicts, results, out.Interrupted)
	return r
}

func summarise(vs []checks.Verdict, rs []checks.Result, interrupted bool) Summary {
	s := Summary{Refs: len(vs), ByStatus: LevelCounts{}, Results: LevelCounts{}, FailedO: []string{},
		ByLevel: map[checks.Level]LevelCounts{checks.LevelO: {}, checks.LevelR: {}, checks.LevelNA: {}}}
	for _, st := range checks.Statuses {
		s.ByStatus[st] = 0
		s.Results[st] = 0
		for _, l := range s.ByLevel {
			l[st] = 0
		}
	}
	for _, v := range vs {
		s.ByStatus[v.Status]++
		s.ByLevel[v.Level][v.Status]++
		if v.Level == checks.LevelO && v.Status == checks.StatusFail {
			s.FailedO = append(s.FailedO, v.Ref)
		}
	}
	for _, r := range rs {
		s.Results[r.Status]++
	}
	s.Decision = checks.Decide(vs, interrupted)
	switch s.Decision {
	case checks.DecisionNoGo:
		s.ExitCode = ExitFail
	case checks.DecisionIncomplete:
		s.ExitCode = ExitIncomplete
	default:
		s.ExitCode = ExitOK
	}
	return s
}

// Renderer writes a report in one format.
type Renderer interface {
	Render(w io.Writer, r *Report) error
}
