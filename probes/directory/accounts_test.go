package directory

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/daemons"
)

// A real slapd with a generic account (admin2), a personal one (alice, the
// fixture's) and a generic one locked by an administrator: the probe
// lists them read-only, in pages, with why each cannot log in.
func TestSlapdAccounts(t *testing.T) {
	entries := `dn: uid=admin2,ou=people,` + daemons.BaseDN + `
objectClass: inetOrgPerson
uid: admin2
cn: Admin 2
sn: Two
userPassword: generic-pw-2

dn: uid=maintenance,ou=people,` + daemons.BaseDN + `
objectClass: inetOrgPerson
uid: maintenance
cn: Maintenance
sn: Maint
pwdAccountLockedTime: 000001010000Z
`
	o := &Options{BindDN: daemons.AdminDN, Password: daemons.AdminPassword}
	f := assessSlapd(t, daemons.SlapdOptions{PPolicy: true, TLS: true, Entries: entries}, o, false)
	raw, _ := json.Marshal(f)
	got := map[string]string{}
	for _, a := range f.Accounts {
		got[a.Name] = a.Disabled
	}
	if f.AccountsError != "" || len(got) != 3 || got["admin2"] != "" || got["alice"] != "" || !strings.Contains(got["maintenance"], "000001010000Z") {
		t.Fatalf("accounts: %s", raw)
	}
	if strings.Contains(string(raw), "generic-pw-2") || strings.Contains(string(raw), daemons.AdminPassword) {
		t.Fatal("a password appears in the facts")
	}
}

// Account entries as AD and OpenLDAP give them, judged at a fixed date.
func TestAccountOf(t *testing.T) {
	at := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	e := func(kv ...string) Entry {
		en := Entry{DN: "cn=x", Attrs: map[string][]string{}}
		for i := 0; i+1 < len(kv); i += 2 {
			en.Attrs[kv[i]] = []string{kv[i+1]}
		}
		return en
	}
	// 2025-01-01 and 2030-01-01 in AD FILETIME.
	past, future := "133801632000000000", "135379296000000000"
	for name, c := range map[string]struct {
		e        Entry
		ad       bool
		disabled string
	}{
		"ad enabled":       {e("sAMAccountName", "admin", "userAccountControl", "512", "accountExpires", "0"), true, ""},
		"ad disabled":      {e("sAMAccountName", "admin", "userAccountControl", "514"), true, "ACCOUNTDISABLE"},
		"ad expired":       {e("sAMAccountName", "admin", "userAccountControl", "512", "accountExpires", past), true, "2025-01-01"},
		"ad expires later": {e("sAMAccountName", "admin", "accountExpires", future), true, ""},
		"ad never":         {e("sAMAccountName", "admin", "accountExpires", "9223372036854775807"), true, ""},
		"ldap locked":      {e("uid", "test", "pwdAccountLockedTime", "000001010000Z"), false, "locked"},
		"ldap lockout":     {e("uid", "test", "pwdAccountLockedTime", "20261128120000Z"), false, ""},
		"ldap expired":     {e("uid", "test", "shadowExpire", "19000"), false, "shadowExpire"},
		"ldap later":       {e("uid", "test", "shadowExpire", "30000"), false, ""},
	} {
		a, ok := AccountOf(c.e, c.ad, at)
		if !ok || (c.disabled == "") != (a.Disabled == "") || !strings.Contains(a.Disabled, c.disabled) {
			t.Errorf("%s: %+v", name, a)
		}
	}
	if _, ok := AccountOf(e("cn", ""), true, at); ok {
		t.Error("an entry without a name is an account")
	}
}
