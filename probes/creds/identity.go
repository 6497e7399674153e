package creds

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"fmt"
	"net"
	"net/netip"
	"slices"
	"strings"
	"time"

	"golang.org/x/crypto/ssh"
)

// resolveTimeout bounds the name resolution of a host's identity.
const resolveTimeout = 5 * time.Second

// lookupFunc resolves a name to addresses (net.Resolver.LookupNetIP).
type lookupFunc func(ctx context.Context, network, host string) ([]netip.Addr, error)

// HostIdentity is the identity of host for the lockout budget: its
// addresses, resolved under ctx ("localhost" and "127.0.0.1" are then one
// machine). A name that does not resolve fails: its tries could not be
// told apart from another name's.
func HostIdentity(ctx context.Context, host string) (Identity, error) {
	return hostIdentity(ctx, host, net.DefaultResolver.LookupNetIP)
}

func hostIdentity(ctx context.Context, host string, lookup lookupFunc) (Identity, error) {
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	if a, err := netip.ParseAddr(host); err == nil {
		return Identity{addrKey(a)}, nil
	}
	ctx, cancel := context.WithTimeout(ctx, resolveTimeout)
	defer cancel()
	addrs, err := lookup(ctx, "ip", host)
	if err != nil || len(addrs) == 0 {
		return nil, fmt.Errorf("resolving %s for the lockout budget: %v", host, err)
	}
	var id Identity
	for _, a := range addrs {
		id = append(id, addrKey(a))
	}
	slices.Sort(id)
	return slices.Compact(id), nil
}

func addrKey(a netip.Addr) string { return identityKey("ip", a.Unmap().WithZone("").String()) }

// SSHHostKeyKey is the identity key of an SSH host key.
func SSHHostKeyKey(k ssh.PublicKey) string {
	return identityKey("ssh-hostkey", ssh.FingerprintSHA256(k))
}

// TLSCertKey is the identity key of a TLS leaf certificate (SHA-256 of
// its DER).
func TLSCertKey(der []byte) string {
	sum := sha256.Sum256(der)
	return identityKey("tls-cert", hex.EncodeToString(sum[:]))
}

// tlsIdentity returns the identity key of the certificate addr presents:
// one TLS handshake, no request sent.
func tlsIdentity(ctx context.Context, dial dialFunc, addr string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, tryTimeout)
	defer cancel()
	raw, err := dial(ctx, "tcp", addr)
	if err != nil {
		return "", err
	}
	defer raw.Close()
	stop := closeOnDone(ctx, raw)
	defer stop()
	host, _, _ := net.SplitHostPort(addr)
	c := tls.Client(raw, &tls.Config{InsecureSkipVerify: true, ServerName: serverName(host)}) //nolint:gosec // identity only
	if err := c.HandshakeContext(ctx); err != nil {
		return "", fmt.Errorf("TLS handshake for the host identity: %w", err)
	}
	certs := c.ConnectionState().PeerCertificates
	if len(certs) == 0 {
		return "", fmt.Errorf("TLS handshake for the host identity: no certificate")
	}
	return TLSCertKey(certs[0].Raw), nil
}

// serverName is the SNI to send: a name, never an address.
func serverName(host string) string {
	if _, err := netip.ParseAddr(host); err == nil {
		return ""
	}
	return host
}
