package tls

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/daemons"
)

// upgradeAndHandshake dials addr, runs startTLS and a TLS handshake.
func upgradeAndHandshake(t *testing.T, addr, proto string) (*tls.ConnectionState, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := (&net.Dialer{}).DialContext(ctx, "tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := startTLS(ctx, conn, proto); err != nil {
		return nil, err
	}
	tc := tls.Client(conn, &tls.Config{InsecureSkipVerify: true, ServerName: "localhost"})
	if err := tc.HandshakeContext(ctx); err != nil {
		return nil, fmt.Errorf("handshake after upgrade: %w", err)
	}
	st := tc.ConnectionState()
	return &st, nil
}

// TestStartTLSVsftpd upgrades with AUTH TLS on vsftpd (fixtures/daemons).
func TestStartTLSVsftpd(t *testing.T) {
	t.Run("AUTH TLS", func(t *testing.T) {
		v := daemons.StartVsftpd(t, daemons.VsftpdOptions{Security: daemons.FTPTLSOptional})
		st, err := upgradeAndHandshake(t, v.Addr, "ftp")
		if err != nil {
			t.Fatal(err)
		}
		if len(st.PeerCertificates) == 0 || st.PeerCertificates[0].Subject.CommonName != daemons.ServerName {
			t.Errorf("unexpected peer certificates %v", st.PeerCertificates)
		}
	})
	t.Run("no TLS", func(t *testing.T) {
		v := daemons.StartVsftpd(t, daemons.VsftpdOptions{})
		_, err := upgradeAndHandshake(t, v.Addr, "ftp")
		if !errors.Is(err, ErrStartTLSNotOffered) {
			t.Fatalf("error = %v, want ErrStartTLSNotOffered", err)
		}
	})
}

// TestStartTLSSlapd runs the LDAP StartTLS extended operation on slapd
// (fixtures/daemons), with and without TLS configured.
func TestStartTLSSlapd(t *testing.T) {
	for _, withTLS := range []bool{true, false} {
		t.Run(fmt.Sprintf("tls=%v", withTLS), func(t *testing.T) {
			s := daemons.StartSlapd(t, daemons.SlapdOptions{TLS: withTLS})
			st, err := upgradeAndHandshake(t, s.Addr, "ldap")
			if withTLS {
				if err != nil {
					t.Fatal(err)
				}
				if st.Version < tls.VersionTLS12 {
					t.Errorf("negotiated %x", st.Version)
				}
				return
			}
			if !errors.Is(err, ErrStartTLSNotOffered) || !strings.Contains(err.Error(), "result 2 ") {
				t.Fatalf("error = %v, want ErrStartTLSNotOffered with result 2 (unsupported extended operation)", err)
			}
		})
	}
}
