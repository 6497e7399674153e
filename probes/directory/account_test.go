package directory

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/fakeldap"
)

const (
	secretDN = "cn=svc-audit,dc=lab,dc=test"
	secretPW = "S3cret-Directory-Pw"
)

// The bind DN and password reach a directory without TLS only when
// --ldap-allow-cleartext names it, and never under --safe (no bind at
// all then).
func TestBindOnlyWhereAllowed(t *testing.T) {
	cases := []struct {
		name      string
		safe      bool
		allow     func(addr string) []string
		wantDN    int
		wantBinds func(n int) bool
	}{
		{"no TLS, not allowed", false, func(string) []string { return nil }, 0, func(n int) bool { return n > 0 }},
		{"no TLS, another directory allowed", false, func(string) []string { return []string{"ldap://10.0.0.1:389"} }, 0, func(n int) bool { return n > 0 }},
		{"no TLS, allowed", false, func(a string) []string { return []string{"ldap://" + a} }, 2, func(n int) bool { return n > 0 }},
		{"safe, allowed", true, func(a string) []string { return []string{"ldap://" + a} }, 0, func(n int) bool { return n == 0 }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := fakeldap.Start(t, "127.0.0.1:0", fakeldap.Options{BindCode: 49})
			tg, _ := ParseTarget("ldap://" + srv.Addr)
			o := &Options{BindDN: secretDN, Password: secretPW, AllowCleartext: tc.allow(srv.Addr)}
			env := onlyTo(srv.Addr)
			env.Safe = tc.safe
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			f := &Facts{URL: tg.ID()}
			err := Assess(ctx, env, o, tg, f)
			binds := srv.Binds()
			withSecret := 0
			for _, b := range binds {
				if b.Password == secretPW || b.DN == secretDN {
					withSecret++
				}
			}
			if withSecret != tc.wantDN || !tc.wantBinds(len(binds)) {
				t.Errorf("binds %q: %d with the account, want %d (err %v, notes %v)", binds, withSecret, tc.wantDN, err, f.Notes)
			}
		})
	}
}

func TestOptionsValidate(t *testing.T) {
	env := func(string) string { return secretPW }
	cases := []struct {
		name string
		o    Options
		want string
	}{
		{"bind DN without directory", Options{BindDN: secretDN}, "only with --directory"},
		{"allow-cleartext not a target", Options{Targets: []string{"ldap://dc1:389"}, AllowCleartext: []string{"ldap://dc2:389"}}, "not one of"},
		{"allow-cleartext ldaps", Options{Targets: []string{"ldaps://dc1"}, AllowCleartext: []string{"ldaps://dc1"}}, "ldap://host"},
		{"ok", Options{Targets: []string{"ldap://DC1"}, AllowCleartext: []string{"ldap://dc1:389"}, BindDN: secretDN}, ""},
	}
	for _, tc := range cases {
		o := tc.o
		o.getenv = env
		err := o.Validate(t.Context())
		if (tc.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}

// verifyPeer: the chain against the roots given, then the name; a
// certificate naming the host in its CN only (Samba's auto-generated one)
// is accepted with a weakness, one with subjectAltName is held to it.
func TestVerifyPeerCNOnly(t *testing.T) {
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	caKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Samba Administration"}, IsCA: true,
		BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign, NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour)}
	caDER, _ := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	ca, _ := x509.ParseCertificate(caDER)
	roots := x509.NewCertPool()
	roots.AddCert(ca)
	leaf := func(cn string, dns []string, ips []net.IP) *x509.Certificate {
		k, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		tmpl := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: cn}, DNSNames: dns, IPAddresses: ips,
			NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour), ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
		der, _ := x509.CreateCertificate(rand.Reader, tmpl, ca, &k.PublicKey, caKey)
		c, _ := x509.ParseCertificate(der)
		return c
	}
	cases := []struct {
		name, host string
		cert       *x509.Certificate
		roots      *x509.CertPool
		at         time.Time
		weak, err  bool
	}{
		{"CN only, matching", "DC1.lab.test", leaf("dc1.lab.test", nil, nil), roots, now, true, false},
		{"CN only, wildcard", "dc1.lab.test", leaf("*.lab.test", nil, nil), roots, now, true, false},
		{"CN only, other host", "dc2.lab.test", leaf("dc1.lab.test", nil, nil), roots, now, false, true},
		{"CN only, IP", "127.0.0.1", leaf("127.0.0.1", nil, nil), roots, now, true, false},
		{"SAN present, CN not honoured", "dc1.lab.test", leaf("dc1.lab.test", []string{"other.lab.test"}, nil), roots, now, false, true},
		{"SAN matching", "dc1.lab.test", leaf("x", []string{"dc1.lab.test"}, nil), roots, now, false, false},
		{"untrusted", "dc1.lab.test", leaf("dc1.lab.test", nil, nil), x509.NewCertPool(), now, false, true},
		{"expired at the probe's clock", "dc1.lab.test", leaf("dc1.lab.test", nil, nil), roots, now.Add(2 * time.Hour), false, true},
	}
	for _, tc := range cases {
		weak, err := verifyPeer([]*x509.Certificate{tc.cert}, tc.roots, tc.host, tc.at)
		if (len(weak) > 0) != tc.weak || (err != nil) != tc.err {
			t.Errorf("%s: weak %q err %v", tc.name, weak, err)
		}
	}
}

// negativeSerial re-signs a certificate of ca with its serial made
// negative, as samba writes about one auto-generated certificate in two
// (its serial is the clock's 4 bytes in little-endian order).
func negativeSerial(t *testing.T, ca *x509.Certificate, caKey *ecdsa.PrivateKey, cn string, now time.Time) []byte {
	t.Helper()
	k, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(0x01020304), Subject: pkix.Name{CommonName: cn},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour), ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &k.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		TBS asn1.RawValue
		Alg asn1.RawValue
		Sig asn1.BitString
	}
	if _, err := asn1.Unmarshal(der, &c); err != nil {
		t.Fatal(err)
	}
	tbs := bytes.Replace(c.TBS.FullBytes, []byte{0x02, 0x04, 0x01, 0x02, 0x03, 0x04}, []byte{0x02, 0x04, 0x81, 0x02, 0x03, 0x04}, 1)
	sum := sha256.Sum256(tbs)
	sig, err := ecdsa.SignASN1(rand.Reader, caKey, sum[:])
	if err != nil {
		t.Fatal(err)
	}
	c.TBS = asn1.RawValue{FullBytes: tbs}
	c.Sig = asn1.BitString{Bytes: sig, BitLength: 8 * len(sig)}
	out, err := asn1.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// A CN-only certificate with a negative serial (samba's, one time in two)
// parses (x509negativeserial=1, set for the binary in cmd/conformscan)
// and is accepted with both weaknesses.
func TestVerifyPeerNegativeSerial(t *testing.T) {
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	caKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Samba Administration"}, IsCA: true,
		BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign, NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour)}
	caDER, _ := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	ca, _ := x509.ParseCertificate(caDER)
	leaf, err := x509.ParseCertificate(negativeSerial(t, ca, caKey, "DC1.lab.test", now))
	if err != nil {
		t.Fatalf("parse: %v (is //go:debug x509negativeserial=1 in effect?)", err)
	}
	roots := x509.NewCertPool()
	roots.AddCert(ca)
	weak, err := verifyPeer([]*x509.Certificate{leaf}, roots, "dc1.lab.test", now)
	if err != nil || len(weak) != 2 || weak[0] != WeaknessNegativeSerial || weak[1] != WeaknessCNOnly {
		t.Errorf("weak %q err %v", weak, err)
	}
}
