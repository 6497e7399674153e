package checks

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"conformscan/probes"
	"conformscan/probes/discovery"
)

// Plan is what to scan and judge.
type Plan struct {
	Targets []probes.Target
	// Refs are the selected refs (from --refs), in catalogue order.
	Refs []Ref
	// Checks serve the selected refs; Probes are the probes they need.
	Checks []Check
	Probes []string
	// Concurrency bounds the targets scanned at once.
	Concurrency int
	Probe       ProbeConfig
	Settings    Settings
}

// NewPlan selects the checks and probes that the refs need.
func NewPlan(cat *Catalogue, all []Check, refs []Ref, targets []probes.Target) *Plan {
	cs, needs := ChecksFor(all, refs)
	return &Plan{Targets: targets, Refs: refs, Checks: cs, Probes: needs, Concurrency: 16}
}

// Outcome is what a run produced, before answers are merged and reports
// rendered.
type Outcome struct {
	Results []Result
	Targets []*TargetFacts
	// Facts are every open endpoint's facts, keyed by host:port.
	Facts map[string]*EndpointFacts
	// Interrupted is set when the context ended before the scan did.
	Interrupted bool
	Reason      string
	Started     time.Time
	Finished    time.Time
}

// Run executes the plan. The scan stops when ctx ends (Ctrl-C, --timeout);
// the outcome is still complete in shape: unfinished targets get error or
// skipped results with the reason.
func Run(ctx context.Context, cat *Catalogue, plan *Plan) *Outcome {
	now := plan.Probe.Now
	if now == nil {
		now = time.Now
		plan.Probe.Now = now
	}
	out := &Outcome{Started: now(), Facts: map[string]*EndpointFacts{}}
	needsProbes := len(plan.Checks) > 0 && len(plan.Targets) > 0
	tfs := make([]*TargetFacts, len(plan.Targets))
	for i, t := range plan.Targets {
		tfs[i] = &TargetFacts{Target: t, Name: t.String(), State: TargetNotStarted, OpenPorts: []int{}}
	}
	if needsProbes {
		conc := plan.Concurrency
		if conc <= 0 {
			conc = 16
		}
		sem := make(chan struct{}, conc)
		var wg sync.WaitGroup
		for _, tf := range tfs {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
			}
			if ctx.Err() != nil {
				break
			}
			wg.Add(1)
			go func(tf *TargetFacts) {
				defer wg.Done()
				defer func() { <-sem }()
				scanTarget(ctx, plan, tf)
			}(tf)
		}
		wg.Wait()
	}
	if err := probes.CtxEnded(ctx); err != nil {
		out.Interrupted = true
		out.Reason = interruptReason(ctx)
	}
	for _, tf := range tfs {
		out.Targets = append(out.Targets, tf)
		for _, ep := range tf.Endpoints {
			out.Facts[ep.Endpoint] = ep
		}
	}
	out.Results = evaluate(cat, plan, tfs, out.Reason)
	out.Finished = now()
	return out
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

// scanTarget runs discovery then every needed endpoint probe once per open
// endpoint.
func scanTarget(ctx context.Context, plan *Plan, tf *TargetFacts) {
	cfg := &plan.Probe
	tf.Started = cfg.Now()
	defer func() { tf.Finished = cfg.Now() }()
	ports := cfg.Ports
	if tf.Target.Port != 0 {
		ports = []int{tf.Target.Port}
	}
	res, err := discovery.Scan(ctx, tf.Target.Host, cfg.discoveryOptions(ports))
	if res != nil {
		tf.Scanned, tf.Closed, tf.Filtered = res.Scanned, res.Closed, res.Filtered
		for _, p := range res.Open {
			ep := &EndpointFacts{Endpoint: probes.Endpoint(tf.Target.Host, p.Port), Host: tf.Target.Host, Port: p, Probes: map[string]ProbeRun{
				ProbeDiscovery: {Status: ProbeOK},
			}}
			tf.Endpoints = append(tf.Endpoints, ep)
			tf.OpenPorts = append(tf.OpenPorts, p.Port)
		}
	}
	if err != nil {
		tf.State, tf.Reason = TargetInterrupted, err.Error()
		return
	}
	if len(tf.Endpoints) == 0 && res.Filtered == res.Scanned && res.Scanned > 0 {
		tf.State, tf.Reason = TargetUnreachable, fmt.Sprintf("no answer on any of the %d ports scanned (host down or filtered)", res.Scanned)
		return
	}
	want := map[string]bool{}
	for _, id := range plan.Probes {
		want[id] = true
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for _, ep := range tf.Endpoints {
		for _, p := range EndpointProbes() {
			if !want[p.ID] {
				continue
			}
			if !p.Applies(ep) {
				continue
			}
			wg.Add(1)
			go func(ep *EndpointFacts, p EndpointProbe) {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				run := runProbe(ctx, cfg, ep, p)
				// Facts of one endpoint are written by its own probes only;
				// the map itself is shared between them.
				ep.mu.Lock()
				ep.Probes[p.ID] = run
				ep.mu.Unlock()
			}(ep, p)
		}
	}
	wg.Wait()
	if err := probes.CtxEnded(ctx); err != nil {
		tf.State, tf.Reason = TargetInterrupted, interruptReason(ctx)
		return
	}
	tf.State = TargetComplete
}

func runProbe(ctx context.Context, cfg *ProbeConfig, ep *EndpointFacts, p EndpointProbe) ProbeRun {
	if err := ctx.Err(); err != nil {
		return ProbeRun{Status: ProbeSkipped, Error: interruptReason(ctx)}
	}
	timeout := cfg.ProbeTimeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	pctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	start := time.Now()
	err := safeRun(pctx, cfg, ep, p)
	run := ProbeRun{Status: ProbeOK, DurationMS: float64(time.Since(start).Microseconds()) / 1000}
	if err != nil {
		run.Status = ProbeError
		run.ErrorKind = probes.KindOf(err)
		run.Error = err.Error()
	}
	return run
}

// safeRun turns a panic in a probe (a parser bug on hostile input) into an
// error for that endpoint instead of a crashed scan.
func safeRun(ctx context.Context, cfg *ProbeConfig, ep *EndpointFacts, p EndpointProbe) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("probe %s crashed on %s: %v (please report this bug)", p.ID, ep.Endpoint, r)
		}
	}()
	return p.Run(ctx, cfg, ep)
}

// evaluate runs every check on every target, and folds the results.
func evaluate(cat *Catalogue, plan *Plan, tfs []*TargetFacts, reason string) []Result {
	var results []Result
	selected := map[string]bool{}
	for _, r := range plan.Refs {
		selected[r.Ref] = true
	}
	for _, c := range plan.Checks {
		for _, tf := range tfs {
			var rs []Result
			switch tf.State {
			case TargetComplete:
				rs = safeEval(c, &Input{Facts: tf, Settings: plan.Settings})
			case TargetNotStarted:
				why := reason
				if why == "" {
					why = "target not scanned"
				}
				rs = perRef(c, StatusSkipped, plan.Settings.Lang.T("Cible non analysée : ", "Target not scanned: ")+why)
			case TargetUnreachable:
				rs = perRef(c, StatusError, plan.Settings.Lang.T("Cible injoignable : ", "Target unreachable: ")+tf.Reason)
			default:
				rs = perRef(c, StatusError, plan.Settings.Lang.T("Mesure incomplète, analyse interrompue : ", "Incomplete measurement, scan interrupted: ")+tf.Reason)
			}
			for _, r := range rs {
				if !selected[r.Ref] {
					continue
				}
				ref, _ := cat.Get(r.Ref)
				r.Level, r.Title, r.Target, r.Check = ref.Level, ref.LocalTitle(plan.Settings.Lang), tf.Name, c.ID
				if r.Evidence == nil {
					r.Evidence = []Evidence{}
				}
				results = append(results, r)
			}
		}
	}
	sort.SliceStable(results, func(i, j int) bool {
		if results[i].Ref != results[j].Ref {
			return refLess(results[i].Ref, results[j].Ref)
		}
		return results[i].Target < results[j].Target
	})
	return results
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
