package serve

import (
	"context"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/checks"
	"conformscan/history"
	"conformscan/history/historytest"
)

// TestServePostgres: the same pages from a PostgreSQL history, opened
// read-only.
func TestServePostgres(t *testing.T) {
	ctx := context.Background()
	url := historytest.Postgres(t)
	w, err := history.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	for i, st := range []checks.Status{checks.StatusFail, checks.StatusPass} {
		if _, err := w.Save(ctx, fixtureReport(t, t0.AddDate(0, 0, i), "192.0.2.1:443", "DPI", st)); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	s, err := history.OpenReadOnly(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	h, err := Handler(Options{Store: s})
	if err != nil {
		t.Fatal(err)
	}
	for u, want := range map[string]string{"/": `href="/compare?a=1&amp;b=2"`, "/runs/2": "GO", "/compare?a=1&b=2": "corrigé",
		"/ref?ref=7.1": "ANSSI-TLS-R1", "/groups/" + groupID(fixtureKey("192.0.2.1:443")): `href="/runs/1"`} {
		rec := get(h, "GET", u, nil)
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), want) {
			t.Errorf("%s: %d, lacks %q", u, rec.Code, want)
		}
	}
}

// TestServeOddHistories: an empty history shows an empty overview; a run
// whose stored report no longer reads back is an error page, never a
// report, but its JSON is still served as stored.
func TestServeOddHistories(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "h.db")
	w, err := history.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := Handler(Options{Store: openFixture(t, path)})
	if rec := get(h, "GET", "/", nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), "Aucun audit enregistré") {
		t.Errorf("empty history: %d", rec.Code)
	}
	bad := fixtureReport(t, t0, "192.0.2.1:443", "DPI", checks.StatusPass)
	bad.Targets[0].State = "up" // not in the schema
	if _, err := w.Save(ctx, bad); err != nil {
		t.Fatal(err)
	}
	w.Close()
	for u, code := range map[string]int{"/runs/1": http.StatusInternalServerError, "/runs/1/report.html": http.StatusInternalServerError,
		"/runs/1/report.json": 200, "/": 200, "/compare?a=1&b=1": http.StatusInternalServerError} {
		rec := get(h, "GET", u, nil)
		if rec.Code != code {
			t.Errorf("%s: %d, want %d", u, rec.Code, code)
		}
		if code != 200 && strings.Contains(rec.Body.String(), "GO") {
			t.Errorf("%s: an unreadable report shows a decision", u)
		}
	}
}
