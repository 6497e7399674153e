package directory

import (
	"fmt"
	"strings"

	"github.com/go-ldap/ldap/v3"

	"conformscan/probes"
)

// Test bind values: a DN that names no account and a value that is no one's
// password, so that a simple bind in clear reveals nothing.
const (
	testBindDN       = "cn=conformscan-cleartext-test"
	testBindPassword = "conformscan-not-a-password"
)

// search returns at most limit entries; a size limit reached or a missing
// base is not an error. A continuation reference (a part of the subtree
// held elsewhere, not followed) is recorded in f as a failure of what.
func (s *session) search(f *Facts, what, base string, scope int, filter string, attrs []string, limit int) ([]Entry, error) {
	res, err := s.c.Search(ldap.NewSearchRequest(base, scope, ldap.NeverDerefAliases, limit, 10, false, filter, attrs, nil))
	if err != nil && !ldap.IsErrorWithCode(err, ldap.LDAPResultSizeLimitExceeded) {
		if ldap.IsErrorWithCode(err, ldap.LDAPResultNoSuchObject) {
			return nil, nil
		}
		return nil, err
	}
	var out []Entry
	if res == nil {
		return nil, nil
	}
	if len(res.Referrals) > 0 {
		f.fail("%s: the directory referred to %s, not followed: what it holds is not read", what, clip(strings.Join(clipList(res.Referrals), " "), 300))
	}
	for _, e := range res.Entries {
		if len(out) == limit {
			break
		}
		out = append(out, entryOf(e))
	}
	return out, nil
}

// cleartextBind tests, on a connection without TLS, whether a simple bind
// is refused, with a DN and password of no account: the DN given is sent
// only to a directory --ldap-allow-cleartext names.
func (s *session) cleartextBind(o *Options, t Target, f *Facts) {
	dn, pass, what := testBindDN, testBindPassword, "a test DN of no account"
	if o.BindDN != "" && o.allowsCleartext(t) {
		dn, pass, what = o.BindDN, o.Password, "the bind DN given (--ldap-allow-cleartext)"
	}
	err := s.c.Bind(dn, pass)
	switch {
	case err == nil:
		f.CleartextBindRefused, f.CleartextBind = boolp(false), "simple bind without TLS accepted with "+what
	case ldap.IsErrorWithCode(err, ldap.LDAPResultStrongAuthRequired), ldap.IsErrorWithCode(err, ldap.LDAPResultConfidentialityRequired):
		f.CleartextBindRefused, f.CleartextBind = boolp(true), "simple bind without TLS refused: "+resultText(err)
	case ldap.IsErrorWithCode(err, ldap.LDAPResultInvalidCredentials):
		f.CleartextBindRefused = boolp(false)
		f.CleartextBind = "simple bind without TLS evaluated (invalidCredentials for " + what + "): passwords are accepted in clear"
	case fatal(err):
		f.fail("cleartext simple bind test: %s", s.why(err))
	default:
		f.CleartextBind = "simple bind without TLS answered " + resultText(err)
	}
}

// bind binds with the DN given when allowed: never under --safe, never in
// clear unless --ldap-allow-cleartext names the directory t.
func (s *session) bind(env *probes.Env, o *Options, t Target, mode transport, f *Facts) error {
	switch {
	case o.BindDN == "":
		return nil
	case env.Safe:
		f.note("--safe: the bind DN given is not used (a bind is an authentication request); policies read anonymously only")
		return nil
	case mode == plainLDAP && !o.allowsCleartext(t):
		f.note("no StartTLS and no LDAPS: the bind password is not sent in clear (use ldaps:// or --ldap-allow-cleartext=%s); policies read anonymously only", t.ID())
		return nil
	case mode == plainLDAP:
		f.note("no TLS: the bind password is sent in clear (--ldap-allow-cleartext names %s)", t.ID())
	}
	if err := s.c.Bind(o.BindDN, o.Password); err != nil {
		return fmt.Errorf("bind as %s: %s: check --ldap-bind-dn and the password ($%s or --ldap-password-file)", o.BindDN, s.why(err), PasswordEnv)
	}
	f.BoundAs = o.BindDN
	return nil
}

// readPolicies reads the AD domain policy, the PSOs and ppolicy entries.
func (s *session) readPolicies(f *Facts) {
	bases := f.NamingContexts
	if f.DefaultContext != "" {
		bases = []string{f.DefaultContext}
	}
	for _, base := range bases {
		if f.Product == ProductAD || f.Product == ProductSamba {
			s.readAD(base, f)
			continue
		}
		what := "ppolicy search under " + base
		es, err := s.search(f, what, base, ldap.ScopeWholeSubtree, "(objectClass=pwdPolicy)", ppolicyAttrs, 50)
		if err != nil {
			s.answer(f, what, err)
		}
		for _, e := range es {
			f.Policies = append(f.Policies, PPolicy(e))
		}
	}
	if f.Product == ProductOpenLDAP {
		s.readPPolicyDefault(f)
	}
	if len(f.Policies) == 0 {
		f.note("no password policy readable: bind with --ldap-bind-dn as an account allowed to read it")
	}
}

var ppolicyAttrs = []string{"pwdMinLength", "pwdCheckQuality", "pwdInHistory", "pwdMaxAge", "pwdMinAge", "pwdMaxFailure", "pwdLockout", "pwdLockoutDuration", "pwdCheckModule", "pwdUseCheckModule"}

func (s *session) readAD(base string, f *Facts) {
	attrs := []string{"minPwdLength", "pwdProperties", "pwdHistoryLength", "maxPwdAge", "minPwdAge", "lockoutThreshold", "lockoutDuration"}
	what := "domain policy of " + base
	es, err := s.search(f, what, base, ldap.ScopeBaseObject, "(objectClass=*)", attrs, 1)
	if err != nil {
		s.answer(f, what, err)
	}
	for _, e := range es {
		if p := ADDomainPolicy(e); p != nil {
			f.Policies = append(f.Policies, *p)
		}
	}
	psoAttrs := []string{psoFields.minLen, psoFields.history, psoFields.maxAge, psoFields.minAge, psoFields.lockout, psoFields.lockDuration,
		"msDS-PasswordComplexityEnabled", "msDS-PasswordSettingsPrecedence", "msDS-PSOAppliesTo"}
	what = "fine-grained policies under " + base
	es, err = s.search(f, what, "CN=Password Settings Container,CN=System,"+base, ldap.ScopeSingleLevel, "(objectClass=msDS-PasswordSettings)", psoAttrs, 100)
	if err != nil {
		s.answer(f, what, err)
	}
	for _, e := range es {
		f.Policies = append(f.Policies, ADPSO(e, f.Admins))
	}
	if len(es) == 0 {
		f.note("no fine-grained policy (PSO) visible: none exists, or the account cannot read the Password Settings Container")
	}
}
