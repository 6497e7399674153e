package creds

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"time"

	"conformscan/probes"
)

// tryTimeout bounds one login try (connect, exchange, post-login signal).
const tryTimeout = 8 * time.Second

// loginFunc tries user/password once on one fresh connection and says
// how it went: accepted (with its post-login signal), refused (a refusal
// the client recognised) or unknown (outcome.go). Unknown stops testing
// the endpoint and is an error in its facts.
type loginFunc func(ctx context.Context, user, password string) Outcome

// hostGate lets one creds run at a time on one host, and keeps one pacer
// per host: tries on a host are sequential and paced, across all its
// services. It belongs to one probe value (no package-level state).
type hostGate struct {
	mu    sync.Mutex
	slots map[string]*hostSlot
	pace  time.Duration
}

type hostSlot struct {
	busy  chan struct{}
	pacer *pacer
}

func newHostGate(pace time.Duration) *hostGate {
	return &hostGate{slots: map[string]*hostSlot{}, pace: pace}
}

// acquire waits for host's slot under ctx and returns the host's pacer and
// the slot's release.
func (g *hostGate) acquire(ctx context.Context, host string) (*pacer, func(), error) {
	g.mu.Lock()
	slot, ok := g.slots[host]
	if !ok {
		slot = &hostSlot{busy: make(chan struct{}, 1), pacer: &pacer{pace: g.pace}}
		g.slots[host] = slot
	}
	g.mu.Unlock()
	select {
	case slot.busy <- struct{}{}:
		return slot.pacer, func() { <-slot.busy }, nil
	case <-ctx.Done():
		return nil, nil, fmt.Errorf("waiting for the other login tests on %s: %w (raise --timeout)", host, ctx.Err())
	}
}

// pacerKey carries, in an admitted context, the host's pacer.
type pacerKey struct{}

// admit is the login probes' Admit: it waits for the host's slot, under
// the scan's deadline, and hands the host's pacer to Run in the context.
func (g *hostGate) admit(ctx context.Context, host string) (context.Context, func(), error) {
	p, release, err := g.acquire(ctx, host)
	if err != nil {
		return nil, nil, &probes.Error{Kind: probes.KindIOTimeout, Op: "login tests", Err: err}
	}
	return context.WithValue(ctx, pacerKey{}, p), release, nil
}

// turn returns the host's pacer: the one Admit handed over, else (a Run
// called directly) it waits for the slot itself.
func (g *hostGate) turn(ctx context.Context, host string) (*pacer, func(), error) {
	if p, ok := ctx.Value(pacerKey{}).(*pacer); ok {
		return p, func() {}, nil
	}
	return g.acquire(ctx, host)
}

// pacer spaces tries: wait returns once pace has passed since the last try.
type pacer struct {
	pace time.Duration
	last time.Time
}

func (p *pacer) wait(ctx context.Context) error {
	if !p.last.IsZero() {
		d := p.pace - time.Since(p.last)
		if d > 0 {
			t := time.NewTimer(d)
			defer t.Stop()
			select {
			case <-t.C:
			case <-ctx.Done():
				return fmt.Errorf("pausing between tries: %w (raise --probe-timeout or lower --creds-level)", ctx.Err())
			}
		}
	}
	p.last = time.Now()
	return nil
}

// session is one service's login test under the lockout budget.
type session struct {
	login loginFunc
	pacer *pacer
	facts *Facts
	// budget charges every try on the host's machine identity.
	budget *hostBudget
	// shared, when set, names the host's account store the service logs
	// into ("system" for SSH, Telnet and FTP, which share the host's
	// accounts and their lockout counters): a password one of them sent
	// to an account is then known for the others too.
	shared string
	// endpoint is the endpoint under test ("host:port").
	endpoint string
}

// budgetAccount is the account the lockout budget charges: the host's
// own accounts for SSH, Telnet and FTP, the machine's web consoles'
// accounts for HTTP (shared with the nuclei templates), else the
// service's own (a database's root).
func (s *session) budgetAccount(user string) string {
	switch {
	case s.shared != "":
		return SystemAccount(user)
	case s.facts.Service == "http":
		return WebAccount(user)
	}
	return s.facts.Service + "/" + user
}

// storeAccount names the account in the store that answers for it: the
// system store across SSH, Telnet and FTP, else this endpoint's own.
func (s *session) storeAccount(user string) string {
	if s.shared != "" {
		return s.shared + "/" + user
	}
	return StoreAccount(s.facts.Service, s.endpoint, user)
}

// StoreAccount names user in the account store of service on endpoint
// ("http@192.0.2.1:8080/admin"): the nuclei templates record there the
// passwords they send, and read what the native tries sent.
func StoreAccount(service, endpoint, user string) string {
	return service + "@" + endpoint + "/" + user
}

// account tries acc's passwords, each charged to the lockout budget
// before it is sent, stopping at the first success, which a negative
// control then checks. anonymous accounts (FTP) accept any password by
// design: no control. A try that could not be judged (Unknown) stops the
// tests: it is the error of the endpoint, never a refusal.
func (s *session) account(ctx context.Context, acc Account, product string, anonymous bool) error {
	t := Tried{Account: acc.User}
	defer func() { s.facts.Tried = append(s.facts.Tried, t) }()
	for _, pw := range acc.Passwords {
		if s.sentBySibling(acc.User, pw) {
			continue
		}
		o, err := s.charged(ctx, acc.User, pw)
		if s.spent(&t, err, acc.Passwords) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("login try as %q: %w", acc.User, err)
		}
		t.Attempts = append(t.Attempts, attemptOf(o, false))
		if o.Sent {
			t.Tries++
			s.budget.ledger.Sent(s.budget.identity(), s.storeAccount(acc.User), pw)
		}
		switch o.Verdict {
		case Refused:
			t.Failures++
			s.budget.ledger.Sent(s.budget.identity(), refusedKey(s.storeAccount(acc.User)), pw)
			continue
		case Unknown:
			return fmt.Errorf("login try as %q: %w", acc.User, o.error())
		}
		return s.found(ctx, &t, acc.User, pw, product, anonymous, o)
	}
	return nil
}

// sentBySibling tells whether this scan already had pw clearly refused
// for user's account in the host's shared account store (FTP's
// admin/admin before SSH's): the same password to the same account would
// spend the lockout budget for nothing, and the refusal is in the
// sibling's facts. A password a sibling got accepted is tried again, so
// that every service it opens is named.
func (s *session) sentBySibling(user, pw string) bool {
	if s.shared == "" {
		return false
	}
	_, all := s.budget.ledger.SentTo(s.budget.identity(), refusedKey(s.storeAccount(user)), []string{pw})
	return all
}

// refusedKey is where the ledger keeps, for this scan, the passwords an
// account store clearly refused.
func refusedKey(store string) string { return store + "\x00refused" }

// spent handles a try the budget did not allow: the account's tries stop
// there, with the reason in its note. The account is measured when its
// store got, in this scan, its share of the budget: the first
// --creds-max-tries passwords of its list, or as many distinct ones (the
// system store's passwords count across SSH, Telnet and FTP). Otherwise
// (another store or an earlier scan took the budget) it goes to the
// facts' unmeasured accounts: an error, never a pass.
func (s *session) spent(t *Tried, err error, passwords []string) bool {
	var be *BudgetError
	if !errors.As(err, &be) {
		return false
	}
	t.Note = be.Error()
	due := passwords[:min(len(passwords), s.budget.ledger.Max())]
	distinct, all := s.budget.ledger.SentTo(s.budget.identity(), s.storeAccount(t.Account), due)
	if !all && distinct < len(due) {
		s.facts.Unmeasured = append(s.facts.Unmeasured, be.Account)
	}
	return true
}

// found records an accepted try as a finding once the negative control
// has spoken: a partial acceptance (SSH partial success, HTTP 403) is a
// finding only when the random password is clearly refused.
func (s *session) found(ctx context.Context, t *Tried, user, pw, product string, anonymous bool, o Outcome) error {
	f := Finding{Kind: FindingDefault, Account: user, Secret: Mask(pw), Signal: o.Signal, Product: product}
	switch {
	case anonymous && o.Partial != "":
		return fmt.Errorf("login try as %q: anonymous access only partly accepted (%s): no verdict", user, o.Partial)
	case anonymous:
		f.Kind, f.Control = FindingAnonymous, "not made: anonymous access accepts any password by design"
	default:
		if err := judgeControl(&f, o, s.control(ctx, user, t)); err != nil {
			return fmt.Errorf("login try as %q: %w", user, err)
		}
	}
	t.Found = true
	s.facts.Findings = append(s.facts.Findings, f)
	return nil
}

// control tries a random password on the account that just let the probe
// in, charged to the budget like any try, and records it.
func (s *session) control(ctx context.Context, user string, t *Tried) Outcome {
	o, err := s.charged(ctx, user, randomPassword())
	if err != nil {
		o = notSent(err)
	}
	t.Attempts = append(t.Attempts, attemptOf(o, true))
	if o.Verdict == Refused {
		t.Failures++
	}
	return o
}

// charged makes one try under the budget, paced: charged before it is
// sent, whatever its outcome. The charge is given back only when no
// password left (o.Sent false: a service that asks for none, or a host
// key that joined the host to a machine without budget) or when the
// server clearly accepted it (a post-login signal, no partial acceptance:
// no lockout counts a success). An error is the budget's: spent
// (*BudgetError) or a state that cannot be trusted (ErrState).
func (s *session) charged(ctx context.Context, user, pw string) (Outcome, error) {
	g, err := s.budget.reserve(s.budgetAccount(user))
	if err != nil {
		return Outcome{}, err
	}
	if err := s.pacer.wait(ctx); err != nil {
		return notSent(err), g.release()
	}
	o := s.try(withGuard(ctx, g), user, pw)
	if blocked := g.blockedErr(); blocked != nil {
		return Outcome{}, errors.Join(blocked, g.release())
	}
	if !o.Sent || (o.Verdict == Accepted && o.Partial == "") {
		if err := g.release(); err != nil {
			return o, err
		}
	}
	return o, nil
}

// judgeControl sets the finding's kind and control from the accepted try
// and the control; an error means no verdict (a partial acceptance the
// control does not confirm).
func judgeControl(f *Finding, try, control Outcome) error {
	full := try.Partial == ""
	switch {
	case control.Verdict == Refused && full:
		f.Control = ControlRefused
	case control.Verdict == Refused:
		f.Kind, f.Control = FindingPartial, ControlRefused
		f.Signal = joinPair(try.Signal, try.Partial)
	case !full:
		return fmt.Errorf("password accepted only partly (%s), and the random-password control was not refused (%s): cannot tell", try.Partial, control)
	case control.Verdict == Accepted && control.Partial == "":
		f.Kind, f.Control = FindingAnyPassword, ControlAccepted
	default:
		f.Control = "no verdict: " + control.String()
	}
	return nil
}

// try runs one login under tryTimeout; a client that forgets to classify
// its outcome yields Unknown (the zero Verdict).
func (s *session) try(ctx context.Context, user, pw string) Outcome {
	ctx, cancel := context.WithTimeout(ctx, tryTimeout)
	defer cancel()
	o := s.login(ctx, user, pw)
	if pw != user {
		// A password that is the account's own name hides nothing the
		// facts do not show (and "root@%" must stay readable).
		o = redacted(o, pw)
	}
	if o.Verdict == Accepted && o.Signal == "" {
		return unknownf(true, "accepted without a post-login signal")
	}
	return o
}

// randomPassword is the negative control's password: 24 hex characters
// no vendor ships.
func randomPassword() string {
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		return "cs-control-" + time.Now().Format("150405.000000000")
	}
	return "cs" + hex.EncodeToString(b)
}

// errRefused marks a try the server refused in a way the protocol client
// reports as an error (SSH).
var errRefused = errors.New("login refused")

// errPartial stops an SSH handshake at a partial success: the password was
// right, another method is required.
var errPartial = errors.New("partial success")

// notTestableError says the service asks for no login the probe can try.
type notTestableError struct{ why string }

func (e *notTestableError) Error() string { return e.why }

func notTestable(why string) error { return &notTestableError{why: why} }
