package osdetect

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"time"

	"conformscan/probes"
)

// SMB2 limits and constants ([MS-SMB2]).
const (
	// smbTimeout bounds the whole exchange with one endpoint.
	smbTimeout = 5 * time.Second
	// maxSMBMessage bounds one message read (a CHALLENGE is a few hundred
	// bytes; a NEGOTIATE response carries a SPNEGO hint and contexts).
	maxSMBMessage = 64 << 10
	smbHeaderLen  = 64

	smbCmdNegotiate    = 0
	smbCmdSessionSetup = 1

	statusSuccess              = 0
	statusMoreProcessingNeeded = 0xc0000016
)

// SMBNTLM opens an SMB2 session setup on addr (SMB over TCP, port 445)
// with an anonymous NTLM NEGOTIATE and returns the server's CHALLENGE. It
// sends no credentials and closes the connection before any session
// exists. The exchange is bounded by ctx and 5 s.
func SMBNTLM(ctx context.Context, env *probes.Env, addr string) (NTLMInfo, error) {
	ctx, cancel := context.WithTimeout(ctx, smbTimeout)
	defer cancel()
	conn, err := dialBounded(ctx, env, "tcp", addr)
	if err != nil {
		return NTLMInfo{}, fmt.Errorf("smb %s: %w", addr, err)
	}
	defer conn.Close()
	if _, err := smbExchange(conn, smbCmdNegotiate, 0, smbNegotiateBody(), statusSuccess); err != nil {
		return NTLMInfo{}, fmt.Errorf("smb %s: negotiate: %w", addr, err)
	}
	body, err := smbExchange(conn, smbCmdSessionSetup, 1, smbSessionSetupBody(SPNEGOInit(NTLMNegotiate())), statusMoreProcessingNeeded)
	if err != nil {
		return NTLMInfo{}, fmt.Errorf("smb %s: session setup: %w", addr, err)
	}
	info, err := ParseNTLMChallengeInfo(body)
	if err != nil {
		return NTLMInfo{}, fmt.Errorf("smb %s: %w", addr, err)
	}
	info.Source, info.Endpoint = SourceSMBNTLM, addr
	return info, nil
}

// smbExchange sends one SMB2 request and returns the response's security
// buffer (session setup) or body, checking its command and status.
func smbExchange(conn net.Conn, cmd, msgID uint16, body []byte, want uint32) ([]byte, error) {
	msg := append(smbHeader(cmd, msgID), body...)
	frame := make([]byte, 4, 4+len(msg))
	binary.BigEndian.PutUint32(frame, uint32(len(msg)))
	if _, err := conn.Write(append(frame, msg...)); err != nil {
		return nil, fmt.Errorf("write: %w", err)
	}
	resp, err := readSMBFrame(conn)
	if err != nil {
		return nil, err
	}
	return parseSMBResponse(resp, cmd, want)
}

// readSMBFrame reads one Direct TCP transport frame (at most 64 KiB).
func readSMBFrame(r io.Reader) ([]byte, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("read frame header: %w", err)
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if hdr[0] != 0 || n > maxSMBMessage {
		return nil, fmt.Errorf("frame of %d bytes: not SMB over TCP or over %d bytes", n, maxSMBMessage)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return nil, fmt.Errorf("read frame: %w", err)
	}
	return b, nil
}

// parseSMBResponse checks an SMB2 response's header and returns, for a
// session setup, its security buffer, else its body.
func parseSMBResponse(b []byte, cmd uint16, want uint32) ([]byte, error) {
	if len(b) < smbHeaderLen+8 || string(b[:4]) != "\xfeSMB" {
		return nil, errors.New("not an SMB2 response")
	}
	if got := binary.LittleEndian.Uint16(b[12:]); got != cmd {
		return nil, fmt.Errorf("response to command %d, sent %d", got, cmd)
	}
	if st := binary.LittleEndian.Uint32(b[8:]); st != want {
		return nil, fmt.Errorf("status 0x%08x, expected 0x%08x", st, want)
	}
	if cmd != smbCmdSessionSetup {
		return b[smbHeaderLen:], nil
	}
	off := int(binary.LittleEndian.Uint16(b[smbHeaderLen+4:]))
	n := int(binary.LittleEndian.Uint16(b[smbHeaderLen+6:]))
	if off < smbHeaderLen || off > len(b) || n > len(b)-off {
		return nil, fmt.Errorf("security buffer %d+%d outside the %d-byte response", off, n, len(b))
	}
	return b[off : off+n], nil
}

// smbHeader returns a synchronous SMB2 request header.
func smbHeader(cmd, msgID uint16) []byte {
	h := make([]byte, smbHeaderLen)
	copy(h, "\xfeSMB")
	binary.LittleEndian.PutUint16(h[4:], smbHeaderLen)
	binary.LittleEndian.PutUint16(h[12:], cmd)
	binary.LittleEndian.PutUint16(h[14:], 1) // credits requested
	binary.LittleEndian.PutUint64(h[24:], uint64(msgID))
	return h
}

// smbNegotiateBody offers SMB2 dialects 2.0.2 to 3.0.2 (3.1.1 needs
// negotiate contexts this minimal client does not send), signing enabled,
// no capability.
func smbNegotiateBody() []byte {
	smbDialects := []uint16{0x0202, 0x0210, 0x0300, 0x0302}
	b := make([]byte, 36, 36+2*len(smbDialects))
	binary.LittleEndian.PutUint16(b, 36)
	binary.LittleEndian.PutUint16(b[2:], uint16(len(smbDialects)))
	binary.LittleEndian.PutUint16(b[4:], 1) // SMB2_NEGOTIATE_SIGNING_ENABLED
	copy(b[12:28], "conformscan-osdt")
	for _, d := range smbDialects {
		b = binary.LittleEndian.AppendUint16(b, d)
	}
	return b
}

// smbSessionSetupBody carries token as the security buffer.
func smbSessionSetupBody(token []byte) []byte {
	b := make([]byte, 24, 24+len(token))
	binary.LittleEndian.PutUint16(b, 25)
	b[3] = 1 // signing enabled
	binary.LittleEndian.PutUint16(b[12:], smbHeaderLen+24)
	binary.LittleEndian.PutUint16(b[14:], uint16(len(token)))
	return append(b, token...)
}

// SPNEGOInit wraps an NTLM message in a SPNEGO NegTokenInit offering
// NTLMSSP only (RFC 4178), as SMB2 session setup expects.
func SPNEGOInit(ntlm []byte) []byte {
	ntlmOID := []byte{0x06, 0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x02, 0x02, 0x0a}
	mechTypes := der(0xa0, der(0x30, ntlmOID))
	mechToken := der(0xa2, der(0x04, ntlm))
	negTokenInit := der(0xa0, der(0x30, append(mechTypes, mechToken...)))
	spnegoOID := []byte{0x06, 0x06, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x02}
	return der(0x60, append(spnegoOID, negTokenInit...))
}

// der encodes one DER TLV (definite length, up to 65535 bytes).
func der(tag byte, v []byte) []byte {
	switch n := len(v); {
	case n < 0x80:
		return append([]byte{tag, byte(n)}, v...)
	case n < 0x100:
		return append([]byte{tag, 0x81, byte(n)}, v...)
	default:
		return append([]byte{tag, 0x82, byte(n >> 8), byte(n)}, v...)
	}
}
