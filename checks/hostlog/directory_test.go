package hostlog

import (
	"context"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/fixtures/daemons"
	"conformscan/probes"
	dir "conformscan/probes/directory"
)

func dirInput(f *dir.Facts) *checks.Input {
	s := probes.NewSubject(probes.SubjectDirectory, "ldap://192.0.2.20:389")
	if f != nil {
		s.SetFact(dir.ID, f)
	}
	return &checks.Input{Subject: s, Settings: checks.Settings{Lang: checks.English, RefDate: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)}}
}

func TestDirAccounts(t *testing.T) {
	acc := func(name, disabled string) dir.Account {
		return dir.Account{Name: name, DN: "uid=" + name + ",ou=people,dc=lab,dc=test", Disabled: disabled}
	}
	for name, c := range map[string]struct {
		accts   []dir.Account
		err     string
		service []string
		want    checks.Status
		summary string
	}{
		"personal only":          {[]dir.Account{acc("jdupont", "")}, "", nil, checks.StatusPass, "1 accounts"},
		"generic with a number":  {[]dir.Account{acc("jdupont", ""), acc("Admin2", "")}, "", nil, checks.StatusFail, "Admin2"},
		"generic disabled":       {[]dir.Account{acc("test", "userAccountControl ACCOUNTDISABLE")}, "", nil, checks.StatusPass, ""},
		"service accepted":       {[]dir.Account{acc("support", "")}, "", []string{"SUPPORT"}, checks.StatusPass, ""},
		"listing cut short":      {[]dir.Account{acc("jdupont", "")}, "more than 4000 accounts", nil, checks.StatusError, "4000"},
		"fail despite cut short": {[]dir.Account{acc("guest", "")}, "more than 4000 accounts", nil, checks.StatusFail, "guest"},
		"not listed":             {nil, "", nil, checks.StatusError, "not listed"},
		"nothing listed":         {[]dir.Account{}, "", nil, checks.StatusError, "bind"},
	} {
		f := &dir.Facts{URL: "ldap://192.0.2.20:389", Accounts: c.accts, AccountsError: c.err}
		r := (&Options{Service: c.service}).evalDirAccounts(dirInput(f))[0]
		if r.Status != c.want || !strings.Contains(r.Summary, c.summary) || !hasRule(r, RuleGeneric) {
			t.Errorf("%s: %s %s %+v", name, r.Status, r.Summary, r.Evidence)
		}
	}
	if r := (&Options{}).evalDirAccounts(dirInput(nil))[0]; r.Status != checks.StatusManual {
		t.Errorf("no facts: %s", r.Status)
	}
}

// The real slapd: admin2 (generic, enabled) fails 8.2, alice (personal)
// and maintenance (generic, locked by an administrator) do not;
// --service-account admin2 excepts it.
func TestDirAccountsSlapd(t *testing.T) {
	entries := `dn: uid=admin2,ou=people,` + daemons.BaseDN + `
objectClass: inetOrgPerson
uid: admin2
cn: Admin 2
sn: Two

dn: uid=maintenance,ou=people,` + daemons.BaseDN + `
objectClass: inetOrgPerson
uid: maintenance
cn: Maintenance
sn: Maint
pwdAccountLockedTime: 000001010000Z
`
	d := daemons.StartSlapd(t, daemons.SlapdOptions{PPolicy: true, TLS: true, Entries: entries})
	tg, err := dir.ParseTarget(d.URL)
	if err != nil {
		t.Fatal(err)
	}
	tg.Host = "127.0.0.1"
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	f := &dir.Facts{URL: tg.ID(), At: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)}
	o := &dir.Options{BindDN: daemons.AdminDN, Password: daemons.AdminPassword}
	if err := dir.Assess(ctx, &probes.Env{Roots: d.CAPool, Now: time.Now}, o, tg, f); err != nil {
		t.Fatal(err)
	}
	r := (&Options{}).evalDirAccounts(dirInput(f))[0]
	if r.Status != checks.StatusFail || !strings.Contains(r.Summary, "admin2") || strings.Contains(r.Summary, "maintenance") || strings.Contains(r.Summary, "alice") {
		t.Fatalf("%s %s %+v", r.Status, r.Summary, r.Evidence)
	}
	if r := (&Options{Service: []string{"admin2"}}).evalDirAccounts(dirInput(f))[0]; r.Status != checks.StatusPass {
		t.Fatalf("admin2 accepted as a service account: %s %s", r.Status, r.Summary)
	}
}
