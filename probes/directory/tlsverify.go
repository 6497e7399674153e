package directory

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"conformscan/probes"
)

// WeaknessCNOnly is the TLS weakness of a directory whose certificate names
// it in its subject CN only, without subjectAltName (Samba AD's
// auto-generated certificate): current clients refuse it.
const WeaknessCNOnly = "legacy certificate naming the host in its CN only (no subjectAltName): refused by current TLS clients (RFC 6125, Go, Chrome)"

// WeaknessNegativeSerial is the TLS weakness of a certificate whose serial
// number is negative (Samba AD's auto-generated ones, about one in two):
// RFC 5280 forbids it and current clients refuse it.
const WeaknessNegativeSerial = "certificate with a negative serial number (RFC 5280 requires a positive one): refused by current TLS clients"

// tlsConfig verifies the directory's certificate itself: the chain against
// --ca (or the system roots) at the probe's clock, then the name, accepting
// a CN-only certificate whose CN matches host, a weakness recorded in f.
func tlsConfig(env *probes.Env, host string, f *Facts) *tls.Config {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: true}
	if net.ParseIP(host) == nil {
		cfg.ServerName = host
	}
	now := env.Clock()
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		weak, err := verifyPeer(cs.PeerCertificates, env.Roots, host, now())
		for _, w := range weak {
			if f != nil {
				f.weakness(host, w)
			}
		}
		return err
	}
	return cfg
}

// verifyPeer verifies the chain (no name) then the name; weak are the
// weaknesses of a certificate accepted nonetheless (named by its CN only,
// a negative serial number).
func verifyPeer(certs []*x509.Certificate, roots *x509.CertPool, host string, now time.Time) (weak []string, err error) {
	if len(certs) == 0 {
		return nil, errors.New("the directory sent no certificate")
	}
	leaf, inter := certs[0], x509.NewCertPool()
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	if _, err := leaf.Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: now}); err != nil {
		return nil, fmt.Errorf("certificate of %s not trusted: %w (give its CA with --ca)", host, err)
	}
	if leaf.SerialNumber != nil && leaf.SerialNumber.Sign() < 0 {
		weak = append(weak, WeaknessNegativeSerial)
	}
	if err := leaf.VerifyHostname(host); err == nil {
		return weak, nil
	}
	if hasSAN(leaf) || !cnMatches(leaf.Subject.CommonName, host) {
		return nil, fmt.Errorf("certificate of %s does not name it (CN %q, DNS %v, IP %v)", host, leaf.Subject.CommonName, leaf.DNSNames, leaf.IPAddresses)
	}
	return append(weak, WeaknessCNOnly), nil
}

func hasSAN(c *x509.Certificate) bool {
	return len(c.DNSNames)+len(c.IPAddresses)+len(c.URIs)+len(c.EmailAddresses) > 0
}

// cnMatches compares a CN with the host the user gave: equal (case and
// trailing dot aside), or a wildcard of its first label.
func cnMatches(cn, host string) bool {
	cn = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(cn)), ".")
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if cn == "" || host == "" {
		return false
	}
	if cn == host {
		return true
	}
	rest, ok := strings.CutPrefix(cn, "*.")
	if !ok || net.ParseIP(host) != nil {
		return false
	}
	_, parent, found := strings.Cut(host, ".")
	return found && parent == rest && strings.Contains(rest, ".")
}
