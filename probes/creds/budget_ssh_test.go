package creds

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"net"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"
)

// TestBudgetSSHHostKeyJoinsMachines: two addresses whose SSH server shows
// one host key are one machine: once the first spent the account's
// budget, the second learns the key during its handshake and sends no
// password (its charge is taken back).
func TestBudgetSSHHostKeyJoinsMachines(t *testing.T) {
	_, key, _ := ed25519.GenerateKey(rand.Reader)
	signer, _ := ssh.NewSignerFromKey(key)
	var passwords atomic.Int32
	cfg := &ssh.ServerConfig{PasswordCallback: func(ssh.ConnMetadata, []byte) (*ssh.Permissions, error) {
		passwords.Add(1)
		return nil, net.ErrClosed
	}}
	cfg.AddHostKey(signer)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				_, _, _, _ = ssh.NewServerConn(c, cfg)
			}()
		}
	}()
	dial := func(ctx context.Context, n, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, n, ln.Addr().String())
	}
	ledger := NewLedger("", 2, BudgetWindow, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	acc := Account{User: "admin", Passwords: []string{"a", "b", "c"}}
	first := &session{login: sshLogin(dial, "192.0.2.1:22"), pacer: &pacer{pace: MinPace},
		budget: newHostBudget(ledger, Identity{"ip:192.0.2.1"}), facts: &Facts{Service: "ssh"}, shared: systemAccounts}
	if err := first.account(ctx, acc, "", false); err != nil {
		t.Fatal(err)
	}
	if passwords.Load() != 2 || first.facts.Tried[0].Tries != 2 {
		t.Fatalf("first address: %d passwords, %+v", passwords.Load(), first.facts.Tried)
	}
	second := &session{login: sshLogin(dial, "192.0.2.2:22"), pacer: &pacer{pace: MinPace},
		budget: newHostBudget(ledger, Identity{"ip:192.0.2.2"}), facts: &Facts{Service: "ssh"}, shared: systemAccounts}
	if err := second.account(ctx, acc, "", false); err != nil {
		t.Fatal(err)
	}
	if passwords.Load() != 2 || second.facts.Tried[0].Tries != 0 || second.facts.Tried[0].Note == "" {
		t.Fatalf("second address: %d passwords in all, %+v", passwords.Load(), second.facts.Tried)
	}
	if left, _ := ledger.Left(Identity{"ip:192.0.2.2"}, "system/admin"); left != 0 {
		t.Fatalf("the second address is not joined to the first: %d left", left)
	}
	if n := len(second.budget.identity()); n != 2 {
		t.Fatalf("identity %v", second.budget.identity())
	}
}
