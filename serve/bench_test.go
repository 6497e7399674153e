package serve

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/history"
	"conformscan/reports"
)

// benchRuns and benchGroups size the benchmark's history.
const (
	benchRuns   = 1000
	benchGroups = 25
)

// fullReport is a report on all 100 refs, one result each with evidence,
// the size of a real scan's verdicts and results.
func fullReport(b *testing.B, cat *checks.Catalogue, at time.Time, target string, fail bool) *reports.Report {
	refs, err := cat.Select("")
	if err != nil {
		b.Fatal(err)
	}
	out := &checks.Outcome{Started: at, Finished: at.Add(10 * time.Minute)}
	for i, ref := range refs {
		st := checks.StatusPass
		if fail && i%7 == 0 {
			st = checks.StatusFail
		}
		out.Results = append(out.Results, checks.Result{Ref: ref.Ref, Level: ref.Level, Title: ref.Title, Target: target, Check: "bench",
			Status: st, Summary: "observed " + strings.Repeat("x", 80), Evidence: []checks.Evidence{{Rule: "R" + ref.Ref,
				Observed: strings.Repeat("o", 120), Expected: "e", Source: "bench", Excerpt: strings.Repeat("banner ", 40), At: at}}})
	}
	j := checks.Judge(refs, out, nil, checks.French)
	r := reports.Build(reports.Tool{Name: "conformscan", Version: "bench"}, at, checks.French, reports.Options{Lang: "fr", Inputs: []string{target}}, out, j, nil)
	r.Answers.Solution = "solution " + target
	r.Targets = []reports.Target{{Target: target, Input: target, State: "complete", Scanned: 1, Open: []int{443}}}
	r.Scope.TargetsSHA256 = reports.TargetsDigest([]string{target})
	return r
}

// benchHistory writes benchRuns runs over benchGroups solutions.
func benchHistory(b *testing.B) string {
	cat, err := checks.LoadCatalogue()
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "h.db")
	ctx := context.Background()
	s, err := history.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for i := range benchRuns {
		target := fmt.Sprintf("192.0.2.%d:443", i%benchGroups)
		if _, err := s.Save(ctx, fullReport(b, cat, t0.Add(time.Duration(i)*time.Hour), target, i%3 == 0)); err != nil {
			b.Fatal(err)
		}
	}
	return path
}

// BenchmarkServeOverview: the overview of a history of 1,000 runs of 100
// refs each (docs/benchmarks.md): warm, as a running server answers it,
// and cold, the first request after start, which reads every report once
// for its scope.
func BenchmarkServeOverview(b *testing.B) {
	path := benchHistory(b)
	s, err := history.OpenReadOnly(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	overview := func(b *testing.B, h http.Handler) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		if rec.Code != 200 || strings.Count(rec.Body.String(), "<svg") != benchGroups {
			b.Fatalf("%d: %.300s", rec.Code, rec.Body.String())
		}
	}
	handler := func(b *testing.B) http.Handler {
		h, err := Handler(Options{Store: s})
		if err != nil {
			b.Fatal(err)
		}
		return h
	}
	b.Run("warm", func(b *testing.B) {
		h := handler(b)
		overview(b, h)
		for b.Loop() {
			overview(b, h)
		}
	})
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			overview(b, handler(b))
		}
	})
	b.Run("warm-start", func(b *testing.B) {
		for b.Loop() {
			if _, err := Warm(context.Background(), Options{Store: s}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
