package tls

// A complete handshake with a library client, for what the raw hellos do
// not see: the chain of TLS 1.3-only servers, stapled OCSP, SCTs and the
// session ticket lifetime.

import (
	"context"
	"crypto/tls"
	"encoding/asn1"
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"time"

	ztls "github.com/zmap/zcrypto/tls"
	"golang.org/x/crypto/cryptobyte"
	cbasn1 "golang.org/x/crypto/cryptobyte/asn1"
	"golang.org/x/crypto/ocsp"
)

// handshakeFacts is what one complete handshake showed.
type handshakeFacts struct {
	Version string
	// Chain is the certificate chain as sent, leaf first (DER).
	Chain       [][]byte
	OCSPStapled bool
	// SCTs counts the signed certificate timestamps from the TLS extension,
	// embedded in the leaf and in the stapled OCSP response.
	SCTs          int
	SessionTicket bool
	// TicketLifetimeHint is the NewSessionTicket lifetime (hint) in
	// seconds; nil when no ticket was issued or its lifetime was unreadable.
	TicketLifetimeHint *uint32
}

const (
	// maxRecorded bounds the server bytes kept to find a TLS 1.2
	// NewSessionTicket in clear.
	maxRecorded = 256 << 10
	// ticketWaitMin/Max bound the wait for TLS 1.3 NewSessionTicket
	// messages after the handshake.
	ticketWaitMin = 300 * time.Millisecond
	ticketWaitMax = 2 * time.Second
	// maxPostHandshakeData bounds application data drained while waiting
	// for tickets (implicit-TLS services greet first).
	maxPostHandshakeData = 64 << 10
	// defaultHandshakeTimeout bounds fullHandshake when ctx has no deadline.
	defaultHandshakeTimeout = 30 * time.Second
)

// sessionTicketLifetimeMax is RFC 8446's 7-day bound, beyond which Go's
// client rejects a TLS 1.3 ticket.
const sessionTicketLifetimeMax = 7 * 24 * 3600

// dialError marks errors of the dial step (no library fallback for them).
type dialError struct{ err error }

func (e *dialError) Error() string { return e.err.Error() }
func (e *dialError) Unwrap() error { return e.err }

// fullHandshake completes one handshake using dial (which includes any
// STARTTLS upgrade): with crypto/tls first (TLS 1.0 to 1.3, every suite it
// has), then with zcrypto for servers Go cannot talk to (small RSA keys,
// DHE-only, SHA-1 signatures, odd certificates...). Certificates are not
// verified here: analyzeChain judges them.
func fullHandshake(ctx context.Context, dial DialFunc, sni string) (*handshakeFacts, error) {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, defaultHandshakeTimeout)
		defer cancel()
	}
	hf, err := stdHandshake(ctx, dial, sni)
	if err == nil {
		return hf, nil
	}
	var de *dialError
	if errors.As(err, &de) || ctx.Err() != nil || isTimeout(err) {
		return nil, err
	}
	hf, zerr := zcryptoHandshake(ctx, dial, sni)
	if zerr != nil {
		if errors.As(zerr, &de) {
			return nil, fmt.Errorf("crypto/tls: %w; zcrypto: %v", err, zerr)
		}
		return nil, fmt.Errorf("no library could complete a handshake: crypto/tls: %w; zcrypto: %v", err, zerr)
	}
	return hf, nil
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())
}

// openConn dials; until stop is called, the end of ctx (cancel or
// deadline) unblocks every read and write on the connection. The dialer's
// own per-connection deadline is kept (never extended here).
func openConn(ctx context.Context, dial DialFunc) (conn net.Conn, stop func(), err error) {
	conn, err = dial(ctx)
	if err != nil {
		return nil, nil, &dialError{err}
	}
	stopAfter := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Unix(1, 0)) })
	return conn, func() { stopAfter() }, nil
}

// tls12Suites lists every TLS 1.0-1.2 suite crypto/tls implements, secure
// ones first (listing them explicitly also enables RSA key exchange and
// 3DES, off by default).
func tls12Suites() []uint16 {
	var ids []uint16
	for _, s := range tls.CipherSuites() {
		ids = append(ids, s.ID)
	}
	for _, s := range tls.InsecureCipherSuites() {
		ids = append(ids, s.ID)
	}
	return ids
}

// ticketCatcher is a ClientSessionCache that records the tickets the
// server issues; Get never resumes.
type ticketCatcher struct {
	mu       sync.Mutex
	got      bool
	lifetime *uint32
	// onPut runs after a ticket is recorded (to stop waiting).
	onPut func()
}

func (c *ticketCatcher) Get(string) (*tls.ClientSessionState, bool) { return nil, false }

func (c *ticketCatcher) Put(_ string, cs *tls.ClientSessionState) {
	if cs == nil {
		return
	}
	c.mu.Lock()
	c.got = true
	if _, state, err := cs.ResumptionState(); err == nil && state != nil {
		if b, err := state.Bytes(); err == nil {
			if lt, ok := tls13TicketLifetime(b); ok && c.lifetime == nil {
				c.lifetime = &lt
			}
		}
	}
	f := c.onPut
	c.mu.Unlock()
	if f != nil {
		f()
	}
}

func (c *ticketCatcher) result() (bool, *uint32) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.got, c.lifetime
}

// tls13TicketLifetime reads the ticket lifetime out of a client
// SessionState encoding (crypto/tls ticket.go): version(2) type(1)=client
// suite(2) createdAt(8) ... useBy(8) ageAdd(4). With a fixed Config.Time,
// useBy-createdAt is the server's ticket_lifetime.
func tls13TicketLifetime(b []byte) (uint32, bool) {
	if len(b) < 13+12 || binary.BigEndian.Uint16(b) != tls.VersionTLS13 || b[2] != 2 {
		return 0, false
	}
	created := binary.BigEndian.Uint64(b[5:13])
	useBy := binary.BigEndian.Uint64(b[len(b)-12:])
	if useBy < created || useBy-created > sessionTicketLifetimeMax {
		return 0, false
	}
	return uint32(useBy - created), true
}

// recordingConn keeps a bounded copy of what the server sent.
type recordingConn struct {
	net.Conn
	mu  sync.Mutex
	buf []byte
}

func (r *recordingConn) Read(p []byte) (int, error) {
	n, err := r.Conn.Read(p)
	if n > 0 {
		r.mu.Lock()
		if room := maxRecorded - len(r.buf); room > 0 {
			r.buf = append(r.buf, p[:min(n, room)]...)
		}
		r.mu.Unlock()
	}
	return n, err
}

func (r *recordingConn) recorded() []byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]byte(nil), r.buf...)
}

// findTLS12SessionTicket scans the server's bytes of a TLS <= 1.2
// handshake for a NewSessionTicket sent in clear before the server's
// ChangeCipherSpec, and returns its lifetime hint.
func findTLS12SessionTicket(stream []byte) (found bool, hint uint32) {
	var hs []byte
	for len(stream) >= 5 {
		typ := stream[0]
		n := int(binary.BigEndian.Uint16(stream[3:5]))
		if len(stream) < 5+n {
			break
		}
		payload := stream[5 : 5+n]
		stream = stream[5+n:]
		if typ == 20 { // change_cipher_spec: the rest is encrypted
			break
		}
		if typ == 22 {
			if len(hs)+len(payload) > maxRecorded {
				break
			}
			hs = append(hs, payload...)
		}
	}
	for len(hs) >= 4 {
		typ := hs[0]
		n := int(hs[1])<<16 | int(hs[2])<<8 | int(hs[3])
		if len(hs) < 4+n {
			return false, 0
		}
		body := hs[4 : 4+n]
		hs = hs[4+n:]
		// new_session_ticket; an empty ticket means "no ticket after all"
		// (RFC 5077 3.3).
		if typ == 4 && len(body) >= 6 && binary.BigEndian.Uint16(body[4:]) > 0 {
			return true, binary.BigEndian.Uint32(body)
		}
	}
	return false, 0
}

func versionString(v uint16) string {
	switch v {
	case 0x0300:
		return SSLv3
	case 0x0301:
		return TLS10
	case 0x0302:
		return TLS11
	case 0x0303:
		return TLS12
	case 0x0304:
		return TLS13
	}
	return fmt.Sprintf("0x%04x", v)
}

// stdHandshake handshakes with crypto/tls.
func stdHandshake(ctx context.Context, dial DialFunc, sni string) (*handshakeFacts, error) {
	raw, stop, err := openConn(ctx, dial)
	if err != nil {
		return nil, err
	}
	defer raw.Close()
	defer stop()
	rec := &recordingConn{Conn: raw}
	catcher := &ticketCatcher{}
	tc := tls.Client(rec, stdConfig(sni, catcher))
	start := time.Now()
	if err := tc.HandshakeContext(ctx); err != nil {
		return nil, fmt.Errorf("crypto/tls handshake: %w", err)
	}
	elapsed := time.Since(start)
	cs := tc.ConnectionState()
	hf := &handshakeFacts{
		Version:     versionString(cs.Version),
		OCSPStapled: len(cs.OCSPResponse) > 0,
		SCTs:        len(cs.SignedCertificateTimestamps),
	}
	for _, c := range cs.PeerCertificates {
		hf.Chain = append(hf.Chain, c.Raw)
	}
	hf.SCTs += embeddedSCTs(hf.Chain) + ocspSCTs(cs.OCSPResponse)

	if cs.Version <= tls.VersionTLS12 {
		found, hint := findTLS12SessionTicket(rec.recorded())
		got, _ := catcher.result()
		hf.SessionTicket = found || got
		if found {
			hf.TicketLifetimeHint = &hint
		}
		return hf, nil
	}
	hf.SessionTicket, hf.TicketLifetimeHint = awaitTLS13Ticket(ctx, raw, tc, catcher, elapsed)
	return hf, nil
}

// stdConfig is the crypto/tls configuration of stdHandshake; catcher
// stores the session tickets.
func stdConfig(sni string, catcher *ticketCatcher) *tls.Config {
	fixed := time.Unix(1<<31, 0) // any fixed instant: lifetimes are differences
	return &tls.Config{
		ServerName:         sni,
		InsecureSkipVerify: true, // trust is judged by analyzeChain
		MinVersion:         tls.VersionTLS10,
		MaxVersion:         tls.VersionTLS13,
		CipherSuites:       tls12Suites(),
		ClientSessionCache: catcher,
		Time:               func() time.Time { return fixed },
	}
}

// awaitTLS13Ticket tells whether a TLS 1.3 server issues session tickets,
// and their lifetime hint: tickets come after the handshake, so it reads
// (and drops) what arrives on tc until the first ticket is stored or a
// short wait, scaled on the handshake's elapsed time, ends.
func awaitTLS13Ticket(ctx context.Context, raw net.Conn, tc *tls.Conn, catcher *ticketCatcher, elapsed time.Duration) (bool, *uint32) {
	wait := min(max(2*elapsed, ticketWaitMin), ticketWaitMax)
	deadline := time.Now().Add(wait)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	_ = raw.SetReadDeadline(deadline)
	catcher.mu.Lock()
	catcher.onPut = func() { _ = raw.SetReadDeadline(time.Now()) }
	catcher.mu.Unlock()
	buf := make([]byte, 4096)
	for drained := 0; drained < maxPostHandshakeData; {
		n, err := tc.Read(buf)
		drained += n
		if got, _ := catcher.result(); got || err != nil {
			if err != nil && !isTimeout(err) && !got && errorMentions(err, "invalid lifetime") {
				// Go refuses tickets living more than 7 days (RFC 8446).
				return true, nil
			}
			break
		}
	}
	return catcher.result()
}

func errorMentions(err error, s string) bool {
	return err != nil && strings.Contains(strings.ToLower(err.Error()), strings.ToLower(s))
}

// zcryptoSuites lists the TLS <= 1.2 suites zcrypto can complete (its
// implementedCipherSuites, DSS excluded), forward-secret AEAD first. They
// are sent as is (ForceSuites): zcrypto otherwise drops DHE from hellos.
func zcryptoSuites() []uint16 {
	return []uint16{
		ztls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, ztls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
		ztls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, ztls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
		ztls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, ztls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
		ztls.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, ztls.TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,
		ztls.TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
		ztls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, ztls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
		ztls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, ztls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
		ztls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, ztls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,
		ztls.TLS_DHE_RSA_WITH_AES_128_CBC_SHA256, ztls.TLS_DHE_RSA_WITH_AES_256_CBC_SHA256,
		ztls.TLS_DHE_RSA_WITH_AES_128_CBC_SHA, ztls.TLS_DHE_RSA_WITH_AES_256_CBC_SHA,
		ztls.TLS_RSA_WITH_AES_128_GCM_SHA256, ztls.TLS_RSA_WITH_AES_256_GCM_SHA384,
		ztls.TLS_RSA_WITH_AES_128_CBC_SHA256, ztls.TLS_RSA_WITH_AES_256_CBC_SHA256,
		ztls.TLS_RSA_WITH_AES_128_CBC_SHA, ztls.TLS_RSA_WITH_AES_256_CBC_SHA,
		ztls.TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA, ztls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA,
		ztls.TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA, ztls.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
		ztls.TLS_ECDHE_ECDSA_WITH_RC4_128_SHA, ztls.TLS_ECDHE_RSA_WITH_RC4_128_SHA,
		ztls.TLS_RSA_WITH_RC4_128_SHA,
	}
}

// zcryptoHandshake handshakes with zcrypto (TLS 1.0 to 1.2).
func zcryptoHandshake(ctx context.Context, dial DialFunc, sni string) (hf *handshakeFacts, err error) {
	defer func() {
		if r := recover(); r != nil {
			hf, err = nil, fmt.Errorf("zcrypto handshake panicked: %v", r)
		}
	}()
	raw, stop, err := openConn(ctx, dial)
	if err != nil {
		return nil, err
	}
	defer raw.Close()
	defer stop()
	cfg := &ztls.Config{
		ServerName:                    sni,
		InsecureSkipVerify:            true,
		MinVersion:                    ztls.VersionTLS10,
		MaxVersion:                    ztls.VersionTLS12,
		CipherSuites:                  zcryptoSuites(),
		ForceSuites:                   true,
		ForceSessionTicketExt:         true,
		SignedCertificateTimestampExt: true,
	}
	zc := ztls.Client(raw, cfg)
	if err := zc.HandshakeContext(ctx); err != nil {
		return nil, fmt.Errorf("zcrypto handshake: %w", err)
	}
	cs := zc.ConnectionState()
	hf = &handshakeFacts{
		Version:     versionString(cs.Version),
		OCSPStapled: len(cs.OCSPResponse) > 0,
		SCTs:        len(cs.SignedCertificateTimestamps),
	}
	if log := zc.GetHandshakeLog(); log != nil {
		if sc := log.ServerCertificates; sc != nil && len(sc.Certificate.Raw) > 0 {
			hf.Chain = append(hf.Chain, sc.Certificate.Raw)
			for _, c := range sc.Chain {
				hf.Chain = append(hf.Chain, c.Raw)
			}
		}
		if st := log.SessionTicket; st != nil && st.Length > 0 {
			hf.SessionTicket = true
			hint := st.LifetimeHint
			hf.TicketLifetimeHint = &hint
		}
	}
	if len(hf.Chain) == 0 {
		for _, c := range cs.PeerCertificates {
			hf.Chain = append(hf.Chain, c.Raw)
		}
	}
	hf.SCTs += embeddedSCTs(hf.Chain) + ocspSCTs(cs.OCSPResponse)
	return hf, nil
}

// OIDs of SCT lists in a certificate and in an OCSP single response.
const (
	oidEmbeddedSCTs = "1.3.6.1.4.1.11129.2.4.2"
	oidOCSPSCTs     = "1.3.6.1.4.1.11129.2.4.5"
)

// embeddedSCTs counts the SCTs embedded in the leaf (chain[0]).
func embeddedSCTs(chain [][]byte) int {
	if len(chain) == 0 {
		return 0
	}
	pc := parseLenient(chain[0])
	switch {
	case pc.std != nil:
		for _, e := range pc.std.Extensions {
			if e.Id.String() == oidEmbeddedSCTs {
				return countSCTList(e.Value)
			}
		}
	case pc.z != nil:
		for _, e := range pc.z.Extensions {
			if asn1.ObjectIdentifier(e.Id).String() == oidEmbeddedSCTs {
				return countSCTList(e.Value)
			}
		}
	}
	return 0
}

// ocspSCTs counts the SCTs in a stapled OCSP response's single extensions.
func ocspSCTs(resp []byte) (n int) {
	if len(resp) == 0 {
		return 0
	}
	defer func() {
		if recover() != nil {
			n = 0
		}
	}()
	r, err := ocsp.ParseResponse(resp, nil)
	if err != nil {
		return 0
	}
	for _, e := range r.Extensions {
		if e.Id.String() == oidOCSPSCTs {
			n += countSCTList(e.Value)
		}
	}
	return n
}

// countSCTList counts the entries of an extension value holding an OCTET
// STRING wrapping a SignedCertificateTimestampList (RFC 6962 3.3).
func countSCTList(value []byte) int {
	in := cryptobyte.String(value)
	var inner cryptobyte.String
	if !in.ReadASN1(&inner, cbasn1.OCTET_STRING) {
		return 0
	}
	var list cryptobyte.String
	if !inner.ReadUint16LengthPrefixed(&list) {
		return 0
	}
	n := 0
	for !list.Empty() {
		var sct cryptobyte.String
		if !list.ReadUint16LengthPrefixed(&sct) || sct.Empty() {
			return n
		}
		n++
	}
	return n
}
