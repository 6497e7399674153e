package directory

import (
	"context"
	"errors"
	"fmt"

	"conformscan/probes"
)

// New returns the directory probe with its own options.
func New() probes.Probe { return NewWith(&Options{}) }

// NewWith returns the probe with the given options (tests).
func NewWith(o *Options) probes.Probe {
	return probes.Probe{
		ID:      ID,
		Doc:     "LDAP directory (--directory): root DSE, product, anonymous bind and search, LDAPS/StartTLS, cleartext simple bind refused, password policies (AD domain policy and PSOs, OpenLDAP ppolicy).",
		Kind:    probes.SubjectDirectory,
		Options: o,
		Roots:   func() []*probes.Subject { return Sources(o) },
		Run: func(ctx context.Context, env *probes.Env, s *probes.Subject) error {
			t, ok := s.Descriptor.(*Target)
			if !ok {
				parsed, err := ParseTarget(s.ID)
				if err != nil {
					return err
				}
				t = &parsed
			}
			f := &Facts{URL: s.ID, At: env.Clock()(), Policies: nil, Admins: append(append([]string{}, DefaultAdminGroups...), o.AdminAccounts...)}
			s.SetFact(ID, f)
			return Assess(ctx, env, o, *t, f)
		},
	}
}

// Assess measures one directory into f: a first session for the root DSE,
// anonymous access and the cleartext bind test, a second one (TLS when
// available) to bind and read the policies. Every question left open
// (f.Errors) makes it return an error.
func Assess(ctx context.Context, env *probes.Env, o *Options, t Target, f *Facts) error {
	if err := survey(ctx, env, o, t, f); err != nil {
		return err
	}
	if err := readWithBind(ctx, env, o, t, f); err != nil {
		return err
	}
	listAccounts(ctx, env, o, t, f)
	if err := ctx.Err(); err != nil {
		f.fail("the probe's deadline ran out (%v): what was not read by then is unknown", err)
	}
	return f.err()
}

// survey is the first session: root DSE, LDAPS, anonymous access, and the
// cleartext simple-bind test (never under --safe).
func survey(ctx context.Context, env *probes.Env, o *Options, t Target, f *Facts) error {
	mode := plainLDAP
	if t.TLS {
		mode = ldapsTLS
	}
	s, err := open(ctx, env, t, mode, f)
	if err != nil {
		return err
	}
	defer s.close()
	f.TLSVersion = s.version
	if err := s.rootDSE(f); err != nil {
		if ctx.Err() != nil {
			return probes.Wrap("root DSE of "+t.ID(), fmt.Errorf("no answer before the probe's deadline (%w): %s", ctx.Err(), s.why(err)))
		}
		if fatal(err) {
			return probes.Protocol("root DSE of "+t.ID(), "%s", s.why(err))
		}
		f.note("root DSE search: %s (does the directory refuse anonymous reads of the root DSE?)", resultText(err))
	}
	if t.TLS {
		f.LDAPSOffered = boolp(true)
	} else {
		probeLDAPS(ctx, env, t, f)
	}
	s.anonymous(env.Safe, f)
	switch {
	case t.TLS:
	case env.Safe:
		f.note("cleartext simple bind not tested under --safe (it is an authentication request)")
	default:
		s.cleartextBind(o, t, f)
	}
	return nil
}

// readWithBind is the second session: over TLS when the directory offers
// it, the bind with the DN given (never in clear unless
// --ldap-allow-cleartext names the directory, never under --safe), then
// the policies.
func readWithBind(ctx context.Context, env *probes.Env, o *Options, t Target, f *Facts) error {
	pt, mode := policyTransport(t, f)
	p, err := open(ctx, env, pt, mode, f)
	if err != nil && mode == startTLS && f.StartTLSOffered == nil && errors.Is(err, errStartTLSRefused) {
		f.StartTLSOffered = boolp(false)
		pt, mode = policyTransport(t, f)
		p, err = open(ctx, env, pt, mode, f)
	}
	if err != nil {
		return err
	}
	defer p.close()
	if mode == startTLS {
		f.StartTLSOffered = boolp(true)
	}
	if p.version != "" {
		f.TLSVersion = p.version
	}
	if err := p.bind(env, o, t, mode, f); err != nil {
		return err
	}
	if len(f.NamingContexts) == 0 {
		if err := p.rootDSE(f); err != nil {
			p.answer(f, "root DSE after bind", err)
		}
	}
	p.readPolicies(f)
	return nil
}

// policyTransport is where and how the policies are read: ldaps:// as
// given; StartTLS when offered (or not known to be refused); the ldaps://
// port when StartTLS is not offered but port 636 answered TLS (Samba AD
// offers no StartTLS), even when its handshake failed (the failure is
// then the error); in clear otherwise.
func policyTransport(t Target, f *Facts) (Target, transport) {
	switch {
	case t.TLS:
		return t, ldapsTLS
	case f.StartTLSOffered == nil || *f.StartTLSOffered:
		return t, startTLS
	case f.LDAPSOffered == nil || *f.LDAPSOffered:
		pt := Target{TLS: true, Host: t.Host, Port: 636}
		f.note("StartTLS not offered: bind and policies over ldaps://%s", pt.Addr())
		return pt, ldapsTLS
	}
	return t, plainLDAP
}
