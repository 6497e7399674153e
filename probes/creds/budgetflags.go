package creds

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"conformscan/probes"
	"conformscan/probes/discovery"
)

// budgetOnce makes the ledger once per set of login probes, after the
// command line is parsed.
type budgetOnce struct {
	once   sync.Once
	ledger *Ledger
}

// Ledger returns the lockout budget every login probe of these options
// charges (the nuclei probe's too). Its clock is time.Now.
func (f *Flags) Ledger() *Ledger {
	if f.budget == nil {
		f.budget = &budgetOnce{} // a Flags value made by hand, used by one goroutine
	}
	f.budget.once.Do(func() {
		if f.State == "" {
			f.State = DefaultStatePath()
		}
		f.budget.ledger = NewLedger(f.State, f.MaxTries, BudgetWindow, time.Now)
	})
	return f.budget.ledger
}

// DefaultStatePath is the lockout budget's state file when --creds-state
// is not given: $XDG_STATE_HOME/conformscan/lockout.json, else
// ~/.local/state/conformscan/lockout.json, else the temporary directory's.
func DefaultStatePath() string {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" {
		if home, err := os.UserHomeDir(); err == nil && home != "" {
			dir = filepath.Join(home, ".local", "state")
		} else {
			dir = os.TempDir()
		}
	}
	return filepath.Join(dir, "conformscan", "lockout.json")
}

// StateBeside puts the state file beside the history file store (a
// SQLite file given to --store) unless --creds-state was given.
func (f *Flags) StateBeside(store string) {
	if f.State == "" && store != "" {
		f.State = filepath.Join(filepath.Dir(store), "conformscan-lockout.json")
	}
}

// validateBudget checks --creds-max-tries and words the warning of a
// budget above the default.
func (f *Flags) validateBudget() error {
	if f.MaxTries < 1 || f.MaxTries > MaxMaxTries {
		return fmt.Errorf("--creds-max-tries %d: use 1 to %d (pam_faillock locks at 3 failures in 15 minutes by default, CIS profiles at 5)", f.MaxTries, MaxMaxTries)
	}
	f.Warning = ""
	if f.MaxTries > DefaultMaxTries {
		f.Warning = fmt.Sprintf("--creds-max-tries %d : risque de verrouiller des comptes (pam_faillock verrouille à 3 échecs en 15 min par défaut, les profils CIS à 5, Tomcat LockOutRealm à 5 en 5 min) / "+
			"--creds-max-tries %d: risk of locking accounts out (pam_faillock locks at 3 failures in 15 min by default, CIS profiles at 5, Tomcat's LockOutRealm at 5 in 5 min)", f.MaxTries, f.MaxTries)
		fmt.Fprintln(os.Stderr, "warning: "+f.Warning)
	}
	return nil
}

// endpointBudget is the lockout budget of an endpoint's host: its
// addresses, and the certificate of a TLS web endpoint (two names of one
// machine then share it). An SSH host key joins during the first try.
func endpointBudget(ctx context.Context, f *Flags, dial dialFunc, s *probes.Subject, port *discovery.Port, facts *Facts) (*hostBudget, error) {
	id, err := HostIdentity(ctx, s.Host)
	if err != nil {
		return nil, err
	}
	b := newHostBudget(f.Ledger(), id)
	if port != nil && port.Service == "https" {
		if key, kerr := tlsIdentity(ctx, dial, probes.Endpoint(s.Host, s.Port)); kerr == nil {
			if err := b.learn(key); err != nil {
				return nil, err
			}
		}
	}
	facts.Identity = b.identity()
	return b, nil
}

// budgetSpent records an account its budget kept from being tried; one
// spent by an earlier scan was not measured by this one.
func (f *Facts) budgetSpent(be *BudgetError) {
	if be.Earlier {
		f.Unmeasured = append(f.Unmeasured, be.Account)
	}
}

// unmeasured turns accounts an earlier scan's tries kept from being tried
// into the endpoint's error (unknown is never a pass); err, if any, wins.
func (f *Facts) unmeasured(err error) error {
	if err != nil || len(f.Unmeasured) == 0 {
		return err
	}
	return fmt.Errorf("comptes non essayés, budget anti-verrouillage épuisé par une analyse précédente (relancer dans 15 min) : %v / "+
		"accounts not tried, lockout budget spent by an earlier scan (scan again in 15 min): %v", f.Unmeasured, f.Unmeasured)
}
