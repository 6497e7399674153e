package remote

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"net"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"

	"conformscan/demo/remotelab"
	"conformscan/probes"
	"conformscan/probes/discovery"
)

// TestSSHSafeSendsNoAuthRequest: under --safe the SSH fingerprint sends no
// authentication request, not even "none" (fail2ban counts it): the
// methods are reported as not measured.
func TestSSHSafeSendsNoAuthRequest(t *testing.T) {
	_, key, _ := ed25519.GenerateKey(rand.Reader)
	signer, _ := ssh.NewSignerFromKey(key)
	var auths atomic.Int32
	cfg := &ssh.ServerConfig{
		PasswordCallback: func(ssh.ConnMetadata, []byte) (*ssh.Permissions, error) { return nil, net.ErrClosed },
		AuthLogCallback:  func(ssh.ConnMetadata, string, error) { auths.Add(1) },
	}
	cfg.AddHostKey(signer)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	srv, err := remotelab.Serve(ctx, t.Name(), func(c net.Conn) { _, _, _, _ = ssh.NewServerConn(c, cfg) })
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	for _, safe := range []bool{true, false} {
		auths.Store(0)
		s := probes.NewSubject(probes.SubjectEndpoint, srv.Addr)
		s.Host, s.Port = "127.0.0.1", srv.Port
		s.Descriptor = &discovery.Port{Port: srv.Port, Service: "ssh", ServiceFrom: "banner", Banner: "SSH-2.0-Go"}
		env := &probes.Env{Safe: safe}
		pctx, pcancel := context.WithTimeout(ctx, 3*time.Second)
		err := run(pctx, env, s, nil)
		pcancel()
		if err != nil {
			t.Fatal(err)
		}
		f := FactsOf(s)
		measured := !slices.Contains(f.Details, SSHMethodsNotMeasured)
		if safe && (auths.Load() != 0 || measured || !f.Identified) {
			t.Fatalf("--safe: %d authentication requests, facts %+v", auths.Load(), f)
		}
		if !safe && (auths.Load() == 0 || !measured) {
			t.Fatalf("without --safe the methods are asked with one none request: %d, facts %+v", auths.Load(), f)
		}
	}
}
