// Package reports turns one report model into every output format: JSON
// (the reference, validated against docs/report.schema.json), a terminal
// table and Markdown. One file per format, behind the Renderer interface.
//
// Reports render and judge nothing: of this module they import only checks
// (the judged model) and probes (its types), never a concrete probe, history/,
// serve/ or cmd/.
package reports

import (
	"io"
	"time"

	"conformscan/checks"
	"conformscan/probes"
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
type LevelCounts = checks.LevelCounts

// Summary counts the verdicts (one per ref) and reads the decision.
type Summary = checks.Summary

// Report is the model every renderer reads.
type Report struct {
	SchemaVersion string    `json:"schema_version"`
	Tool          Tool      `json:"tool"`
	StartedAt     time.Time `json:"started_at"`
	FinishedAt    time.Time `json:"finished_at"`
	// ReferenceDate is the date rules were judged at (YYYY-MM-DD).
	ReferenceDate string                     `json:"reference_date"`
	Lang          string                     `json:"lang"`
	Options       Options                    `json:"options"`
	Interrupted   bool                       `json:"interrupted"`
	Reason        string                     `json:"interruption_reason,omitempty"`
	Targets       []Target                   `json:"targets"`
	Verdicts      []checks.Verdict           `json:"verdicts"`
	Results       []checks.Result            `json:"results"`
	Facts         map[string]*probes.Subject `json:"facts"`
	Probes        []checks.ProbeNote         `json:"probes"`
	Answers       AnswersSection             `json:"answers"`
	Summary       Summary                    `json:"summary"`
	// Scope is the part of the audit the report covers (its shard, the
	// digests of its targets and answers); absent from older reports.
	Scope *Scope `json:"scope,omitempty"`
	// Signature seals the report (scan --sign); absent when unsigned.
	Signature *Signature `json:"signature,omitempty"`
}

// Build assembles the report from a run's outcome and its judgement. It
// judges nothing: results, verdicts and the decision come from checks.
func Build(tool Tool, refDate time.Time, lang checks.Lang, opts Options, out *checks.Outcome, j *checks.Judgement, ans *checks.Answers) *Report {
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
		Targets:       targets(out.Subjects),
		Verdicts:      j.Verdicts,
		Results:       j.Results,
		Facts:         out.Facts,
		Probes:        out.Probes,
		Answers:       AnswersSection{Entries: []checks.Answer{}, Errors: []string{}},
		Summary:       j.Summary,
	}
	if r.Facts == nil {
		r.Facts = map[string]*probes.Subject{}
	}
	if r.Probes == nil {
		r.Probes = []checks.ProbeNote{}
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
	r.Scope = &Scope{Shard: "1/1", TargetsSHA256: TargetsDigest(hostTargets(out.Subjects)), AnswersSHA256: r.Answers.SHA256}
	return r
}

// hostTargets lists the targets of the host subjects, as the scope's digest
// reads them (scan --shard records the digest of the whole list instead).
func hostTargets(subjects []*probes.Subject) []string {
	var out []string
	for _, s := range subjects {
		if s.Kind == probes.SubjectHost {
			out = append(out, s.Target.String())
		}
	}
	return out
}

// targets summarises the host subjects scanned.
func targets(subjects []*probes.Subject) []Target {
	out := []Target{}
	for _, s := range subjects {
		if s.Kind != probes.SubjectHost {
			continue
		}
		open := s.Ports.Open
		if open == nil {
			open = []int{}
		}
		out = append(out, Target{Target: s.ID, Input: s.Target.Input, State: s.State, Reason: s.Reason,
			Scanned: s.Ports.Scanned, Open: open, Closed: s.Ports.Closed, Filtered: s.Ports.Filtered,
			Started: s.Started.UTC(), Finished: s.Finished.UTC()})
	}
	return out
}

// Renderer writes a report in one format.
type Renderer interface {
	Render(w io.Writer, r *Report) error
}
