package hostaccess

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// AccountGate keeps one audit account from being refused on many hosts of
// a scan: a directory account refused on fifty servers is locked
// (pam_faillock and AD lock at a few failures). Until a host has accepted
// the account, hosts try it one at a time; once a host clearly refused
// it, no other host is sent it in this scan. The zero value is ready.
type AccountGate struct {
	first   sync.Mutex // held by the one authentication in flight before any success
	mu      sync.Mutex
	proven  bool
	refused error
}

// ErrAccountRefused marks a host the account was not sent to because
// another host of the scan refused it.
var ErrAccountRefused = errors.New("the audit account was refused by another host of this scan: not sent again (account lockout)")

// Authenticate runs auth, which returns its error and whether that error
// is a clear refusal of the credentials. A nil gate runs auth alone.
func (g *AccountGate) Authenticate(auth func() (refused bool, err error)) error {
	if g == nil {
		_, err := auth()
		return err
	}
	if proven, err := g.state(); err != nil || proven {
		if err != nil {
			return err
		}
		return g.record(auth)
	}
	g.first.Lock()
	defer g.first.Unlock()
	if _, err := g.state(); err != nil {
		return err
	}
	return g.record(auth)
}

func (g *AccountGate) state() (bool, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.refused != nil {
		return g.proven, fmt.Errorf("%w (%v)", ErrAccountRefused, g.refused)
	}
	return g.proven, nil
}

func (g *AccountGate) record(auth func() (bool, error)) error {
	refused, err := auth()
	g.mu.Lock()
	defer g.mu.Unlock()
	switch {
	case refused && g.refused == nil:
		g.refused = err
	case err == nil:
		g.proven = true
	}
	return err
}

// sshRefused tells whether an SSH handshake error is the server refusing
// every offered credential (not a host key, network or protocol error).
func sshRefused(err error) bool {
	return err != nil && strings.Contains(err.Error(), "unable to authenticate")
}
