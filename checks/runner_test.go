package checks

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"conformscan/probes"
)

// The runner is tested with a toy capability defined here, without touching
// the framework: a gate probe on hosts that finds two endpoints (or fails,
// or hangs), a probe on those endpoints, a check on hosts and a check on
// the local machine. This is the shape every real capability follows.

type toyFact struct {
	Seen string `json:"seen"`
}

type toyPort struct {
	Port    int    `json:"port"`
	Service string `json:"service"`
}

func toyGate() probes.Probe {
	return probes.Probe{ID: "toy-gate", Kind: probes.SubjectHost, Gate: true,
		Run: func(ctx context.Context, _ *probes.Env, s *probes.Subject) error {
			switch s.Host {
			case "down.test":
				return &probes.Error{Kind: probes.KindUnreachable, Op: "toy", Err: fmt.Errorf("no answer on any port")}
			case "slow.test":
				<-ctx.Done()
				return probes.Wrap("toy", ctx.Err())
			}
			for _, port := range []int{21, 80} {
				ep := probes.NewSubject(probes.SubjectEndpoint, probes.Endpoint(s.Host, port))
				ep.Host, ep.Port, ep.Descriptor = s.Host, port, &toyPort{Port: port, Service: "toy"}
				s.AddChild(ep)
			}
			return nil
		}}
}

func toyEndpointProbe() probes.Probe {
	return probes.Probe{ID: "toy-ep", Kind: probes.SubjectEndpoint, Needs: []string{"toy-gate"},
		Applies: func(s *probes.Subject) bool { return s.Port == 80 },
		Run: func(_ context.Context, _ *probes.Env, s *probes.Subject) error {
			s.SetFact("toy-ep", &toyFact{Seen: "hello"})
			return nil
		}}
}

func toyLocalProbe() probes.Probe {
	return probes.Probe{ID: "toy-local", Kind: probes.SubjectLocal, Requires: probes.Requirements{Intrusive: true},
		Run: func(_ context.Context, _ *probes.Env, s *probes.Subject) error {
			s.SetFact("toy-local", &toyFact{Seen: "local"})
			return nil
		}}
}

func toyProbes() []probes.Probe {
	return []probes.Probe{toyGate(), toyEndpointProbe(), toyLocalProbe()}
}

// toyHostCheck passes when an endpoint of the host holds the toy fact.
func toyHostCheck(calls *atomic.Int32) Check {
	return Check{ID: "toy-host", Refs: []string{"7.2"}, Needs: []string{"toy-ep"}, Eval: func(in *Input) []Result {
		calls.Add(1)
		for _, c := range in.Subject.Children() {
			if f, ok := c.Fact("toy-ep").(*toyFact); ok && f.Seen == "hello" {
				return []Result{{Ref: "7.2", Status: StatusPass, Summary: "seen on " + c.ID}}
			}
		}
		return []Result{{Ref: "7.2", Status: StatusError, Summary: "not seen"}}
	}}
}

// toyLocalCheck judges the local machine, once, whatever the targets.
func toyLocalCheck(calls *atomic.Int32) Check {
	return Check{ID: "toy-local", Refs: []string{"8.6"}, Kind: probes.SubjectLocal, Needs: []string{"toy-local"},
		Eval: func(in *Input) []Result {
			calls.Add(1)
			if why := in.ProbeNotRun("toy-local"); why != "" {
				return []Result{{Ref: "8.6", Status: StatusManual, Summary: "not measured: " + why}}
			}
			return []Result{{Ref: "8.6", Status: StatusPass, Summary: "ok"}}
		}}
}

func toySubjects(hosts ...string) []*probes.Subject {
	var out []*probes.Subject
	for _, h := range hosts {
		s := probes.NewSubject(probes.SubjectHost, h)
		s.Host, s.Target = h, probes.Target{Input: h, Host: h}
		out = append(out, s)
	}
	return out
}

func toyPlan(t *testing.T, env probes.Env, cs []Check, subjects []*probes.Subject) (*Catalogue, *Plan) {
	cat := mustCatalogue(t)
	refs, err := cat.Select("7.2,8.6")
	if err != nil {
		t.Fatal(err)
	}
	// The toy capability's line in the catalogue overlay.
	for i := range refs {
		for _, c := range cs {
			if slices.Contains(c.Refs, refs[i].Ref) {
				refs[i].Checks = append(refs[i].Checks, c.ID)
			}
		}
	}
	return cat, NewPlan(cs, toyProbes(), refs, subjects, env)
}

func TestToyCapabilityRuns(t *testing.T) {
	var hostCalls, localCalls atomic.Int32
	subjects := append(toySubjects("a.test", "b.test"), probes.NewSubject(probes.SubjectLocal, "local"))
	cat, plan := toyPlan(t, probes.Env{}, []Check{toyHostCheck(&hostCalls), toyLocalCheck(&localCalls)}, subjects)
	if len(plan.Probes) != 3 {
		t.Fatalf("plan probes: %+v", plan.Notes)
	}
	out := Run(context.Background(), cat, plan)
	if out.Interrupted || hostCalls.Load() != 2 || localCalls.Load() != 1 {
		t.Fatalf("interrupted=%v host calls=%d local calls=%d", out.Interrupted, hostCalls.Load(), localCalls.Load())
	}
	if len(out.Results) != 3 {
		t.Fatalf("results: %+v", out.Results)
	}
	for _, r := range out.Results {
		if r.Status != StatusPass {
			t.Fatalf("%+v", r)
		}
	}
	ep := out.Facts["b.test:80"]
	if ep == nil || out.Facts["local"] == nil {
		t.Fatalf("facts keyed by subject: %v", out.Facts)
	}
	raw, err := json.Marshal(ep)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"endpoint":"b.test:80","host":"b.test","port":80,"service":"toy","toy-ep":{"seen":"hello"},"probes":{"toy-ep":{"status":"ok","duration_ms":`
	if !strings.HasPrefix(string(raw), want) {
		t.Fatalf("endpoint facts JSON:\n%s\nwant prefix\n%s", raw, want)
	}
	if _, ran := out.Facts["b.test:21"].Run("toy-ep"); ran {
		t.Fatal("a probe ran on a subject it does not apply to")
	}
}

func TestIntrusiveProbeNotRunUnderSafe(t *testing.T) {
	var hostCalls, localCalls atomic.Int32
	subjects := []*probes.Subject{probes.NewSubject(probes.SubjectLocal, "local")}
	cat, plan := toyPlan(t, probes.Env{Safe: true}, []Check{toyLocalCheck(&localCalls), toyHostCheck(&hostCalls)}, subjects)
	if why := plan.NotRun("toy-local"); !strings.Contains(why, "--safe") {
		t.Fatalf("reason %q; notes %+v", why, plan.Notes)
	}
	out := Run(context.Background(), cat, plan)
	if len(out.Results) != 1 || out.Results[0].Status != StatusManual || !strings.Contains(out.Results[0].Summary, "--safe") {
		t.Fatalf("%+v", out.Results)
	}
	if hostCalls.Load() != 0 {
		t.Fatal("a host check ran without any host subject")
	}
}

func TestUnreachableAndInterruptedNeverPass(t *testing.T) {
	var calls atomic.Int32
	cat, plan := toyPlan(t, probes.Env{}, []Check{toyHostCheck(&calls)}, toySubjects("down.test", "slow.test", "ok.test"))
	plan.Concurrency = 1
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	out := Run(ctx, cat, plan)
	if time.Since(start) > 3*time.Second {
		t.Fatalf("interrupt not honoured: %v", time.Since(start))
	}
	if !out.Interrupted || out.Reason == "" {
		t.Fatalf("outcome must say it was interrupted: %+v", out)
	}
	states := map[string]string{}
	for _, s := range out.Subjects {
		states[s.ID] = s.State
	}
	want := map[string]string{"down.test": probes.StateUnreachable, "slow.test": probes.StateInterrupted, "ok.test": probes.StateNotStarted}
	for id, st := range want {
		if states[id] != st {
			t.Errorf("%s: state %q, want %q", id, states[id], st)
		}
	}
	if len(out.Results) != 3 {
		t.Fatalf("%+v", out.Results)
	}
	for _, r := range out.Results {
		if r.Status == StatusPass {
			t.Fatalf("an interrupted or unreachable target must never pass: %+v", r)
		}
		if r.Target == "down.test" && (r.Status != StatusError || !strings.Contains(r.Summary, "no answer on any port")) {
			t.Fatalf("unreachable: %+v", r)
		}
	}
	if calls.Load() != 0 {
		t.Fatalf("the check judged subjects that were not measured (%d calls)", calls.Load())
	}
}

func TestProbePanicBecomesError(t *testing.T) {
	boom := probes.Probe{ID: "toy-ep", Kind: probes.SubjectEndpoint, Run: func(context.Context, *probes.Env, *probes.Subject) error { panic("bad bytes") }}
	s := probes.NewSubject(probes.SubjectEndpoint, "x:1")
	run, err := runProbe(context.Background(), &probes.Env{}, s, boom)
	if err == nil || run.Status != probes.RunError || !strings.Contains(run.Error, "crashed") {
		t.Fatalf("%+v %v", run, err)
	}
}

func TestCheckPanicBecomesError(t *testing.T) {
	c := Check{ID: "boom", Refs: []string{"7.2"}, Eval: func(*Input) []Result { panic("bad facts") }}
	rs := safeEval(c, &Input{Subject: probes.NewSubject(probes.SubjectHost, "x")})
	if len(rs) != 1 || rs[0].Status != StatusError {
		t.Fatalf("%+v", rs)
	}
}

// TestProgress: Progress hears each root subject start and end, in order
// of the count, the last call saying all are done.
func TestProgress(t *testing.T) {
	var hostCalls, localCalls atomic.Int32
	cat, plan := toyPlan(t, probes.Env{}, []Check{toyHostCheck(&hostCalls), toyLocalCheck(&localCalls)}, toySubjects("a.test", "b.test", "c.test"))
	var calls []string
	plan.Progress = func(done, total int, current string) {
		calls = append(calls, fmt.Sprintf("%d/%d %s", done, total, current))
	}
	Run(context.Background(), cat, plan)
	if len(calls) != 6 || !strings.HasPrefix(calls[5], "3/3 ") {
		t.Fatalf("progress calls: %q", calls)
	}
}

// TestAdmissionWaitIsNotProbeTime: a probe queued behind others (Admit)
// waits under the scan's deadline, and --probe-timeout starts once it is
// admitted; Run sees the admitted context.
func TestAdmissionWaitIsNotProbeTime(t *testing.T) {
	p := probes.Probe{ID: "toy-ep", Kind: probes.SubjectEndpoint,
		Admit: func(ctx context.Context, _ *probes.Subject) (context.Context, func(), error) {
			time.Sleep(1500 * time.Millisecond)
			return probes.WithAdmission(ctx, "toy-ep"), func() {}, nil
		},
		Run: func(ctx context.Context, _ *probes.Env, _ *probes.Subject) error {
			if !probes.Admitted(ctx, "toy-ep") {
				return fmt.Errorf("not admitted")
			}
			time.Sleep(50 * time.Millisecond)
			return ctx.Err()
		}}
	s := probes.NewSubject(probes.SubjectEndpoint, "x:1")
	run, err := runProbe(context.Background(), &probes.Env{ProbeTimeout: time.Second}, s, p)
	if err != nil || run.Status != probes.RunOK || run.DurationMS > 1000 {
		t.Fatalf("%+v %v", run, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	p.Admit = func(ctx context.Context, _ *probes.Subject) (context.Context, func(), error) {
		<-ctx.Done()
		return nil, nil, probes.Wrap("toy queue", ctx.Err())
	}
	if run, err := runProbe(ctx, &probes.Env{ProbeTimeout: time.Second}, s, p); err == nil || run.Status != probes.RunError {
		t.Fatalf("a probe never admitted: %+v %v", run, err)
	}
}

// TestProbeErrorOnEndpointMakesHostCheckError: a probe the check needs
// failed on one endpoint of the host; the check, which would pass on the
// other endpoint's facts, gives ERROR with the probe's error as evidence.
func TestProbeErrorOnEndpointMakesHostCheckError(t *testing.T) {
	var calls atomic.Int32
	cat, plan := toyPlan(t, probes.Env{}, []Check{toyHostCheck(&calls)}, toySubjects("a.test"))
	plan.Probes[1].Applies = nil
	plan.Probes[1].Run = func(_ context.Context, _ *probes.Env, s *probes.Subject) error {
		if s.Port == 21 {
			return &probes.Error{Kind: probes.KindIOTimeout, Op: "toy read", Err: fmt.Errorf("silent peer")}
		}
		s.SetFact("toy-ep", &toyFact{Seen: "hello"})
		return nil
	}
	out := Run(context.Background(), cat, plan)
	if len(out.Results) != 1 {
		t.Fatalf("%+v", out.Results)
	}
	r := out.Results[0]
	if r.Status != StatusError || r.Target != "a.test:21" || len(r.Evidence) != 1 ||
		r.Evidence[0].Rule != RuleIncomplete || !strings.Contains(r.Evidence[0].Observed, "silent peer") {
		t.Fatalf("%+v", r)
	}
	// Declared partial, the check judges the facts itself.
	c := toyHostCheck(&calls)
	c.Partial = []string{"toy-ep"}
	plan.Checks = []Check{c}
	if rs := Evaluate(cat, plan); len(rs) != 1 || rs[0].Status != StatusPass {
		t.Fatalf("partial: %+v", rs)
	}
}

// TestRecordedSubjectRunsNoProbe: a subject whose facts come from a file
// is judged without any probe; a needed probe that applies there and left
// no run is missing facts: ERROR, never PASS.
func TestRecordedSubjectRunsNoProbe(t *testing.T) {
	var calls atomic.Int32
	h := toySubjects("rec.test")[0]
	h.Recorded = "scan.xml"
	ep := probes.NewSubject(probes.SubjectEndpoint, "rec.test:80")
	ep.Host, ep.Port = "rec.test", 80
	h.AddChild(ep)
	cat, plan := toyPlan(t, probes.Env{}, []Check{toyHostCheck(&calls)}, []*probes.Subject{h})
	out := Run(context.Background(), cat, plan)
	if h.State != probes.StateComplete || len(h.Runs()) != 0 {
		t.Fatalf("state %s, runs %v", h.State, h.Runs())
	}
	for _, r := range out.Results {
		if r.Status != StatusError {
			t.Fatalf("%+v", r)
		}
	}
	if len(out.Results) == 0 {
		t.Fatal("no result")
	}
}
