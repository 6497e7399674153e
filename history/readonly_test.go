package history

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/history/historytest"
)

// TestOpenReadOnly: a missing file is not created, a read-only store
// refuses to save, and Heads reads each run's scope digest and targets.
func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "h.db")
	if _, err := OpenReadOnly(ctx, path); !errors.Is(err, ErrNoHistory) {
		t.Fatalf("missing file: %v", err)
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("OpenReadOnly created the file")
	}
	w, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 11, 2, 2, 30, 0, 0, time.UTC)
	rep := report(t, t0, checks.StatusFail)
	if _, err := w.Save(ctx, rep); err != nil {
		t.Fatal(err)
	}
	w.Close()
	s, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Save(ctx, report(t, t0, checks.StatusPass)); err == nil {
		t.Error("a read-only store saved a run")
	}
	heads, err := s.Heads(ctx)
	if err != nil || len(heads) != 1 {
		t.Fatalf("heads %v: %v", heads, err)
	}
	h := heads[0]
	if h.ID != 1 || h.Decision != "no-go" || len(h.FailedO) != 1 || h.StartedAt != "2026-11-02T02:30:00Z" {
		t.Errorf("head %+v", h)
	}
	scopes, err := s.Scopes(ctx, []int64{1, 99})
	if err != nil || len(scopes) != 1 {
		t.Fatalf("scopes %v: %v", scopes, err)
	}
	if sc := scopes[1]; sc.TargetsSHA256 != rep.Scope.TargetsSHA256 || sc.Targets == nil {
		t.Errorf("scope %+v", sc)
	}
}

// TestReadOnlyHeadsSQLiteAndPostgres: both dialects read the same heads,
// and a read-only PostgreSQL session cannot write.
func TestReadOnlyHeadsSQLiteAndPostgres(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2026, 11, 2, 2, 30, 0, 0, time.UTC)
	got := map[string]any{}
	for name, where := range map[string]string{"sqlite": filepath.Join(t.TempDir(), "h.db"), "postgres": historytest.Postgres(t)} {
		w, err := Open(ctx, where)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for i, st := range []checks.Status{checks.StatusFail, checks.StatusPass} {
			if _, err := w.Save(ctx, report(t, t0.AddDate(0, 0, 7*i), st)); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		w.Close()
		s, err := OpenReadOnly(ctx, where)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := s.Save(ctx, report(t, t0, checks.StatusPass)); err == nil {
			t.Errorf("%s: a read-only store saved a run", name)
		}
		heads, err := s.Heads(ctx)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ids := make([]int64, 0, len(heads))
		for _, h := range heads {
			ids = append(ids, h.ID)
		}
		scopes, err := s.Scopes(ctx, ids)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got[name] = []any{heads, scopes}
		s.Close()
	}
	if !reflect.DeepEqual(got["sqlite"], got["postgres"]) || len(got["sqlite"].([]any)[0].([]RunHead)) != 2 {
		t.Errorf("heads differ:\nsqlite   %+v\npostgres %+v", got["sqlite"], got["postgres"])
	}
}
