package directory

import (
	"strings"
	"testing"

	pw "conformscan/probes/passwords"
)

// Recorded AD attribute values (a Windows Server 2022 domain with the
// default domain policy lowered to 7 characters, and one PSO for Domain
// Admins).
var (
	adDomain = Entry{DN: "DC=chu,DC=local", Attrs: map[string][]string{
		"minPwdLength": {"7"}, "pwdProperties": {"1"}, "pwdHistoryLength": {"24"},
		"maxPwdAge": {"-36288000000000"}, "minPwdAge": {"-864000000000"},
		"lockoutThreshold": {"0"}, "lockoutDuration": {"-18000000000"},
	}}
	adPSO = Entry{DN: "CN=PSO-Admins,CN=Password Settings Container,CN=System,DC=chu,DC=local", Attrs: map[string][]string{
		"msDS-MinimumPasswordLength": {"12"}, "msDS-PasswordComplexityEnabled": {"TRUE"},
		"msDS-PasswordHistoryLength": {"24"}, "msDS-MaximumPasswordAge": {"-77760000000000"},
		"msDS-LockoutThreshold": {"5"}, "msDS-PasswordSettingsPrecedence": {"10"},
		"msDS-PSOAppliesTo": {"CN=Domain Admins,CN=Users,DC=chu,DC=local"},
	}}
)

func TestADDomainPolicy(t *testing.T) {
	p := ADDomainPolicy(adDomain)
	if *p.MinLength != 7 || *p.MinClasses != 3 || *p.HistoryLength != 24 || *p.MaxAgeDays != 42 || *p.MinAgeDays != 1 ||
		*p.LockoutThreshold != 0 || *p.LockoutMinutes != 30 || p.Dictionary != nil {
		t.Fatalf("%+v", p)
	}
	if !strings.Contains(p.Source("min_length"), "DC=chu,DC=local: minPwdLength=7") {
		t.Errorf("source %q", p.Source("min_length"))
	}
	never := Entry{DN: "DC=x", Attrs: map[string][]string{"minPwdLength": {"8"}, "maxPwdAge": {"-9223372036854775808"}}}
	if p := ADDomainPolicy(never); *p.MaxAgeDays != 0 {
		t.Errorf("never expiring: %d", *p.MaxAgeDays)
	}
}

func TestADPSOScope(t *testing.T) {
	p := ADPSO(adPSO, DefaultAdminGroups)
	if p.Scope != pw.ScopeAdmins || p.Precedence != 10 || *p.MinLength != 12 || *p.MaxAgeDays != 90 || *p.LockoutThreshold != 5 {
		t.Fatalf("%+v", p)
	}
	users := adPSO
	users.Attrs = map[string][]string{"msDS-PSOAppliesTo": {"CN=Soignants,OU=Groupes,DC=chu,DC=local"}}
	if p := ADPSO(users, DefaultAdminGroups); p.Scope != pw.ScopeUsers {
		t.Errorf("scope %s", p.Scope)
	}
	if p := ADPSO(users, append(DefaultAdminGroups, "Soignants")); p.Scope != pw.ScopeAdmins {
		t.Errorf("--admin-accounts not honoured: %s", p.Scope)
	}
}

func TestPPolicyWithoutQuality(t *testing.T) {
	p := PPolicy(Entry{DN: "cn=default", Attrs: map[string][]string{"pwdMinLength": {"12"}, "pwdCheckQuality": {"0"}, "pwdLockout": {"FALSE"}, "pwdMaxFailure": {"3"}}})
	if p.MinLength != nil || *p.LockoutThreshold != 0 || len(p.Notes) == 0 {
		t.Fatalf("%+v", p)
	}
}

func FuzzPolicyEntries(f *testing.F) {
	f.Add("minPwdLength", "7", "msDS-PSOAppliesTo", "CN=Domain Admins,DC=x")
	f.Add("maxPwdAge", "-9223372036854775808", "pwdMaxAge", "99999999999")
	f.Fuzz(func(t *testing.T, k1, v1, k2, v2 string) {
		e := Entry{DN: v2, Attrs: map[string][]string{k1: {v1}, k2: {v2}}}
		_ = ADDomainPolicy(e)
		_ = ADPSO(e, DefaultAdminGroups)
		_ = PPolicy(e)
		_, _ = ParseTarget(v1)
	})
}

func TestPolicyIndex(t *testing.T) {
	ps := []pw.Policy{{Name: "cn=other,ou=policies,dc=lab,dc=test"}, {Name: "cn=Default, ou=Policies,dc=lab,dc=test"}}
	if i := policyIndex(ps, "CN=default,OU=policies,DC=lab,DC=test"); i != 1 {
		t.Errorf("index %d", i)
	}
	if i := policyIndex(ps, "cn=missing,dc=lab,dc=test"); i != -1 {
		t.Errorf("index %d", i)
	}
}
