package directory

import (
	"errors"
	"fmt"
	"io"
	"net"

	"conformscan/probes"
)

// errStartTLSRefused: the directory answered the StartTLS request with an
// LDAP result other than success (it does not offer StartTLS).
var errStartTLSRefused = errors.New("StartTLS refused")

// startTLSMessageID is the ID of the StartTLS request, the session's first.
const startTLSMessageID = 1

// requestStartTLS sends the StartTLS extended request on raw and reads
// its answer one byte at a time, so that nothing of the TLS handshake
// that follows is read ahead. go-ldap's own StartTLS would put TLS above
// the berConn and leave the decrypted messages unchecked.
func requestStartTLS(raw net.Conn) error {
	name := append([]byte{0x80, byte(len(OIDStartTLS))}, OIDStartTLS...)
	req := append([]byte{0x77, byte(len(name))}, name...)
	body := append([]byte{0x02, 0x01, startTLSMessageID}, req...)
	if _, err := raw.Write(append([]byte{0x30, byte(len(body))}, body...)); err != nil {
		return probes.Wrap("StartTLS request", err)
	}
	// A notice of disconnection (ID 0) may come first.
	for i := 0; i < 4; i++ {
		msg, err := readOneMessage(raw, 64<<10)
		if err != nil {
			return probes.Wrap("StartTLS answer", err)
		}
		id, code, diag, err := extendedResult(msg)
		if err != nil {
			return probes.Protocol("StartTLS answer", "%v", err)
		}
		switch {
		case id == 0:
			return probes.Protocol("StartTLS answer", "the directory ended the session (result %d %q)", code, diag)
		case id != startTLSMessageID:
			continue
		case code != 0:
			return &probes.Error{Kind: probes.KindApplication, Op: "StartTLS", Err: fmt.Errorf("%w: result %d %q", errStartTLSRefused, code, diag)}
		}
		return nil
	}
	return probes.Protocol("StartTLS answer", "no answer to the StartTLS request among 4 messages")
}

// byteReader reads one byte per call: no read-ahead.
type byteReader struct{ r io.Reader }

func (b byteReader) ReadByte() (byte, error) {
	var x [1]byte
	_, err := io.ReadFull(b.r, x[:])
	return x[0], err
}

// readOneMessage reads one checked LDAP message of at most max bytes
// without reading past it.
func readOneMessage(r io.Reader, max int) ([]byte, error) {
	hdr, n, err := readHeader(byteReader{r})
	if err != nil {
		return nil, err
	}
	if n > max {
		return nil, fmt.Errorf("%w: an LDAP message of %d bytes announced, more than the %d accepted", ErrBounds, n, max)
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, unexpectedEOF(err)
	}
	if err := checkBER(body, 1); err != nil {
		return nil, fmt.Errorf("%w: malformed LDAP message: %v", ErrBounds, err)
	}
	return append(hdr, body...), nil
}

// extendedResult reads the message ID and the LDAPResult of a checked
// message (any response operation).
func extendedResult(msg []byte) (id, code int, diag string, err error) {
	_, content, _, err := splitTLV(msg)
	if err != nil {
		return 0, 0, "", err
	}
	tag, idb, rest, err := splitTLV(content)
	if err != nil || tag != 0x02 || len(idb) == 0 || len(idb) > 4 {
		return 0, 0, "", errors.New("message ID malformed")
	}
	id = beInt(idb)
	_, op, _, err := splitTLV(rest)
	if err != nil {
		return 0, 0, "", err
	}
	tag, cb, rest, err := splitTLV(op)
	if err != nil || tag != 0x0a || len(cb) == 0 || len(cb) > 4 {
		return 0, 0, "", errors.New("result code malformed")
	}
	code = beInt(cb)
	if _, _, rest, err = splitTLV(rest); err == nil { // matchedDN
		if _, d, _, err := splitTLV(rest); err == nil {
			diag = clip(string(d), 200)
		}
	}
	return id, code, diag, nil
}

func beInt(b []byte) int {
	v := 0
	for _, x := range b {
		v = v<<8 | int(x)
	}
	return v
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
