package creds

import (
	"context"
	"errors"
	"net"
	"slices"
	"strings"

	"golang.org/x/crypto/ssh"
)

// sshAuth is what one SSH try did: whether the password went out, and
// whether the server answered it with a partial success.
type sshAuth struct {
	sent    bool
	partial []string
	// prompts are the keyboard-interactive prompts answered.
	prompts []string
}

// errOtherPrompt: after the password, keyboard-interactive asked something
// else (a verification code?): the password may have been right.
var errOtherPrompt = errors.New("keyboard-interactive asked for something else after the password (a second factor?): no verdict")

// again answers a second round of keyboard-interactive prompts: the same
// prompts again are a refusal (asked anew), other ones no verdict.
func (a *sshAuth) again(qs []string) error {
	if slices.Equal(qs, a.prompts) {
		return errRefused
	}
	return errOtherPrompt
}

// sshLogin tries one password on one fresh SSH connection: by the password
// method when the server offers it, else by keyboard-interactive (every
// prompt answered with the password), never both on one connection, so
// each try is one failed attempt in the server's log. Success is confirmed
// by opening a session channel (no command is run). A partial success
// (the password accepted, another method required: AuthenticationMethods
// password,publickey) ends the handshake there: the password is right.
func sshLogin(dial dialFunc, addr string) loginFunc {
	return func(ctx context.Context, user, password string) Outcome {
		lc, done, err := dialLines(ctx, dial, addr)
		if err != nil {
			return notSent(err)
		}
		defer done()
		a := &sshAuth{}
		cfg := sshConfig(user, password, a)
		// The host key names the machine (lockout budget): learned before
		// any authentication request, it may stop the try there.
		cfg.HostKeyCallback = hostKeyIdentity(ctx)
		c, chans, reqs, err := ssh.NewClientConn(lc.conn, addr, cfg)
		if err != nil {
			return sshRefusal(err, a)
		}
		client := ssh.NewClient(c, chans, reqs)
		defer client.Close()
		sess, err := client.NewSession()
		if err != nil {
			return unknownf(true, "authenticated but no session opened (not counted as a finding): %w", err)
		}
		_ = sess.Close()
		return accepted("authentification acceptée puis session SSH ouverte / authenticated, then an SSH session opened")
	}
}

// sshConfig answers with the password once, by password or
// keyboard-interactive; its AuthCallback stops at a partial success.
func sshConfig(user, password string, a *sshAuth) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User:            user,
		ClientVersion:   "SSH-2.0-conformscan",
		HostKeyCallback: ssh.InsecureIgnoreHostKey(), // a login test, not a host key check
		Timeout:         tryTimeout,
		AuthCallback: func(c *ssh.ClientAuthContext) (ssh.AuthMethod, error) {
			if len(c.PartialSuccessMethods) > 0 {
				a.partial = c.PartialSuccessMethods
				return nil, errPartial
			}
			return nil, nil
		},
		Auth: []ssh.AuthMethod{
			ssh.PasswordCallback(func() (string, error) { a.sent = true; return password, nil }),
			ssh.KeyboardInteractive(func(_, _ string, qs []string, _ []bool) ([]string, error) {
				switch {
				case len(qs) == 0:
					return nil, nil // a round that asks nothing (OpenSSH ends with one)
				case a.sent && a.prompts == nil:
					return nil, errRefused // the password method was tried: never both
				case a.sent:
					return nil, a.again(qs)
				}
				a.sent, a.prompts = true, qs
				ans := make([]string, len(qs))
				for i := range ans {
					ans[i] = password
				}
				return ans, nil
			}),
		},
	}
}

// sshRefusal tells a refused login from a partial success and from a
// failure to talk SSH.
func sshRefusal(err error, a *sshAuth) Outcome {
	switch {
	case errors.Is(err, errPartial) && a.sent && (slices.Contains(a.partial, "password") || slices.Contains(a.partial, "keyboard-interactive")):
		m := strings.Join(a.partial, ", ")
		return acceptedPartial("succès partiel SSH après le mot de passe ("+m+") / SSH partial success after the password ("+m+")",
			"mot de passe accepté, un second facteur est exigé / password accepted, a second factor is required")
	case errors.Is(err, errPartial):
		return unknownf(a.sent, "SSH partial success before any password (%s): no verdict", strings.Join(a.partial, ", "))
	case errors.Is(err, errOtherPrompt):
		return unknown(true, errOtherPrompt)
	case errors.Is(err, errRefused) || strings.Contains(err.Error(), "unable to authenticate"):
		if !a.sent {
			return notSent(notTestable("le serveur n'accepte ni mot de passe ni keyboard-interactive (clés seulement) / the server offers neither password nor keyboard-interactive login (keys only)"))
		}
		return refusedWith("SSH authentication failure")
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return unknownf(a.sent, "SSH exchange timed out: %w", err)
	}
	return unknownf(a.sent, "SSH handshake: %w", err)
}
