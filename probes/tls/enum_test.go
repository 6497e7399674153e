package tls

import (
	"bytes"
	"context"
	"errors"
	"net"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/loopback"
	"conformscan/probes"
)

func names(codes ...uint16) []string {
	out := []string{}
	for _, c := range codes {
		out = append(out, suiteName(c))
	}
	return out
}

func probeAddr(t *testing.T, addr string, opts Options) (*Facts, error) {
	t.Helper()
	if opts.ConnTimeout == 0 {
		opts.ConnTimeout = 2 * time.Second
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return Probe(ctx, addr, opts)
}

func mustProbe(t *testing.T, addr string, opts Options) *Facts {
	t.Helper()
	f, err := probeAddr(t, addr, opts)
	if err != nil {
		t.Fatalf("Probe: %v", err)
	}
	return f
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

func TestEnumerateClientOrder(t *testing.T) {
	suites := []uint16{0x002F, 0xC02F, 0xC013, 0x000A, 0x0005, 0xC030, 0xC018, 0x009E}
	s := startFake(t, fakeConfig{
		versions: []uint16{verTLS10, verTLS11, verTLS12},
		suites:   suites,
		groups12: []uint16{0x0017, 0x001D},
		dhBits:   1024,
		reneg:    true, ems: true, etm: true,
	}, nil)
	f := mustProbe(t, s.addr(), Options{})
	if want := []string{TLS10, TLS11, TLS12}; !slices.Equal(f.Protocols, want) {
		t.Fatalf("protocols %v, want %v", f.Protocols, want)
	}
	if got := f.CipherSuites[TLS12]; !sameSet(got, names(suites...)) {
		t.Errorf("TLS1.2 suites %v, want %v", got, names(suites...))
	}
	// Below TLS 1.2, the SHA-256/384 suites are not offered.
	want10 := names(0x002F, 0xC013, 0x000A, 0x0005, 0xC018)
	if got := f.CipherSuites[TLS10]; !sameSet(got, want10) {
		t.Errorf("TLS1.0 suites %v, want %v", got, want10)
	}
	// Client order: the found order is the table order.
	got := f.CipherSuites[TLS12]
	for i := 1; i < len(got); i++ {
		a, _ := SuiteByName(got[i-1])
		b, _ := SuiteByName(got[i])
		if indexU16(eligibleSuites(verTLS12), uint16(a.Code)) > indexU16(eligibleSuites(verTLS12), uint16(b.Code)) {
			t.Errorf("client-order server: suites not in offer order: %v", got)
		}
	}
	if f.ServerOrder[TLS12] || f.ServerOrder[TLS10] {
		t.Errorf("server order %v, want false", f.ServerOrder)
	}
	if !f.KeyExchange.StaticRSA || f.KeyExchange.ForwardSecrecyOnly {
		t.Errorf("key exchange %+v", f.KeyExchange)
	}
	if f.KeyExchange.DHEBits != 1024 {
		t.Errorf("DHE bits %d, want 1024", f.KeyExchange.DHEBits)
	}
	// Client order for groups too: x25519 comes first in our offer.
	if want := []string{"x25519", "secp256r1"}; !slices.Equal(f.KeyExchange.Groups, want) {
		t.Errorf("groups %v, want %v", f.KeyExchange.Groups, want)
	}
	e := f.Extensions
	if e.SecureRenegotiation == nil || !*e.SecureRenegotiation || e.ExtendedMasterSecret == nil || !*e.ExtendedMasterSecret ||
		e.EncryptThenMAC == nil || !*e.EncryptThenMAC || e.Heartbeat == nil || *e.Heartbeat || e.Compression != "null" {
		t.Errorf("extensions %+v", e)
	}
	if e.FallbackSCSV == nil || *e.FallbackSCSV {
		t.Errorf("fallback SCSV %v, want false", e.FallbackSCSV)
	}
	if f.Handshakes == 0 || f.Duration <= 0 {
		t.Errorf("handshakes %d duration %v", f.Handshakes, f.Duration)
	}
}

func TestEnumerateServerOrder(t *testing.T) {
	// Server preference deliberately unlike the table order.
	pref := []uint16{0x000A, 0xC030, 0x002F, 0xC02F, 0x0005}
	s := startFake(t, fakeConfig{
		versions:     []uint16{verTLS12},
		suites:       pref,
		serverOrder:  true,
		groups12:     []uint16{0x0018, 0x001D, 0x0017},
		fallbackSCSV: true,
		heartbeat:    true,
		deflate:      true,
	}, nil)
	f := mustProbe(t, s.addr(), Options{})
	if got := f.CipherSuites[TLS12]; !slices.Equal(got, names(pref...)) {
		t.Errorf("suites %v, want server order %v", got, names(pref...))
	}
	if order, ok := f.ServerOrder[TLS12]; !ok || !order {
		t.Errorf("server order %v, want true", f.ServerOrder)
	}
	if want := []string{"secp384r1", "x25519", "secp256r1"}; !slices.Equal(f.KeyExchange.Groups, want) {
		t.Errorf("groups %v, want server order %v", f.KeyExchange.Groups, want)
	}
	if f.Extensions.Heartbeat == nil || !*f.Extensions.Heartbeat || f.Extensions.Compression != "deflate" {
		t.Errorf("extensions %+v", f.Extensions)
	}
	// Only one version: no fallback to test.
	if f.Extensions.FallbackSCSV != nil {
		t.Errorf("fallback SCSV measured with one version")
	}
}

func TestServerOrderSwapTest(t *testing.T) {
	// The server's first choice is also the first in our order, so only the
	// two-suite swap tells the server order apart.
	pref := []uint16{0xC030, 0x000A, 0x002F}
	s := startFake(t, fakeConfig{versions: []uint16{verTLS12}, suites: pref, serverOrder: true, groups12: []uint16{0x001D}}, nil)
	f := mustProbe(t, s.addr(), Options{})
	if !f.ServerOrder[TLS12] || !slices.Equal(f.CipherSuites[TLS12], names(pref...)) {
		t.Errorf("order %v suites %v", f.ServerOrder, f.CipherSuites[TLS12])
	}
}

func TestIntolerantServerChunks(t *testing.T) {
	for _, serverOrder := range []bool{false, true} {
		// Two suites far apart in the table end up in different chunks.
		pref := []uint16{0x0005, 0xC030, 0x0004}
		s := startFake(t, fakeConfig{
			versions: []uint16{verTLS12}, suites: pref, serverOrder: serverOrder,
			maxSuites: 130, groups12: []uint16{0x001D},
		}, nil)
		f := mustProbe(t, s.addr(), Options{})
		got := f.CipherSuites[TLS12]
		if !sameSet(got, names(pref...)) {
			t.Fatalf("serverOrder=%v: suites %v, want %v", serverOrder, got, names(pref...))
		}
		if serverOrder && !slices.Equal(got, names(pref...)) {
			t.Errorf("server order not rebuilt across chunks: %v", got)
		}
		if f.ServerOrder[TLS12] != serverOrder {
			t.Errorf("server order %v, want %v", f.ServerOrder[TLS12], serverOrder)
		}
		for _, h := range s.hellos() {
			if len(h.suites) > 130 && h.version == verTLS12 && len(h.exts) > 0 && h.compression[0] == 0 {
				continue // the first all-in-one hello
			}
		}
	}
}

func TestDowngradeIsNotSupport(t *testing.T) {
	// A server answering TLS 1.2 to a TLS 1.0 hello does not support 1.0.
	s := startFake(t, fakeConfig{versions: []uint16{verTLS12}, suites: []uint16{0x002F}, answerHigher: true}, nil)
	f := mustProbe(t, s.addr(), Options{})
	if !slices.Equal(f.Protocols, []string{TLS12}) {
		t.Errorf("protocols %v, want only TLS1.2", f.Protocols)
	}
}

func TestFallbackSCSV(t *testing.T) {
	s := startFake(t, fakeConfig{versions: []uint16{verTLS11, verTLS12}, suites: []uint16{0x002F}, fallbackSCSV: true}, nil)
	f := mustProbe(t, s.addr(), Options{})
	if f.Extensions.FallbackSCSV == nil || !*f.Extensions.FallbackSCSV {
		t.Errorf("fallback SCSV %v, want true", f.Extensions.FallbackSCSV)
	}
	// The SCSV hello went out with TLS 1.1, the version below the highest.
	found := false
	for _, h := range s.hellos() {
		if containsU16(h.suites, scsvFallback) {
			found = true
			if h.version != verTLS11 {
				t.Errorf("fallback hello version %x", h.version)
			}
		}
	}
	if !found {
		t.Error("no fallback hello sent")
	}
}

func TestTLS13(t *testing.T) {
	s := startFake(t, fakeConfig{
		versions: []uint16{verTLS12, verTLS13},
		suites:   []uint16{0x1302, 0x1301, 0x1303, 0xC02F},
		groups12: []uint16{0x001D},
		groups13: []uint16{0x11EC, 0x001D, 0x0100},
	}, nil)
	f := mustProbe(t, s.addr(), Options{})
	if !slices.Equal(f.Protocols, []string{TLS12, TLS13}) {
		t.Fatalf("protocols %v", f.Protocols)
	}
	if got := f.CipherSuites[TLS13]; !sameSet(got, names(0x1301, 0x1302, 0x1303)) {
		t.Errorf("TLS1.3 suites %v", got)
	}
	if got := f.KeyExchange.GroupsByVersion[TLS13]; !slices.Equal(got, []string{"X25519MLKEM768", "x25519", "ffdhe2048"}) {
		t.Errorf("TLS1.3 groups %v", got)
	}
	if !f.KeyExchange.ForwardSecrecyOnly || f.KeyExchange.StaticRSA {
		t.Errorf("key exchange %+v", f.KeyExchange)
	}
	// Every TLS 1.3 hello carries supported_versions, a 32-byte session id
	// and the TLS 1.2 legacy version.
	for _, h := range s.hellos() {
		if containsU16(h.versions, verTLS13) && (h.version != verTLS12 || len(h.sessionID) != 32) {
			t.Errorf("TLS1.3 hello legacy version %x sid %d", h.version, len(h.sessionID))
		}
	}
}

func TestTLS13HelloRetryCounts(t *testing.T) {
	// A server that always asks for another key share still accepts the
	// suite it names in the HelloRetryRequest.
	s := startFake(t, fakeConfig{
		versions:   []uint16{verTLS13},
		suites:     []uint16{0x1301, 0x1303},
		groups13:   []uint16{0x0018},
		hrrGroup13: 0x0018,
	}, nil)
	f := mustProbe(t, s.addr(), Options{})
	if !slices.Equal(f.Protocols, []string{TLS13}) || !sameSet(f.CipherSuites[TLS13], names(0x1301, 0x1303)) {
		t.Errorf("protocols %v suites %v", f.Protocols, f.CipherSuites)
	}
	if f.Extensions.Compression != "null" {
		t.Errorf("TLS1.3-only compression %q", f.Extensions.Compression)
	}
}

func TestGroupsWithECDSACertificate(t *testing.T) {
	// An ECDSA P-256 server refuses ECDHE_ECDSA suites when secp256r1 is not
	// offered; groups found must still include those after it.
	s := startFake(t, fakeConfig{
		versions:   []uint16{verTLS12},
		suites:     []uint16{0xC02B},
		groups12:   []uint16{0x001D, 0x0017, 0x0018},
		ecdsaCurve: 0x0017,
	}, nil)
	f := mustProbe(t, s.addr(), Options{})
	if want := []string{"x25519", "secp256r1", "secp384r1"}; !slices.Equal(f.KeyExchange.Groups, want) {
		t.Errorf("groups %v, want %v", f.KeyExchange.Groups, want)
	}
}

func TestSSLv2Only(t *testing.T) {
	s := startFake(t, fakeConfig{sslv2Kinds: []uint32{0x010080, 0x0700C0, 0x123456}}, nil)
	f := mustProbe(t, s.addr(), Options{})
	if !slices.Equal(f.Protocols, []string{SSLv2}) {
		t.Fatalf("protocols %v", f.Protocols)
	}
	// The unknown kind was not offered, so it is not counted.
	want := []string{"SSL_CK_RC4_128_WITH_MD5", "SSL_CK_DES_192_EDE3_CBC_WITH_MD5"}
	if !slices.Equal(f.CipherSuites[SSLv2], want) {
		t.Errorf("SSLv2 suites %v, want %v", f.CipherSuites[SSLv2], want)
	}
	if !f.KeyExchange.StaticRSA {
		t.Error("SSLv2 is RSA key transport")
	}
}

func TestCertificateCapture(t *testing.T) {
	certs := [][]byte{bytes.Repeat([]byte{1}, 900), bytes.Repeat([]byte{2}, 700)}
	s := startFake(t, fakeConfig{versions: []uint16{verTLS12}, suites: []uint16{0xC018, 0xC02F}, certs: certs, groups12: []uint16{0x001D}}, nil)
	p := newTestProber(s.addr())
	vs := p.enumerateVersion(context.Background(), verTLS12, nil)
	if len(vs.certs) != 2 || !bytes.Equal(vs.certs[0], certs[0]) || !bytes.Equal(vs.certs[1], certs[1]) {
		t.Errorf("certs %d", len(vs.certs))
	}
	if vs.err != nil {
		t.Errorf("err %v", vs.err)
	}
}

func newTestProber(addr string) *prober {
	d := &net.Dialer{}
	return &prober{
		endpoint: addr,
		opts: Options{
			ConnTimeout: 2 * time.Second,
			Parallel:    4,
			Dial:        func(ctx context.Context) (net.Conn, error) { return d.DialContext(ctx, "tcp", addr) },
			Now:         time.Now,
		},
		sem: make(chan struct{}, 4),
	}
}

func TestHugeChainIsBounded(t *testing.T) {
	var certs [][]byte
	for i := 0; i < 24; i++ {
		certs = append(certs, bytes.Repeat([]byte{byte(i)}, 16000))
	}
	s := startFake(t, fakeConfig{versions: []uint16{verTLS12}, suites: []uint16{0x002F, 0x0035}, certs: certs}, nil)
	start := time.Now()
	f := mustProbe(t, s.addr(), Options{})
	if time.Since(start) > 5*time.Second {
		t.Errorf("took %v", time.Since(start))
	}
	if !sameSet(f.CipherSuites[TLS12], names(0x002F, 0x0035)) {
		t.Errorf("suites %v", f.CipherSuites)
	}
	if !strings.Contains(strings.Join(f.Errors, "\n"), "exceeds") {
		t.Errorf("errors %q lack the flight limit", f.Errors)
	}
}

func TestHostilePeers(t *testing.T) {
	silent := startFake(t, fakeConfig{}, func(c net.Conn) {
		io := make([]byte, 4096)
		for {
			if _, err := c.Read(io); err != nil {
				return
			}
		}
	})
	garbage := startFake(t, fakeConfig{}, func(c net.Conn) {
		readClientHello(c)
		c.Write([]byte("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"))
	})
	midway := startFake(t, fakeConfig{}, func(c net.Conn) {
		readClientHello(c)
		// A ServerHello record announcing 80 bytes, cut after 10.
		c.Write([]byte{22, 3, 3, 0, 80, 2, 0, 0, 76, 3, 3, 1, 2, 3, 4})
	})
	closer := startFake(t, fakeConfig{}, func(c net.Conn) { readClientHello(c) })
	refused := net.JoinHostPort("127.0.0.1", strconv.Itoa(loopback.ClosedPort(t)))

	cases := []struct {
		name string
		addr string
		opts Options
		kind probes.ErrorKind
		max  time.Duration
	}{
		{"silent", silent.addr(), Options{ConnTimeout: 300 * time.Millisecond}, probes.KindIOTimeout, 3 * time.Second},
		{"garbage", garbage.addr(), Options{}, probes.KindProtocol, 2 * time.Second},
		{"closes mid-record", midway.addr(), Options{}, probes.KindProtocol, 2 * time.Second},
		{"closes without answer", closer.addr(), Options{}, probes.KindHandshake, 3 * time.Second},
		{"refused", refused, Options{}, probes.KindRefused, 2 * time.Second},
		{"dial timeout", "192.0.2.1:443", Options{ConnTimeout: 200 * time.Millisecond, Dial: func(ctx context.Context) (net.Conn, error) {
			<-ctx.Done() // never dial anything: traffic stays on loopback
			return nil, ctx.Err()
		}}, probes.KindConnTimeout, 2 * time.Second},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			f, err := probeAddr(t, c.addr, c.opts)
			if err == nil {
				t.Fatalf("no error; facts %+v", f)
			}
			if probes.KindOf(err) != c.kind {
				t.Errorf("kind %q, want %q (%v)", probes.KindOf(err), c.kind, err)
			}
			var pe *probes.Error
			if !errors.As(err, &pe) || !strings.Contains(err.Error(), c.addr) {
				t.Errorf("error %v is not a *probes.Error naming the endpoint", err)
			}
			t.Logf("%v", err)
			if d := time.Since(start); d > c.max {
				t.Errorf("took %v, max %v", d, c.max)
			}
		})
	}
}

func TestCancelStopsProbe(t *testing.T) {
	silent := startFake(t, fakeConfig{}, func(c net.Conn) {
		buf := make([]byte, 4096)
		for {
			if _, err := c.Read(buf); err != nil {
				return
			}
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := Probe(ctx, silent.addr(), Options{ConnTimeout: 10 * time.Second})
	if err == nil || time.Since(start) > 2*time.Second {
		t.Errorf("err %v after %v", err, time.Since(start))
	}
}

func TestKindOf(t *testing.T) {
	cases := []struct {
		err  error
		kind probes.ErrorKind
	}{
		{nil, ""},
		{&probes.Error{Kind: probes.KindHandshake, Err: errors.New("x")}, probes.KindHandshake},
		{&alertError{level: 2, description: 40}, probes.KindHandshake},
		{errNotTLS, probes.KindProtocol},
		{malformed("x"), probes.KindProtocol},
		{context.DeadlineExceeded, probes.KindIOTimeout},
	}
	for _, c := range cases {
		if got := classify(c.err, false); got != c.kind {
			t.Errorf("classify(%v) = %q, want %q", c.err, got, c.kind)
		}
	}
}

func TestProbeRejectsBadInput(t *testing.T) {
	if _, err := Probe(context.Background(), "no-port", Options{}); err == nil {
		t.Error("endpoint without port accepted")
	}
	if _, err := Probe(context.Background(), "127.0.0.1:1", Options{StartTLS: "gopher"}); err == nil {
		t.Error("unknown STARTTLS accepted")
	}
}

func TestSplitChunks(t *testing.T) {
	list := make([]uint16, 300)
	chunks := splitChunks(list, 128)
	if len(chunks) != 3 {
		t.Fatalf("%d chunks", len(chunks))
	}
	total := 0
	for _, c := range chunks {
		if len(c) > 128 {
			t.Errorf("chunk of %d", len(c))
		}
		total += len(c)
	}
	if total != 300 {
		t.Errorf("total %d", total)
	}
}
