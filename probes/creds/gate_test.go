package creds

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"conformscan/probes"
)

// TestOneHostPacedAcrossServices: two consoles on one host, probed at the
// same time by one probe value, see sequential tries, pace apart.
func TestOneHostPacedAcrossServices(t *testing.T) {
	var mu sync.Mutex
	var at []time.Time
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		at = append(at, time.Now())
		mu.Unlock()
		w.Header().Set("WWW-Authenticate", `Basic realm="x"`)
		w.WriteHeader(http.StatusUnauthorized)
	})
	a, b := httptest.NewServer(h), httptest.NewServer(h)
	defer a.Close()
	defer b.Close()
	// Two consoles of one host share its budget: 5 fits both.
	f := &Flags{Level: LevelQuick, MaxTries: MaxMaxTries, Pace: MinPace, State: filepath.Join(t.TempDir(), "lockout.json")}
	if err := f.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	p := NewWith(f)
	var wg sync.WaitGroup
	for _, u := range []string{a.URL, b.URL} {
		s := endpoint(t, strings.TrimPrefix(u, "http://"), "http")
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			if err := p.Run(ctx, &probes.Env{}, s); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	sort.Slice(at, func(i, j int) bool { return at[i].Before(at[j]) })
	if len(at) < 4 {
		t.Fatalf("%d requests", len(at))
	}
	for i := 1; i < len(at); i++ {
		if gap := at[i].Sub(at[i-1]); gap < MinPace-20*time.Millisecond {
			t.Errorf("requests %d and %d only %s apart", i-1, i, gap)
		}
	}
}
