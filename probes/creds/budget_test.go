package creds

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"conformscan/inputs/inputstest"
)

// budgetClock is an injected clock for the ledger.
type budgetClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *budgetClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *budgetClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func newBudgetClock() *budgetClock {
	return &budgetClock{now: time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)}
}

func reserveN(t *testing.T, l *Ledger, id Identity, account string, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		if _, err := l.Reserve(id, account); err != nil {
			t.Fatalf("try %d: %v", i+1, err)
		}
	}
}

func wantSpent(t *testing.T, err error) *BudgetError {
	t.Helper()
	var be *BudgetError
	if !errors.As(err, &be) {
		t.Fatalf("want a spent budget, got %v", err)
	}
	return be
}

// TestBudgetIdentityMerging: "localhost" and 127.0.0.1 are one machine;
// two addresses with one SSH host key are one machine once it is known.
func TestBudgetIdentityMerging(t *testing.T) {
	lookup := func(_ context.Context, _, host string) ([]netip.Addr, error) {
		if host != "localhost" {
			return nil, errors.New("no such host")
		}
		return []netip.Addr{netip.MustParseAddr("::1"), netip.MustParseAddr("127.0.0.1")}, nil
	}
	ctx := context.Background()
	byIP, err := hostIdentity(ctx, "127.0.0.1", lookup)
	if err != nil {
		t.Fatal(err)
	}
	byName, err := hostIdentity(ctx, "localhost", lookup)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := hostIdentity(ctx, "nowhere.invalid", lookup); err == nil {
		t.Fatal("an unresolved name must not get a budget of its own")
	}
	mapped, _ := hostIdentity(ctx, "::ffff:127.0.0.1", lookup)
	if mapped[0] != byIP[0] {
		t.Fatalf("IPv4-mapped address %v is not %v", mapped, byIP)
	}
	l := NewLedger("", 2, BudgetWindow, newBudgetClock().Now)
	reserveN(t, l, byIP, "system/admin", 1)
	reserveN(t, l, byName, "system/admin", 1)
	_, err = l.Reserve(byIP, "system/admin")
	wantSpent(t, err)
	if _, err := l.Reserve(byName, "system/root"); err != nil {
		t.Fatalf("another account keeps its budget: %v", err)
	}

	a, b := Identity{"ip:192.0.2.1"}, Identity{"ip:192.0.2.2"}
	reserveN(t, l, a, "system/admin", 2)
	if _, err := l.Link(a, "ssh-hostkey:SHA256:same"); err != nil {
		t.Fatal(err)
	}
	if over, err := l.Over(b, "system/admin"); err != nil || over != nil {
		t.Fatalf("before its key is known, b is another machine: %v %v", over, err)
	}
	b, err = l.Link(b, "ssh-hostkey:SHA256:same")
	if err != nil {
		t.Fatal(err)
	}
	_, err = l.Reserve(b, "system/admin")
	wantSpent(t, err)
	if over, _ := l.Over(b, "system/admin"); over != nil {
		t.Fatalf("2 tries of 2 is not over: %v", over)
	}
	// Transitive: a TLS certificate shared by b and c joins c too.
	c := Identity{"ip:198.51.100.7"}
	if _, err := l.Link(b, "tls-cert:abc"); err != nil {
		t.Fatal(err)
	}
	c, _ = l.Link(c, "tls-cert:abc")
	if left, _ := l.Left(c, "system/admin"); left != 0 {
		t.Fatalf("c shares a's budget through b: %d left", left)
	}
}

// TestBudgetWindowExpiry: tries count for 15 minutes, then no more.
func TestBudgetWindowExpiry(t *testing.T) {
	clk := newBudgetClock()
	l := NewLedger("", 2, BudgetWindow, clk.Now)
	id := Identity{"ip:192.0.2.1"}
	first := clk.Now()
	reserveN(t, l, id, "system/admin", 1)
	clk.advance(5 * time.Minute)
	reserveN(t, l, id, "system/admin", 1)
	_, err := l.Reserve(id, "system/admin")
	be := wantSpent(t, err)
	if !be.Until.Equal(first.Add(BudgetWindow)) || be.Spent != 2 || be.Earlier {
		t.Fatalf("budget error %+v, want until %s", be, first.Add(BudgetWindow))
	}
	clk.advance(10*time.Minute - time.Second)
	_, err = l.Reserve(id, "system/admin")
	wantSpent(t, err)
	clk.advance(time.Second)
	reserveN(t, l, id, "system/admin", 1)
	_, err = l.Reserve(id, "system/admin")
	wantSpent(t, err)
	// A clock set back by more than the window does not keep stale
	// charges for ever.
	clk.advance(-2 * BudgetWindow)
	reserveN(t, l, id, "system/admin", 2)
}

// TestBudgetPersistence: a second scan (another ledger on the same file)
// sees the first one's tries; a released try is not counted; the file
// holds no password.
func TestBudgetPersistence(t *testing.T) {
	clk := newBudgetClock()
	path := filepath.Join(t.TempDir(), "state", "lockout.json")
	id := Identity{"ip:192.0.2.1"}
	run1 := NewLedger(path, 2, BudgetWindow, clk.Now)
	tk, err := run1.Reserve(id, "system/admin")
	if err != nil {
		t.Fatal(err)
	}
	reserveN(t, run1, id, "system/admin", 1)
	if err := run1.Release(tk); err != nil {
		t.Fatal(err)
	}
	run2 := NewLedger(path, 2, BudgetWindow, clk.Now)
	reserveN(t, run2, id, "system/admin", 1)
	_, err = run2.Reserve(id, "system/admin")
	if be := wantSpent(t, err); !be.Earlier {
		t.Fatalf("an earlier scan's try is not said so: %+v", be)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm()&0o077 != 0 {
		t.Errorf("state file mode %v", st.Mode())
	}
	if !strings.Contains(string(raw), "system/admin") || strings.Contains(string(raw), "password") {
		t.Fatalf("state file:\n%s", raw)
	}
	clk.advance(BudgetWindow)
	reserveN(t, NewLedger(path, 2, BudgetWindow, clk.Now), id, "system/admin", 2)
}

// TestBudgetConcurrency: two scans of one state file and many goroutines
// reserving at once never exceed the budget (run with -race).
func TestBudgetConcurrency(t *testing.T) {
	clk := newBudgetClock()
	path := filepath.Join(t.TempDir(), "lockout.json")
	ledgers := []*Ledger{NewLedger(path, 2, BudgetWindow, clk.Now), NewLedger(path, 2, BudgetWindow, clk.Now)}
	var ok, spent atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 24; i++ {
		wg.Add(1)
		go func(l *Ledger) {
			defer wg.Done()
			_, err := l.Reserve(Identity{"ip:192.0.2.1"}, "system/admin")
			var be *BudgetError
			switch {
			case err == nil:
				ok.Add(1)
			case errors.As(err, &be):
				spent.Add(1)
			default:
				t.Error(err)
			}
		}(ledgers[i%2])
	}
	wg.Wait()
	if ok.Load() != 2 || spent.Load() != 22 {
		t.Fatalf("%d tries allowed, %d refused; want 2 and 22", ok.Load(), spent.Load())
	}
}

// TestBudgetCorruptState: a state that cannot be read or trusted allows
// no try.
func TestBudgetCorruptState(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"garbage":  "{not json",
		"empty":    "",
		"version":  `{"version":9,"charges":[],"links":[]}`,
		"unknown":  `{"version":1,"charges":[],"links":[],"extra":1}`,
		"charge":   `{"version":1,"charges":[{"id":"x","keys":[],"account":"a","at":"2030-01-02T03:04:05Z","run":"r"}],"links":[]}`,
		"trailing": `{"version":1,"charges":[],"links":[]} {}`,
	} {
		path := filepath.Join(dir, name+".json")
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := NewLedger(path, 2, BudgetWindow, newBudgetClock().Now).Reserve(Identity{"ip:192.0.2.1"}, "system/admin")
		if !errors.Is(err, ErrState) {
			t.Errorf("%s: want ErrState, got %v", name, err)
		}
	}
	// A FIFO or a device where the file should be: refused at once.
	fifo := filepath.Join(dir, "fifo")
	inputstest.Mkfifo(t, fifo)
	for _, path := range []string{fifo, "/dev/zero"} {
		if _, err := NewLedger(path, 2, BudgetWindow, nil).Left(Identity{"ip:192.0.2.1"}, "a"); !errors.Is(err, ErrState) {
			t.Errorf("%s: want ErrState, got %v", path, err)
		}
	}
	// A directory where the file should be: unreadable.
	path := filepath.Join(dir, "adir")
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := NewLedger(path, 2, BudgetWindow, nil).Left(Identity{"ip:192.0.2.1"}, "a"); !errors.Is(err, ErrState) {
		t.Errorf("unreadable: want ErrState, got %v", err)
	}
}

// TestBudgetCorruptStateNoTry: through the probe, a corrupt state file
// sends no password and says why.
func TestBudgetCorruptStateNoTry(t *testing.T) {
	var tries atomic.Int32
	addr := basicConsole(t, func(u, p string) bool { return false }, &tries)
	path := filepath.Join(t.TempDir(), "lockout.json")
	if err := os.WriteFile(path, []byte("\x00garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := runProbe(t, &Flags{State: path}, endpoint(t, addr, "http"))
	if err == nil || tries.Load() != 0 || !strings.Contains(f.Error, "lockout budget state unusable") || !strings.Contains(f.Error, path) {
		t.Fatalf("err %v, %d tries, facts error %q", err, tries.Load(), f.Error)
	}
}

// TestBudgetTwoRuns: two scans and the same host under another name
// within the window send at most 2 tries per account in all; accounts an
// earlier scan left without budget are not measured (an error, never a
// pass).
func TestBudgetTwoRuns(t *testing.T) {
	var mu sync.Mutex
	perUser := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, _, ok := r.BasicAuth(); ok {
			mu.Lock()
			perUser[u]++
			mu.Unlock()
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="console"`)
		w.WriteHeader(http.StatusUnauthorized)
	}))
	t.Cleanup(srv.Close)
	addr := strings.TrimPrefix(srv.URL, "http://")
	_, port, _ := strings.Cut(addr, ":")
	state := filepath.Join(t.TempDir(), "lockout.json")
	f0, err := runProbe(t, &Flags{State: state, MaxTries: DefaultMaxTries}, endpoint(t, addr, "http"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f0.Tried) == 0 {
		t.Fatalf("run 1 tried nothing: %+v", f0)
	}
	f, err := runProbe(t, &Flags{State: state, MaxTries: DefaultMaxTries}, endpoint(t, addr, "http"))
	if err == nil || !slices.Contains(f.Unmeasured, WebAccount("admin")) || !strings.Contains(f.Error, "lockout budget spent") {
		t.Fatalf("second run: err %v, facts %+v", err, f)
	}
	f, err = runProbe(t, &Flags{State: state, MaxTries: DefaultMaxTries}, endpoint(t, "localhost:"+port, "http"))
	if err == nil || !slices.Contains(f.Identity, "ip:127.0.0.1") {
		t.Fatalf("localhost run: err %v, facts %+v", err, f)
	}
	mu.Lock()
	defer mu.Unlock()
	for u, n := range perUser {
		if n > DefaultMaxTries {
			t.Errorf("account %s: %d tries in three runs, budget %d", u, n, DefaultMaxTries)
		}
	}
	if perUser["admin"] != DefaultMaxTries {
		t.Errorf("tries per account %v", perUser)
	}
}

// TestBudgetMaxTriesFlag: up to 5 with a warning naming the lockout risk,
// never above.
func TestBudgetMaxTriesFlag(t *testing.T) {
	for n, want := range map[int]string{0: "error", 1: "", 2: "", 3: "warning", 5: "warning", 6: "error", 10: "error"} {
		f := &Flags{MaxTries: n}
		err := f.validateBudget()
		switch {
		case want == "error" && err == nil, want != "error" && err != nil:
			t.Errorf("%d: %v", n, err)
		case want == "warning" && !strings.Contains(f.Warning, "lock"):
			t.Errorf("%d: warning %q", n, f.Warning)
		case want == "" && f.Warning != "":
			t.Errorf("%d: warning %q", n, f.Warning)
		}
	}
}

// TestBudgetSiblingServices: an account whose budget another service of
// the machine spent in this scan is measured when its store got its share
// of passwords (SSH, Telnet and FTP share the host's accounts), and not
// measured (an error) otherwise: two web consoles of one machine share a
// budget but not their accounts.
func TestBudgetSiblingServices(t *testing.T) {
	budget := memBudget(2)
	refuse := func(context.Context, string, string) Outcome { return refusedWith("no") }
	sess := func(svc, shared, endpoint string) *session {
		return &session{login: refuse, pacer: &pacer{pace: MinPace}, budget: budget, facts: &Facts{Service: svc}, shared: shared, endpoint: endpoint}
	}
	ctx := context.Background()
	for _, c := range []struct {
		s          *session
		passwords  []string
		unmeasured bool
	}{
		{sess("ssh", systemAccounts, "h:22"), []string{"a", "b", "x"}, false},
		{sess("telnet", systemAccounts, "h:23"), []string{"b", "a"}, false},
		{sess("ftp", systemAccounts, "h:21"), []string{"c"}, false},
		{sess("http", "", "h:80"), []string{"a", "b"}, false},
		{sess("http", "", "h:8080"), []string{"a", "b"}, true},
	} {
		if err := c.s.account(ctx, Account{User: "admin", Passwords: c.passwords}, "", false); err != nil {
			t.Fatal(err)
		}
		if got := len(c.s.facts.Unmeasured) > 0; got != c.unmeasured || (c.s.facts.unmeasured(nil) != nil) != c.unmeasured {
			t.Errorf("%s %s: unmeasured %v, facts %+v", c.s.facts.Service, c.s.endpoint, c.s.facts.Unmeasured, c.s.facts)
		}
	}
}

// FuzzLockoutState: any state file either parses into complete entries or
// is refused (ErrState), without a panic.
func FuzzLockoutState(f *testing.F) {
	f.Add([]byte(`{"version":1,"charges":[{"id":"a","keys":["ip:192.0.2.1"],"account":"system/admin","at":"2030-01-02T03:04:05Z","run":"r"}],"links":[{"keys":["ip:192.0.2.1","ssh-hostkey:SHA256:x"],"at":"2030-01-02T03:04:05Z"}]}`))
	f.Add([]byte(`{"version":1,"charges":[],"links":[]}`))
	f.Add([]byte("{"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		s, err := parseState(raw, "fuzz")
		if err != nil {
			if !errors.Is(err, ErrState) {
				t.Fatalf("error not ErrState: %v", err)
			}
			return
		}
		for _, c := range s.Charges {
			if c.ID == "" || c.Account == "" || len(c.Keys) == 0 {
				t.Fatalf("incomplete charge accepted: %+v", c)
			}
		}
		_ = s.check(Identity{"ip:192.0.2.1"}, "system/admin", 1, "r", BudgetWindow)
	})
}

// TestBudgetTLSCertificateJoinsMachines: two addresses whose web endpoint
// presents one certificate are one machine.
func TestBudgetTLSCertificateJoinsMachines(t *testing.T) {
	srv := httptest.NewTLSServer(http.NotFoundHandler())
	defer srv.Close()
	dial := func(ctx context.Context, n, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, n, srv.Listener.Addr().String())
	}
	l := NewLedger("", 2, BudgetWindow, nil)
	ctx := context.Background()
	a, err := EndpointIdentity(ctx, l, dial, "192.0.2.1", 443, true)
	if err != nil || len(a) != 2 {
		t.Fatalf("identity %v, %v", a, err)
	}
	reserveN(t, l, a, WebAccount("admin"), 2)
	b, err := EndpointIdentity(ctx, l, dial, "192.0.2.2", 8443, true)
	if err != nil {
		t.Fatal(err)
	}
	_, err = l.Reserve(b, WebAccount("admin"))
	wantSpent(t, err)
	if left, _ := l.Left(Identity{"ip:192.0.2.2"}, WebAccount("admin")); left != 0 {
		t.Fatalf("the second address is not joined by the certificate: %d left", left)
	}
}

// TestBudgetChargedWhateverTheOutcome: a try whose answer is not
// understood (an error after the password left) stays charged; one the
// server clearly accepted is given back; one that sent nothing is too.
func TestBudgetChargedWhateverTheOutcome(t *testing.T) {
	id := Identity{"ip:192.0.2.1"}
	for _, c := range []struct {
		name  string
		login loginFunc
		left  int
	}{
		{"unrecognised answer", func(context.Context, string, string) Outcome {
			return unknown(true, errors.New("unrecognised reply after the password"))
		}, 1},
		{"refused", func(context.Context, string, string) Outcome { return refusedWith("no") }, 1},
		{"partly accepted", func(context.Context, string, string) Outcome { return acceptedPartial("in", "second factor") }, 1},
		{"accepted", func(context.Context, string, string) Outcome { return accepted("in") }, 2},
		{"nothing sent", func(context.Context, string, string) Outcome { return notSent(notTestable("keys only")) }, 2},
	} {
		l := NewLedger("", 2, BudgetWindow, nil)
		s := &session{login: c.login, pacer: &pacer{pace: MinPace}, budget: newHostBudget(l, id), facts: &Facts{Service: "telnet"}, shared: systemAccounts}
		_, _ = s.charged(context.Background(), "admin", "x")
		if left, _ := l.Left(id, SystemAccount("admin")); left != c.left {
			t.Errorf("%s: %d left, want %d", c.name, left, c.left)
		}
	}
}
