package checks

import (
	"context"
	"net"
	"sync"
	"testing"
	"time"

	"conformscan/fixtures/loopback"
	"conformscan/probes"
)

// countingCheck passes when it sees open endpoints, and counts its calls.
func countingCheck(calls *int, mu *sync.Mutex) Check {
	return Check{ID: "count", Refs: []string{"7.2"}, Needs: []string{ProbeDiscovery}, Eval: func(in *Input) []Result {
		mu.Lock()
		*calls++
		mu.Unlock()
		st := StatusNA
		if len(in.Facts.Endpoints) > 0 {
			st = StatusPass
		}
		return []Result{{Ref: "7.2", Status: st, Summary: "ok"}}
	}}
}

func TestRunCompleteAndInterrupted(t *testing.T) {
	cat := mustCatalogue(t)
	refs, _ := cat.Select("7.2")
	hold := make(chan struct{})
	defer close(hold)
	open := loopback.Serve(t, func(c net.Conn) { c.Write([]byte("220 ftp\r\n")) })
	silent := loopback.Serve(t, func(c net.Conn) { <-hold })

	var calls int
	var mu sync.Mutex
	ts, _ := probes.ParseTargets([]string{probes.Endpoint("127.0.0.1", open)}, 0)
	plan := &Plan{Targets: ts, Refs: refs, Checks: []Check{countingCheck(&calls, &mu)}, Probes: []string{ProbeDiscovery}, Concurrency: 2}
	out := Run(context.Background(), cat, plan)
	if out.Interrupted || len(out.Results) != 1 || out.Results[0].Status != StatusPass || out.Results[0].Level != LevelO {
		t.Fatalf("complete run: %+v", out)
	}
	ep := out.Facts[probes.Endpoint("127.0.0.1", open)]
	if ep == nil || ep.Banner != "220 ftp" {
		t.Fatalf("facts keyed by endpoint: %+v", out.Facts)
	}

	// Interrupted: the silent port holds discovery until the deadline.
	ts, _ = probes.ParseTargets([]string{probes.Endpoint("127.0.0.1", silent), "127.0.0.2:9"}, 0)
	plan = &Plan{Targets: ts, Refs: refs, Checks: []Check{countingCheck(&calls, &mu)}, Probes: []string{ProbeDiscovery}, Concurrency: 1}
	plan.Probe.BannerTimeout = 30 * time.Second
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	out = Run(ctx, cat, plan)
	if time.Since(start) > 3*time.Second {
		t.Fatalf("interrupt not honoured: %v", time.Since(start))
	}
	if !out.Interrupted || out.Reason == "" {
		t.Fatalf("outcome must say it was interrupted: %+v", out)
	}
	for _, r := range out.Results {
		if r.Status == StatusPass {
			t.Fatalf("an interrupted target must never pass: %+v", r)
		}
		if r.Status != StatusError && r.Status != StatusSkipped {
			t.Fatalf("unexpected status %s", r.Status)
		}
	}
}

func TestRunUnreachable(t *testing.T) {
	cat := mustCatalogue(t)
	refs, _ := cat.Select("7.2")
	var calls int
	var mu sync.Mutex
	// A dialer that times out everywhere plays a filtered host.
	plan := &Plan{Targets: []probes.Target{{Input: "x", Host: "127.0.0.1"}}, Refs: refs,
		Checks: []Check{countingCheck(&calls, &mu)}, Probes: []string{ProbeDiscovery}}
	plan.Probe.Ports = []int{1, 2, 3}
	plan.Probe.ConnectTimeout = 50 * time.Millisecond
	plan.Probe.Dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	out := Run(context.Background(), cat, plan)
	if len(out.Results) != 1 || out.Results[0].Status != StatusError || calls != 0 {
		t.Fatalf("unreachable target: %+v (check calls %d)", out.Results, calls)
	}
	if out.Targets[0].State != TargetUnreachable {
		t.Fatalf("state %s", out.Targets[0].State)
	}
}

func TestCheckPanicBecomesError(t *testing.T) {
	c := Check{ID: "boom", Refs: []string{"7.2"}, Eval: func(*Input) []Result { panic("bad facts") }}
	rs := safeEval(c, &Input{Facts: &TargetFacts{}})
	if len(rs) != 1 || rs[0].Status != StatusError {
		t.Fatalf("%+v", rs)
	}
}
