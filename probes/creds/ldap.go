package creds

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"time"

	"github.com/go-ldap/ldap/v3"
)

// LDAP bounds: naming contexts searched, entries asked per context, the
// server-side time limit of a search (seconds), and the bytes read.
const (
	ldapMaxContexts = 8
	ldapSizeLimit   = 3
	ldapTimeLimit   = 5
	ldapMaxRead     = 1 << 20
)

// ldapService asks one question without credentials: does an anonymous
// bind read entries of the directory? Directory accounts are tried only
// when the user lists them himself (ldap rows of --creds: the embedded
// catalogue has none, and "*" rows never reach a directory), and only
// over TLS.
func ldapService() service {
	return service{name: "ldap", display: "LDAP", discovered: []string{"ldap", "ldaps"}, openAccount: "bind anonyme / anonymous bind",
		open: func(ctx context.Context, t *target) Outcome {
			return ldapOpen(ctx, t.dial, t.addr, isLDAPS(t))
		},
		login: func(_ context.Context, t *target) (loginFunc, error) {
			return ldapLogin(t.dial, t.addr, isLDAPS(t)), nil
		},
	}
}

func isLDAPS(t *target) bool { return t.port != nil && t.port.Service == "ldaps" }

// ldapLogin tries one simple bind (a DN, or user@domain for Active
// Directory) on one fresh connection, over ldaps or after StartTLS: a
// directory that offers neither is not testable, as the password would
// cross in clear. invalidCredentials (49) is a refusal; a bind accepted is
// confirmed by the WhoAmI extended operation (RFC 4532) answering.
func ldapLogin(dial dialFunc, addr string, useTLS bool) loginFunc {
	return func(ctx context.Context, user, password string) Outcome {
		if password == "" {
			return notSent(errors.New("an LDAP bind with an empty password is an unauthenticated (anonymous) bind, not a login: remove that --creds line"))
		}
		c, done, err := ldapDial(ctx, dial, addr, useTLS)
		if err != nil {
			return notSent(err)
		}
		defer done()
		if !useTLS {
			if err := c.StartTLS(&tls.Config{InsecureSkipVerify: true}); err != nil { //nolint:gosec // a login test, not a certificate check
				return notSent(notTestable("l'annuaire ne propose ni LDAPS ni StartTLS : le mot de passe passerait en clair, non essayé / the directory offers neither LDAPS nor StartTLS: the password would cross in clear, not tried"))
			}
		}
		if err := c.Bind(user, password); err != nil {
			if ldap.IsErrorWithCode(err, ldap.LDAPResultInvalidCredentials) {
				return refusedWith("LDAP invalidCredentials (49)")
			}
			return unknownf(true, "LDAP bind: %w", err)
		}
		who, err := c.WhoAmI(nil)
		if err != nil {
			return unknownf(true, "bind accepted but WhoAmI failed (not counted as a finding): %w", err)
		}
		id := clip(who.AuthzID)
		return accepted("bind accepté puis WhoAmI répond " + id + " / bind accepted, then WhoAmI answered " + id)
	}
}

// ldapOpen binds anonymously (empty DN, empty password), reads the root
// DSE's naming contexts (normal, RFC 4512: not a finding) and searches
// each subtree for a few entries: any entry returned is the finding. A
// refused bind or nothing readable is no finding.
func ldapOpen(ctx context.Context, dial dialFunc, addr string, useTLS bool) Outcome {
	ctx, cancel := context.WithTimeout(ctx, tryTimeout)
	defer cancel()
	c, done, err := ldapDial(ctx, dial, addr, useTLS)
	if err != nil {
		return notSent(err)
	}
	defer done()
	if err := c.UnauthenticatedBind(""); err != nil {
		return ldapRefusal("anonymous bind", err)
	}
	bases, err := namingContexts(c)
	if err != nil || len(bases) == 0 {
		return ldapRefusal("root DSE", err)
	}
	for _, base := range bases {
		n, err := readableEntries(c, base)
		if err != nil {
			return ldapRefusal("search of "+base, err)
		}
		if n > 0 {
			return accepted(fmt.Sprintf("lecture anonyme de l'annuaire : %d entrées sous %s / anonymous read of the directory: %d entries under %s",
				n, clip(base), n, clip(base)))
		}
	}
	return refusedWith("LDAP: no entry readable anonymously")
}

// ldapDial opens one bounded LDAP connection (TLS first for ldaps) under
// ctx's deadline; done closes it.
func ldapDial(ctx context.Context, dial dialFunc, addr string, useTLS bool) (*ldap.Conn, func(), error) {
	conn, done, err := dialCapped(ctx, dial, addr, ldapMaxRead)
	if err != nil {
		return nil, nil, err
	}
	if useTLS {
		tc := tls.Client(conn, &tls.Config{InsecureSkipVerify: true}) //nolint:gosec // a login test, not a certificate check
		if err := tc.HandshakeContext(ctx); err != nil {
			done()
			return nil, nil, fmt.Errorf("TLS handshake: %w", err)
		}
		conn = tc
	}
	c := ldap.NewConn(conn, useTLS)
	c.Start()
	if d, ok := ctx.Deadline(); ok {
		c.SetTimeout(time.Until(d))
	}
	return c, func() { _ = c.Close(); done() }, nil
}

// namingContexts reads the root DSE's namingContexts (at most
// ldapMaxContexts).
func namingContexts(c *ldap.Conn) ([]string, error) {
	res, err := c.Search(ldap.NewSearchRequest("", ldap.ScopeBaseObject, ldap.NeverDerefAliases, 1, ldapTimeLimit, false,
		"(objectClass=*)", []string{"namingContexts"}, nil))
	if err != nil {
		return nil, err
	}
	if len(res.Entries) == 0 {
		return nil, nil
	}
	bases := res.Entries[0].GetAttributeValues("namingContexts")
	if len(bases) > ldapMaxContexts {
		bases = bases[:ldapMaxContexts]
	}
	return bases, nil
}

// readableEntries counts the entries (at most ldapSizeLimit, no
// attributes asked) an anonymous search returns at or below base. Entries
// returned before a size or time limit count; an access refusal or a
// missing base is zero.
func readableEntries(c *ldap.Conn, base string) (int, error) {
	res, err := c.Search(ldap.NewSearchRequest(base, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, ldapSizeLimit, ldapTimeLimit, false,
		"(objectClass=*)", []string{"1.1"}, nil))
	n := 0
	if res != nil {
		n = len(res.Entries)
	}
	if err == nil || n > 0 && ldap.IsErrorAnyOf(err, ldap.LDAPResultSizeLimitExceeded, ldap.LDAPResultTimeLimitExceeded) {
		return n, nil
	}
	if serverAnswer(err) {
		return 0, nil
	}
	return 0, err
}

// ldapRefusal turns a server's LDAP answer (a result code: refused,
// insufficient access, no such object) into no finding, and anything else
// (network, decoding) into an error.
func ldapRefusal(step string, err error) Outcome {
	if err == nil || serverAnswer(err) {
		return refusedWith("LDAP " + step + " refused")
	}
	return notSent(fmt.Errorf("LDAP %s: %w", step, err))
}

// serverAnswer tells an LDAP result code the server sent from go-ldap's
// own errors (network, decoding: codes 200 and up).
func serverAnswer(err error) bool {
	var le *ldap.Error
	return errors.As(err, &le) && le.ResultCode < ldap.ErrorNetwork
}
