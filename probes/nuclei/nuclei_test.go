//go:build nuclei

package nuclei

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"conformscan/probes"
	"conformscan/probes/creds"
	"conformscan/probes/discovery"
	"conformscan/probes/lib/nucleifacts"
)

// console is a loopback stand-in for one web console: the login request
// its template sends, and the answers to a good and a bad login.
type console struct {
	Key      string   `json:"key"`
	Template string   `json:"template"`
	Method   string   `json:"method"`
	Path     string   `json:"path"`
	Style    string   `json:"style"`
	Fields   []string `json:"fields"`
	User     string   `json:"user"`
	Password string   `json:"password"`
	OK       answer   `json:"ok"`
	Fail     answer   `json:"fail"`
}

type answer struct {
	Status  int               `json:"status"`
	Body    string            `json:"body"`
	Headers map[string]string `json:"headers"`
}

func loadConsoles(t *testing.T) []console {
	t.Helper()
	raw, err := os.ReadFile("testdata/consoles.json")
	if err != nil {
		t.Fatal(err)
	}
	var cs []console
	if err := json.Unmarshal(raw, &cs); err != nil {
		t.Fatal(err)
	}
	return cs
}

// consoleServer serves c on loopback, accepting c.User with password.
func consoleServer(t *testing.T, c console, password string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != c.Method || r.URL.Path != c.Path {
			http.NotFound(w, r)
			return
		}
		a := c.Fail
		if user, pass := credentialsOf(r, c); user == c.User && pass == password {
			a = c.OK
		}
		for k, v := range a.Headers {
			w.Header().Set(k, v)
		}
		w.WriteHeader(a.Status)
		_, _ = w.Write([]byte(a.Body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// credentialsOf reads the login pair the way the console takes it.
func credentialsOf(r *http.Request, c console) (string, string) {
	switch c.Style {
	case "basic":
		u, p, _ := r.BasicAuth()
		return u, p
	case "json":
		var m map[string]string
		_ = json.NewDecoder(r.Body).Decode(&m)
		return m[c.Fields[0]], m[c.Fields[1]]
	case "query":
		q := r.URL.Query()
		return q.Get(c.Fields[0]), q.Get(c.Fields[1])
	case "qnap":
		_ = r.ParseForm()
		p, _ := base64.StdEncoding.DecodeString(r.PostForm.Get(c.Fields[1]))
		return r.PostForm.Get(c.Fields[0]), string(p)
	}
	_ = r.ParseForm()
	return r.PostForm.Get(c.Fields[0]), r.PostForm.Get(c.Fields[1])
}

// withTestBudget gives f, when it has none, a lockout budget large
// enough for every template: the tests of the templates themselves run
// them all on one loopback host (the budget has its own tests).
func withTestBudget(f *Flags) *Flags {
	if f.Budget == nil {
		l := creds.NewLedger("", 1000, creds.BudgetWindow, nil)
		f.Budget = func() *creds.Ledger { return l }
	}
	return f
}

// endpointOf is the endpoint subject discovery would make for srv.
func endpointOf(t *testing.T, srv *httptest.Server) *probes.Subject {
	t.Helper()
	u, _ := url.Parse(srv.URL)
	port, _ := strconv.Atoi(u.Port())
	s := probes.NewSubject(probes.SubjectEndpoint, u.Host)
	s.Host, s.Port = u.Hostname(), port
	s.Descriptor = &discovery.Port{Port: port, State: "open", Service: "http"}
	return s
}

// runProbe runs the probe once on srv and returns its facts.
func runProbe(t *testing.T, f *Flags, srv *httptest.Server) *nucleifacts.Facts {
	t.Helper()
	p := NewWith(withTestBudget(f))
	s := endpointOf(t, srv)
	if !p.Applies(s) {
		t.Fatal("probe does not apply to an http endpoint")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	env := &probes.Env{Now: time.Now}
	if err := p.Run(ctx, env, s); err != nil {
		t.Fatalf("run on %s: %v", srv.URL, err)
	}
	facts := nucleifacts.FactsOf(s)
	if facts == nil {
		t.Fatal("no facts")
	}
	return facts
}

func TestEmbeddedTemplatesHaveFixtures(t *testing.T) {
	cs := loadConsoles(t)
	byTemplate := map[string]bool{}
	for _, c := range cs {
		byTemplate[c.Template] = true
	}
	entries, err := fs.ReadDir(embedded, "templates")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 15 || len(entries) != len(cs) {
		t.Fatalf("%d templates, %d fixtures: want at least 15, one fixture each", len(entries), len(cs))
	}
	for _, e := range entries {
		raw, _ := embedded.ReadFile("templates/" + e.Name())
		id := strings.TrimSpace(strings.TrimPrefix(strings.SplitN(string(raw), "\n", 2)[0], "id:"))
		if !byTemplate[id] {
			t.Errorf("template %s (%s) has no loopback fixture", id, e.Name())
		}
		if !strings.Contains(string(raw), "default-login") {
			t.Errorf("template %s is not tagged default-login", id)
		}
	}
}

func TestDefaultLoginsPositiveAndNegative(t *testing.T) {
	for _, c := range loadConsoles(t) {
		t.Run(c.Key, func(t *testing.T) {
			good := runProbe(t, &Flags{Rate: 50}, consoleServer(t, c, c.Password))
			if good.Error != "" || good.Templates < 15 {
				t.Fatalf("run: %d templates, error %q", good.Templates, good.Error)
			}
			if len(good.Logins) != 1 {
				t.Fatalf("default login: want exactly 1 finding (%s), got %+v", c.Template, good.Logins)
			}
			l := good.Logins[0]
			if l.TemplateID != c.Template || l.Account != c.User || l.Secret != creds.Mask(c.Password) || !strings.HasPrefix(l.URL, good.Target) {
				t.Errorf("finding %+v: want template %s, account %s, secret %s, URL under %s", l, c.Template, c.User, creds.Mask(c.Password), good.Target)
			}
			if c.Password != "" && strings.Contains(l.Secret, c.Password) {
				t.Errorf("secret in clear: %q", l.Secret)
			}
			bad := runProbe(t, &Flags{Rate: 50}, consoleServer(t, c, "Changed-"+c.Password+"-2026"))
			if bad.Error != "" || len(bad.Logins) != 0 {
				t.Errorf("changed password: want no finding, got %+v (error %q)", bad.Logins, bad.Error)
			}
		})
	}
}
