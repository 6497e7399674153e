//go:build nuclei

package nuclei

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"conformscan/probes"
	"conformscan/probes/creds"
	"conformscan/probes/lib/nucleifacts"
)

// TestBudgetSharedWithNativeTries: on a Tomcat-like console asking for
// Basic credentials, the native HTTP tries and the templates (embedded
// and the user's own) share one lockout budget: the console's realm (its
// Basic logins) sees no username more than 2 times, and the templates
// left without budget are said in facts. (Form logins to other consoles'
// paths, such as Webmin's, are not the realm's: Webmin's count with the
// host's accounts.)
func TestBudgetSharedWithNativeTries(t *testing.T) {
	var mu sync.Mutex
	perUser := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/manager/html" && r.URL.Path != "/own" {
			http.NotFound(w, r)
			return
		}
		if u, _, ok := r.BasicAuth(); ok {
			mu.Lock()
			perUser[u]++
			mu.Unlock()
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="Tomcat Manager Application"`)
		w.WriteHeader(http.StatusUnauthorized)
	}))
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	user := "id: user-admin-login\ninfo:\n  name: own\n  author: me\n  severity: high\n  tags: default-login\n" +
		"http:\n  - raw:\n      - |\n        GET /own HTTP/1.1\n        Host: {{Hostname}}\n        Authorization: Basic {{base64(username + ':' + password)}}\n\n" +
		"    attack: pitchfork\n    payloads:\n      username:\n        - 'admin'\n      password:\n        - 'own'\n" +
		"    matchers:\n      - type: status\n        status:\n          - 200\n"
	if err := os.WriteFile(filepath.Join(dir, "own.yaml"), []byte(user), 0o600); err != nil {
		t.Fatal(err)
	}
	logins := creds.DefaultFlags()
	logins.State, logins.Pace = filepath.Join(t.TempDir(), "lockout.json"), creds.MinPace
	if err := logins.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	s := endpointOf(t, srv)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	env := &probes.Env{Now: time.Now, ProbeTimeout: time.Minute}
	if err := creds.NewWith(logins).Run(ctx, env, s); err != nil {
		t.Fatal(err)
	}
	// The Tomcat template's pairs were sent by the native tries already:
	// measured. The user's template on /own, left without budget, is not:
	// the endpoint is in error. The consoles left out that answer 404 are
	// absent.
	f := &Flags{Rate: 50, Templates: dir, Budget: logins.Ledger}
	err := NewWith(f).Run(ctx, env, s)
	facts := nucleifacts.FactsOf(s)
	if err == nil || len(facts.Unmeasured) != 1 || !strings.Contains(facts.Unmeasured[0], "user-admin-login") {
		t.Fatalf("err %v, unmeasured %v", err, facts.Unmeasured)
	}
	mu.Lock()
	defer mu.Unlock()
	for u, n := range perUser {
		if n > creds.DefaultMaxTries {
			t.Errorf("account %s: %d requests with a password, budget %d (%v)", u, n, creds.DefaultMaxTries, perUser)
		}
	}
	skipped := strings.Join(facts.Skipped, "\n")
	if !regexp.MustCompile(`tomcat-manager: [^\n]*lockout budget spent[^\n]*tried by the native HTTP probe`).MatchString(skipped) ||
		!regexp.MustCompile(`user-admin-login: [^\n]*lockout budget spent`).MatchString(skipped) ||
		!regexp.MustCompile(`xerox-printer: [^\n]*console absent`).MatchString(skipped) {
		t.Errorf("skipped templates:\n%s", skipped)
	}
	// A second scan within the window runs no template trying admin, and
	// says the accounts were not measured.
	before := perUser["admin"]
	mu.Unlock()
	l2 := creds.NewLedger(logins.State, creds.DefaultMaxTries, creds.BudgetWindow, nil)
	s2 := endpointOf(t, srv)
	err = NewWith(&Flags{Rate: 50, Budget: func() *creds.Ledger { return l2 }}).Run(ctx, env, s2)
	mu.Lock()
	f2 := nucleifacts.FactsOf(s2)
	if err == nil || f2 == nil || !strings.Contains(strings.Join(f2.Unmeasured, ","), "tomcat-manager") || perUser["admin"] != before {
		t.Errorf("second scan: err %v, facts %+v, admin requests %d then %d", err, f2, before, perUser["admin"])
	}
}
