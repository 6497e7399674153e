package tls

import (
	"encoding/binary"
	"errors"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"conformscan/fixtures/loopback"
)

// parsedClientHello is what the fake server reads from a ClientHello.
type parsedClientHello struct {
	recordVersion uint16
	version       uint16
	sessionID     []byte
	suites        []uint16
	compression   []uint8
	exts          map[uint16][]byte
	extOrder      []uint16
	groups        []uint16
	versions      []uint16
	keyShares     []uint16
	serverName    string
}

// parseClientHelloRecord parses one ClientHello record (test helper).
func parseClientHelloRecord(b []byte) (*parsedClientHello, error) {
	if len(b) < 9 || b[0] != recordHandshake || b[5] != hsClientHello {
		return nil, errors.New("not a ClientHello record")
	}
	ch := &parsedClientHello{recordVersion: binary.BigEndian.Uint16(b[1:]), exts: map[uint16][]byte{}}
	n := int(binary.BigEndian.Uint16(b[3:]))
	if len(b) != 5+n {
		return nil, errors.New("record length mismatch")
	}
	body := b[9:]
	if int(b[6])<<16|int(b[7])<<8|int(b[8]) != len(body) {
		return nil, errors.New("handshake length mismatch")
	}
	if len(body) < 35 {
		return nil, errors.New("short ClientHello")
	}
	ch.version = binary.BigEndian.Uint16(body)
	body = body[34:]
	sid, body, err := readVec(body, 1)
	if err != nil {
		return nil, err
	}
	ch.sessionID = sid
	suites, body, err := readVec(body, 2)
	if err != nil {
		return nil, err
	}
	for i := 0; i+1 < len(suites); i += 2 {
		ch.suites = append(ch.suites, binary.BigEndian.Uint16(suites[i:]))
	}
	comp, body, err := readVec(body, 1)
	if err != nil {
		return nil, err
	}
	ch.compression = comp
	if len(body) == 0 {
		return ch, nil
	}
	exts, rest, err := readVec(body, 2)
	if err != nil || len(rest) != 0 {
		return nil, errors.New("bad extensions block")
	}
	for len(exts) > 0 {
		if len(exts) < 4 {
			return nil, errors.New("bad extension")
		}
		typ := binary.BigEndian.Uint16(exts)
		var data []byte
		data, exts, err = readVec(exts[2:], 2)
		if err != nil {
			return nil, err
		}
		ch.exts[typ] = data
		ch.extOrder = append(ch.extOrder, typ)
	}
	if d, ok := ch.exts[extSupportedGroups]; ok {
		l, _, _ := readVec(d, 2)
		for i := 0; i+1 < len(l); i += 2 {
			ch.groups = append(ch.groups, binary.BigEndian.Uint16(l[i:]))
		}
	}
	if d, ok := ch.exts[extSupportedVersions]; ok {
		l, _, _ := readVec(d, 1)
		for i := 0; i+1 < len(l); i += 2 {
			ch.versions = append(ch.versions, binary.BigEndian.Uint16(l[i:]))
		}
	}
	if d, ok := ch.exts[extKeyShare]; ok {
		l, _, _ := readVec(d, 2)
		for len(l) >= 4 {
			g := binary.BigEndian.Uint16(l)
			var kd []byte
			kd, l, err = readVec(l[2:], 2)
			if err != nil {
				break
			}
			_ = kd
			ch.keyShares = append(ch.keyShares, g)
		}
	}
	if d, ok := ch.exts[extServerName]; ok && len(d) > 5 {
		ch.serverName = string(d[5:])
	}
	return ch, nil
}

// fakeConfig describes the behaviour of a fake TLS server.
type fakeConfig struct {
	versions    []uint16 // supported versions
	suites      []uint16 // supported suites, server preference first
	serverOrder bool
	// maxSuites > 0: refuse (handshake_failure) hellos with more suites.
	maxSuites int
	// answerHigher: answer TLS 1.2 to older hellos (a broken server).
	answerHigher bool
	fallbackSCSV bool
	reneg        bool
	ems          bool
	etm          bool
	deflate      bool
	heartbeat    bool
	groups12     []uint16 // ECDHE curves, server preference first
	groups13     []uint16
	certs        [][]byte
	dhBits       int
	sslv2Kinds   []uint32
	// ecdsaCurve, when set, is the curve of an ECDSA certificate: ECDSA
	// suites need it among the client's groups (as OpenSSL checks).
	ecdsaCurve uint16
	// hrrGroup13 forces a HelloRetryRequest for TLS 1.3 suite hellos.
	hrrGroup13 uint16
}

// fakeServer is an in-process TLS-ish server on loopback that answers
// ClientHellos from its config: enough to test enumeration logic.
type fakeServer struct {
	t    testing.TB
	ad   string
	cfg  fakeConfig
	mu   sync.Mutex
	seen []*parsedClientHello
	// handle, when set, replaces the normal behaviour (hostile servers).
	handle func(c net.Conn)
}

func startFake(t testing.TB, cfg fakeConfig, handle func(c net.Conn)) *fakeServer {
	t.Helper()
	s := &fakeServer{t: t, cfg: cfg, handle: handle}
	s.ad = loopback.ServeAddr(t, s.serve)
	return s
}

func (s *fakeServer) addr() string { return s.ad }

func (s *fakeServer) hellos() []*parsedClientHello {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*parsedClientHello(nil), s.seen...)
}

// serve answers one connection.
func (s *fakeServer) serve(c net.Conn) {
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	if s.handle != nil {
		s.handle(c)
		return
	}
	s.answer(c)
}

func readClientHello(c net.Conn) ([]byte, error) {
	hdr := make([]byte, 5)
	if _, err := io.ReadFull(c, hdr); err != nil {
		return hdr, err
	}
	if hdr[0]&0x80 != 0 { // SSLv2
		n := int(hdr[0]&0x7f)<<8 | int(hdr[1])
		rest := make([]byte, n-3)
		_, err := io.ReadFull(c, rest)
		return append(hdr, rest...), err
	}
	n := int(binary.BigEndian.Uint16(hdr[3:]))
	body := make([]byte, n)
	_, err := io.ReadFull(c, body)
	return append(hdr, body...), err
}

func tlsRecord(typ uint8, version uint16, payload []byte) []byte {
	out := []byte{typ, byte(version >> 8), byte(version)}
	out = appendU16(out, uint16(len(payload)))
	return append(out, payload...)
}

func alertRecord(desc uint8) []byte {
	return tlsRecord(recordAlert, verTLS10, []byte{2, desc})
}

func hsMsg(typ uint8, body []byte) []byte {
	out := []byte{typ}
	out = appendU24(out, len(body))
	return append(out, body...)
}

// serverHelloBody builds a ServerHello body.
func serverHelloBody(version uint16, random [32]byte, sid []byte, suite uint16, comp uint8, exts []byte) []byte {
	var b []byte
	b = appendU16(b, version)
	b = append(b, random[:]...)
	b = append(b, byte(len(sid)))
	b = append(b, sid...)
	b = appendU16(b, suite)
	b = append(b, comp)
	if exts != nil {
		b = appendU16(b, uint16(len(exts)))
		b = append(b, exts...)
	}
	return b
}

func certificateBody(certs [][]byte) []byte {
	var list []byte
	for _, c := range certs {
		list = appendU24(list, len(c))
		list = append(list, c...)
	}
	return append(appendU24(nil, len(list)), list...)
}

func (s *fakeServer) answer(c net.Conn) {
	raw, err := readClientHello(c)
	if err != nil {
		return
	}
	cfg := s.cfg
	if raw[0]&0x80 != 0 {
		if len(cfg.sslv2Kinds) == 0 {
			c.Write(alertRecord(alertProtocolVersion))
			return
		}
		var specs []byte
		for _, k := range cfg.sslv2Kinds {
			specs = append(specs, byte(k>>16), byte(k>>8), byte(k))
		}
		cert := []byte("fake-cert")
		var body []byte
		body = append(body, 4, 0, 1)
		body = appendU16(body, verSSL2)
		body = appendU16(body, uint16(len(cert)))
		body = appendU16(body, uint16(len(specs)))
		body = appendU16(body, 16)
		body = append(body, cert...)
		body = append(body, specs...)
		body = append(body, make([]byte, 16)...)
		c.Write(append([]byte{0x80 | byte(len(body)>>8), byte(len(body))}, body...))
		return
	}
	ch, err := parseClientHelloRecord(raw)
	if err != nil {
		c.Write(alertRecord(50))
		return
	}
	s.mu.Lock()
	s.seen = append(s.seen, ch)
	s.mu.Unlock()

	supports := func(v uint16) bool { return containsU16(cfg.versions, v) }
	maxV := uint16(0)
	for _, v := range cfg.versions {
		maxV = max(maxV, v)
	}
	// Version negotiation.
	var v uint16
	if containsU16(ch.versions, verTLS13) && supports(verTLS13) {
		v = verTLS13
	} else {
		for _, cand := range cfg.versions {
			if cand <= ch.version && cand <= verTLS12 && cand > v {
				v = cand
			}
		}
		if cfg.answerHigher && supports(verTLS12) {
			v = verTLS12
		}
	}
	if v == 0 {
		c.Write(alertRecord(alertProtocolVersion))
		return
	}
	if cfg.fallbackSCSV && containsU16(ch.suites, scsvFallback) && v < maxV {
		c.Write(alertRecord(alertInappropriateFallback))
		return
	}
	if cfg.maxSuites > 0 && len(ch.suites) > cfg.maxSuites {
		c.Write(alertRecord(alertHandshakeFailure))
		return
	}
	// Suite choice.
	usable := func(code uint16) bool {
		st, ok := SuiteByCode(code)
		if !ok {
			return false
		}
		if v == verTLS13 {
			return st.TLS13()
		}
		if st.TLS13() || (v < verTLS12 && st.TLS12Only()) {
			return false
		}
		if st.Auth == AuthECDSA && cfg.ecdsaCurve != 0 && !containsU16(ch.groups, cfg.ecdsaCurve) {
			return false
		}
		if st.Kex == KexECDHE && len(pickGroup(cfg.groups12, ch.groups, cfg.serverOrder)) == 0 {
			return false
		}
		return true
	}
	var suite uint16
	found := false
	if cfg.serverOrder {
		for _, sv := range cfg.suites {
			if containsU16(ch.suites, sv) && usable(sv) {
				suite, found = sv, true
				break
			}
		}
	} else {
		for _, cv := range ch.suites {
			if containsU16(cfg.suites, cv) && usable(cv) {
				suite, found = cv, true
				break
			}
		}
	}
	if v == verTLS13 {
		if !found {
			c.Write(alertRecord(alertHandshakeFailure))
			return
		}
		g := pickGroup(cfg.groups13, ch.groups, true)
		if len(g) == 0 {
			c.Write(alertRecord(alertHandshakeFailure))
			return
		}
		var exts []byte
		exts = appendExt(exts, extSupportedVersions, appendU16(nil, verTLS13))
		random := [32]byte{1}
		if !containsU16(ch.keyShares, g[0]) || (cfg.hrrGroup13 != 0 && len(ch.keyShares) > 0) {
			sel := g[0]
			if cfg.hrrGroup13 != 0 && len(ch.keyShares) > 0 {
				sel = cfg.hrrGroup13
			}
			exts = appendExt(exts, extKeyShare, appendU16(nil, sel))
			random = helloRetryRandom
		} else {
			ks := appendU16(nil, g[0])
			ks = appendU16(ks, 32)
			ks = append(ks, make([]byte, 32)...)
			exts = appendExt(exts, extKeyShare, ks)
		}
		sh := hsMsg(hsServerHello, serverHelloBody(verTLS12, random, ch.sessionID, suite, 0, exts))
		out := tlsRecord(recordHandshake, verTLS12, sh)
		out = append(out, tlsRecord(recordChangeCipherSpec, verTLS12, []byte{1})...)
		out = append(out, tlsRecord(recordApplicationData, verTLS12, make([]byte, 40))...)
		c.Write(out)
		return
	}
	if !found {
		c.Write(alertRecord(alertHandshakeFailure))
		return
	}
	st, _ := SuiteByCode(suite)
	var exts []byte
	if _, ok := ch.exts[extRenegotiationInfo]; cfg.reneg && (ok || containsU16(ch.suites, scsvRenegotiation)) {
		exts = appendExt(exts, extRenegotiationInfo, []byte{0})
	}
	if _, ok := ch.exts[extExtendedMasterSec]; cfg.ems && ok {
		exts = appendExt(exts, extExtendedMasterSec, nil)
	}
	if _, ok := ch.exts[extEncryptThenMAC]; cfg.etm && ok && st.Mode == ModeCBC {
		exts = appendExt(exts, extEncryptThenMAC, nil)
	}
	if _, ok := ch.exts[extHeartbeat]; cfg.heartbeat && ok {
		exts = appendExt(exts, extHeartbeat, []byte{1})
	}
	comp := uint8(0)
	if cfg.deflate && len(ch.compression) > 0 && ch.compression[0] == 1 {
		comp = 1
	}
	var flight []byte
	flight = append(flight, hsMsg(hsServerHello, serverHelloBody(v, [32]byte{2}, nil, suite, comp, exts))...)
	if !st.Anonymous() && cfg.certs != nil {
		flight = append(flight, hsMsg(hsCertificate, certificateBody(cfg.certs))...)
	}
	switch st.Kex {
	case KexECDHE:
		g := pickGroup(cfg.groups12, ch.groups, cfg.serverOrder)
		ske := []byte{3}
		ske = appendU16(ske, g[0])
		ske = append(ske, 65)
		ske = append(ske, make([]byte, 65)...)
		ske = append(ske, 4, 1, 0, 2, 0xAA, 0xBB)
		flight = append(flight, hsMsg(hsServerKeyExchange, ske)...)
	case KexDHE:
		bits := cfg.dhBits
		if bits == 0 {
			bits = 2048
		}
		p := make([]byte, bits/8)
		p[0] = 0x80
		var ske []byte
		ske = appendU16(ske, uint16(len(p)))
		ske = append(ske, p...)
		ske = append(ske, 0, 1, 2, 0, 1, 5)
		flight = append(flight, hsMsg(hsServerKeyExchange, ske)...)
	}
	flight = append(flight, hsMsg(hsServerHelloDone, nil)...)
	// Split the flight over records of at most 16 KiB.
	var out []byte
	for len(flight) > 0 {
		n := min(len(flight), 16384)
		out = append(out, tlsRecord(recordHandshake, v, flight[:n])...)
		flight = flight[n:]
	}
	c.Write(out)
}

// pickGroup returns the common group (as a 0/1-element slice), by server
// preference when serverOrder, else by client preference.
func pickGroup(server, client []uint16, serverOrder bool) []uint16 {
	if serverOrder {
		for _, g := range server {
			if containsU16(client, g) {
				return []uint16{g}
			}
		}
		return nil
	}
	for _, g := range client {
		if containsU16(server, g) {
			return []uint16{g}
		}
	}
	return nil
}
