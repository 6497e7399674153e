package directory

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/sambaad"
	"conformscan/probes"
	pw "conformscan/probes/passwords"
)

// The Samba AD DC test provisions a domain (fixtures/sambaad), then re-runs
// this test binary in network and PID namespaces of their own where samba
// serves LDAP on loopback.
func TestSambaADDC(t *testing.T) {
	if sambaad.Inner() != "" {
		t.Skip("inside the namespace: TestSambaADInner runs")
	}
	sambaad.Run(t, "^TestSambaADInner$", "TestSambaADInner")
}

// TestSambaADInner runs inside the namespace only.
func TestSambaADInner(t *testing.T) {
	dir := sambaad.Inner()
	if dir == "" {
		t.Skip("run by TestSambaADDC")
	}
	sambaad.Start(t, dir)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	f := &Facts{Admins: DefaultAdminGroups}
	o := &Options{BindDN: sambaad.AdminDN, Password: sambaad.Password}
	if err := Assess(ctx, &probes.Env{Roots: sambaad.Roots(t, dir), Now: time.Now}, o, Target{Host: "127.0.0.1", Port: 389}, f); err != nil {
		t.Fatalf("assess: %v (notes %v)", err, f.Notes)
	}
	raw, _ := json.MarshalIndent(f, "", " ")
	t.Logf("%s", raw)
	// Samba 4.17 offers LDAPS but no StartTLS, and refuses simple binds
	// without TLS (ldap server require strong auth = yes).
	if f.Product != ProductSamba || f.CleartextBindRefused == nil || !*f.CleartextBindRefused || *f.StartTLSOffered || !*f.LDAPSOffered ||
		*f.AnonymousSearch || f.BoundAs != sambaad.AdminDN || f.TLSVersion == "" {
		t.Errorf("root DSE / transport: %+v", f)
	}
	if strings.Contains(string(raw), sambaad.Password) {
		t.Fatal("the bind password appears in the facts")
	}
	checkSambaPolicies(t, f.Policies)
}

func checkSambaPolicies(t *testing.T, ps []pw.Policy) {
	var domain, pso *pw.Policy
	for i := range ps {
		switch ps[i].Kind {
		case pw.KindADDomain:
			domain = &ps[i]
		case pw.KindADPSO:
			pso = &ps[i]
		}
	}
	if domain == nil || *domain.MinLength != 7 || *domain.MinClasses != 3 {
		t.Errorf("domain policy: %+v", domain)
	}
	if pso == nil || pso.Scope != pw.ScopeAdmins || pso.Precedence != 10 || *pso.MinLength != 12 || *pso.HistoryLength != 24 || *pso.MaxAgeDays != 90 {
		t.Errorf("PSO: %+v", pso)
	}
}
