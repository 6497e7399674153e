package directory

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/daemons"
	"conformscan/probes"
)

func assessSlapd(t *testing.T, opts daemons.SlapdOptions, o *Options, ldaps bool) *Facts {
	t.Helper()
	f, err := assessSlapdErr(t, opts, o, ldaps, false)
	if err != nil {
		t.Fatalf("assess: %v (notes %v)", err, f.Notes)
	}
	return f
}

// assessSlapdErr starts slapd and assesses it; allowClear names it in
// --ldap-allow-cleartext.
func assessSlapdErr(t *testing.T, opts daemons.SlapdOptions, o *Options, ldaps, allowClear bool) (*Facts, error) {
	t.Helper()
	d := daemons.StartSlapd(t, opts)
	url := d.URL
	if ldaps {
		url = d.LDAPSURL
	}
	tg, err := ParseTarget(url)
	if err != nil {
		t.Fatal(err)
	}
	env := &probes.Env{Roots: d.CAPool, Now: time.Now}
	if d.CAPool != nil {
		tg.Host = "127.0.0.1"
	}
	if allowClear {
		o.AllowCleartext = []string{tg.ID()}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	f := &Facts{URL: tg.ID()}
	return f, Assess(ctx, env, o, tg, f)
}

func TestSlapdAnonymousAllowedPPolicy(t *testing.T) {
	f := assessSlapd(t, daemons.SlapdOptions{PPolicy: true}, &Options{}, false)
	if f.Product != ProductOpenLDAP || !*f.AnonymousBind || !*f.AnonymousSearch || *f.StartTLSOffered {
		t.Fatalf("%+v", f)
	}
	if f.CleartextBindRefused == nil || *f.CleartextBindRefused {
		t.Errorf("slapd without 'security' evaluates simple binds in clear: %+v", f.CleartextBind)
	}
	if len(f.Policies) != 1 || *f.Policies[0].MinLength != 12 || *f.Policies[0].HistoryLength != 5 ||
		*f.Policies[0].MaxAgeDays != 90 || *f.Policies[0].LockoutThreshold != 5 || f.Policies[0].Name != daemons.PPolicyDN {
		raw, _ := json.Marshal(f)
		t.Fatalf("ppolicy read anonymously: %s", raw)
	}
	if f.PPolicyDefault != "" || !strings.Contains(strings.Join(f.Notes, "\n"), "olcPPolicyDefault") {
		t.Errorf("cn=config is not readable anonymously: the default policy must be said unknown: %q %v", f.PPolicyDefault, f.Notes)
	}
}

// An administrator allowed to read cn=config learns the default policy
// (olcPPolicyDefault): the policy of entries without pwdPolicySubentry.
func TestSlapdPPolicyDefault(t *testing.T) {
	o := &Options{BindDN: daemons.AdminDN, Password: daemons.AdminPassword}
	f := assessSlapd(t, daemons.SlapdOptions{PPolicy: true, TLS: true, ConfigReadable: true}, o, false)
	raw, _ := json.Marshal(f)
	if f.PPolicyDefault != daemons.PPolicyDN || len(f.Policies) != 1 {
		t.Fatalf("default policy from cn=config: %s", raw)
	}
	p := f.Policies[0]
	if len(p.AppliesTo) != 1 || p.AppliesTo[0] != DefaultPolicyScope || !strings.Contains(p.Sources["default"], "olcPPolicyDefault="+daemons.PPolicyDN) {
		t.Errorf("default policy marked: %s", raw)
	}
}

func TestSlapdAnonymousRefusedTLSBind(t *testing.T) {
	o := &Options{BindDN: daemons.AdminDN, Password: daemons.AdminPassword}
	f := assessSlapd(t, daemons.SlapdOptions{PPolicy: true, TLS: true, RefuseAnonymous: true}, o, false)
	if f.AnonymousBind == nil || *f.AnonymousBind || f.AnonymousSearch == nil || *f.AnonymousSearch {
		t.Errorf("anonymous: bind %v search %v notes %v", f.AnonymousBind, f.AnonymousSearch, f.Notes)
	}
	if f.TLSVersion == "" || f.BoundAs != daemons.AdminDN || len(f.Policies) != 1 {
		raw, _ := json.Marshal(f)
		t.Fatalf("policies read after StartTLS and bind: %s", raw)
	}
	raw, _ := json.Marshal(f)
	if strings.Contains(string(raw), daemons.AdminPassword) {
		t.Fatal("the bind password appears in the facts")
	}
}

// With --ldap-allow-cleartext the real bind crosses in clear and slapd,
// without 'security simple_bind', accepts it; the password stays out of
// the facts.
func TestSlapdAllowCleartext(t *testing.T) {
	o := &Options{BindDN: daemons.AdminDN, Password: daemons.AdminPassword}
	f, err := assessSlapdErr(t, daemons.SlapdOptions{PPolicy: true}, o, false, true)
	if err != nil {
		t.Fatal(err)
	}
	if f.CleartextBindRefused == nil || *f.CleartextBindRefused || !strings.Contains(f.CleartextBind, "accepted") || f.BoundAs != daemons.AdminDN {
		t.Fatalf("%+v", f)
	}
	raw, _ := json.Marshal(f)
	if strings.Contains(string(raw), daemons.AdminPassword) {
		t.Fatal("the bind password appears in the facts")
	}
}

// Over ldaps:// with the fixture's CA: LDAPS offered, TLS used at once.
func TestSlapdLDAPS(t *testing.T) {
	o := &Options{BindDN: daemons.AdminDN, Password: daemons.AdminPassword}
	f := assessSlapd(t, daemons.SlapdOptions{PPolicy: true, TLS: true}, o, true)
	if f.LDAPSOffered == nil || !*f.LDAPSOffered || f.CleartextBindRefused != nil || len(f.Policies) != 1 || f.BoundAs == "" {
		raw, _ := json.Marshal(f)
		t.Fatalf("%s", raw)
	}
}

// A slapd holding part of its tree elsewhere (a referral object): the
// policy search meets a continuation reference it does not follow, so
// the policies read are incomplete: an error naming the referral.
func TestSlapdReferral(t *testing.T) {
	const elsewhere = "ldap://dc2.elsewhere.invalid/ou=elsewhere,dc=lab,dc=test"
	o := &Options{BindDN: daemons.AdminDN, Password: daemons.AdminPassword}
	f, err := assessSlapdErr(t, daemons.SlapdOptions{PPolicy: true, TLS: true, Referral: elsewhere}, o, false, false)
	if err == nil || !strings.Contains(err.Error(), elsewhere) || len(f.Errors) == 0 {
		raw, _ := json.Marshal(f)
		t.Fatalf("err %v, facts %s", err, raw)
	}
}
