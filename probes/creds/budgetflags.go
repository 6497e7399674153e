package creds

import (
	"context"
	"fmt"
	"net"
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
		path := f.State
		if path == "" {
			path = DefaultStatePath()
		}
		f.budget.ledger = NewLedger(path, f.MaxTries, BudgetWindow, time.Now)
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
	id, err := EndpointIdentity(ctx, f.Ledger(), dial, s.Host, s.Port, port != nil && port.Service == "https")
	if err != nil {
		return nil, err
	}
	facts.Identity, facts.StateFile = id, f.Ledger().Path()
	return newHostBudget(f.Ledger(), id), nil
}

// EndpointIdentity is the machine identity of host: its resolved
// addresses, joined (in l) to the certificate the endpoint presents when
// withTLS (one handshake, nothing sent).
func EndpointIdentity(ctx context.Context, l *Ledger, dial func(ctx context.Context, network, addr string) (net.Conn, error), host string, port int, withTLS bool) (Identity, error) {
	id, err := HostIdentity(ctx, host)
	if err != nil || !withTLS {
		return id, err
	}
	key, kerr := tlsIdentity(ctx, dial, probes.Endpoint(host, port))
	if kerr != nil {
		return id, nil // the addresses still name the machine
	}
	return l.Link(id, key)
}

// SystemAccount is the budget's account of a host account (SSH, Telnet,
// FTP, and web consoles that log into the host's accounts, such as
// Webmin): PAM's lockout counts across them.
func SystemAccount(user string) string { return systemAccounts + "/" + user }

// WebAccount is the budget's account of a web console's own user, on any
// web endpoint of the machine: the native HTTP tries and the nuclei
// templates share it (Tomcat's LockOutRealm counts both).
func WebAccount(user string) string { return "web/" + user }

// unmeasured turns accounts the lockout budget kept from being tried into
// the endpoint's error (unknown is never a pass); err, if any, wins.
func (f *Facts) unmeasured(err error) error {
	if err != nil || len(f.Unmeasured) == 0 {
		return err
	}
	return fmt.Errorf("budget anti-verrouillage épuisé, comptes non mesurés (relancer dans 15 min) : %v / lockout budget spent, accounts not measured (scan again in 15 min): %v", f.Unmeasured, f.Unmeasured)
}
