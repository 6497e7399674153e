package directory

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/go-ldap/ldap/v3"

	"conformscan/probes"
)

// OIDs read from the root DSE.
const (
	OIDStartTLS     = "1.3.6.1.4.1.1466.20037"
	OIDADCapability = "1.2.840.113556.1.4.800"
)

var rootDSEAttributes = []string{"namingContexts", "defaultNamingContext", "supportedControl", "supportedExtension",
	"supportedSASLMechanisms", "supportedLDAPVersion", "supportedCapabilities", "vendorName", "vendorVersion", "objectClass"}

// session is one LDAP connection under the caller's context.
type session struct {
	c   *ldap.Conn
	tls bool
	// version is the TLS version of an ldaps:// session.
	version string
	// stop releases the watch that closes the connection when the
	// caller's context ends.
	stop func() bool
}

// close ends the session.
func (s *session) close() {
	s.stop()
	s.c.Close()
}

// open dials t (TLS at once for ldaps://) with the caller's deadline
// applied to the connection itself.
func open(ctx context.Context, env *probes.Env, t Target) (*session, error) {
	raw, err := env.DialContext(ctx, "tcp", t.Addr())
	if err != nil {
		return nil, probes.Wrap("connect to "+t.Addr(), err)
	}
	if dl, ok := ctx.Deadline(); ok {
		_ = raw.SetDeadline(dl)
	}
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	conn := raw
	if t.TLS {
		tc := tls.Client(raw, tlsConfig(env, t.Host))
		if err := tc.HandshakeContext(ctx); err != nil {
			stop()
			raw.Close()
			return nil, probes.Wrap("TLS handshake with "+t.Addr(), err)
		}
		conn = tc
	}
	c := ldap.NewConn(conn, t.TLS)
	c.Start()
	if dl, ok := ctx.Deadline(); ok {
		c.SetTimeout(time.Until(dl))
	}
	s := &session{c: c, tls: t.TLS, stop: stop}
	if tc, ok := conn.(*tls.Conn); ok {
		s.version = tls.VersionName(tc.ConnectionState().Version)
	}
	return s, nil
}

func tlsConfig(env *probes.Env, host string) *tls.Config {
	return &tls.Config{ServerName: host, RootCAs: env.Roots, MinVersion: tls.VersionTLS12}
}

// rootDSE reads the root DSE into f.
func (s *session) rootDSE(f *Facts) error {
	res, err := s.c.Search(ldap.NewSearchRequest("", ldap.ScopeBaseObject, ldap.NeverDerefAliases, 1, 10, false,
		"(objectClass=*)", rootDSEAttributes, nil))
	if err != nil {
		return fmt.Errorf("root DSE search: %w (is it an LDAP server? does it refuse anonymous reads of the root DSE?)", err)
	}
	if len(res.Entries) == 0 {
		return errors.New("root DSE search returned no entry")
	}
	e := entryOf(res.Entries[0])
	f.NamingContexts, f.DefaultContext = clipList(e.All("namingContexts")), e.Get("defaultNamingContext")
	f.Controls, f.Extensions = clipList(e.All("supportedControl")), clipList(e.All("supportedExtension"))
	f.SASLMechanisms, f.LDAPVersions = clipList(e.All("supportedSASLMechanisms")), clipList(e.All("supportedLDAPVersion"))
	f.Vendor = strings.TrimSpace(e.Get("vendorName") + " " + e.Get("vendorVersion"))
	f.Product = product(e)
	f.StartTLSOffered = boolp(contains(f.Extensions, OIDStartTLS))
	return nil
}

// product recognises AD, Samba AD and OpenLDAP from the root DSE.
func product(e Entry) string {
	ad := contains(e.All("supportedCapabilities"), OIDADCapability)
	switch {
	case ad && strings.Contains(strings.ToLower(e.Get("vendorName")), "samba"):
		return ProductSamba
	case ad:
		return ProductAD
	case contains(e.All("objectClass"), "OpenLDAProotDSE"):
		return ProductOpenLDAP
	}
	return ""
}

func entryOf(e *ldap.Entry) Entry {
	out := Entry{DN: e.DN, Attrs: map[string][]string{}}
	for _, a := range e.Attributes {
		out.Attrs[a.Name] = a.Values
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(strings.TrimSpace(x), s) {
			return true
		}
	}
	return false
}

func clipList(v []string) []string {
	if len(v) > 64 {
		v = v[:64]
	}
	return v
}

// anonymous tries an anonymous bind, then an anonymous one-entry search
// of the first naming context.
func (s *session) anonymous(f *Facts) {
	if err := s.c.UnauthenticatedBind(""); err != nil {
		f.AnonymousBind, f.AnonymousSearch = boolp(false), boolp(false)
		f.note("anonymous bind refused: %s", resultText(err))
		return
	}
	f.AnonymousBind = boolp(true)
	base := f.DefaultContext
	if base == "" && len(f.NamingContexts) > 0 {
		base = f.NamingContexts[0]
	}
	if base == "" {
		return
	}
	res, err := s.c.Search(ldap.NewSearchRequest(base, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false,
		"(objectClass=*)", []string{"1.1"}, nil))
	if err != nil && !ldap.IsErrorWithCode(err, ldap.LDAPResultSizeLimitExceeded) {
		f.AnonymousSearch = boolp(false)
		f.note("anonymous search of %s: %s", base, resultText(err))
		return
	}
	f.AnonymousSearch = boolp(res != nil && len(res.Entries) > 0)
}

func resultText(err error) string {
	var le *ldap.Error
	if errors.As(err, &le) {
		return fmt.Sprintf("%s (%d)", ldap.LDAPResultCodeMap[le.ResultCode], le.ResultCode)
	}
	return err.Error()
}

// probeLDAPS tells whether a TLS handshake succeeds on host:636 (for an
// ldap:// target).
func probeLDAPS(ctx context.Context, env *probes.Env, t Target, f *Facts) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	raw, err := env.DialContext(ctx, "tcp", net.JoinHostPort(t.Host, "636"))
	if err != nil {
		f.LDAPSOffered = boolp(false)
		f.note("ldaps://%s:636 not reachable: %v", t.Host, err)
		return
	}
	defer raw.Close()
	tc := tls.Client(raw, tlsConfig(env, t.Host))
	if err := tc.HandshakeContext(ctx); err != nil {
		f.LDAPSOffered = boolp(false)
		f.note("ldaps://%s:636: TLS handshake failed: %v", t.Host, err)
		return
	}
	f.LDAPSOffered = boolp(true)
}
