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

// transport is how a session reaches the directory.
type transport int

const (
	plainLDAP transport = iota
	ldapsTLS
	startTLS
)

// session is one LDAP connection under the caller's context, read through
// a berConn.
type session struct {
	c   *ldap.Conn
	bc  *berConn
	tls bool
	// version is the TLS version of the session ("" in clear).
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

// open dials t over mode with the caller's deadline applied to the
// connection itself; the certificate is verified by tlsConfig.
func open(ctx context.Context, env *probes.Env, t Target, mode transport, f *Facts) (*session, error) {
	raw, err := env.DialContext(ctx, "tcp", t.Addr())
	if err != nil {
		return nil, probes.Wrap("connect to "+t.Addr(), err)
	}
	if dl, ok := ctx.Deadline(); ok {
		_ = raw.SetDeadline(dl)
	}
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	conn, version, err := secureConn(ctx, env, raw, t, mode, f)
	if err != nil {
		stop()
		raw.Close()
		return nil, err
	}
	bc := newBERConn(conn, defaultLimits)
	c := ldap.NewConn(bc, mode != plainLDAP)
	c.Start()
	if dl, ok := ctx.Deadline(); ok {
		c.SetTimeout(time.Until(dl))
	}
	return &session{c: c, bc: bc, tls: mode != plainLDAP, version: version, stop: stop}, nil
}

// secureConn runs StartTLS and the TLS handshake when mode asks for them.
func secureConn(ctx context.Context, env *probes.Env, raw net.Conn, t Target, mode transport, f *Facts) (net.Conn, string, error) {
	switch mode {
	case plainLDAP:
		return raw, "", nil
	case startTLS:
		if err := requestStartTLS(raw); err != nil {
			return nil, "", err
		}
	}
	tc := tls.Client(raw, tlsConfig(env, t.Host, f))
	if err := tc.HandshakeContext(ctx); err != nil {
		return nil, "", probes.Wrap("TLS handshake with "+t.Addr(), err)
	}
	return tc, tls.VersionName(tc.ConnectionState().Version), nil
}

// fatal tells whether err ends what the session can tell: the connection
// failed (network, timeout, a bound of berConn) or the directory answered
// with a referral the probe does not follow. Any other LDAP result code is
// the directory's answer, not a failure.
func fatal(err error) bool {
	var le *ldap.Error
	if errors.As(err, &le) {
		return le.ResultCode >= ldap.ErrorNetwork || le.ResultCode == ldap.LDAPResultReferral
	}
	return err != nil
}

// why words err, with the bound that cut the connection when one did
// (go-ldap only says that the connection closed).
func (s *session) why(err error) string {
	text := resultText(err)
	if f := s.bc.Failure(); f != nil && errors.Is(f, ErrBounds) && !strings.Contains(text, f.Error()) {
		return text + " (" + f.Error() + ")"
	}
	return text
}

// answer records err of what: a failure (f.Errors) when fatal, a note
// otherwise.
func (s *session) answer(f *Facts, what string, err error) {
	if fatal(err) {
		f.fail("%s: %s", what, s.why(err))
		return
	}
	f.note("%s: %s", what, resultText(err))
}

// rootDSE reads the root DSE into f.
func (s *session) rootDSE(f *Facts) error {
	res, err := s.c.Search(ldap.NewSearchRequest("", ldap.ScopeBaseObject, ldap.NeverDerefAliases, 1, 10, false,
		"(objectClass=*)", rootDSEAttributes, nil))
	if err != nil {
		return err
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

// anonymous tries an anonymous bind (none under --safe: the session is
// anonymous already), then an anonymous one-entry search of the first
// naming context.
func (s *session) anonymous(safe bool, f *Facts) {
	if safe {
		f.note("--safe: no anonymous bind request sent; the search below runs on the unauthenticated session")
	} else if err := s.c.UnauthenticatedBind(""); err != nil {
		f.AnonymousBind, f.AnonymousSearch = boolp(false), boolp(false)
		s.answer(f, "anonymous bind refused", err)
		return
	} else {
		f.AnonymousBind = boolp(true)
	}
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
		s.answer(f, "anonymous search of "+base, err)
		return
	}
	f.AnonymousSearch = boolp(res != nil && len(res.Entries) > 0)
}

func resultText(err error) string {
	var le *ldap.Error
	if errors.As(err, &le) {
		s := fmt.Sprintf("%s (%d)", ldap.LDAPResultCodeMap[le.ResultCode], le.ResultCode)
		if le.ResultCode >= ldap.ErrorNetwork && le.Err != nil {
			s += ": " + le.Err.Error()
		}
		return s
	}
	return err.Error()
}

// probeLDAPS tells whether LDAPS answers on host:636 (for an ldap://
// target): false when nothing listens, true after a verified handshake,
// unknown (nil) when the handshake failed.
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
	tc := tls.Client(raw, tlsConfig(env, t.Host, f))
	if err := tc.HandshakeContext(ctx); err != nil {
		f.note("ldaps://%s:636: TLS handshake failed: %v", t.Host, err)
		return
	}
	f.LDAPSOffered = boolp(true)
}
