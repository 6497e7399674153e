package serve

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/history"
	"conformscan/reports"
)

// planted is what a hostile scanned server put in its banner.
const planted = `<script>alert("pwned")</script>`

// t0 is the fixed clock of the fixtures.
var t0 = time.Date(2026, 11, 2, 2, 30, 0, 0, time.UTC)

// fixtureReport is a report on target with ref 7.1 at status st, the
// planted script in its summary and evidence.
func fixtureReport(t testing.TB, at time.Time, target, solution string, st checks.Status) *reports.Report {
	t.Helper()
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	refs, err := cat.Select("7.1,7.2")
	if err != nil {
		t.Fatal(err)
	}
	ev := []checks.Evidence{{Rule: "ANSSI-TLS-R1", Observed: "banner " + planted, Expected: "TLS 1.2+", Source: "tls", Excerpt: planted, At: at}}
	out := &checks.Outcome{Started: at, Finished: at.Add(time.Minute), Results: []checks.Result{
		{Ref: "7.1", Level: checks.LevelO, Title: "TLS", Target: target, Check: "tls-web", Status: st, Summary: "server says " + planted, Evidence: ev},
		{Ref: "7.2", Level: checks.LevelO, Title: "HTTP", Target: target, Check: "http", Status: checks.StatusPass, Summary: "ok", Evidence: []checks.Evidence{}},
	}}
	j := checks.Judge(refs, out, nil, checks.French)
	r := reports.Build(reports.Tool{Name: "conformscan", Version: "test"}, at, checks.French, reports.Options{Lang: "fr", Inputs: []string{target}}, out, j, nil)
	r.Answers.Solution = solution
	r.Targets = []reports.Target{{Target: target, Input: target, State: "complete", Scanned: 1, Open: []int{443}}}
	r.Scope.TargetsSHA256 = reports.TargetsDigest([]string{target})
	return r
}

// fixtureStore writes a history: solution A fails then passes then fails
// (signed), solution B passes once. It returns the path.
func fixtureStore(t testing.TB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "h.db")
	ctx := context.Background()
	s, err := history.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	priv, _, _ := reports.GenerateKey()
	key, _ := reports.ParsePrivateKey(priv)
	for i, st := range []checks.Status{checks.StatusFail, checks.StatusPass, checks.StatusFail} {
		r := fixtureReport(t, t0.AddDate(0, 0, 7*i), "192.0.2.1:443", "DPI "+planted, st)
		if i == 2 {
			if err := reports.Sign(r, key); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.Save(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Save(ctx, fixtureReport(t, t0.AddDate(0, 0, 1), "192.0.2.2:443", "PACS", checks.StatusPass)); err != nil {
		t.Fatal(err)
	}
	return path
}

// openFixture opens the fixture history read-only.
func openFixture(t testing.TB, path string) *history.Store {
	t.Helper()
	s, err := history.OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// runHead is the head of a fixture run on target.
func runHead(target string) history.RunHead {
	return history.RunHead{Scope: history.RunScope{TargetsSHA256: reports.TargetsDigest([]string{target})}}
}
