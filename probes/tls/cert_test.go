package tls

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"math/big"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/cryptobyte"
	cbasn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// pkiNow is the reference time of the certificate tests.
var pkiNow = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// pkiCert is a generated certificate and its key.
type pkiCert struct {
	der  []byte
	cert *x509.Certificate
	key  crypto.Signer
}

// pkiOpts tunes pkiIssue.
type pkiOpts struct {
	cn        string
	dns       []string
	ips       []net.IP
	ca        bool
	key       crypto.Signer // default ECDSA P-256
	sigAlg    x509.SignatureAlgorithm
	notBefore time.Time
	notAfter  time.Time
	ku        x509.KeyUsage
	noKU      bool
	eku       []x509.ExtKeyUsage
	noEKU     bool
	serial    int64
}

func pkiKey(t testing.TB, kind string) crypto.Signer {
	t.Helper()
	var k crypto.Signer
	var err error
	switch kind {
	case "p256":
		k, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	case "p384":
		k, err = ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	case "rsa1024":
		k, err = rsa.GenerateKey(rand.Reader, 1024)
	case "rsa2048":
		k, err = rsa.GenerateKey(rand.Reader, 2048)
	case "ed25519":
		_, k, err = ed25519.GenerateKey(rand.Reader)
	default:
		t.Fatalf("unknown key kind %q", kind)
	}
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// pkiIssue creates a certificate signed by parent (self-signed when nil).
func pkiIssue(t testing.TB, o pkiOpts, parent *pkiCert) *pkiCert {
	t.Helper()
	if o.key == nil {
		o.key = pkiKey(t, "p256")
	}
	if o.notBefore.IsZero() {
		o.notBefore = pkiNow.Add(-30 * 24 * time.Hour)
	}
	if o.notAfter.IsZero() {
		o.notAfter = o.notBefore.Add(90 * 24 * time.Hour)
	}
	if o.serial == 0 {
		o.serial = time.Now().UnixNano()
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(o.serial),
		Subject:               pkix.Name{CommonName: o.cn, Organization: []string{"conformscan test"}},
		NotBefore:             o.notBefore,
		NotAfter:              o.notAfter,
		DNSNames:              o.dns,
		IPAddresses:           o.ips,
		BasicConstraintsValid: true,
		IsCA:                  o.ca,
		SignatureAlgorithm:    o.sigAlg,
		CRLDistributionPoints: []string{"http://crl.example.test/" + o.cn + ".crl"},
		OCSPServer:            []string{"http://ocsp.example.test"},
		IssuingCertificateURL: []string{"http://ca.example.test/issuer.crt"},
	}
	switch {
	case o.noKU:
	case o.ku != 0:
		tmpl.KeyUsage = o.ku
	case o.ca:
		tmpl.KeyUsage = x509.KeyUsageCertSign | x509.KeyUsageCRLSign
	default:
		tmpl.KeyUsage = x509.KeyUsageDigitalSignature
	}
	switch {
	case o.noEKU || o.ca:
	case o.eku != nil:
		tmpl.ExtKeyUsage = o.eku
	default:
		tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}
	}
	parentCert, signer := tmpl, o.key
	if parent != nil {
		parentCert, signer = parent.cert, parent.key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parentCert, o.key.Public(), signer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return &pkiCert{der: der, cert: c, key: o.key}
}

// pkiHierarchy is root -> intermediate -> leaf for www.example.test.
type pkiHierarchy struct {
	root, inter, leaf *pkiCert
	pool              *x509.CertPool
}

func newPKI(t testing.TB) *pkiHierarchy {
	t.Helper()
	h := &pkiHierarchy{}
	h.root = pkiIssue(t, pkiOpts{cn: "Test Root", ca: true, notBefore: pkiNow.Add(-365 * 24 * time.Hour), notAfter: pkiNow.Add(3650 * 24 * time.Hour)}, nil)
	h.inter = pkiIssue(t, pkiOpts{cn: "Test Intermediate", ca: true, notBefore: pkiNow.Add(-300 * 24 * time.Hour), notAfter: pkiNow.Add(1000 * 24 * time.Hour)}, h.root)
	h.leaf = pkiIssue(t, pkiOpts{cn: "www.example.test", dns: []string{"www.example.test", "*.api.example.test"}, ips: []net.IP{net.ParseIP("127.0.0.1")}}, h.inter)
	h.pool = x509.NewCertPool()
	h.pool.AddCert(h.root.cert)
	return h
}

func ders(cs ...*pkiCert) [][]byte {
	out := make([][]byte, len(cs))
	for i, c := range cs {
		out[i] = c.der
	}
	return out
}

func TestAnalyzeChainGood(t *testing.T) {
	h := newPKI(t)
	certs, cf := analyzeChain(ders(h.leaf, h.inter), "www.example.test", h.pool, "ca:test.pem", pkiNow)
	if len(certs) != 2 {
		t.Fatalf("got %d certificates", len(certs))
	}
	want := ChainFacts{HostnameMatch: true, NameChecked: "www.example.test", Trusted: true, Complete: true, InOrder: true, Roots: "ca:test.pem"}
	if cf != want {
		t.Errorf("chain facts = %+v, want %+v", cf, want)
	}
	l := certs[0]
	sum := sha256.Sum256(h.leaf.der)
	checks := []struct {
		name      string
		got, want any
	}{
		{"KeyType", l.KeyType, "ECDSA"},
		{"KeyBits", l.KeyBits, 256},
		{"Curve", l.Curve, "P-256"},
		{"RSAExponent", l.RSAExponent, 0},
		{"SignatureAlgorithm", l.SignatureAlgorithm, "ECDSA-SHA256"},
		{"LifetimeDays", l.LifetimeDays, 90},
		{"KeyUsage", strings.Join(l.KeyUsage, ","), "digitalSignature"},
		{"KeyUsageCritical", l.KeyUsageCritical, true},
		{"ExtKeyUsage", strings.Join(l.ExtKeyUsage, ","), "serverAuth"},
		{"DNSNames", strings.Join(l.DNSNames, ","), "www.example.test,*.api.example.test"},
		{"IPAddresses", strings.Join(l.IPAddresses, ","), "127.0.0.1"},
		{"AKI", l.AuthorityKeyID, hex.EncodeToString(h.inter.cert.SubjectKeyId)},
		{"SKI", certs[1].SubjectKeyID, hex.EncodeToString(h.inter.cert.SubjectKeyId)},
		{"CRL", strings.Join(l.CRLDistribution, ","), "http://crl.example.test/www.example.test.crl"},
		{"OCSP", strings.Join(l.OCSPServers, ","), "http://ocsp.example.test"},
		{"AIA", strings.Join(l.IssuingCertURLs, ","), "http://ca.example.test/issuer.crt"},
		{"IsCA", l.IsCA, false},
		{"SelfSigned", l.SelfSigned, false},
		{"SHA256", l.SHA256, hex.EncodeToString(sum[:])},
		{"Serial", l.SerialHex, h.leaf.cert.SerialNumber.Text(16)},
		{"Subject has CN", strings.Contains(l.Subject, "CN=www.example.test"), true},
		{"Issuer has CN", strings.Contains(l.Issuer, "CN=Test Intermediate"), true},
		{"NotAfter", l.NotAfter.Equal(h.leaf.cert.NotAfter), true},
		{"StrictParseError", l.StrictParseError, ""},
		{"inter IsCA", certs[1].IsCA, true},
		{"inter KU", strings.Join(certs[1].KeyUsage, ","), "keyCertSign,cRLSign"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestAnalyzeChainShapes(t *testing.T) {
	h := newPKI(t)
	other := newPKI(t)
	tests := []struct {
		name                       string
		chain                      [][]byte
		host                       string
		roots                      *x509.CertPool
		trusted, complete, inOrder bool
		match                      bool
		trustErrContains           string
	}{
		{"intermediate not sent", ders(h.leaf), "www.example.test", h.pool, false, false, true, true, "unknown authority"},
		{"root sent too", ders(h.leaf, h.inter, h.root), "www.example.test", h.pool, true, true, true, true, ""},
		{"out of order", ders(h.leaf, h.root, h.inter), "www.example.test", h.pool, true, true, false, true, ""},
		{"unrelated extra", ders(h.leaf, other.inter, h.inter), "www.example.test", h.pool, true, true, false, true, ""},
		{"unknown root, root sent", ders(h.leaf, h.inter, h.root), "www.example.test", other.pool, false, true, true, true, "unknown authority"},
		{"unknown root, root not sent", ders(h.leaf, h.inter), "www.example.test", other.pool, false, false, true, true, "unknown authority"},
		{"wrong host", ders(h.leaf, h.inter), "mail.example.test", h.pool, true, true, true, false, ""},
		{"wildcard one label", ders(h.leaf, h.inter), "v1.api.example.test", h.pool, true, true, true, true, ""},
		{"wildcard two labels", ders(h.leaf, h.inter), "a.v1.api.example.test", h.pool, true, true, true, false, ""},
		{"wildcard base", ders(h.leaf, h.inter), "api.example.test", h.pool, true, true, true, false, ""},
		{"IP SAN", ders(h.leaf, h.inter), "127.0.0.1", h.pool, true, true, true, true, ""},
		{"other IP", ders(h.leaf, h.inter), "127.0.0.2", h.pool, true, true, true, false, ""},
		{"case and dot", ders(h.leaf, h.inter), "WWW.Example.Test.", h.pool, true, true, true, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, cf := analyzeChain(tt.chain, tt.host, tt.roots, "ca:x", pkiNow)
			if cf.Trusted != tt.trusted || cf.Complete != tt.complete || cf.InOrder != tt.inOrder || cf.HostnameMatch != tt.match {
				t.Errorf("got trusted=%v complete=%v inOrder=%v match=%v (%s), want %v %v %v %v",
					cf.Trusted, cf.Complete, cf.InOrder, cf.HostnameMatch, cf.TrustError, tt.trusted, tt.complete, tt.inOrder, tt.match)
			}
			if !strings.Contains(cf.TrustError, tt.trustErrContains) || (tt.trustErrContains == "" && cf.TrustError != "") {
				t.Errorf("trust error %q, want it to contain %q", cf.TrustError, tt.trustErrContains)
			}
		})
	}
}

func TestAnalyzeChainExpiredAndNotYetValid(t *testing.T) {
	h := newPKI(t)
	expired := pkiIssue(t, pkiOpts{cn: "old", dns: []string{"old.example.test"},
		notBefore: pkiNow.Add(-200 * 24 * time.Hour), notAfter: pkiNow.Add(-10 * 24 * time.Hour)}, h.inter)
	_, cf := analyzeChain(ders(expired, h.inter), "old.example.test", h.pool, "", pkiNow)
	if cf.Trusted || !strings.Contains(cf.TrustError, "expired") || !cf.Complete || !cf.InOrder || !cf.HostnameMatch {
		t.Errorf("expired: %+v", cf)
	}
	if cf.Roots != "custom" {
		t.Errorf("Roots = %q, want custom for an unlabelled pool", cf.Roots)
	}
	// The same chain is fine at a date within its validity.
	_, cf = analyzeChain(ders(expired, h.inter), "old.example.test", h.pool, "", pkiNow.Add(-100*24*time.Hour))
	if !cf.Trusted {
		t.Errorf("at an earlier reference date: %+v", cf)
	}
}

func TestAnalyzeChainWeakRSASHA1(t *testing.T) {
	root := pkiIssue(t, pkiOpts{cn: "Weak Root", ca: true, key: pkiKey(t, "rsa1024"), sigAlg: x509.SHA1WithRSA,
		notBefore: pkiNow.Add(-365 * 24 * time.Hour), notAfter: pkiNow.Add(3650 * 24 * time.Hour)}, nil)
	leaf := pkiIssue(t, pkiOpts{cn: "weak.example.test", dns: []string{"weak.example.test"}, key: pkiKey(t, "rsa1024"),
		sigAlg: x509.SHA1WithRSA, ku: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		notBefore: pkiNow.Add(-10 * 24 * time.Hour), notAfter: pkiNow.Add(1085 * 24 * time.Hour)}, root)
	pool := x509.NewCertPool()
	pool.AddCert(root.cert)
	certs, cf := analyzeChain(ders(leaf, root), "weak.example.test", pool, "ca:weak", pkiNow)
	l := certs[0]
	if l.KeyType != "RSA" || l.KeyBits != 1024 || l.RSAExponent != 65537 || l.SignatureAlgorithm != "SHA1-RSA" {
		t.Errorf("leaf key/sig = %s %d e=%d %s", l.KeyType, l.KeyBits, l.RSAExponent, l.SignatureAlgorithm)
	}
	if l.LifetimeDays != 1095 {
		t.Errorf("LifetimeDays = %d, want 1095", l.LifetimeDays)
	}
	if strings.Join(l.KeyUsage, ",") != "digitalSignature,keyEncipherment" {
		t.Errorf("KeyUsage = %v", l.KeyUsage)
	}
	if !certs[1].SelfSigned || !certs[1].IsCA {
		t.Errorf("SHA-1 root not seen as self-signed CA: %+v", certs[1])
	}
	// Go refuses SHA-1 chains; the order and completeness are still measured.
	if cf.Trusted || !strings.Contains(cf.TrustError, "SHA1") || !cf.InOrder || !cf.Complete {
		t.Errorf("chain facts = %+v", cf)
	}
}

func TestAnalyzeChainKeyTypes(t *testing.T) {
	h := newPKI(t)
	for _, tt := range []struct {
		kind, keyType, curve string
		bits                 int
		sig                  string
	}{
		{"ed25519", "Ed25519", "", 256, "ECDSA-SHA256"},
		{"p384", "ECDSA", "P-384", 384, "ECDSA-SHA256"},
		{"rsa2048", "RSA", "", 2048, "ECDSA-SHA256"},
	} {
		leaf := pkiIssue(t, pkiOpts{cn: tt.kind, dns: []string{"k.example.test"}, key: pkiKey(t, tt.kind)}, h.inter)
		certs, cf := analyzeChain(ders(leaf, h.inter), "k.example.test", h.pool, "", pkiNow)
		c := certs[0]
		if c.KeyType != tt.keyType || c.KeyBits != tt.bits || c.Curve != tt.curve || c.SignatureAlgorithm != tt.sig {
			t.Errorf("%s: got %s %d %q %s", tt.kind, c.KeyType, c.KeyBits, c.Curve, c.SignatureAlgorithm)
		}
		if !cf.Trusted {
			t.Errorf("%s: not trusted: %s", tt.kind, cf.TrustError)
		}
	}
	// An Ed25519-signed certificate.
	edRoot := pkiIssue(t, pkiOpts{cn: "Ed Root", ca: true, key: pkiKey(t, "ed25519")}, nil)
	edLeaf := pkiIssue(t, pkiOpts{cn: "ed", dns: []string{"ed.example.test"}}, edRoot)
	certs, cf := analyzeChain(ders(edLeaf, edRoot), "ed.example.test", nil, "", pkiNow)
	if certs[0].SignatureAlgorithm != "Ed25519" || certs[1].KeyType != "Ed25519" || !certs[1].SelfSigned {
		t.Errorf("Ed25519 chain: %+v / %+v", certs[0], certs[1])
	}
	if cf.Roots != "system" || cf.Trusted || !cf.Complete || !cf.InOrder {
		t.Errorf("self-signed root with system roots: %+v", cf)
	}
}

func TestAnalyzeChainKeyUsageVariants(t *testing.T) {
	h := newPKI(t)
	tests := []struct {
		name     string
		o        pkiOpts
		ku, eku  string
		critical bool
		trusted  bool
	}{
		{"no KU no EKU", pkiOpts{noKU: true, noEKU: true}, "", "", false, true},
		{"clientAuth only", pkiOpts{eku: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}}, "digitalSignature", "clientAuth", true, false},
		{"server+client", pkiOpts{eku: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth}}, "digitalSignature", "serverAuth,clientAuth", true, true},
		{"keyEncipherment", pkiOpts{ku: x509.KeyUsageKeyEncipherment | x509.KeyUsageDigitalSignature | x509.KeyUsageKeyAgreement}, "digitalSignature,keyEncipherment,keyAgreement", "serverAuth", true, true},
		{"unknown EKU", pkiOpts{eku: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageOCSPSigning}}, "digitalSignature", "serverAuth,OCSPSigning", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.o.cn, tt.o.dns = "ku", []string{"ku.example.test"}
			leaf := pkiIssue(t, tt.o, h.inter)
			certs, cf := analyzeChain(ders(leaf, h.inter), "ku.example.test", h.pool, "", pkiNow)
			c := certs[0]
			if strings.Join(c.KeyUsage, ",") != tt.ku || strings.Join(c.ExtKeyUsage, ",") != tt.eku || c.KeyUsageCritical != tt.critical {
				t.Errorf("KU=%v EKU=%v critical=%v", c.KeyUsage, c.ExtKeyUsage, c.KeyUsageCritical)
			}
			if cf.Trusted != tt.trusted {
				t.Errorf("trusted = %v (%s), want %v", cf.Trusted, cf.TrustError, tt.trusted)
			}
		})
	}
}

func TestAnalyzeChainNoSANCommonNameOnly(t *testing.T) {
	h := newPKI(t)
	leaf := pkiIssue(t, pkiOpts{cn: "cn.example.test"}, h.inter)
	_, cf := analyzeChain(ders(leaf, h.inter), "cn.example.test", h.pool, "", pkiNow)
	if cf.HostnameMatch {
		t.Error("the subject CN must not be accepted as a name")
	}
}

func TestHostnameMatches(t *testing.T) {
	dns := []string{"*.example.test", "exact.test", "f*o.bad.test", "*.test", "*.*.x.test"}
	for host, want := range map[string]bool{
		"a.example.test":   true,
		"example.test":     false,
		"a.b.example.test": false,
		"exact.test":       true,
		"EXACT.TEST":       true,
		"foo.bad.test":     false,
		"any.test":         false, // *.test: wildcard needs two labels after it
		"a.b.x.test":       false,
		"":                 false,
		"[::1]":            false,
	} {
		if got := hostnameMatches(dns, nil, host); got != want {
			t.Errorf("%q: got %v, want %v", host, got, want)
		}
	}
	if !hostnameMatches(nil, []string{"::1"}, "[::1]") || !hostnameMatches(nil, []string{"::1"}, "0:0::1") {
		t.Error("IPv6 SAN not matched")
	}
	if hostnameMatches([]string{"127.0.0.1"}, nil, "127.0.0.1") {
		t.Error("an IP must only match IP SANs")
	}
}

// pkiRewriteTBS re-encodes cert's TBSCertificate after edit changed its
// top-level elements, and signs it with signer (ECDSA-SHA256).
func pkiRewriteTBS(t testing.TB, der []byte, signer crypto.Signer, edit func(elems [][]byte) [][]byte) []byte {
	t.Helper()
	in := cryptobyte.String(der)
	var cert, tbs cryptobyte.String
	if !in.ReadASN1(&cert, cbasn1.SEQUENCE) || !cert.ReadASN1(&tbs, cbasn1.SEQUENCE) {
		t.Fatal("not a certificate")
	}
	var elems [][]byte
	for !tbs.Empty() {
		var e cryptobyte.String
		var tag cbasn1.Tag
		if !tbs.ReadAnyASN1Element(&e, &tag) {
			t.Fatal("bad TBS")
		}
		elems = append(elems, e)
	}
	elems = edit(elems)
	var b cryptobyte.Builder
	b.AddASN1(cbasn1.SEQUENCE, func(b *cryptobyte.Builder) {
		for _, e := range elems {
			b.AddBytes(e)
		}
	})
	newTBS := b.BytesOrPanic()
	h := sha256.Sum256(newTBS)
	sig, err := signer.Sign(rand.Reader, h[:], crypto.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	var out cryptobyte.Builder
	out.AddASN1(cbasn1.SEQUENCE, func(b *cryptobyte.Builder) {
		b.AddBytes(newTBS)
		b.AddASN1(cbasn1.SEQUENCE, func(b *cryptobyte.Builder) {
			b.AddASN1ObjectIdentifier([]int{1, 2, 840, 10045, 4, 3, 2})
		})
		b.AddASN1BitString(sig)
	})
	return out.BytesOrPanic()
}

func TestAnalyzeChainLenientParsing(t *testing.T) {
	h := newPKI(t)
	leaf := pkiIssue(t, pkiOpts{cn: "odd", dns: []string{"odd.example.test"}}, h.inter)
	// Negative serial: Go refuses it, zcrypto reads it.
	neg := pkiRewriteTBS(t, leaf.der, h.inter.key, func(e [][]byte) [][]byte {
		var b cryptobyte.Builder
		b.AddASN1BigInt(big.NewInt(-42))
		e[1] = b.BytesOrPanic()
		return e
	})
	certs, cf := analyzeChain([][]byte{neg, h.inter.der}, "odd.example.test", nil, "", pkiNow)
	c := certs[0]
	if c.StrictParseError == "" || c.ParseError != "" || c.SerialHex != "-2a" || c.Subject != "CN=odd,O=conformscan test" || !cf.HostnameMatch {
		t.Errorf("negative serial: %+v", c)
	}
	if cf.Trusted || !strings.Contains(cf.TrustError, "rejects the leaf") || !cf.InOrder {
		t.Errorf("negative serial chain: %+v", cf)
	}

	// Brainpool P-256 key: neither library knows the curve.
	var spki cryptobyte.Builder
	spki.AddASN1(cbasn1.SEQUENCE, func(b *cryptobyte.Builder) {
		b.AddASN1(cbasn1.SEQUENCE, func(b *cryptobyte.Builder) {
			b.AddASN1ObjectIdentifier([]int{1, 2, 840, 10045, 2, 1})
			b.AddASN1ObjectIdentifier([]int{1, 3, 36, 3, 3, 2, 8, 1, 1, 7})
		})
		b.AddASN1BitString(append([]byte{4}, make([]byte, 64)...))
	})
	bp := pkiRewriteTBS(t, leaf.der, h.inter.key, func(e [][]byte) [][]byte {
		e[6] = spki.BytesOrPanic() // version, serial, sigalg, issuer, validity, subject, spki
		return e
	})
	certs, cf = analyzeChain([][]byte{bp, h.inter.der}, "odd.example.test", h.pool, "", pkiNow)
	c = certs[0]
	if c.KeyType != "ECDSA" || c.Curve != "brainpoolP256r1" || c.KeyBits != 256 || c.ParseError != "" ||
		!slices.Contains(c.DNSNames, "odd.example.test") || c.SignatureAlgorithm != "ECDSA-SHA256" || c.LifetimeDays != 90 {
		t.Errorf("brainpool leaf: %+v", c)
	}
	if cf.Trusted || !cf.HostnameMatch || !cf.InOrder {
		t.Errorf("brainpool chain: %+v", cf)
	}
}

func TestAnalyzeChainGarbage(t *testing.T) {
	h := newPKI(t)
	certs, cf := analyzeChain([][]byte{[]byte("not a certificate"), h.inter.der}, "x.test", h.pool, "", pkiNow)
	if len(certs) != 2 || certs[0].ParseError == "" || certs[0].SHA256 == "" || certs[0].KeyType != "unknown" {
		t.Errorf("garbage leaf: %+v", certs[0])
	}
	if cf.Trusted || cf.Complete || cf.InOrder || cf.HostnameMatch || cf.TrustError == "" {
		t.Errorf("garbage chain: %+v", cf)
	}
	certs, cf = analyzeChain(nil, "x.test", nil, "", pkiNow)
	if len(certs) != 0 || cf.TrustError == "" || cf.Roots != "system" {
		t.Errorf("empty chain: %v %+v", certs, cf)
	}
	// A huge chain is bounded.
	many := make([][]byte, 100)
	for i := range many {
		many[i] = h.inter.der
	}
	if certs, _ := analyzeChain(many, "x.test", h.pool, "", pkiNow); len(certs) != maxChainCerts {
		t.Errorf("got %d certificates, want %d", len(certs), maxChainCerts)
	}
}

func TestLifetimeDays(t *testing.T) {
	nb := pkiNow
	for _, tt := range []struct {
		d    time.Duration
		want int
	}{
		{90*24*time.Hour - time.Second, 90},
		{825 * 24 * time.Hour, 825},
		{825*24*time.Hour + time.Hour, 826},
		{0, 0},
	} {
		if got := lifetimeDays(nb, nb.Add(tt.d)); got != tt.want {
			t.Errorf("%v: got %d, want %d", tt.d, got, tt.want)
		}
	}
}

func FuzzAnalyzeChain(f *testing.F) {
	h := newPKI(f)
	f.Add(h.leaf.der, h.inter.der)
	f.Add(h.leaf.der[:len(h.leaf.der)/2], []byte{})
	f.Add([]byte{0x30, 0x03, 0x30, 0x01, 0x00}, h.root.der)
	f.Add([]byte{0x30, 0x84, 0xff, 0xff, 0xff, 0xff}, []byte{0x30, 0x80})
	f.Fuzz(func(t *testing.T, leaf, inter []byte) {
		certs, _ := analyzeChain([][]byte{leaf, inter}, "www.example.test", h.pool, "", pkiNow)
		if len(certs) != 2 {
			t.Fatalf("got %d certificates", len(certs))
		}
		keyFacts(leaf)
		substituteSPKI(leaf)
		ekuNames(leaf)
	})
}
