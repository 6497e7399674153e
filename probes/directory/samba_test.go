package directory

import (
	"context"
	"crypto/x509"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"conformscan/fixtures/pki"
	"conformscan/probes"
	pw "conformscan/probes/passwords"
)

// The Samba AD DC test provisions a domain (Debian samba, samba-ad-dc,
// samba-ad-provision), lowers the domain policy to 7 characters, gives
// Domain Admins a PSO of 12 characters, then re-runs this test binary in a
// network namespace of its own where samba serves LDAP on loopback.
const (
	sambaDirEnv   = "CONFORMSCAN_SAMBA_DIR"
	sambaAdminDN  = "CN=Administrator,CN=Users,DC=lab,DC=test"
	sambaPassword = "Adm1n-Lab-Passw0rd!"
)

func TestSambaADDC(t *testing.T) {
	if testing.Short() || os.Geteuid() != 0 || os.Getenv(sambaDirEnv) != "" {
		t.Skip("needs root and a full run (network namespace, samba)")
	}
	for _, tool := range []string{"samba-tool", "samba", "unshare", "ip"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (Debian samba-ad-dc, samba-ad-provision, util-linux, iproute2)", tool)
		}
	}
	dir := t.TempDir()
	provisionSamba(t, dir)
	cmd := exec.Command("unshare", "-n", "--", "sh", "-c", `ip link set lo up && exec "$0" -test.run '^TestSambaADInner$' -test.v`, os.Args[0])
	cmd.Env = append(os.Environ(), sambaDirEnv+"="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestSambaADInner") {
		t.Fatalf("inner test in the network namespace: %v\n%s", err, out)
	}
}

func provisionSamba(t *testing.T, dir string) {
	t.Helper()
	ca, err := pki.NewCA(time.Now(), pki.CAOptions{Organization: "conformscan lab", RootName: "conformscan samba test CA", RootLifetime: 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := ca.Leaf(pki.LeafOptions{IP: true, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	tlsDir := filepath.Join(dir, "tls")
	if err := os.MkdirAll(tlsDir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := leaf.WriteFiles(filepath.Join(tlsDir, "cert.pem"), filepath.Join(tlsDir, "key.pem")); err != nil {
		t.Fatal(err)
	}
	if err := pki.WriteFile(filepath.Join(tlsDir, "ca.pem"), ca.RootPEM(), 0o644); err != nil {
		t.Fatal(err)
	}
	dc := filepath.Join(dir, "dc")
	run := func(args ...string) {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		if out, err := exec.CommandContext(ctx, "samba-tool", args...).CombinedOutput(); err != nil {
			t.Fatalf("samba-tool %s: %v\n%s", strings.Join(args[:2], " "), err, out)
		}
	}
	run("domain", "provision", "--realm=LAB.TEST", "--domain=LAB", "--server-role=dc", "--dns-backend=NONE", "--host-name=dc1",
		"--adminpass="+sambaPassword, "--targetdir="+dc, "--option=interfaces=lo", "--option=bind interfaces only=yes",
		"--option=server services=ldap", "--option=log file="+filepath.Join(dir, "log.%m"),
		"--option=tls certfile="+filepath.Join(tlsDir, "cert.pem"), "--option=tls keyfile="+filepath.Join(tlsDir, "key.pem"),
		"--option=tls cafile="+filepath.Join(tlsDir, "ca.pem"))
	h := filepath.Join(dc, "private", "sam.ldb")
	run("domain", "passwordsettings", "set", "--min-pwd-length=7", "-H", h)
	run("domain", "passwordsettings", "pso", "create", "PSO-Admins", "10", "--min-pwd-length=12", "--complexity=on",
		"--history-length=24", "--max-pwd-age=90", "--account-lockout-threshold=5", "-H", h)
	run("domain", "passwordsettings", "pso", "apply", "PSO-Admins", "Domain Admins", "-H", h)
}

// TestSambaADInner runs inside the namespace only.
func TestSambaADInner(t *testing.T) {
	dir := os.Getenv(sambaDirEnv)
	if dir == "" {
		t.Skip("run by TestSambaADDC")
	}
	startSamba(t, dir)
	caPEM, err := os.ReadFile(filepath.Join(dir, "tls", "ca.pem"))
	if err != nil {
		t.Fatal(err)
	}
	roots := x509.NewCertPool()
	roots.AppendCertsFromPEM(caPEM)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	f := &Facts{Admins: DefaultAdminGroups}
	o := &Options{BindDN: sambaAdminDN, Password: sambaPassword}
	if err := Assess(ctx, &probes.Env{Roots: roots, Now: time.Now}, o, Target{Host: "127.0.0.1", Port: 389}, f); err != nil {
		t.Fatalf("assess: %v (notes %v)", err, f.Notes)
	}
	raw, _ := json.MarshalIndent(f, "", " ")
	t.Logf("%s", raw)
	// Samba 4.17 offers LDAPS but no StartTLS, and refuses simple binds
	// without TLS (ldap server require strong auth = yes).
	if f.Product != ProductSamba || f.CleartextBindRefused == nil || !*f.CleartextBindRefused || *f.StartTLSOffered || !*f.LDAPSOffered ||
		*f.AnonymousSearch || f.BoundAs != sambaAdminDN || f.TLSVersion == "" {
		t.Errorf("root DSE / transport: %+v", f)
	}
	if strings.Contains(string(raw), sambaPassword) {
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

func startSamba(t *testing.T, dir string) {
	t.Helper()
	cmd := exec.Command("samba", "-i", "-s", filepath.Join(dir, "dc", "etc", "smb.conf"))
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // samba forks: stop the whole group
	logf, err := os.Create(filepath.Join(dir, "samba.out"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_, _ = cmd.Process.Wait()
		logf.Close()
	})
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(300 * time.Millisecond) {
		if c, err := net.DialTimeout("tcp", "127.0.0.1:389", time.Second); err == nil {
			c.Close()
			return
		}
	}
	out, _ := os.ReadFile(filepath.Join(dir, "samba.out"))
	t.Fatalf("samba did not listen on 127.0.0.1:389 within 60 s:\n%s", out)
}
