package creds

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
)

// Lockout budget defaults: pam_faillock locks at 3 failures in 15
// minutes by default, CIS profiles at 5.
const (
	// DefaultMaxTries is the default number of tries per account per host
	// within the window.
	DefaultMaxTries = 2
	// MaxMaxTries is the highest --creds-max-tries accepted.
	MaxMaxTries = 5
	// BudgetWindow is how long a try counts against an account.
	BudgetWindow = 15 * time.Minute
)

// Identity names one machine: its identity keys ("ip:192.0.2.10",
// "ssh-hostkey:SHA256:...", "tls-cert:<sha256>"). Two identities sharing a
// key, directly or through recorded links, are the same machine and share
// one budget.
type Identity []string

// key builds an identity key.
func identityKey(kind, value string) string { return kind + ":" + value }

// Ledger is the lockout budget: every try that sends a password is
// charged, before it is sent, to its account on its host, and no more
// than max tries per account per machine fit within the window, across
// services, probes (native and nuclei) and runs. It is persisted in a
// file-locked state file; an unreadable or corrupt state refuses every try
// (fail closed).
type Ledger struct {
	store  *stateFile
	max    int
	window time.Duration
	now    func() time.Time
	// run marks this process's charges, to tell a budget spent by this
	// scan from one spent by an earlier scan.
	run string
	mu  sync.Mutex
	// sent remembers, in memory only and hashed with salt, the passwords
	// this scan sent per identity key and account (store): an account
	// whose budget another service spent is measured only if its store
	// got its share of passwords in this scan.
	sent map[string]map[string]bool
	salt string
}

// NewLedger returns a ledger persisted at path ("" keeps it in memory:
// tests and one-off uses only).
func NewLedger(path string, max int, window time.Duration, now func() time.Time) *Ledger {
	if now == nil {
		now = time.Now
	}
	return &Ledger{store: &stateFile{path: path}, max: max, window: window, now: now, run: randomID(),
		sent: map[string]map[string]bool{}, salt: randomID()}
}

// Sent records that this scan sent password to account at id.
func (l *Ledger) Sent(id Identity, account, password string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	h := l.hash(password)
	for _, k := range id {
		set := l.sent[k+"\x00"+account]
		if set == nil {
			set = map[string]bool{}
			l.sent[k+"\x00"+account] = set
		}
		set[h] = true
	}
}

// SentTo returns how many distinct passwords this scan sent to account
// at id, and whether passwords were all among them.
func (l *Ledger) SentTo(id Identity, account string, passwords []string) (distinct int, all bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	union := map[string]bool{}
	for _, k := range id {
		for h := range l.sent[k+"\x00"+account] {
			union[h] = true
		}
	}
	all = true
	for _, pw := range passwords {
		all = all && union[l.hash(pw)]
	}
	return len(union), all
}

func (l *Ledger) hash(password string) string {
	sum := sha256.Sum256([]byte(l.salt + "\x00" + password))
	return hex.EncodeToString(sum[:])
}

// Path is the state file ("" when kept in memory).
func (l *Ledger) Path() string { return l.store.path }

// Max is the number of tries per account per machine in the window.
func (l *Ledger) Max() int { return l.max }

// Ticket is one charge; Release takes it back when no password was sent.
type Ticket struct{ id string }

// BudgetError says an account has no try left on a machine.
type BudgetError struct {
	Account string
	// Spent is the number of tries charged within the window.
	Spent int
	// Earlier is true when tries of another scan (an earlier run, or
	// another process) count towards it.
	Earlier bool
	// Until is when the oldest charge expires.
	Until time.Time
}

func (e *BudgetError) Error() string {
	fr, en := "cette analyse", "this scan"
	if e.Earlier {
		fr, en = "une analyse précédente", "an earlier scan"
	}
	return fmt.Sprintf("budget anti-verrouillage épuisé pour le compte %q (%d essai(s) en 15 min, dont %s), prochain essai possible après %s / "+
		"lockout budget spent for account %q (%d tries within 15 min, some by %s), next try possible after %s",
		e.Account, e.Spent, fr, e.Until.UTC().Format(time.RFC3339), e.Account, e.Spent, en, e.Until.UTC().Format(time.RFC3339))
}

// ErrState marks a state file that cannot be trusted: no try is made.
var ErrState = errors.New("lockout budget state unusable: no login tried")

// Reserve charges one try on account at id, if the budget allows it.
// The error is a *BudgetError when the budget is spent, or wraps ErrState.
func (l *Ledger) Reserve(id Identity, account string) (Ticket, error) {
	t := Ticket{id: randomID()}
	err := l.update(func(s *state, now time.Time) error {
		if berr := s.check(id, account, l.max-1, l.run, l.window); berr != nil {
			return berr
		}
		s.Charges = append(s.Charges, charge{ID: t.id, Keys: slices.Clone(id), Account: account, At: now, Run: l.run})
		return nil
	})
	if err != nil {
		return Ticket{}, err
	}
	return t, nil
}

// Release takes back a charge whose try sent no password.
func (l *Ledger) Release(t Ticket) error {
	if t.id == "" {
		return nil
	}
	return l.update(func(s *state, _ time.Time) error {
		s.Charges = slices.DeleteFunc(s.Charges, func(c charge) bool { return c.ID == t.id })
		return nil
	})
}

// Link records that key (an SSH host key, a TLS certificate) belongs to
// the machine id, and returns id with it. From then on every name or
// address with that key shares the machine's budget.
func (l *Ledger) Link(id Identity, key string) (Identity, error) {
	merged := append(slices.Clone(id), key)
	slices.Sort(merged)
	merged = slices.Compact(merged)
	err := l.update(func(s *state, now time.Time) error {
		s.Links = append(s.Links, link{Keys: merged, At: now})
		return nil
	})
	return merged, err
}

// Over tells whether account on id is charged beyond the budget (a link
// just merged two machines' charges): the try in flight must then send
// nothing.
func (l *Ledger) Over(id Identity, account string) (*BudgetError, error) {
	var out *BudgetError
	err := l.view(func(s *state) {
		out = s.check(id, account, l.max, l.run, l.window)
	})
	return out, err
}

// Left is the number of tries left on account at id.
func (l *Ledger) Left(id Identity, account string) (int, error) {
	n := 0
	err := l.view(func(s *state) {
		n = l.max - s.spent(id, account)
	})
	return max(n, 0), err
}

// update runs fn on the state under the lock and saves it.
func (l *Ledger) update(fn func(s *state, now time.Time) error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	return l.store.modify(func(s *state) (bool, error) {
		s.expire(now, l.window)
		if err := fn(s, now); err != nil {
			return false, err
		}
		return true, nil
	})
}

// view runs fn on the state under the lock without saving it.
func (l *Ledger) view(fn func(s *state)) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	return l.store.modify(func(s *state) (bool, error) {
		s.expire(now, l.window)
		fn(s)
		return false, nil
	})
}

// state is the persisted ledger: charges and identity links within the
// window. It holds account names and host keys, never a password.
type state struct {
	Version int      `json:"version"`
	Charges []charge `json:"charges"`
	Links   []link   `json:"links"`
}

type charge struct {
	ID      string    `json:"id"`
	Keys    []string  `json:"keys"`
	Account string    `json:"account"`
	At      time.Time `json:"at"`
	Run     string    `json:"run"`
}

type link struct {
	Keys []string  `json:"keys"`
	At   time.Time `json:"at"`
}

const stateVersion = 1

// expire drops what is older than the window (and what is dated in the
// future beyond it: a clock set back must not keep a stale charge
// forever, nor drop a fresh one).
func (s *state) expire(now time.Time, window time.Duration) {
	old := func(at time.Time) bool { return now.Sub(at) >= window || at.Sub(now) >= window }
	s.Charges = slices.DeleteFunc(s.Charges, func(c charge) bool { return old(c.At) })
	s.Links = slices.DeleteFunc(s.Links, func(k link) bool { return old(k.At) })
}

// closure is every key of the machine id names, through the links.
func (s *state) closure(id Identity) map[string]bool {
	keys := map[string]bool{}
	for _, k := range id {
		keys[k] = true
	}
	for grew := true; grew; {
		grew = false
		for _, lk := range s.Links {
			if !anyKey(keys, lk.Keys) {
				continue
			}
			for _, k := range lk.Keys {
				if !keys[k] {
					keys[k], grew = true, true
				}
			}
		}
	}
	return keys
}

func anyKey(set map[string]bool, keys []string) bool {
	for _, k := range keys {
		if set[k] {
			return true
		}
	}
	return false
}

// charged returns the charges on account at the machine id names.
func (s *state) charged(id Identity, account string) []charge {
	keys := s.closure(id)
	var out []charge
	for _, c := range s.Charges {
		if c.Account == account && anyKey(keys, c.Keys) {
			out = append(out, c)
		}
	}
	return out
}

func (s *state) spent(id Identity, account string) int { return len(s.charged(id, account)) }

// check returns a BudgetError when more than limit tries are charged.
func (s *state) check(id Identity, account string, limit int, run string, window time.Duration) *BudgetError {
	cs := s.charged(id, account)
	if len(cs) <= limit {
		return nil
	}
	slices.SortFunc(cs, func(a, b charge) int { return a.At.Compare(b.At) })
	e := &BudgetError{Account: account, Spent: len(cs)}
	for _, c := range cs {
		e.Earlier = e.Earlier || c.Run != run
	}
	// A try fits again once all but limit charges have expired.
	e.Until = cs[len(cs)-limit-1].At.Add(window)
	return e
}

func randomID() string {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return fmt.Sprintf("t%d", time.Now().UnixNano())
	}
	return hex.EncodeToString(b)
}
