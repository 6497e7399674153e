package directory

import (
	"crypto/tls"
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

// Test bind values: a DN that names no account and a value that is no one's
// password, so that a simple bind in clear reveals nothing.
const (
	testBindDN       = "cn=conformscan-cleartext-test"
	testBindPassword = "conformscan-not-a-password"
)

// search returns at most limit entries; a size limit reached or a missing
// base is not an error.
func (s *session) search(base string, scope int, filter string, attrs []string, limit int) ([]Entry, error) {
	res, err := s.c.Search(ldap.NewSearchRequest(base, scope, ldap.NeverDerefAliases, limit, 10, false, filter, attrs, nil))
	if err != nil && !ldap.IsErrorWithCode(err, ldap.LDAPResultSizeLimitExceeded) {
		if ldap.IsErrorWithCode(err, ldap.LDAPResultNoSuchObject) {
			return nil, nil
		}
		return nil, err
	}
	var out []Entry
	if res != nil {
		for _, e := range res.Entries {
			out = append(out, entryOf(e))
		}
	}
	return out, nil
}

// cleartextBind tests, on a connection without TLS, whether a simple bind
// is refused. The real password crosses only with --ldap-allow-cleartext;
// otherwise a DN and password of no account are sent.
func (s *session) cleartextBind(o *Options, f *Facts) {
	dn, pass, what := testBindDN, testBindPassword, "a test DN of no account"
	if o.AllowCleartext && o.BindDN != "" {
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
	default:
		f.CleartextBind = "simple bind without TLS answered " + resultText(err)
	}
}

// secure upgrades a cleartext session with StartTLS when offered, and
// says whether a password may be sent on it.
func (s *session) secure(o *Options, cfg *tls.Config, f *Facts) bool {
	if s.tls {
		return true
	}
	if f.StartTLSOffered == nil || *f.StartTLSOffered {
		if err := s.c.StartTLS(cfg); err != nil {
			f.note("StartTLS failed: %v (give the directory's CA with --ca)", err)
			return o.AllowCleartext
		}
		s.tls, f.StartTLSOffered = true, boolp(true)
		if st, ok := s.c.TLSConnectionState(); ok {
			f.TLSVersion = tls.VersionName(st.Version)
		}
		return true
	}
	if o.AllowCleartext {
		f.note("no TLS: the bind password is sent in clear (--ldap-allow-cleartext)")
		return true
	}
	f.note("no StartTLS and not ldaps://: the bind password is not sent in clear (use ldaps:// or --ldap-allow-cleartext); policies read anonymously only")
	return false
}

// bind binds with the user's DN when allowed.
func (s *session) bind(o *Options, mayBind bool, f *Facts) error {
	if o.BindDN == "" || !mayBind {
		return nil
	}
	if err := s.c.Bind(o.BindDN, o.Password); err != nil {
		return fmt.Errorf("bind as %s: %s: check --ldap-bind-dn and the password ($%s or --ldap-password-file)", o.BindDN, resultText(err), PasswordEnv)
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
		es, err := s.search(base, ldap.ScopeWholeSubtree, "(objectClass=pwdPolicy)", ppolicyAttrs, 50)
		if err != nil {
			f.note("ppolicy search under %s: %s", base, resultText(err))
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
	es, err := s.search(base, ldap.ScopeBaseObject, "(objectClass=*)", attrs, 1)
	if err != nil {
		f.note("domain policy of %s: %s", base, resultText(err))
	}
	for _, e := range es {
		if p := ADDomainPolicy(e); p != nil {
			f.Policies = append(f.Policies, *p)
		}
	}
	psoAttrs := []string{psoFields.minLen, psoFields.history, psoFields.maxAge, psoFields.minAge, psoFields.lockout, psoFields.lockDuration,
		"msDS-PasswordComplexityEnabled", "msDS-PasswordSettingsPrecedence", "msDS-PSOAppliesTo"}
	es, err = s.search("CN=Password Settings Container,CN=System,"+base, ldap.ScopeSingleLevel, "(objectClass=msDS-PasswordSettings)", psoAttrs, 100)
	if err != nil {
		f.note("fine-grained policies under %s: %s", base, resultText(err))
	}
	for _, e := range es {
		f.Policies = append(f.Policies, ADPSO(e, f.Admins))
	}
	if len(es) == 0 {
		f.note("no fine-grained policy (PSO) visible: none exists, or the account cannot read the Password Settings Container")
	}
}
