package directory

import (
	"context"

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
// available) to bind and read the policies.
func Assess(ctx context.Context, env *probes.Env, o *Options, t Target, f *Facts) error {
	s, err := open(ctx, env, t)
	if err != nil {
		return err
	}
	defer s.close()
	if err := s.rootDSE(f); err != nil {
		f.note("%v", err)
	}
	if t.TLS {
		f.LDAPSOffered = boolp(true)
	} else {
		probeLDAPS(ctx, env, t, f)
	}
	s.anonymous(f)
	switch {
	case t.TLS:
	case env.Safe:
		f.note("cleartext simple bind not tested under --safe (it is a login attempt)")
	default:
		s.cleartextBind(o, f)
	}
	pt := policyTarget(t, f)
	p, err := open(ctx, env, pt)
	if err != nil {
		return err
	}
	defer p.close()
	if p.version != "" {
		f.TLSVersion = p.version
	}
	if err := p.bind(o, p.secure(o, tlsConfig(env, t.Host), f), f); err != nil {
		return err
	}
	if len(f.NamingContexts) == 0 {
		if err := p.rootDSE(f); err != nil {
			f.note("root DSE after bind: %v", err)
		}
	}
	p.readPolicies(f)
	return ctx.Err()
}

// policyTarget is where the policies are read: the target itself, or its
// ldaps:// port when the target is ldap:// without StartTLS but LDAPS
// answered (Samba AD offers no StartTLS).
func policyTarget(t Target, f *Facts) Target {
	if t.TLS || f.StartTLSOffered == nil || *f.StartTLSOffered || f.LDAPSOffered == nil || !*f.LDAPSOffered {
		return t
	}
	pt := Target{TLS: true, Host: t.Host, Port: 636}
	f.note("StartTLS not offered: bind and policies over ldaps://%s", pt.Addr())
	return pt
}
