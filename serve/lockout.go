package serve

import (
	"net/http"
	"net/netip"
	"sync"
	"time"
)

// Lockout of repeated wrong logins: after lockoutFailures failures from one
// address, its logins are refused, unchecked, for lockoutPeriod from the
// last failure. This bounds password guessing and the CPU spent on bcrypt.
const (
	lockoutFailures = 10
	lockoutPeriod   = 5 * time.Minute
	lockoutTracked  = 4096 // addresses tracked at most
)

// lockout counts the failed logins per client address.
type lockout struct {
	mu  sync.Mutex
	now func() time.Time
	m   map[netip.Addr]*strikes
}

// strikes are one address's failures; last is the latest.
type strikes struct {
	n    int
	last time.Time
}

func newLockout(now func() time.Time) *lockout {
	if now == nil {
		now = time.Now
	}
	return &lockout{now: now, m: map[netip.Addr]*strikes{}}
}

// clientAddr is the request's peer address.
func clientAddr(r *http.Request) (netip.Addr, bool) {
	ap, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil {
		return netip.Addr{}, false
	}
	return ap.Addr().Unmap(), true
}

// locked tells whether the address may not try a login now.
func (l *lockout) locked(a netip.Addr) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	s, ok := l.m[a]
	if !ok {
		return false
	}
	if l.now().Sub(s.last) >= lockoutPeriod {
		delete(l.m, a)
		return false
	}
	return s.n >= lockoutFailures
}

// fail records a failed login.
func (l *lockout) fail(a netip.Addr) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if len(l.m) >= lockoutTracked {
		for k, s := range l.m {
			if now.Sub(s.last) >= lockoutPeriod {
				delete(l.m, k)
			}
		}
	}
	s, ok := l.m[a]
	if !ok {
		if len(l.m) >= lockoutTracked {
			return
		}
		s = &strikes{}
		l.m[a] = s
	}
	s.n++
	s.last = now
}

// succeed forgets an address's failures.
func (l *lockout) succeed(a netip.Addr) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.m, a)
}
