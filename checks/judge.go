package checks

import (
	"time"

	"conformscan/internal/exitcode"
)

// LevelCounts counts verdicts by status for one level.
type LevelCounts map[Status]int

// Summary counts the verdicts (one per ref) and reads the decision.
type Summary struct {
	// Refs is the number of refs in the report.
	Refs int `json:"refs"`
	// ByStatus counts ref verdicts by status.
	ByStatus LevelCounts `json:"by_status"`
	// ByLevel counts ref verdicts by status for levels O, R and N/A.
	ByLevel map[Level]LevelCounts `json:"by_level"`
	// Results counts individual results by status.
	Results LevelCounts `json:"results"`
	// Decision is go, no-go or incomplete (on the O refs).
	Decision Decision `json:"decision"`
	// FailedO lists the O refs that fail.
	FailedO []string `json:"failed_o"`
	// ExitCode is the process exit code this report leads to.
	ExitCode int `json:"exit_code"`
	// HandedOver lists the hosts the decision rests on in part that were
	// judged from handed-over files (HandedOverHosts); absent when none.
	HandedOver []HandedOverHost `json:"handed_over,omitempty"`
}

// Judgement is a scan fully judged: every result (measured and answered),
// one verdict per ref, and the decision. Reports only render it.
type Judgement struct {
	Results  []Result
	Verdicts []Verdict
	Summary  Summary
}

// Judge merges the answers into the measured results, adds a manual
// result for what is neither measured nor attested, folds one verdict per
// ref and reads the go / no-go decision.
func Judge(refs []Ref, out *Outcome, ans *Answers, lang Lang) *Judgement {
	at := out.Finished
	if at.IsZero() {
		at = time.Now()
	}
	results := append([]Result{}, out.Results...)
	results = append(results, AnswerResults(refs, out.Results, ans, lang, at)...)
	for i := range results {
		if results[i].Evidence == nil {
			results[i].Evidence = []Evidence{}
		}
	}
	sortResults(refs, results)
	verdicts := Fold(refs, results, lang)
	s := summarise(verdicts, results, out.Interrupted)
	s.HandedOver = HandedOverHosts(out.Subjects, results)
	return &Judgement{Results: results, Verdicts: verdicts, Summary: s}
}

// Summarise counts verdicts and results and reads the decision, as Judge
// does; merge uses it on verdicts folded from several reports.
func Summarise(vs []Verdict, rs []Result, interrupted bool) Summary {
	return summarise(vs, rs, interrupted)
}

func summarise(vs []Verdict, rs []Result, interrupted bool) Summary {
	s := Summary{Refs: len(vs), ByStatus: LevelCounts{}, Results: LevelCounts{}, FailedO: []string{},
		ByLevel: map[Level]LevelCounts{LevelO: {}, LevelR: {}, LevelNA: {}}}
	for _, st := range Statuses {
		s.ByStatus[st] = 0
		s.Results[st] = 0
		for _, l := range s.ByLevel {
			l[st] = 0
		}
	}
	for _, v := range vs {
		s.ByStatus[v.Status]++
		s.ByLevel[v.Level][v.Status]++
		if v.Level == LevelO && v.Status == StatusFail {
			s.FailedO = append(s.FailedO, v.Ref)
		}
	}
	for _, r := range rs {
		s.Results[r.Status]++
	}
	s.Decision = Decide(vs, interrupted)
	s.ExitCode = exitCodes[s.Decision]
	return s
}

// exitCodes maps each decision to the process exit code.
var exitCodes = map[Decision]int{DecisionNoGo: exitcode.Fail, DecisionIncomplete: exitcode.Incomplete, DecisionGo: exitcode.OK}
