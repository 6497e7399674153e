package directory

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
)

// Bounds of one directory session: go-ldap reads whatever length a BER
// header announces (up to 2 GiB) and keeps every entry and referral of a
// search, so the session's connection refuses more before go-ldap sees it.
const (
	// maxMessage bounds one LDAP message (an entry, a referral, a result).
	maxMessage = 1 << 20
	// maxSession bounds every message of one session together.
	maxSession = 4 << 20
	// maxMessages bounds the messages of one session (entries, referrals).
	maxMessages = 5000
	// maxBERDepth bounds the nesting of BER elements in one message.
	maxBERDepth = 32
)

// limits are a berConn's bounds (tests lower them).
type limits struct {
	message, session, messages int
}

var defaultLimits = limits{message: maxMessage, session: maxSession, messages: maxMessages}

// ErrBounds is wrapped by every refusal of a berConn.
var ErrBounds = errors.New("the directory sent more than the probe reads")

// berConn hands its reader whole LDAP messages, and only once each has
// been read in full and checked: one definite-length SEQUENCE of at most
// limits.message bytes whose nested elements all fit in their parents,
// within limits.session bytes and limits.messages messages per
// connection. Anything else ends the connection with an error wrapping
// ErrBounds (or the read error), kept for Failure.
type berConn struct {
	net.Conn
	r       *bufio.Reader
	lim     limits
	pending []byte
	total   int
	count   int
	err     error
}

func newBERConn(c net.Conn, lim limits) *berConn {
	return &berConn{Conn: c, r: bufio.NewReaderSize(c, 4096), lim: lim}
}

// Read serves the checked message under way, reading the next one when
// it is used up.
func (c *berConn) Read(p []byte) (int, error) {
	if len(c.pending) == 0 {
		if c.err != nil {
			return 0, c.err
		}
		msg, err := c.next()
		if err != nil {
			c.err = err
			return 0, err
		}
		c.pending = msg
	}
	n := copy(p, c.pending)
	c.pending = c.pending[n:]
	return n, nil
}

// Failure is the bound or read error that ended the connection (nil when
// none did).
func (c *berConn) Failure() error { return c.err }

// next reads and checks one LDAP message.
func (c *berConn) next() ([]byte, error) {
	if c.count >= c.lim.messages {
		return nil, fmt.Errorf("%w: more than %d LDAP messages in one session", ErrBounds, c.lim.messages)
	}
	hdr, n, err := readHeader(c.r)
	if err != nil {
		return nil, err
	}
	if n > c.lim.message {
		return nil, fmt.Errorf("%w: an LDAP message of %d bytes announced, more than the %d accepted", ErrBounds, n, c.lim.message)
	}
	if c.total+len(hdr)+n > c.lim.session {
		return nil, fmt.Errorf("%w: more than %d bytes in one session", ErrBounds, c.lim.session)
	}
	msg := make([]byte, len(hdr)+n)
	copy(msg, hdr)
	if _, err := io.ReadFull(c.r, msg[len(hdr):]); err != nil {
		return nil, unexpectedEOF(err)
	}
	if err := checkBER(msg[len(hdr):], 1); err != nil {
		return nil, fmt.Errorf("%w: malformed LDAP message: %v", ErrBounds, err)
	}
	c.count++
	c.total += len(msg)
	return msg, nil
}

// readHeader reads an LDAPMessage's SEQUENCE tag and definite length.
func readHeader(r io.ByteReader) ([]byte, int, error) {
	tag, err := r.ReadByte()
	if err != nil {
		return nil, 0, err
	}
	if tag != 0x30 {
		return nil, 0, fmt.Errorf("%w: not an LDAP message (first byte 0x%02x, not SEQUENCE)", ErrBounds, tag)
	}
	l0, err := r.ReadByte()
	if err != nil {
		return nil, 0, unexpectedEOF(err)
	}
	hdr := []byte{tag, l0}
	if l0&0x80 == 0 {
		return hdr, int(l0), nil
	}
	k := int(l0 & 0x7f)
	if k == 0 || k > 4 {
		return nil, 0, fmt.Errorf("%w: BER length form 0x%02x refused (indefinite or over 4 bytes)", ErrBounds, l0)
	}
	n := 0
	for i := 0; i < k; i++ {
		b, err := r.ReadByte()
		if err != nil {
			return nil, 0, unexpectedEOF(err)
		}
		hdr = append(hdr, b)
		n = n<<8 | int(b)
	}
	return hdr, n, nil
}

// checkBER verifies that b is a sequence of definite-length, low-tag
// BER elements, each fitting in what is left, constructed ones checked
// inside down to maxBERDepth.
func checkBER(b []byte, depth int) error {
	for len(b) > 0 {
		tag, content, rest, err := splitTLV(b)
		if err != nil {
			return err
		}
		if tag&0x20 != 0 {
			if depth >= maxBERDepth {
				return fmt.Errorf("BER nested deeper than %d", maxBERDepth)
			}
			if err := checkBER(content, depth+1); err != nil {
				return err
			}
		}
		b = rest
	}
	return nil
}

// splitTLV splits one element off b.
func splitTLV(b []byte) (byte, []byte, []byte, error) {
	if len(b) < 2 {
		return 0, nil, nil, errors.New("truncated BER element")
	}
	tag := b[0]
	if tag&0x1f == 0x1f {
		return 0, nil, nil, fmt.Errorf("high tag number form 0x%02x", tag)
	}
	if tag == 0 {
		return 0, nil, nil, errors.New("end-of-contents element in a definite-length message")
	}
	n, i := int(b[1]), 2
	if b[1]&0x80 != 0 {
		k := int(b[1] & 0x7f)
		if k == 0 || k > 4 || len(b) < 2+k {
			return 0, nil, nil, fmt.Errorf("BER length form 0x%02x refused or truncated", b[1])
		}
		n = 0
		for _, x := range b[2 : 2+k] {
			n = n<<8 | int(x)
		}
		i = 2 + k
	}
	if n < 0 || n > len(b)-i {
		return 0, nil, nil, fmt.Errorf("BER element of %d bytes announced, %d left", n, len(b)-i)
	}
	return tag, b[i : i+n], b[i+n:], nil
}

func unexpectedEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}
