package creds

import (
	"context"
	"net"
	"sync"

	"golang.org/x/crypto/ssh"
)

// hostBudget is the lockout budget of one host as the login tests see
// it: the ledger and the machine's identity, which grows as host keys and
// certificates are learned. One login test uses it at a time.
type hostBudget struct {
	ledger *Ledger
	mu     sync.Mutex
	id     Identity
}

func newHostBudget(l *Ledger, id Identity) *hostBudget { return &hostBudget{ledger: l, id: id} }

// identity is the machine's identity so far.
func (b *hostBudget) identity() Identity {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.id
}

// learn links key to the machine.
func (b *hostBudget) learn(key string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	id, err := b.ledger.Link(b.id, key)
	if err != nil {
		return err
	}
	b.id = id
	return nil
}

// reserve charges one try on account.
func (b *hostBudget) reserve(account string) (*tryGuard, error) {
	t, err := b.ledger.Reserve(b.identity(), account)
	if err != nil {
		return nil, err
	}
	return &tryGuard{budget: b, account: account, ticket: t}, nil
}

// tryGuard is the charge of the try in flight. The context carries it to
// a client that learns the machine's identity before sending the
// password (the SSH host key): if the machine turns out to be one whose
// budget is spent, the client stops before the password.
type tryGuard struct {
	budget  *hostBudget
	account string
	ticket  Ticket
	mu      sync.Mutex
	blocked error
}

type guardKey struct{}

func withGuard(ctx context.Context, g *tryGuard) context.Context {
	return context.WithValue(ctx, guardKey{}, g)
}

// identify links key to the machine and says whether the try may still
// send its password (nil) or must stop.
func (g *tryGuard) identify(key string) error {
	if err := g.budget.learn(key); err != nil {
		return g.block(err)
	}
	over, err := g.budget.ledger.Over(g.budget.identity(), g.account)
	if err != nil {
		return g.block(err)
	}
	if over != nil {
		return g.block(over)
	}
	return nil
}

func (g *tryGuard) block(err error) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.blocked = err
	return err
}

// blockedErr is why the try stopped before its password (nil: it did not).
func (g *tryGuard) blockedErr() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.blocked
}

// release takes back the charge of a try that sent no password.
func (g *tryGuard) release() error { return g.budget.ledger.Release(g.ticket) }

// hostKeyIdentity is the SSH clients' host key callback: the key joins
// the machine's identity, and a machine already without budget gets no
// password (the callback runs before any authentication request).
func hostKeyIdentity(ctx context.Context) ssh.HostKeyCallback {
	return func(_ string, _ net.Addr, key ssh.PublicKey) error {
		g, ok := ctx.Value(guardKey{}).(*tryGuard)
		if !ok {
			return nil // not a login try: nothing to charge
		}
		return g.identify(SSHHostKeyKey(key))
	}
}
