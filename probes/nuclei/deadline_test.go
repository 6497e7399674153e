//go:build nuclei

package nuclei

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"conformscan/probes"
	"conformscan/probes/lib/nucleifacts"
)

// TestDeadline: a console that never answers does not hold the probe past
// its context deadline; the run ends in error, its facts say why.
func TestDeadline(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(func() { close(release); srv.Close() })
	p := NewWith(withTestBudget(&Flags{Rate: 50}))
	s := endpointOf(t, srv)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	start := time.Now()
	err := p.Run(ctx, &probes.Env{Now: time.Now}, s)
	took := time.Since(start)
	if err == nil {
		t.Fatalf("no error from a run past its deadline: %+v", nucleifacts.FactsOf(s))
	}
	if took > 8*time.Second {
		t.Errorf("run took %s under a 3s deadline", took)
	}
	if f := nucleifacts.FactsOf(s); f == nil || f.Error == "" {
		t.Errorf("facts do not say why: %+v", f)
	}
	t.Logf("stopped after %s: %v", took.Round(time.Millisecond), err)
}
