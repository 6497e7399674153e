package checks

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"conformscan/probes"
)

// ProbeNote says whether a probe the plan needed runs, and why not; or,
// with Status PlanWithdrawn, that the gate ID withdrew root subject
// Subject (not measured that way, measured another way: Reason).
type ProbeNote struct {
	ID      string `json:"id"`
	Status  string `json:"status"`
	Subject string `json:"subject,omitempty"`
	Reason  string `json:"reason,omitempty"`
}

// Probe plan statuses.
const (
	PlanRun       = "run"
	PlanNotRun    = "not-run"
	PlanWithdrawn = "withdrawn"
)

// Plan is what to scan and judge.
type Plan struct {
	// Subjects are the root subjects: hosts from the targets, the local
	// machine, Wi-Fi sources, directories.
	Subjects []*probes.Subject
	// Refs are the selected refs (from --refs), in catalogue order.
	Refs []Ref
	// Checks serve the selected refs.
	Checks []Check
	// Probes are the probes to run, in list order; Notes say, for every
	// probe the checks need, whether it runs and why not.
	Probes []probes.Probe
	Notes  []ProbeNote
	// Concurrency bounds the root subjects scanned at once.
	Concurrency int
	Env         probes.Env
	Settings    Settings
	// Progress, when set, is told when each root subject starts (done
	// unchanged) and ends (done counted), with the subject's ID; calls are
	// serialised. It must return quickly.
	Progress func(done, total int, current string)
}

// NewPlan selects the checks the refs need, then the probes those checks
// need (and the probes those need), dropping with a recorded reason the
// probes that cannot run in env.
func NewPlan(all []Check, ps []probes.Probe, refs []Ref, subjects []*probes.Subject, env probes.Env) *Plan {
	cs, needs := ChecksFor(all, refs)
	want := closeNeeds(ps, needs)
	plan := &Plan{Subjects: subjects, Refs: refs, Checks: cs, Concurrency: 16, Env: env}
	for _, p := range ps {
		if !want[p.ID] {
			continue
		}
		if why := p.NotRunnable(&env); why != "" {
			plan.Notes = append(plan.Notes, ProbeNote{ID: p.ID, Status: PlanNotRun, Reason: why})
			continue
		}
		plan.Probes = append(plan.Probes, p)
		plan.Notes = append(plan.Notes, ProbeNote{ID: p.ID, Status: PlanRun})
	}
	return plan
}

// closeNeeds adds to ids every probe they need, transitively.
func closeNeeds(ps []probes.Probe, ids []string) map[string]bool {
	byID := map[string]probes.Probe{}
	for _, p := range ps {
		byID[p.ID] = p
	}
	want := map[string]bool{}
	var add func(id string)
	add = func(id string) {
		if want[id] {
			return
		}
		want[id] = true
		for _, n := range byID[id].Needs {
			add(n)
		}
	}
	for _, id := range ids {
		add(id)
	}
	return want
}

// NotRun returns why probe id was not run ("" when it ran or was not
// needed).
func (p *Plan) NotRun(id string) string {
	for _, n := range p.Notes {
		if n.ID == id && n.Status == PlanNotRun {
			return n.Reason
		}
	}
	return ""
}

// Outcome is what a run produced, before answers are merged.
type Outcome struct {
	Results []Result
	// Subjects are the root subjects, with their children.
	Subjects []*probes.Subject
	// Facts are every subject with facts, keyed by subject ID.
	Facts map[string]*probes.Subject
	// Probes says which probes ran and why others did not.
	Probes []ProbeNote
	// Interrupted is set when the context ended before the scan did.
	Interrupted bool
	Reason      string
	Started     time.Time
	Finished    time.Time
}

// Run executes the plan. The scan stops when ctx ends (Ctrl-C, --timeout);
// the outcome is still complete in shape: unfinished subjects get error or
// skipped results with the reason.
func Run(ctx context.Context, cat *Catalogue, plan *Plan) *Outcome {
	now := plan.Env.Clock()
	plan.Env.Now = now
	out := &Outcome{Started: now(), Subjects: plan.Subjects, Probes: plan.Notes}
	if len(plan.Checks) > 0 {
		p := &progress{fn: plan.Progress, total: len(plan.Subjects)}
		forEach(ctx, plan.Subjects, plan.Concurrency, func(s *probes.Subject) {
			p.report(s.ID, false)
			scanRoot(ctx, plan, s)
			p.report(s.ID, true)
		})
	}
	if err := probes.CtxEnded(ctx); err != nil {
		out.Interrupted = true
		out.Reason = interruptReason(ctx)
	}
	out.Probes = append(append([]ProbeNote(nil), plan.Notes...), withdraw(plan)...)
	out.Facts = collectFacts(plan.Subjects)
	out.Results = evaluate(cat, plan, out.Reason)
	out.Finished = now()
	return out
}

// progress serialises Plan.Progress and counts the subjects done.
type progress struct {
	mu          sync.Mutex
	done, total int
	fn          func(done, total int, current string)
}

func (p *progress) report(id string, finished bool) {
	if p.fn == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if finished {
		p.done++
	}
	p.fn(p.done, p.total, id)
}

// forEach runs fn on every subject, at most conc at once, and starts no
// new one once ctx has ended.
func forEach(ctx context.Context, subjects []*probes.Subject, conc int, fn func(*probes.Subject)) {
	if conc <= 0 {
		conc = 16
	}
	sem := make(chan struct{}, conc)
	var wg sync.WaitGroup
	for _, s := range subjects {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		wg.Add(1)
		go func(s *probes.Subject) {
			defer wg.Done()
			defer func() { <-sem }()
			fn(s)
		}(s)
	}
	wg.Wait()
}

func interruptReason(ctx context.Context) string {
	if dl, ok := ctx.Deadline(); ok && ctx.Err() == nil && !time.Now().Before(dl) {
		return "overall deadline (--timeout) reached"
	}
	if errors.Is(context.Cause(ctx), context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return "overall deadline (--timeout) reached"
	}
	if c := context.Cause(ctx); c != nil && !errors.Is(c, context.Canceled) {
		return c.Error()
	}
	return "scan interrupted"
}

// scanRoot runs the probes of a root subject, then those of the subjects
// they found on it (endpoints, BSSs), four at a time.
func scanRoot(ctx context.Context, plan *Plan, s *probes.Subject) {
	now := plan.Env.Clock()
	s.Started = now()
	defer func() { s.Finished = now() }()
	if s.Recorded != "" && s.State == probes.StateUnreachable {
		return // the file says it was not measured: judged as unreachable
	}
	if err := runProbesOn(ctx, plan, s); err != nil {
		s.State, s.Reason = gateState(ctx, err)
		s.Withdrawable = s.State == probes.StateUnreachable && errors.Is(err, probes.ErrWithdrawable)
		return
	}
	forEach(ctx, s.Children(), 4, func(c *probes.Subject) {
		if err := runProbesOn(ctx, plan, c); err != nil {
			c.State, c.Reason = gateState(ctx, err)
		}
	})
	if err := probes.CtxEnded(ctx); err != nil {
		s.State, s.Reason = probes.StateInterrupted, interruptReason(ctx)
		return
	}
	s.State = probes.StateComplete
}

// gateState reads a gate probe's failure: the scan's end, or a subject
// that cannot be reached.
func gateState(ctx context.Context, err error) (string, string) {
	if probes.CtxEnded(ctx) != nil {
		return probes.StateInterrupted, interruptReason(ctx)
	}
	var pe *probes.Error
	if errors.As(err, &pe) && pe.Err != nil {
		return probes.StateUnreachable, pe.Err.Error()
	}
	return probes.StateUnreachable, err.Error()
}

// runProbesOn runs, in list order, every planned probe of s's kind that
// applies to it, none on a recorded subject. It returns the error of a
// gate probe that failed.
func runProbesOn(ctx context.Context, plan *Plan, s *probes.Subject) error {
	if s.Recorded != "" {
		return nil // facts read from a file: nothing to measure live
	}
	for _, p := range plan.Probes {
		if p.Kind != s.Kind || (p.Applies != nil && !p.Applies(s)) {
			continue
		}
		run, err := runProbe(ctx, &plan.Env, s, p)
		s.SetRun(p.ID, run)
		if p.Gate && run.Status != probes.RunOK {
			if err == nil {
				err = fmt.Errorf("%s: %s", p.ID, run.Error)
			}
			return err
		}
	}
	return nil
}

func runProbe(ctx context.Context, env *probes.Env, s *probes.Subject, p probes.Probe) (probes.ProbeRun, error) {
	if ctx.Err() != nil {
		return probes.ProbeRun{Status: probes.RunSkipped, Error: interruptReason(ctx)}, nil
	}
	if p.Admit != nil {
		actx, release, err := p.Admit(ctx, s)
		if err != nil {
			return probes.ProbeRun{Status: probes.RunError, ErrorKind: probes.KindOf(err), Error: err.Error()}, err
		}
		defer release()
		ctx = actx
	}
	pctx := ctx
	if !p.Gate {
		timeout := env.ProbeTimeout
		if timeout <= 0 {
			timeout = 10 * time.Second
		}
		var cancel context.CancelFunc
		pctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	start := time.Now()
	err := safeRun(pctx, env, s, p)
	run := probes.ProbeRun{Status: probes.RunOK, DurationMS: float64(time.Since(start).Microseconds()) / 1000}
	if err != nil {
		run.Status = probes.RunError
		run.ErrorKind = probes.KindOf(err)
		run.Error = err.Error()
	}
	return run, err
}

// safeRun turns a panic in a probe (a parser bug on hostile input) into an
// error for that subject instead of a crashed scan.
func safeRun(ctx context.Context, env *probes.Env, s *probes.Subject, p probes.Probe) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("probe %s crashed on %s: %v (please report this bug)", p.ID, s.ID, r)
		}
	}()
	return p.Run(ctx, env, s)
}

// collectFacts keys every subject that holds facts by its ID; endpoints
// always appear, as they did when facts were per endpoint only.
func collectFacts(roots []*probes.Subject) map[string]*probes.Subject {
	out := map[string]*probes.Subject{}
	walk(roots, func(s *probes.Subject, _ *probes.Subject) {
		if s.Kind == probes.SubjectEndpoint || s.HasFacts() {
			out[s.ID] = s
		}
	})
	return out
}

// walk visits every subject depth-first with its root.
func walk(roots []*probes.Subject, fn func(s, root *probes.Subject)) {
	var visit func(s, root *probes.Subject)
	visit = func(s, root *probes.Subject) {
		fn(s, root)
		for _, c := range s.Children() {
			visit(c, root)
		}
	}
	for _, r := range roots {
		visit(r, r)
	}
}

// evaluate runs every check on every subject of its kind.
func evaluate(cat *Catalogue, plan *Plan, reason string) []Result {
	var results []Result
	selected := map[string]bool{}
	for _, r := range plan.Refs {
		selected[r.Ref] = true
	}
	for _, c := range plan.Checks {
		walk(plan.Subjects, func(s, root *probes.Subject) {
			if s.Kind != c.SubjectKind() {
				return
			}
			for _, r := range judgeSubject(c, plan, s, root, reason) {
				if !selected[r.Ref] {
					continue
				}
				ref, _ := cat.Get(r.Ref)
				r.Level, r.Title, r.Check = ref.Level, ref.LocalTitle(plan.Settings.Lang), c.ID
				if r.Target == "" {
					r.Target = s.ID
				}
				if r.Evidence == nil {
					r.Evidence = []Evidence{}
				}
				results = append(results, r)
			}
		})
	}
	sort.SliceStable(results, func(i, j int) bool {
		if results[i].Ref != results[j].Ref {
			return refLess(results[i].Ref, results[j].Ref)
		}
		return results[i].Target < results[j].Target
	})
	return results
}

// judgeSubject judges a subject whose root completed; otherwise every ref
// of the check is error or skipped with the reason, never pass.
func judgeSubject(c Check, plan *Plan, s, root *probes.Subject, reason string) []Result {
	l := plan.Settings.Lang
	switch root.State {
	case probes.StateComplete:
		rs := safeEval(c, &Input{Subject: s, Settings: plan.Settings, plan: plan})
		if gaps := probeGaps(c, plan, s); len(gaps) > 0 {
			return failClosed(c, s.ID, rs, gaps, l)
		}
		return rs
	case probes.StateNotStarted:
		why := reason
		if why == "" {
			why = "target not scanned"
		}
		return perRef(c, StatusSkipped, l.T("Cible non analysée : ", "Target not scanned: ")+why)
	case probes.StateWithdrawn:
		return nil // measured through a sibling of its group (withdraw)
	case probes.StateUnreachable:
		return perRef(c, StatusError, l.T("Cible injoignable : ", "Target unreachable: ")+root.Reason)
	default:
		return perRef(c, StatusError, l.T("Mesure incomplète, analyse interrompue : ", "Incomplete measurement, scan interrupted: ")+root.Reason)
	}
}

func perRef(c Check, s Status, summary string) []Result {
	var out []Result
	for _, ref := range c.Refs {
		out = append(out, Result{Ref: ref, Status: s, Summary: summary})
	}
	return out
}

func safeEval(c Check, in *Input) (rs []Result) {
	defer func() {
		if r := recover(); r != nil {
			rs = perRef(c, StatusError, fmt.Sprintf("check %s crashed: %v (please report this bug)", c.ID, r))
		}
	}()
	rs = c.Eval(in)
	for _, r := range rs {
		if !r.Status.Valid() {
			return perRef(c, StatusError, fmt.Sprintf("check %s returned invalid status %q", c.ID, r.Status))
		}
	}
	return rs
}
