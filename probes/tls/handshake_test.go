package tls

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"errors"
	"io"
	"math/big"
	"net"
	"testing"
	"time"

	"golang.org/x/crypto/cryptobyte"
	"golang.org/x/crypto/ocsp"

	"conformscan/fixtures/loopback"
)

// hsServer runs a crypto/tls server on loopback; each connection completes
// a handshake then drains until the client leaves.
func hsServer(t testing.TB, cfg *tls.Config) string {
	t.Helper()
	return hsRawServer(t, func(c net.Conn) {
		tc := tls.Server(c, cfg)
		if tc.Handshake() != nil {
			return
		}
		_, _ = io.Copy(io.Discard, tc)
	})
}

// hsRawServer serves each loopback connection with handle.
func hsRawServer(t testing.TB, handle func(c net.Conn)) string {
	t.Helper()
	return loopback.ServeAddr(t, func(c net.Conn) {
		_ = c.SetDeadline(time.Now().Add(5 * time.Second))
		handle(c)
	})
}

func hsDialer(addr string) DialFunc {
	return func(ctx context.Context) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, "tcp", addr)
	}
}

func hsRun(t *testing.T, addr string, timeout time.Duration) (*handshakeFacts, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return fullHandshake(ctx, hsDialer(addr), "www.example.test")
}

// sctListExt encodes n fake SCTs as an extension value (OCTET STRING
// wrapping a SignedCertificateTimestampList).
func sctListExt(n int) []byte {
	var list cryptobyte.Builder
	list.AddUint16LengthPrefixed(func(b *cryptobyte.Builder) {
		for i := 0; i < n; i++ {
			b.AddUint16LengthPrefixed(func(b *cryptobyte.Builder) {
				b.AddBytes(bytes.Repeat([]byte{byte(i + 1)}, 40))
			})
		}
	})
	var b cryptobyte.Builder
	b.AddASN1OctetString(list.BytesOrPanic())
	return b.BytesOrPanic()
}

func tlsCertOf(chain ...*pkiCert) tls.Certificate {
	var c tls.Certificate
	for _, p := range chain {
		c.Certificate = append(c.Certificate, p.der)
	}
	c.PrivateKey = chain[0].key
	return c
}

func TestFullHandshakeTLS13(t *testing.T) {
	h := newPKI(t)
	leaf := pkiIssue(t, pkiOpts{cn: "www.example.test", dns: []string{"www.example.test"}, notBefore: time.Now().Add(-time.Hour)}, h.inter)
	addr := hsServer(t, &tls.Config{MinVersion: tls.VersionTLS13, Certificates: []tls.Certificate{tlsCertOf(leaf, h.inter)}})
	hf, err := hsRun(t, addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if hf.Version != TLS13 || len(hf.Chain) != 2 || !bytes.Equal(hf.Chain[0], leaf.der) || !bytes.Equal(hf.Chain[1], h.inter.der) {
		t.Fatalf("version %s, %d certificates", hf.Version, len(hf.Chain))
	}
	if !hf.SessionTicket || hf.TicketLifetimeHint == nil || *hf.TicketLifetimeHint != 7*24*3600 {
		t.Errorf("ticket = %v, lifetime %v; want Go's 7-day TLS 1.3 ticket", hf.SessionTicket, hf.TicketLifetimeHint)
	}
	if hf.OCSPStapled || hf.SCTs != 0 {
		t.Errorf("unexpected OCSP %v / SCTs %d", hf.OCSPStapled, hf.SCTs)
	}
}

func TestFullHandshakeTLS12Ticket(t *testing.T) {
	h := newPKI(t)
	addr := hsServer(t, &tls.Config{MaxVersion: tls.VersionTLS12, Certificates: []tls.Certificate{tlsCertOf(h.leaf, h.inter)}})
	hf, err := hsRun(t, addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	// Go's TLS 1.2 server sends a zero lifetime hint.
	if hf.Version != TLS12 || !hf.SessionTicket || hf.TicketLifetimeHint == nil || *hf.TicketLifetimeHint != 0 {
		t.Errorf("got %s ticket=%v hint=%v", hf.Version, hf.SessionTicket, hf.TicketLifetimeHint)
	}
}

func TestFullHandshakeNoTickets(t *testing.T) {
	h := newPKI(t)
	for _, v := range []uint16{tls.VersionTLS12, tls.VersionTLS13} {
		addr := hsServer(t, &tls.Config{MinVersion: v, MaxVersion: v, SessionTicketsDisabled: true,
			Certificates: []tls.Certificate{tlsCertOf(h.leaf, h.inter)}})
		start := time.Now()
		hf, err := hsRun(t, addr, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if hf.SessionTicket || hf.TicketLifetimeHint != nil {
			t.Errorf("%s: ticket=%v hint=%v", hf.Version, hf.SessionTicket, hf.TicketLifetimeHint)
		}
		if d := time.Since(start); d > ticketWaitMax+time.Second {
			t.Errorf("%s: took %v", hf.Version, d)
		}
	}
}

func TestFullHandshakeOCSPAndSCTs(t *testing.T) {
	h := newPKI(t)
	// Leaf with 2 embedded SCTs.
	leafTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(77),
		Subject:      pkix.Name{CommonName: "www.example.test"},
		DNSNames:     []string{"www.example.test"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		ExtraExtensions: []pkix.Extension{{
			Id: asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 11129, 2, 4, 2}, Value: sctListExt(2),
		}},
	}
	leafKey := pkiKey(t, "p256")
	der, err := x509.CreateCertificate(nil, leafTmpl, h.inter.cert, leafKey.Public(), h.inter.key)
	if err != nil {
		t.Fatal(err)
	}
	leafCert, _ := x509.ParseCertificate(der)
	// OCSP response with 1 SCT in its single extensions.
	resp, err := ocsp.CreateResponse(h.inter.cert, h.inter.cert, ocsp.Response{
		Status: ocsp.Good, SerialNumber: leafCert.SerialNumber,
		ThisUpdate: time.Now().Add(-time.Hour), NextUpdate: time.Now().Add(time.Hour),
		ExtraExtensions: []pkix.Extension{{Id: asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 11129, 2, 4, 5}, Value: sctListExt(1)}},
	}, h.inter.key)
	if err != nil {
		t.Fatal(err)
	}
	cert := tls.Certificate{
		Certificate:                 [][]byte{der, h.inter.der},
		PrivateKey:                  leafKey,
		OCSPStaple:                  resp,
		SignedCertificateTimestamps: [][]byte{bytes.Repeat([]byte{9}, 40), bytes.Repeat([]byte{8}, 40), bytes.Repeat([]byte{7}, 40)},
	}
	addr := hsServer(t, &tls.Config{Certificates: []tls.Certificate{cert}})
	hf, err := hsRun(t, addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if !hf.OCSPStapled || hf.SCTs != 3+2+1 {
		t.Errorf("OCSP stapled %v, SCTs %d; want true, 6 (3 extension + 2 embedded + 1 OCSP)", hf.OCSPStapled, hf.SCTs)
	}
}

func TestFullHandshakeZcryptoFallback(t *testing.T) {
	h := newPKI(t)
	leaf := pkiIssue(t, pkiOpts{cn: "neg", dns: []string{"www.example.test"}, notBefore: time.Now().Add(-time.Hour)}, h.inter)
	// A negative serial number: crypto/tls refuses the certificate,
	// zcrypto does not.
	neg := pkiRewriteTBS(t, leaf.der, h.inter.key, func(e [][]byte) [][]byte {
		var b cryptobyte.Builder
		b.AddASN1BigInt(big.NewInt(-7))
		e[1] = b.BytesOrPanic()
		return e
	})
	cert := tls.Certificate{Certificate: [][]byte{neg, h.inter.der}, PrivateKey: leaf.key}
	addr := hsServer(t, &tls.Config{MaxVersion: tls.VersionTLS12, Certificates: []tls.Certificate{cert}})
	hf, err := hsRun(t, addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if hf.Version != TLS12 || len(hf.Chain) != 2 || !bytes.Equal(hf.Chain[0], neg) || !hf.SessionTicket || hf.TicketLifetimeHint == nil {
		t.Errorf("fallback: version %s, %d certs, ticket %v %v", hf.Version, len(hf.Chain), hf.SessionTicket, hf.TicketLifetimeHint)
	}
}

func TestFullHandshakeHostile(t *testing.T) {
	tests := map[string]func(c net.Conn){
		"silent": func(c net.Conn) { _, _ = io.Copy(io.Discard, c) },
		"closes": func(c net.Conn) {},
		"garbage": func(c net.Conn) {
			_, _ = c.Write([]byte("HTTP/1.1 400 Bad Request\r\n\r\n"))
		},
		"alert": func(c net.Conn) {
			_, _ = c.Write([]byte{21, 3, 3, 0, 2, 2, 40})
		},
		"huge record stream": func(c net.Conn) {
			rec := append([]byte{22, 3, 3, 0x40, 0}, make([]byte, 0x4000)...)
			for i := 0; i < 200; i++ {
				if _, err := c.Write(rec); err != nil {
					return
				}
			}
		},
	}
	for name, handle := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			addr := hsRawServer(t, handle)
			start := time.Now()
			_, err := hsRun(t, addr, 700*time.Millisecond)
			if err == nil {
				t.Fatal("expected an error")
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
	t.Run("dial error", func(t *testing.T) {
		t.Parallel()
		calls := 0
		dial := func(ctx context.Context) (net.Conn, error) {
			calls++
			return nil, errors.New("connection refused")
		}
		_, err := fullHandshake(context.Background(), dial, "")
		if err == nil || calls != 1 {
			t.Errorf("err=%v calls=%d; want an error after one dial (no fallback)", err, calls)
		}
	})
}

func TestFindTLS12SessionTicket(t *testing.T) {
	rec := func(typ byte, payload []byte) []byte {
		return append([]byte{typ, 3, 3, byte(len(payload) >> 8), byte(len(payload))}, payload...)
	}
	msg := func(typ byte, body []byte) []byte {
		return append([]byte{typ, 0, byte(len(body) >> 8), byte(len(body))}, body...)
	}
	nst := msg(4, append([]byte{0, 0, 0x1c, 0x20, 0, 2}, 0xaa, 0xbb))
	sh := msg(2, make([]byte, 70))
	// Ticket split across two records, after a ServerHello.
	all := append(sh, nst...)
	stream := append(rec(22, all[:72]), rec(22, all[72:])...)
	stream = append(stream, rec(20, []byte{1})...)
	if found, hint := findTLS12SessionTicket(stream); !found || hint != 7200 {
		t.Errorf("got %v %d, want true 7200", found, hint)
	}
	// After ChangeCipherSpec, nothing counts.
	late := append(rec(22, sh), rec(20, []byte{1})...)
	late = append(late, rec(22, nst)...)
	if found, _ := findTLS12SessionTicket(late); found {
		t.Error("ticket after CCS was accepted")
	}
	empty := rec(22, msg(4, []byte{0, 0, 1, 0, 0, 0}))
	for _, bad := range [][]byte{nil, {22}, {22, 3, 3, 0xff, 0xff, 1}, rec(22, []byte{4, 0, 0, 1, 0}), empty} {
		if found, _ := findTLS12SessionTicket(bad); found {
			t.Errorf("found a ticket in % x", bad)
		}
	}
}

func TestTLS13TicketLifetime(t *testing.T) {
	b := make([]byte, 40)
	binary.BigEndian.PutUint16(b, tls.VersionTLS13)
	b[2] = 2
	binary.BigEndian.PutUint64(b[5:], 1000)
	binary.BigEndian.PutUint64(b[len(b)-12:], 1000+86400)
	if lt, ok := tls13TicketLifetime(b); !ok || lt != 86400 {
		t.Errorf("got %d %v", lt, ok)
	}
	binary.BigEndian.PutUint64(b[len(b)-12:], 999)
	if _, ok := tls13TicketLifetime(b); ok {
		t.Error("negative lifetime accepted")
	}
	if _, ok := tls13TicketLifetime(b[:10]); ok {
		t.Error("short state accepted")
	}
}

func FuzzHandshakeParsers(f *testing.F) {
	f.Add([]byte{22, 3, 3, 0, 10, 4, 0, 0, 6, 0, 0, 1, 0, 0, 0})
	f.Add(sctListExt(3))
	f.Add([]byte{4, 0, 0x30})
	f.Fuzz(func(t *testing.T, data []byte) {
		findTLS12SessionTicket(data)
		tls13TicketLifetime(data)
		countSCTList(data)
		ocspSCTs(data)
		embeddedSCTs([][]byte{data})
	})
}
