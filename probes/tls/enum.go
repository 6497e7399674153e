package tls

import (
	"context"
	"crypto/ecdh"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"sync"
	"syscall"

	"conformscan/probes"
)

// maxSuitesPerHello is the chunk size used when a server refuses a hello
// offering every suite at once (some old servers choke on more than 128).
const maxSuitesPerHello = 128

// Signature algorithms offered. TLS 1.2 gets the broadest list (SHA-1,
// SHA-224, MD5, DSA) so that legacy certificates are not refused for lack
// of a common algorithm.
var (
	sigAlgsTLS12 = []uint16{
		0x0403, 0x0503, 0x0603, 0x0807, 0x0808, 0x0804, 0x0805, 0x0806,
		0x0809, 0x080a, 0x080b, 0x081a, 0x081b, 0x081c,
		0x0401, 0x0501, 0x0601, 0x0402, 0x0502, 0x0602,
		0x0303, 0x0301, 0x0302, 0x0203, 0x0201, 0x0202, 0x0103, 0x0101, 0x0102,
	}
	sigAlgsTLS13 = []uint16{
		0x0403, 0x0503, 0x0603, 0x0807, 0x0808, 0x0804, 0x0805, 0x0806,
		0x0809, 0x080a, 0x080b, 0x081a, 0x081b, 0x081c,
		0x0401, 0x0501, 0x0601, 0x0203, 0x0201,
	}
)

// eligibleSuites lists the TLS suites offered for a version, in table order,
// with testssl.sh's rule: TLS 1.3 suites only for TLS 1.3, every other suite
// for TLS 1.2, and below TLS 1.2 no suite needing TLS 1.2.
func eligibleSuites(v uint16) []uint16 {
	var out []uint16
	for _, s := range suiteTable {
		if s.SSLv2 {
			continue
		}
		switch {
		case v == verTLS13:
			if !s.TLS13() {
				continue
			}
		case s.TLS13():
			continue
		case v < verTLS12 && s.TLS12Only():
			continue
		}
		out = append(out, uint16(s.Code))
	}
	return out
}

// sslv2Kinds lists the SSLv2 cipher kinds offered.
func sslv2Kinds() []uint32 {
	var out []uint32
	for _, s := range suiteTable {
		if s.SSLv2 {
			out = append(out, s.Code)
		}
	}
	return out
}

// baseHello returns the ClientHello template for a version: every
// extension a server may need to accept any suite (SNI, groups, point
// formats, signature algorithms), plus those whose echo the probe reads
// (renegotiation_info, extended_master_secret, encrypt_then_mac, heartbeat).
func (p *prober) baseHello(v uint16) *clientHello {
	h := &clientHello{recordVersion: verTLS10, version: v}
	_, _ = rand.Read(h.random[:])
	switch {
	case v == verSSL3:
		h.recordVersion = verSSL3
		h.noExtensions = true
	case v <= verTLS12:
		h.serverName = p.sni
		h.pointFormats = true
		h.groups = helloGroups()
		h.sessionTicket = true
		h.encThenMAC = true
		h.extMasterSec = true
		h.renegInfo = true
		h.heartbeat = true
		if v == verTLS12 {
			h.sigAlgs = sigAlgsTLS12
		}
	default: // TLS 1.3
		h.version = verTLS12
		h.sessionID = make([]byte, 32)
		_, _ = rand.Read(h.sessionID)
		h.serverName = p.sni
		h.pointFormats = true
		h.groups = tls13Groups()
		h.sigAlgs = sigAlgsTLS13
		h.supportedVersions = []uint16{verTLS13}
		h.pskModes = true
		h.keyShareExt = true
		h.keyShares = freshKeyShares()
	}
	return h
}

// freshKeyShares generates X25519 and P-256 key shares, the two groups
// nearly every TLS 1.3 server takes without a HelloRetryRequest.
func freshKeyShares() []keyShare {
	var out []keyShare
	for _, c := range []struct {
		group uint16
		curve ecdh.Curve
	}{{0x001D, ecdh.X25519()}, {0x0017, ecdh.P256()}} {
		k, err := c.curve.GenerateKey(rand.Reader)
		if err != nil {
			continue
		}
		out = append(out, keyShare{group: c.group, data: k.PublicKey().Bytes()})
	}
	return out
}

// suiteHello builds the enumeration hello for a version and suite list.
func (p *prober) suiteHello(v uint16, suites []uint16) []byte {
	h := p.baseHello(v)
	h.suites = suites
	if v == verSSL3 {
		// No extensions in SSLv3: signal secure renegotiation with the SCSV.
		h.suites = append(append([]uint16(nil), suites...), scsvRenegotiation)
	}
	return h.marshal()
}

// exchangeResult is what one ClientHello brought back.
type exchangeResult struct {
	sh    *serverHello
	certs [][]byte
	ske   *serverKeyExchange
	// flightErr is set when the flight after the ServerHello could not be
	// read completely; the ServerHello itself is still valid.
	flightErr error
}

// flightNeed tells, once the ServerHello is parsed, whether to read the
// rest of the flight (Certificate, ServerKeyExchange) up to ServerHelloDone.
type flightNeed func(sh *serverHello) bool

// exchange sends one ClientHello on a fresh connection and reads the answer.
// A refusal (alert, close) is returned as an error of kind KindHandshake.
func (p *prober) exchange(ctx context.Context, hello []byte, need flightNeed) (*exchangeResult, error) {
	conn, done, err := p.connect(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	if _, err := conn.Write(hello); err != nil {
		return nil, p.wrap("send ClientHello", err, false)
	}
	hr := &handshakeReader{rr: newRecordReader(conn)}
	typ, body, err := hr.next()
	if err != nil {
		return nil, p.wrap("read ServerHello", err, false)
	}
	if typ != hsServerHello {
		return nil, p.wrap("read ServerHello", malformed("first handshake message has type %d, want ServerHello", typ), false)
	}
	sh, err := parseServerHello(body)
	if err != nil {
		return nil, p.wrap("parse ServerHello", err, false)
	}
	res := &exchangeResult{sh: sh}
	if sh.hrr || sh.version > verTLS12 || need == nil || !need(sh) {
		return res, nil
	}
	var skeBody []byte
	for done := false; !done; {
		typ, body, err := hr.next()
		if err != nil {
			res.flightErr = p.wrap("read server flight", err, false)
			break
		}
		switch typ {
		case hsCertificate:
			if res.certs, err = parseCertificateMsg(body); err != nil {
				res.flightErr = p.wrap("parse Certificate", err, false)
				done = true
			}
		case hsServerKeyExchange:
			skeBody = body
		case hsServerHelloDone:
			done = true
		}
	}
	if skeBody != nil {
		if s, ok := SuiteByCode(sh.suite); ok {
			ske, err := parseServerKeyExchange(skeBody, s.Kex)
			if err != nil && res.flightErr == nil {
				res.flightErr = p.wrap("parse ServerKeyExchange", err, false)
			}
			res.ske = ske
		}
	}
	return res, nil
}

// refusal tells whether an exchange error is the server declining the hello
// (alert, close, reset) rather than a failure to measure.
func refusal(err error) bool {
	var ae *alertError
	return errors.As(err, &ae) || errors.Is(err, errClosedEarly) || errors.Is(err, io.EOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE)
}

// isAlert tells whether err is the given alert.
func isAlert(err error, desc uint8) bool {
	var ae *alertError
	return errors.As(err, &ae) && ae.description == desc
}

// versionScan is the enumeration of one protocol version.
type versionScan struct {
	version uint16
	// offered is the eligible suite list, in offer order.
	offered []uint16
	// found lists the accepted suites, in server order when it imposes one.
	found []uint16
	// hellos holds the ServerHello of each found suite, in found order.
	hellos      []*serverHello
	certs       [][]byte
	dhBits      int
	downgraded  uint16
	chunked     bool
	serverOrder *bool
	err         error
}

func (vs *versionScan) supported() bool { return len(vs.found) > 0 }

// chainResult is the outcome of one offer-remove-repeat chain.
type chainResult struct {
	found      []uint16
	hellos     []*serverHello
	certs      [][]byte
	dhBits     int
	downgraded uint16
	// end is the refusal that ended the chain (nil when every offered suite
	// was accepted).
	end error
	err error
}

// needFlight reads the server flight when it brings something still
// missing: the certificate chain, or the DH prime size.
func (cr *chainResult) needFlight(v uint16) flightNeed {
	return func(sh *serverHello) bool {
		if sh.version != v || v > verTLS12 {
			return false
		}
		s, ok := SuiteByCode(sh.suite)
		if !ok {
			return false
		}
		if cr.certs == nil && !s.Anonymous() && s.Auth != AuthPSK && s.Auth != AuthSRP && s.Auth != AuthKRB5 {
			return true
		}
		return cr.dhBits == 0 && (s.Kex == KexDHE || s.Kex == KexDHEPSK)
	}
}

// suiteChain offers the suites, records the server's pick, removes it and
// repeats until the server refuses. The picks come in the server's order of
// preference when it imposes one. When first is not nil, the outcome of the
// first exchange is sent on it.
func (p *prober) suiteChain(ctx context.Context, v uint16, offer []uint16, first chan<- error) chainResult {
	var cr chainResult
	remaining := append([]uint16(nil), offer...)
	signal := func(err error) {
		if first != nil {
			first <- err
			first = nil
		}
	}
	defer signal(nil)
	for len(remaining) > 0 {
		if ctx.Err() != nil {
			cr.err = p.wrap("ClientHello", ctx.Err(), false)
			return cr
		}
		res, err := p.exchange(ctx, p.suiteHello(v, remaining), cr.needFlight(v))
		signal(err)
		if err != nil {
			if refusal(err) {
				cr.end = err
			} else {
				cr.err = err
			}
			return cr
		}
		sh := res.sh
		if sh.version != v {
			cr.downgraded = sh.version
			return cr
		}
		idx := indexU16(remaining, sh.suite)
		if idx < 0 {
			cr.err = p.protocolError("ServerHello", fmt.Errorf("server chose cipher suite %s, which was not offered", suiteName(sh.suite)))
			return cr
		}
		remaining = append(remaining[:idx:idx], remaining[idx+1:]...)
		cr.found = append(cr.found, sh.suite)
		cr.hellos = append(cr.hellos, sh)
		if res.certs != nil && cr.certs == nil {
			cr.certs = res.certs
		}
		if res.ske != nil && res.ske.dhBits > 0 && (cr.dhBits == 0 || res.ske.dhBits < cr.dhBits) {
			cr.dhBits = res.ske.dhBits
		}
		if res.flightErr != nil && cr.err == nil {
			cr.err = res.flightErr
		}
	}
	return cr
}

func indexU16(list []uint16, v uint16) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return -1
}

// enumerateVersion finds every suite the server accepts with version v.
// It first offers every eligible suite in one hello; if the server refuses
// that without saying the version is unsupported, it retries in chunks of
// at most 128 suites, concurrently.
func (p *prober) enumerateVersion(ctx context.Context, v uint16, first chan<- error) *versionScan {
	vs := &versionScan{version: v, offered: eligibleSuites(v)}
	cr := p.suiteChain(ctx, v, vs.offered, first)
	if len(cr.found) == 0 && cr.downgraded == 0 && cr.err == nil && len(vs.offered) > maxSuitesPerHello &&
		!isAlert(cr.end, alertProtocolVersion) {
		chunks := splitChunks(vs.offered, maxSuitesPerHello)
		results := make([]chainResult, len(chunks))
		var wg sync.WaitGroup
		for i, c := range chunks {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = p.suiteChain(ctx, v, c, nil)
			}()
		}
		wg.Wait()
		vs.chunked = true
		cr = chainResult{}
		for _, r := range results {
			cr.found = append(cr.found, r.found...)
			cr.hellos = append(cr.hellos, r.hellos...)
			if cr.certs == nil {
				cr.certs = r.certs
			}
			if r.dhBits > 0 && (cr.dhBits == 0 || r.dhBits < cr.dhBits) {
				cr.dhBits = r.dhBits
			}
			if cr.err == nil {
				cr.err = r.err
			}
		}
	}
	vs.found, vs.hellos, vs.certs, vs.dhBits, vs.downgraded, vs.err =
		cr.found, cr.hellos, cr.certs, cr.dhBits, cr.downgraded, cr.err
	return vs
}

// splitChunks splits list into the fewest chunks of at most n, of
// balanced sizes (as testssl.sh does).
func splitChunks(list []uint16, n int) [][]uint16 {
	num := (len(list) + n - 1) / n
	size := (len(list) + num - 1) / num
	var out [][]uint16
	for i := 0; i < len(list); i += size {
		end := min(i+size, len(list))
		out = append(out, list[i:end:end])
	}
	return out
}

// measureOrder tells whether the server imposes its order on version vs,
// and when it does and the suites were found in several chunks, reorders
// them by one more chain over the accepted suites only.
func (p *prober) measureOrder(ctx context.Context, vs *versionScan) {
	if len(vs.found) < 2 {
		return
	}
	order, ok := p.serverOrder(ctx, vs)
	if !ok {
		return
	}
	vs.serverOrder = &order
	if order && vs.chunked {
		p.reorder(ctx, vs)
	}
}

// serverOrder tells whether the server imposes its order on version vs
// (at least two suites found); ok is false when a test exchange failed.
func (p *prober) serverOrder(ctx context.Context, vs *versionScan) (order, ok bool) {
	pos := func(c uint16) int { return indexU16(vs.offered, c) }
	earliest := vs.found[0]
	for _, c := range vs.found {
		if pos(c) < pos(earliest) {
			earliest = c
		}
	}
	a, b := vs.found[0], vs.found[1]
	switch {
	case earliest != vs.found[0]:
		// The server skipped a suite we preferred and it accepts: proof
		// enough that it follows its own order.
		return true, true
	case !vs.chunked:
		// a was chosen while b was offered after it; offer b first.
		c, ok := p.pickSuite(ctx, vs, b, a)
		return ok && c == a, ok
	default:
		// a and b may come from different chunks: try both orders.
		c1, ok1 := p.pickSuite(ctx, vs, a, b)
		c2, ok2 := p.pickSuite(ctx, vs, b, a)
		if !ok1 || !ok2 {
			return false, false
		}
		return c1 == c2, true
	}
}

// pickSuite offers two accepted suites of version vs in that order and
// returns the choice.
func (p *prober) pickSuite(ctx context.Context, vs *versionScan, x, y uint16) (uint16, bool) {
	res, err := p.exchange(ctx, p.suiteHello(vs.version, []uint16{x, y}), nil)
	switch {
	case err != nil:
		p.addError(versionName(vs.version)+" server order", err)
		return 0, false
	case res.sh.version != vs.version || (res.sh.suite != x && res.sh.suite != y):
		p.addError(versionName(vs.version)+" server order", fmt.Errorf("unexpected answer %s %s to a two-suite offer",
			versionName(res.sh.version), suiteName(res.sh.suite)))
		return 0, false
	}
	return res.sh.suite, true
}

// reorder puts the suites of vs, found in several chunks, in server order
// by one more chain over the accepted suites only.
func (p *prober) reorder(ctx context.Context, vs *versionScan) {
	cr := p.suiteChain(ctx, vs.version, vs.found, nil)
	if len(cr.found) != len(vs.found) {
		p.addError(versionName(vs.version)+" server order", fmt.Errorf("reordering pass found %d suites, not %d: order is per chunk", len(cr.found), len(vs.found)))
		return
	}
	byCode := map[uint16]*serverHello{}
	for _, sh := range vs.hellos {
		byCode[sh.suite] = sh
	}
	vs.found = cr.found
	vs.hellos = vs.hellos[:0]
	for _, c := range cr.found {
		vs.hellos = append(vs.hellos, byCode[c])
	}
}

// testFallback sends a hello with version lower (below the highest
// supported) carrying TLS_FALLBACK_SCSV; an inappropriate_fallback alert
// means the server protects against downgrades.
func (p *prober) testFallback(ctx context.Context, lower *versionScan) *bool {
	suites := append(append([]uint16(nil), lower.found...), scsvFallback)
	res, err := p.exchange(ctx, p.suiteHello(lower.version, suites), nil)
	if err != nil {
		if isAlert(err, alertInappropriateFallback) {
			return boolPtr(true)
		}
		p.addError("fallback SCSV", err)
		return nil
	}
	_ = res
	return boolPtr(false)
}

// testCompression offers DEFLATE before null compression.
func (p *prober) testCompression(ctx context.Context, vs *versionScan) string {
	h := p.baseHello(vs.version)
	h.suites = append([]uint16(nil), vs.found...)
	if vs.version == verSSL3 {
		h.suites = append(h.suites, scsvRenegotiation)
	}
	h.compression = []uint8{1, 0}
	res, err := p.exchange(ctx, h.marshal(), nil)
	if err != nil {
		p.addError("compression", err)
		return ""
	}
	switch res.sh.compression {
	case 0:
		return "null"
	case 1:
		return "deflate"
	}
	return fmt.Sprintf("method %d", res.sh.compression)
}

// groupResult is the outcome of a named group enumeration.
type groupResult struct {
	// version is the version the groups were measured on, 0 if none.
	version uint16
	found   []uint16
	err     error
}

// groupChain12 enumerates the ECDHE curves of TLS 1.0-1.2 (version v) from
// the ServerKeyExchange of hellos offering every ECDHE suite and a
// shrinking supported_groups list. Groups already found stay at the end of
// the list, because a server with an ECDSA certificate only signs when the
// certificate's curve is offered (RFC 8422); once the server picks one of
// them, the list shrinks to the unknown groups only.
func (p *prober) groupChain12(ctx context.Context, v uint16) *groupResult {
	var suites []uint16
	for _, c := range eligibleSuites(v) {
		if s, _ := SuiteByCode(c); s.Kex == KexECDHE {
			suites = append(suites, c)
		}
	}
	gr := &groupResult{}
	remaining := tls12Groups()
	strict := false
	needSKE := func(sh *serverHello) bool { return sh.version == v }
	for len(remaining) > 0 && ctx.Err() == nil {
		offer := remaining
		if !strict {
			offer = append(append([]uint16(nil), remaining...), gr.found...)
		}
		h := p.baseHello(v)
		h.suites = suites
		h.groups = offer
		res, err := p.exchange(ctx, h.marshal(), needSKE)
		if err != nil {
			if !refusal(err) {
				gr.err = err
			}
			return gr
		}
		if res.sh.version != v {
			return gr
		}
		gr.version = v
		if res.ske == nil {
			gr.err = res.flightErr
			if gr.err == nil {
				gr.err = p.protocolError("ServerKeyExchange", fmt.Errorf("no ServerKeyExchange for ECDHE suite %s", suiteName(res.sh.suite)))
			}
			return gr
		}
		g := res.ske.curve
		switch {
		case containsU16(remaining, g):
			i := indexU16(remaining, g)
			remaining = append(remaining[:i:i], remaining[i+1:]...)
			gr.found = append(gr.found, g)
		case !strict && containsU16(gr.found, g):
			strict = true
		default:
			gr.err = p.protocolError("ServerKeyExchange", fmt.Errorf("server chose curve %s, which was not offered", groupName(g)))
			return gr
		}
	}
	return gr
}

// groupChain13 enumerates TLS 1.3 groups: hellos with an empty key_share
// make the server name its choice in a HelloRetryRequest; remove, repeat.
func (p *prober) groupChain13(ctx context.Context) *groupResult {
	gr := &groupResult{}
	remaining := tls13Groups()
	suites := eligibleSuites(verTLS13)
	for len(remaining) > 0 && ctx.Err() == nil {
		h := p.baseHello(verTLS13)
		h.suites = suites
		h.groups = remaining
		h.keyShares = nil
		res, err := p.exchange(ctx, h.marshal(), nil)
		if err != nil {
			if !refusal(err) {
				gr.err = err
			}
			return gr
		}
		if res.sh.version != verTLS13 {
			return gr
		}
		gr.version = verTLS13
		g := res.sh.group
		i := indexU16(remaining, g)
		if i < 0 {
			gr.err = p.protocolError("HelloRetryRequest", fmt.Errorf("server chose group %s, which was not offered", groupName(g)))
			return gr
		}
		remaining = append(remaining[:i:i], remaining[i+1:]...)
		gr.found = append(gr.found, g)
	}
	return gr
}

// sslv2Result is the outcome of the SSLv2 probe.
type sslv2Result struct {
	supported   bool
	kinds       []uint32
	certificate []byte
}

// probeSSLv2 sends an SSLv2 CLIENT-HELLO with every SSLv2 cipher kind. Any
// SERVER-HELLO means SSLv2 is offered (even with no common cipher, as
// testssl.sh counts it); its cipher list is what the server supports.
func (p *prober) probeSSLv2(ctx context.Context) *sslv2Result {
	r := &sslv2Result{}
	conn, done, err := p.connect(ctx)
	if err != nil {
		p.addError("SSLv2", err)
		return r
	}
	defer done()
	challenge := make([]byte, 16)
	_, _ = rand.Read(challenge)
	if _, err := conn.Write(marshalSSLv2Hello(sslv2Kinds(), challenge)); err != nil {
		return r
	}
	var hdr [2]byte
	if _, err := io.ReadFull(conn, hdr[:]); err != nil {
		if classify(err, false) == probes.KindIOTimeout {
			p.addError("SSLv2", p.wrap("read SERVER-HELLO", err, false))
		}
		return r
	}
	if hdr[0]&0x80 == 0 {
		return r // a TLS alert or anything else: not SSLv2
	}
	msg, err := readSSLv2Record(conn, hdr)
	if err != nil {
		p.addError("SSLv2", p.wrap("read SERVER-HELLO", err, false))
		return r
	}
	sh, err := parseSSLv2ServerHello(msg)
	if err != nil {
		if msg[0] != 0 { // an SSLv2 ERROR is a refusal
			p.addError("SSLv2", p.wrap("parse SERVER-HELLO", err, false))
		}
		return r
	}
	offered := sslv2Kinds()
	r.supported = true
	r.certificate = sh.certificate
	for _, k := range sh.kinds {
		for _, o := range offered {
			if k == o {
				r.kinds = append(r.kinds, k)
				break
			}
		}
	}
	return r
}
