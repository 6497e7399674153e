package history

import (
	"context"
	"crypto/ed25519"
	"path/filepath"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/reports"
)

// report builds a small judged report where 7.1 has status st.
func report(t *testing.T, at time.Time, st checks.Status) *reports.Report {
	t.Helper()
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	refs, err := cat.Select("7.1,7.2")
	if err != nil {
		t.Fatal(err)
	}
	out := &checks.Outcome{Started: at, Finished: at.Add(time.Minute), Results: []checks.Result{{Ref: "7.1", Level: checks.LevelO,
		Title: "TLS", Target: "192.0.2.1:443", Check: "tls-web", Status: st, Summary: "s", Evidence: []checks.Evidence{}}}}
	j := checks.Judge(refs, out, nil, checks.French)
	return reports.Build(reports.Tool{Name: "conformscan", Version: "test"}, at, checks.French, reports.Options{Lang: "fr"}, out, j, nil)
}

func TestSaveAndQuery(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "history.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 11, 2, 2, 30, 0, 0, time.UTC)
	first := report(t, t0, checks.StatusFail)
	privPEM, _, _ := reports.GenerateKey()
	priv, _ := reports.ParsePrivateKey(privPEM)
	if err := reports.Sign(first, priv); err != nil {
		t.Fatal(err)
	}
	id1, err := s.Save(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(ctx, report(t, t0.AddDate(0, 0, 7), checks.StatusPass)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, path); err != nil { // reopened: the schema is created once
		t.Fatal(err)
	}
	defer s.Close()
	runs, err := s.Runs(ctx)
	if err != nil || len(runs) != 2 {
		t.Fatalf("runs %v, %v; want 2", runs, err)
	}
	if runs[0].Decision != "no-go" || runs[1].Decision != "go" || runs[0].FailedO[0] != "7.1" || runs[0].SignedBy == "" {
		t.Errorf("runs %+v", runs)
	}
	if runs[0].ByStatus["fail"] != 1 || runs[0].ByStatus["manual"] != 1 {
		t.Errorf("counts %v", runs[0].ByStatus)
	}
	es, err := s.Ref(ctx, "7.1")
	if err != nil || len(es) != 2 || es[0].Status != "fail" || es[1].Status != "pass" {
		t.Errorf("7.1 over time: %+v %v", es, err)
	}
	data, err := s.Report(ctx, id1)
	if err != nil {
		t.Fatal(err)
	}
	if err := reports.Validate(data); err != nil {
		t.Errorf("stored report does not validate: %v", err)
	}
	if _, err := reports.Verify(data, priv.Public().(ed25519.PublicKey)); err != nil {
		t.Errorf("stored signed report does not verify: %v", err)
	}
}
