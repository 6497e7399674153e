package creds

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"

	"golang.org/x/crypto/ssh"
)

// sshLogin tries one password on one fresh SSH connection: by the password
// method when the server offers it, else by keyboard-interactive (every
// prompt answered with the password), never both on one connection, so
// each try is one failed attempt in the server's log. Success is confirmed
// by opening a session channel (no command is run).
func sshLogin(dial dialFunc, addr string) loginFunc {
	return func(ctx context.Context, user, password string) (result, error) {
		lc, done, err := dialLines(ctx, dial, addr)
		if err != nil {
			return result{}, err
		}
		defer done()
		conn := lc.conn
		tried := false
		cfg := &ssh.ClientConfig{
			User:            user,
			ClientVersion:   "SSH-2.0-conformscan",
			HostKeyCallback: hostKeyIdentity(ctx), // a login test, not a host key check: the key only names the machine (lockout budget)
			Timeout:         tryTimeout,
			Auth: []ssh.AuthMethod{
				ssh.PasswordCallback(func() (string, error) { tried = true; return password, nil }),
				ssh.KeyboardInteractive(func(_, _ string, qs []string, _ []bool) ([]string, error) {
					if tried {
						return nil, errRefused
					}
					tried = true
					ans := make([]string, len(qs))
					for i := range ans {
						ans[i] = password
					}
					return ans, nil
				}),
			},
		}
		c, chans, reqs, err := ssh.NewClientConn(conn, addr, cfg)
		if err != nil {
			return sshRefusal(err, tried)
		}
		client := ssh.NewClient(c, chans, reqs)
		defer client.Close()
		sess, err := client.NewSession()
		if err != nil {
			return result{}, fmt.Errorf("authenticated but no session opened (not counted as a finding): %w", err)
		}
		_ = sess.Close()
		return result{ok: true, signal: "authentification acceptée puis session SSH ouverte / authenticated, then an SSH session opened"}, nil
	}
}

// sshRefusal tells a refused login from a failure to talk SSH.
func sshRefusal(err error, tried bool) (result, error) {
	if errors.Is(err, errRefused) || strings.Contains(err.Error(), "unable to authenticate") {
		if !tried {
			return result{}, notTestable("le serveur n'accepte ni mot de passe ni keyboard-interactive (clés seulement) / the server offers neither password nor keyboard-interactive login (keys only)")
		}
		return result{}, nil
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return result{}, fmt.Errorf("SSH exchange timed out: %w", err)
	}
	return result{}, fmt.Errorf("SSH handshake: %w", err)
}
