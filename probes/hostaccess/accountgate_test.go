package hostaccess

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// Once a host clearly refused the audit account, no other host is sent
// it; a network error is no refusal (the next host tries); before any
// success hosts try one at a time, after one they go in parallel.
func TestAccountGate(t *testing.T) {
	var g AccountGate
	var calls atomic.Int32
	netErr := errors.New("connection refused")
	if err := g.Authenticate(func() (bool, error) { calls.Add(1); return false, netErr }); err != netErr {
		t.Fatal(err)
	}
	refusal := errors.New("ssh: unable to authenticate")
	if err := g.Authenticate(func() (bool, error) { calls.Add(1); return true, refusal }); err != refusal {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := g.Authenticate(func() (bool, error) { calls.Add(1); return false, nil })
			if !errors.Is(err, ErrAccountRefused) || !strings.Contains(err.Error(), "unable to authenticate") {
				t.Errorf("after a refusal: %v", err)
			}
		}()
	}
	wg.Wait()
	if n := calls.Load(); n != 2 {
		t.Fatalf("%d authentications, want 2 (none after the refusal)", n)
	}

	// Before a success, one at a time: concurrent first tries never overlap.
	var h AccountGate
	var inFlight, most atomic.Int32
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = h.Authenticate(func() (bool, error) {
				n := inFlight.Add(1)
				if n > most.Load() {
					most.Store(n)
				}
				inFlight.Add(-1)
				return true, refusal
			})
		}()
	}
	wg.Wait()
	if most.Load() != 1 {
		t.Fatalf("%d first authentications overlapped", most.Load())
	}
}

// Over WinRM: a wrong password refused by the first host is never sent
// to the second one.
func TestWinRMRefusedAccountNotSentToOtherHosts(t *testing.T) {
	a := newFakeWSMan(t, "", false, true)
	b := newFakeWSMan(t, "", false, true)
	o := &Options{WinRMUser: a.User, winrmPass: "wrong-password", sshGate: &AccountGate{}, winrmGate: &AccountGate{}}
	open := func(f fakeWSMan) error {
		acc := NewWinRM(WinRMConfig{Host: f.Host, Port: f.Port, User: f.User, Auth: WinRMNTLM, Roots: f.Pool, opts: o})
		defer acc.Close(t.Context())
		return acc.Open(context.Background())
	}
	if err := open(a); err == nil || !strings.Contains(err.Error(), "401") {
		t.Fatalf("first host: %v", err)
	}
	if err := open(b); !errors.Is(err, ErrAccountRefused) {
		t.Fatalf("second host: %v", err)
	}
	if a.AuthTries.Load() != 1 || b.AuthTries.Load() != 0 {
		t.Fatalf("login tries: %d on the first host, %d on the second (want 1, 0)", a.AuthTries.Load(), b.AuthTries.Load())
	}
}
