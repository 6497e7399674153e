package directory

import (
	"strings"

	"github.com/go-ldap/ldap/v3"

	pw "conformscan/probes/passwords"
)

// DefaultPolicyScope is what AppliesTo says of OpenLDAP's default policy.
const DefaultPolicyScope = "entries without pwdPolicySubentry (olcPPolicyDefault)"

// readPPolicyDefault reads olcPPolicyDefault of every ppolicy overlay in
// cn=config (when the bind may read it): the policy that applies to
// entries without pwdPolicySubentry. The default policy is marked, and read
// by its DN when the naming-context search did not return it.
func (s *session) readPPolicyDefault(f *Facts) {
	es, err := s.search(f, "cn=config", "cn=config", ldap.ScopeWholeSubtree, "(objectClass=olcPPolicyConfig)", []string{"olcPPolicyDefault"}, 20)
	if fatal(err) {
		s.answer(f, "cn=config (olcPPolicyDefault)", err)
		return
	}
	if err != nil || len(es) == 0 {
		why := "not readable by this bind"
		if err != nil {
			why = resultText(err)
		}
		f.note("cn=config: %s: the default password policy (olcPPolicyDefault, for entries without pwdPolicySubentry) is unknown; bind as an account allowed to read cn=config, or document it", why)
		return
	}
	for _, e := range es {
		dn := e.Get("olcPPolicyDefault")
		if dn == "" {
			f.note("%s has no olcPPolicyDefault: entries without pwdPolicySubentry have no password policy", e.DN)
			continue
		}
		f.PPolicyDefault = dn
		s.markDefault(f, dn, e.DN+": olcPPolicyDefault="+dn)
	}
}

// markDefault marks the policy named dn as the default one, reading it
// first when it is not among the policies read.
func (s *session) markDefault(f *Facts, dn, source string) {
	i := policyIndex(f.Policies, dn)
	if i < 0 {
		es, err := s.search(f, "default password policy "+dn, dn, ldap.ScopeBaseObject, "(objectClass=pwdPolicy)", ppolicyAttrs, 1)
		if fatal(err) {
			s.answer(f, "default password policy "+dn, err)
			return
		}
		if err != nil || len(es) == 0 {
			f.note("default password policy %s not readable (%s)", dn, errText(err, "no such pwdPolicy entry"))
			return
		}
		f.Policies = append(f.Policies, PPolicy(es[0]))
		i = len(f.Policies) - 1
	}
	p := &f.Policies[i]
	p.AppliesTo = append(p.AppliesTo, DefaultPolicyScope)
	p.Sources = setSource(p.Sources, "default", source)
}

// policyIndex finds the policy named dn (DNs compared as LDAP does, or
// case-insensitively when one does not parse); -1 when absent.
func policyIndex(ps []pw.Policy, dn string) int {
	want, werr := ldap.ParseDN(dn)
	for i, p := range ps {
		got, gerr := ldap.ParseDN(p.Name)
		if werr == nil && gerr == nil && want.EqualFold(got) {
			return i
		}
		if strings.EqualFold(strings.TrimSpace(p.Name), strings.TrimSpace(dn)) {
			return i
		}
	}
	return -1
}

func errText(err error, otherwise string) string {
	if err != nil {
		return resultText(err)
	}
	return otherwise
}
