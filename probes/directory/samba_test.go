package directory

import (
	"context"
	"encoding/json"
	"net"
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

// The Samba AD DC with the certificate samba generated itself (CN only,
// no subjectAltName, which Go's verifier refuses): with --ca trusting
// samba's CA, the directory is read over LDAPS and the CN-only
// certificate is reported as its TLS weakness; reached by an address the
// CN does not name, it is a TLS failure (an error, not a reading).
func TestSambaADAutoTLS(t *testing.T) {
	if sambaad.Inner() != "" {
		t.Skip("inside the namespace: TestSambaADAutoTLSInner runs")
	}
	sambaad.RunAutoTLS(t, "^TestSambaADAutoTLSInner$", "TestSambaADAutoTLSInner")
}

// TestSambaADAutoTLSInner runs inside the namespace only.
func TestSambaADAutoTLSInner(t *testing.T) {
	dir := sambaad.Inner()
	if dir == "" {
		t.Skip("run by TestSambaADAutoTLS")
	}
	sambaad.Start(t, dir)
	roots := sambaad.AutoRoots(t, dir)
	// The DC's name resolves to loopback inside the namespace.
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, port, _ := net.SplitHostPort(addr)
		if strings.EqualFold(host, sambaad.HostName) {
			addr = net.JoinHostPort("127.0.0.1", port)
		}
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}
	waitPort(t, "127.0.0.1:636")
	env := &probes.Env{Roots: roots, Now: time.Now, Dial: dial}
	o := &Options{BindDN: sambaad.AdminDN, Password: sambaad.Password}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	f := &Facts{Admins: DefaultAdminGroups}
	if err := Assess(ctx, env, o, Target{Host: sambaad.HostName, Port: 389}, f); err != nil {
		t.Fatalf("assess: %v (notes %v)", err, f.Notes)
	}
	raw, _ := json.MarshalIndent(f, "", " ")
	t.Logf("%s", raw)
	// One weakness or two: samba's serial number is negative one time in two.
	if !strings.Contains(strings.Join(f.TLSWeaknesses, "\n"), sambaad.HostName+": "+WeaknessCNOnly) || f.BoundAs != sambaad.AdminDN || f.TLSVersion == "" {
		t.Errorf("CN-only certificate accepted with a weakness, bound over LDAPS: %s", raw)
	}
	checkSambaPolicies(t, f.Policies)

	g := &Facts{Admins: DefaultAdminGroups}
	err := Assess(ctx, env, o, Target{Host: "127.0.0.1", Port: 389}, g)
	if err == nil || !strings.Contains(err.Error(), "does not name it") || g.BoundAs != "" {
		t.Errorf("an address the CN does not name: err %v, bound as %q", err, g.BoundAs)
	}
}

func waitPort(t *testing.T, addr string) {
	t.Helper()
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(300 * time.Millisecond) {
		if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
			c.Close()
			return
		}
	}
	t.Fatalf("%s not listening within 60 s", addr)
}
