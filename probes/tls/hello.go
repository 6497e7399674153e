package tls

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"strconv"
)

// Protocol version code points.
const (
	verSSL2  uint16 = 0x0002
	verSSL3  uint16 = 0x0300
	verTLS10 uint16 = 0x0301
	verTLS11 uint16 = 0x0302
	verTLS12 uint16 = 0x0303
	verTLS13 uint16 = 0x0304
)

// Record content types.
const (
	recordChangeCipherSpec uint8 = 20
	recordAlert            uint8 = 21
	recordHandshake        uint8 = 22
	recordApplicationData  uint8 = 23
	recordHeartbeat        uint8 = 24
)

// Handshake message types.
const (
	hsClientHello        uint8 = 1
	hsServerHello        uint8 = 2
	hsCertificate        uint8 = 11
	hsServerKeyExchange  uint8 = 12
	hsCertificateRequest uint8 = 13
	hsServerHelloDone    uint8 = 14
	hsCertificateStatus  uint8 = 22
)

// Extension code points.
const (
	extServerName          uint16 = 0
	extStatusRequest       uint16 = 5
	extSupportedGroups     uint16 = 10
	extECPointFormats      uint16 = 11
	extSignatureAlgorithms uint16 = 13
	extHeartbeat           uint16 = 15
	extPadding             uint16 = 21
	extEncryptThenMAC      uint16 = 22
	extExtendedMasterSec   uint16 = 23
	extSessionTicket       uint16 = 35
	extSupportedVersions   uint16 = 43
	extPSKKeyExchangeModes uint16 = 45
	extKeyShare            uint16 = 51
	extRenegotiationInfo   uint16 = 0xff01
)

// Signalling cipher suite values.
const (
	scsvRenegotiation uint16 = 0x00ff
	scsvFallback      uint16 = 0x5600
)

// Limits on what is read from a peer.
const (
	// maxRecordPayload is the largest record payload accepted: 2^14 plus
	// the compression/encryption expansion allowed by RFC 5246.
	maxRecordPayload = 16384 + 2048
	// maxFlight caps the bytes read for one server flight (ServerHello up
	// to ServerHelloDone), so a huge certificate chain cannot exhaust memory.
	maxFlight = 256 << 10
	// maxCertificates caps the certificates kept from one chain.
	maxCertificates = 64
)

// helloRetryRandom is the ServerHello.random of a HelloRetryRequest (RFC 8446 4.1.3).
var helloRetryRandom = [32]byte{
	0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11, 0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91,
	0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E, 0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C,
}

// versionName returns the report name of a version code point.
func versionName(v uint16) string {
	switch v {
	case verSSL2:
		return SSLv2
	case verSSL3:
		return SSLv3
	case verTLS10:
		return TLS10
	case verTLS11:
		return TLS11
	case verTLS12:
		return TLS12
	case verTLS13:
		return TLS13
	}
	return fmt.Sprintf("0x%04X", v)
}

// keyShare is one TLS 1.3 key_share entry.
type keyShare struct {
	group uint16
	data  []byte
}

// clientHello describes a ClientHello to build. Zero values mean "absent".
type clientHello struct {
	recordVersion uint16
	version       uint16
	random        [32]byte
	sessionID     []byte
	suites        []uint16
	compression   []uint8
	// noExtensions sends no extension block at all (SSLv3 style).
	noExtensions      bool
	serverName        string
	groups            []uint16
	pointFormats      bool
	sigAlgs           []uint16
	supportedVersions []uint16
	// keyShares, when keyShareExt is set, fills the key_share extension;
	// an empty list sends an empty client_shares vector (forcing a
	// HelloRetryRequest that names the server's group).
	keyShareExt    bool
	keyShares      []keyShare
	pskModes       bool
	renegInfo      bool
	extMasterSec   bool
	encThenMAC     bool
	heartbeat      bool
	sessionTicket  bool
	statusRequest  bool
	disablePadding bool
}

// builder helpers

func appendU16(b []byte, v uint16) []byte { return append(b, byte(v>>8), byte(v)) }

func appendU24(b []byte, v int) []byte { return append(b, byte(v>>16), byte(v>>8), byte(v)) }

func appendExt(b []byte, typ uint16, data []byte) []byte {
	b = appendU16(b, typ)
	b = appendU16(b, uint16(len(data)))
	return append(b, data...)
}

func u16List(vals []uint16, lenBytes int) []byte {
	var b []byte
	n := 2 * len(vals)
	if lenBytes == 1 {
		b = append(b, byte(n))
	} else {
		b = appendU16(b, uint16(n))
	}
	for _, v := range vals {
		b = appendU16(b, v)
	}
	return b
}

// extensions builds the extension list (without the outer length).
func (h *clientHello) extensions() []byte {
	var b []byte
	if h.serverName != "" && net.ParseIP(h.serverName) == nil {
		name := []byte(h.serverName)
		var d []byte
		d = appendU16(d, uint16(len(name)+3))
		d = append(d, 0) // host_name
		d = appendU16(d, uint16(len(name)))
		d = append(d, name...)
		b = appendExt(b, extServerName, d)
	}
	if h.pointFormats {
		b = appendExt(b, extECPointFormats, []byte{1, 0}) // uncompressed
	}
	if len(h.groups) > 0 {
		b = appendExt(b, extSupportedGroups, u16List(h.groups, 2))
	}
	if h.statusRequest {
		b = appendExt(b, extStatusRequest, []byte{1, 0, 0, 0, 0})
	}
	if h.sessionTicket {
		b = appendExt(b, extSessionTicket, nil)
	}
	if len(h.sigAlgs) > 0 {
		b = appendExt(b, extSignatureAlgorithms, u16List(h.sigAlgs, 2))
	}
	if h.encThenMAC {
		b = appendExt(b, extEncryptThenMAC, nil)
	}
	if h.extMasterSec {
		b = appendExt(b, extExtendedMasterSec, nil)
	}
	if len(h.supportedVersions) > 0 {
		b = appendExt(b, extSupportedVersions, u16List(h.supportedVersions, 1))
	}
	if h.pskModes {
		b = appendExt(b, extPSKKeyExchangeModes, []byte{1, 1}) // psk_dhe_ke
	}
	if h.keyShareExt {
		var shares []byte
		for _, ks := range h.keyShares {
			shares = appendU16(shares, ks.group)
			shares = appendU16(shares, uint16(len(ks.data)))
			shares = append(shares, ks.data...)
		}
		d := appendU16(nil, uint16(len(shares)))
		b = appendExt(b, extKeyShare, append(d, shares...))
	}
	if h.renegInfo {
		b = appendExt(b, extRenegotiationInfo, []byte{0})
	}
	if h.heartbeat {
		// Non-empty, and last before padding: some servers choke on an
		// empty last extension.
		b = appendExt(b, extHeartbeat, []byte{1}) // peer_allowed_to_send
	}
	return b
}

// marshal returns the ClientHello as one TLS record.
func (h *clientHello) marshal() []byte {
	var body []byte
	body = appendU16(body, h.version)
	body = append(body, h.random[:]...)
	body = append(body, byte(len(h.sessionID)))
	body = append(body, h.sessionID...)
	body = u16ListAppend(body, h.suites)
	comp := h.compression
	if len(comp) == 0 {
		comp = []uint8{0}
	}
	body = append(body, byte(len(comp)))
	body = append(body, comp...)
	if !h.noExtensions {
		exts := h.extensions()
		// Hellos of 256 to 511 bytes hang some F5 devices, and lengths of
		// 522/526 (mod 256) others (RFC 7685; testssl.sh does the same).
		n := 4 + len(body) + 2 + len(exts)
		if !h.disablePadding {
			if n >= 256 && n <= 511 {
				pad := 512 - n - 4
				if pad < 1 {
					pad = 1
				}
				exts = appendExt(exts, extPadding, make([]byte, pad))
			} else if n%256 == 10 || n%256 == 14 {
				exts = appendExt(exts, extPadding, []byte{0})
			}
		}
		body = appendU16(body, uint16(len(exts)))
		body = append(body, exts...)
	}
	msg := []byte{hsClientHello}
	msg = appendU24(msg, len(body))
	msg = append(msg, body...)
	rec := []byte{recordHandshake}
	rec = appendU16(rec, h.recordVersion)
	rec = appendU16(rec, uint16(len(msg)))
	return append(rec, msg...)
}

func u16ListAppend(b []byte, vals []uint16) []byte {
	b = appendU16(b, uint16(2*len(vals)))
	for _, v := range vals {
		b = appendU16(b, v)
	}
	return b
}

// marshalSSLv2Hello builds an SSLv2 CLIENT-HELLO offering the given cipher
// kinds.
func marshalSSLv2Hello(kinds []uint32, challenge []byte) []byte {
	var body []byte
	body = append(body, 1) // MSG-CLIENT-HELLO
	body = appendU16(body, verSSL2)
	body = appendU16(body, uint16(3*len(kinds)))
	body = appendU16(body, 0) // session id length
	body = appendU16(body, uint16(len(challenge)))
	for _, k := range kinds {
		body = append(body, byte(k>>16), byte(k>>8), byte(k))
	}
	body = append(body, challenge...)
	hdr := []byte{0x80 | byte(len(body)>>8), byte(len(body))}
	return append(hdr, body...)
}

// Parsing errors. Every parser of peer bytes returns errors wrapping
// errMalformed, so callers can tell a broken peer from a refusal.
var (
	errMalformed       = errors.New("malformed TLS message")
	errNotTLS          = errors.New("peer does not speak TLS")
	errFlightTooLarge  = fmt.Errorf("server flight exceeds %d bytes", maxFlight)
	errClosedEarly     = errors.New("connection closed before any answer")
	errEncryptedFlight = errors.New("encrypted records follow")
)

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errMalformed, fmt.Sprintf(format, args...))
}

// alertError is a fatal alert (or close_notify) received from the server.
type alertError struct {
	level       uint8
	description uint8
}

func (e *alertError) Error() string {
	return fmt.Sprintf("server sent alert %s (%d)", alertName(e.description), e.description)
}

// Alert descriptions used by the probe.
const (
	alertCloseNotify           uint8 = 0
	alertHandshakeFailure      uint8 = 40
	alertProtocolVersion       uint8 = 70
	alertInappropriateFallback uint8 = 86
)

func alertName(d uint8) string {
	switch d {
	case 0:
		return "close_notify"
	case 10:
		return "unexpected_message"
	case 20:
		return "bad_record_mac"
	case 22:
		return "record_overflow"
	case 30:
		return "decompression_failure"
	case 40:
		return "handshake_failure"
	case 42:
		return "bad_certificate"
	case 47:
		return "illegal_parameter"
	case 50:
		return "decode_error"
	case 51:
		return "decrypt_error"
	case 70:
		return "protocol_version"
	case 71:
		return "insufficient_security"
	case 80:
		return "internal_error"
	case 86:
		return "inappropriate_fallback"
	case 90:
		return "user_canceled"
	case 109:
		return "missing_extension"
	case 110:
		return "unsupported_extension"
	case 112:
		return "unrecognized_name"
	case 120:
		return "no_application_protocol"
	}
	return "alert_" + strconv.Itoa(int(d))
}

// record is one TLS record.
type record struct {
	typ     uint8
	version uint16
	payload []byte
}

// recordReader reads TLS records with bounded sizes.
type recordReader struct {
	r io.Reader
	// total counts the bytes read so far; limit caps it.
	total, limit int
}

func newRecordReader(r io.Reader) *recordReader {
	return &recordReader{r: r, limit: maxFlight}
}

// next reads one record. It returns errClosedEarly when the peer closes
// before sending anything, io.ErrUnexpectedEOF when it closes mid-record,
// errNotTLS when the bytes cannot be a TLS record.
func (rr *recordReader) next() (record, error) {
	var hdr [5]byte
	n, err := io.ReadFull(rr.r, hdr[:])
	if err != nil {
		if errors.Is(err, io.EOF) && n == 0 {
			if rr.total == 0 {
				return record{}, errClosedEarly
			}
			return record{}, io.EOF
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return record{}, fmt.Errorf("connection closed mid-record after %d bytes: %w", rr.total+n, io.ErrUnexpectedEOF)
		}
		return record{}, err
	}
	rr.total += 5
	rec := record{typ: hdr[0], version: binary.BigEndian.Uint16(hdr[1:3])}
	length := int(binary.BigEndian.Uint16(hdr[3:5]))
	if rec.typ < recordChangeCipherSpec || rec.typ > recordHeartbeat || hdr[1] != 3 {
		return record{}, fmt.Errorf("%w: first bytes %q", errNotTLS, printable(hdr[:]))
	}
	if length > maxRecordPayload {
		return record{}, malformed("record length %d exceeds %d", length, maxRecordPayload)
	}
	if rr.total+length > rr.limit {
		return record{}, errFlightTooLarge
	}
	rec.payload = make([]byte, length)
	if _, err := io.ReadFull(rr.r, rec.payload); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return record{}, fmt.Errorf("connection closed mid-record: %w", io.ErrUnexpectedEOF)
		}
		return record{}, err
	}
	rr.total += length
	return rec, nil
}

// printable renders peer bytes for an error message.
func printable(b []byte) string {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if c >= 0x20 && c < 0x7f {
			out = append(out, c)
		} else {
			out = append(out, '.')
		}
	}
	return string(out)
}

// handshakeReader reassembles handshake messages from records.
type handshakeReader struct {
	rr  *recordReader
	buf []byte
}

// next returns the next handshake message. Warning alerts other than
// close_notify are skipped; a fatal alert or close_notify is returned as
// *alertError; ChangeCipherSpec records are skipped (TLS 1.3 middlebox
// compatibility); application data returns errEncryptedFlight.
func (h *handshakeReader) next() (uint8, []byte, error) {
	for {
		if len(h.buf) >= 4 {
			n := int(h.buf[1])<<16 | int(h.buf[2])<<8 | int(h.buf[3])
			if n > maxFlight {
				return 0, nil, fmt.Errorf("%w: handshake message of %d bytes", errFlightTooLarge, n)
			}
			if len(h.buf) >= 4+n {
				typ := h.buf[0]
				body := h.buf[4 : 4+n : 4+n]
				h.buf = h.buf[4+n:]
				return typ, body, nil
			}
		}
		rec, err := h.rr.next()
		if err != nil {
			return 0, nil, err
		}
		switch rec.typ {
		case recordHandshake:
			h.buf = append(h.buf, rec.payload...)
		case recordAlert:
			if len(rec.payload) != 2 {
				return 0, nil, malformed("alert of %d bytes", len(rec.payload))
			}
			if rec.payload[0] == 1 && rec.payload[1] != alertCloseNotify {
				continue // warning, e.g. unrecognized_name
			}
			return 0, nil, &alertError{level: rec.payload[0], description: rec.payload[1]}
		case recordChangeCipherSpec:
			continue
		case recordApplicationData:
			return 0, nil, errEncryptedFlight
		default:
			return 0, nil, malformed("unexpected record type %d during handshake", rec.typ)
		}
	}
}

// extension is one extension of a ServerHello.
type extension struct {
	typ  uint16
	data []byte
}

// serverHello is a parsed ServerHello (or HelloRetryRequest).
type serverHello struct {
	// legacyVersion is the version field; version is the negotiated
	// version (supported_versions when present).
	legacyVersion uint16
	version       uint16
	random        [32]byte
	sessionID     []byte
	suite         uint16
	compression   uint8
	extensions    []extension
	// hrr marks a HelloRetryRequest.
	hrr bool
	// group is the key_share group (HRR selected_group or ServerHello
	// key_share entry), 0 when absent.
	group uint16
}

// ext returns the data of the first extension of that type.
func (sh *serverHello) ext(typ uint16) ([]byte, bool) {
	for _, e := range sh.extensions {
		if e.typ == typ {
			return e.data, true
		}
	}
	return nil, false
}

// parseServerHello parses a ServerHello handshake body.
func parseServerHello(b []byte) (*serverHello, error) {
	sh := &serverHello{}
	if len(b) < 2+32+1 {
		return nil, malformed("ServerHello of %d bytes", len(b))
	}
	sh.legacyVersion = binary.BigEndian.Uint16(b)
	sh.version = sh.legacyVersion
	copy(sh.random[:], b[2:34])
	b = b[34:]
	sidLen := int(b[0])
	b = b[1:]
	if sidLen > 32 || len(b) < sidLen+3 {
		return nil, malformed("ServerHello session id of %d bytes", sidLen)
	}
	sh.sessionID = append([]byte(nil), b[:sidLen]...)
	b = b[sidLen:]
	sh.suite = binary.BigEndian.Uint16(b)
	sh.compression = b[2]
	b = b[3:]
	sh.hrr = sh.random == helloRetryRandom
	if len(b) > 0 {
		var err error
		if sh.extensions, err = parseHelloExtensions(b); err != nil {
			return nil, err
		}
	}
	if err := sh.readExtensions(); err != nil {
		return nil, err
	}
	return sh, nil
}

// parseHelloExtensions parses the extensions block of a ServerHello (its
// length then the extensions).
func parseHelloExtensions(b []byte) ([]extension, error) {
	if len(b) < 2 {
		return nil, malformed("ServerHello extensions truncated")
	}
	extLen := int(binary.BigEndian.Uint16(b))
	b = b[2:]
	if extLen != len(b) {
		return nil, malformed("ServerHello extensions length %d, %d bytes left", extLen, len(b))
	}
	var exts []extension
	for len(b) > 0 {
		if len(b) < 4 {
			return nil, malformed("extension header truncated")
		}
		typ := binary.BigEndian.Uint16(b)
		n := int(binary.BigEndian.Uint16(b[2:]))
		b = b[4:]
		if n > len(b) {
			return nil, malformed("extension %d of %d bytes, %d left", typ, n, len(b))
		}
		exts = append(exts, extension{typ: typ, data: b[:n:n]})
		b = b[n:]
	}
	return exts, nil
}

// readExtensions sets the negotiated version (supported_versions) and the
// key_share group, checking their lengths.
func (sh *serverHello) readExtensions() error {
	if d, ok := sh.ext(extSupportedVersions); ok {
		if len(d) != 2 {
			return malformed("supported_versions of %d bytes in ServerHello", len(d))
		}
		sh.version = binary.BigEndian.Uint16(d)
	}
	if d, ok := sh.ext(extKeyShare); ok {
		if len(d) < 2 {
			return malformed("key_share of %d bytes in ServerHello", len(d))
		}
		sh.group = binary.BigEndian.Uint16(d)
		if !sh.hrr {
			if len(d) < 4 || int(binary.BigEndian.Uint16(d[2:]))+4 != len(d) {
				return malformed("key_share entry length")
			}
		} else if len(d) != 2 {
			return malformed("HelloRetryRequest key_share of %d bytes", len(d))
		}
	}
	return nil
}

// serverKeyExchange holds what the probe needs from a ServerKeyExchange.
type serverKeyExchange struct {
	// dhBits is the size of the DH prime p in bits (DHE, DH_anon, DHE_PSK).
	dhBits int
	// curveType is the ECParameters curve_type (3 = named_curve).
	curveType uint8
	// curve is the named curve (ECDHE, ECDH_anon, ECDHE_PSK).
	curve uint16
	// rsaBits is the size of the temporary RSA key (RSA_EXPORT).
	rsaBits int
}

// readVec reads a vector with an n-byte length prefix.
func readVec(b []byte, n int) (vec, rest []byte, err error) {
	if len(b) < n {
		return nil, nil, malformed("vector length truncated")
	}
	l := 0
	for i := 0; i < n; i++ {
		l = l<<8 | int(b[i])
	}
	b = b[n:]
	if l > len(b) {
		return nil, nil, malformed("vector of %d bytes, %d left", l, len(b))
	}
	return b[:l:l], b[l:], nil
}

// bitLen returns the bit length of a big-endian unsigned integer.
func bitLen(b []byte) int {
	return new(big.Int).SetBytes(b).BitLen()
}

// parseServerKeyExchange parses the parameters of a ServerKeyExchange body
// for a suite of key-exchange family kex. The signature is not parsed.
func parseServerKeyExchange(b []byte, kex Kex) (*serverKeyExchange, error) {
	ske := &serverKeyExchange{}
	var err error
	switch kex {
	case KexDHEPSK, KexECDHEPSK:
		if _, b, err = readVec(b, 2); err != nil { // psk_identity_hint
			return nil, err
		}
	}
	switch kex {
	case KexDHE, KexDHEPSK:
		ske.dhBits, err = parseDHParams(b)
	case KexECDHE, KexECDHEPSK:
		ske.curveType, ske.curve, err = parseECParams(b)
	case KexRSA:
		ske.rsaBits, err = parseRSAParams(b)
	default:
		return nil, malformed("no ServerKeyExchange parser for %s", kex)
	}
	if err != nil {
		return nil, err
	}
	return ske, nil
}

// parseDHParams reads ServerDHParams and returns the size of the prime p
// in bits.
func parseDHParams(b []byte) (int, error) {
	var p, g, ys []byte
	var err error
	if p, b, err = readVec(b, 2); err != nil {
		return 0, err
	}
	if g, b, err = readVec(b, 2); err != nil {
		return 0, err
	}
	if ys, _, err = readVec(b, 2); err != nil {
		return 0, err
	}
	if len(p) == 0 || len(g) == 0 || len(ys) == 0 {
		return 0, malformed("empty DH parameter")
	}
	return bitLen(p), nil
}

// parseECParams reads ServerECDHParams and returns the curve_type and the
// curve: the named curve, or 0xFF00|curve_type for explicit curves.
func parseECParams(b []byte) (curveType uint8, curve uint16, err error) {
	if len(b) < 1 {
		return 0, 0, malformed("ECParameters truncated")
	}
	curveType = b[0]
	switch curveType {
	case 3: // named_curve
		if len(b) < 4 {
			return 0, 0, malformed("named curve truncated")
		}
		if _, _, err = readVec(b[3:], 1); err != nil {
			return 0, 0, err
		}
		return curveType, binary.BigEndian.Uint16(b[1:]), nil
	case 1, 2: // explicit_prime, explicit_char2
		return curveType, 0xFF00 | uint16(curveType), nil
	}
	return 0, 0, malformed("ECParameters curve_type %d", curveType)
}

// parseRSAParams reads ServerRSAParams (RSA_EXPORT) and returns the size
// of the temporary key in bits.
func parseRSAParams(b []byte) (int, error) {
	var mod, exp []byte
	var err error
	if mod, b, err = readVec(b, 2); err != nil {
		return 0, err
	}
	if exp, _, err = readVec(b, 2); err != nil {
		return 0, err
	}
	if len(mod) == 0 || len(exp) == 0 {
		return 0, malformed("empty RSA parameter")
	}
	return bitLen(mod), nil
}

// parseCertificateMsg parses a TLS 1.0-1.2 Certificate body into DER
// certificates, leaf first.
func parseCertificateMsg(b []byte) ([][]byte, error) {
	list, rest, err := readVec(b, 3)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, malformed("%d bytes after certificate_list", len(rest))
	}
	var out [][]byte
	for len(list) > 0 {
		var c []byte
		if c, list, err = readVec(list, 3); err != nil {
			return nil, err
		}
		if len(c) == 0 {
			return nil, malformed("empty certificate")
		}
		if len(out) == maxCertificates {
			return nil, malformed("more than %d certificates", maxCertificates)
		}
		out = append(out, c)
	}
	return out, nil
}

// sslv2ServerHello is a parsed SSLv2 SERVER-HELLO.
type sslv2ServerHello struct {
	version     uint16
	certificate []byte
	kinds       []uint32
}

// readSSLv2Record reads one SSLv2 record (2- or 3-byte header) whose first
// two bytes are already in hdr.
func readSSLv2Record(r io.Reader, hdr [2]byte) ([]byte, error) {
	var length int
	if hdr[0]&0x80 != 0 {
		length = int(hdr[0]&0x7f)<<8 | int(hdr[1])
	} else {
		length = int(hdr[0]&0x3f)<<8 | int(hdr[1])
		var pad [1]byte
		if _, err := io.ReadFull(r, pad[:]); err != nil {
			return nil, fmt.Errorf("SSLv2 record header truncated: %w", io.ErrUnexpectedEOF)
		}
	}
	if length == 0 {
		return nil, malformed("empty SSLv2 record")
	}
	buf := make([]byte, length) // at most 32 KiB by construction
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, fmt.Errorf("connection closed mid SSLv2 record: %w", io.ErrUnexpectedEOF)
	}
	return buf, nil
}

// parseSSLv2ServerHello parses an SSLv2 SERVER-HELLO message (record
// payload, starting with the message type).
func parseSSLv2ServerHello(b []byte) (*sslv2ServerHello, error) {
	if len(b) < 11 {
		return nil, malformed("SSLv2 message of %d bytes", len(b))
	}
	if b[0] != 4 {
		if b[0] == 0 {
			return nil, malformed("SSLv2 ERROR message")
		}
		return nil, malformed("SSLv2 message type %d, want SERVER-HELLO", b[0])
	}
	sh := &sslv2ServerHello{version: binary.BigEndian.Uint16(b[3:])}
	certLen := int(binary.BigEndian.Uint16(b[5:]))
	specLen := int(binary.BigEndian.Uint16(b[7:]))
	connLen := int(binary.BigEndian.Uint16(b[9:]))
	b = b[11:]
	if specLen%3 != 0 || certLen+specLen+connLen != len(b) {
		return nil, malformed("SSLv2 SERVER-HELLO lengths %d+%d+%d for %d bytes", certLen, specLen, connLen, len(b))
	}
	sh.certificate = bytes.Clone(b[:certLen])
	specs := b[certLen : certLen+specLen]
	for i := 0; i+3 <= len(specs); i += 3 {
		sh.kinds = append(sh.kinds, uint32(specs[i])<<16|uint32(specs[i+1])<<8|uint32(specs[i+2]))
	}
	return sh, nil
}
