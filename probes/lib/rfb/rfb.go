// Package rfb is what conformscan's probes share of the RFB (VNC)
// protocol, RFC 6143: the version line and the version a client answers
// with, the security message, and the names of the security types. The
// remote-control probe (8.6) reads them to fingerprint a server; the login
// probe (8.3) to log in.
//
// A library the probes share: it must not import a probe, nor checks/,
// reports/ or anything above probes/.
package rfb

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrShort says the bytes so far end before the message does: read more.
var ErrShort = errors.New("truncated RFB message")

// MaxReason bounds a failure reason string.
const MaxReason = 1024

// Security types the probes act on.
const (
	SecNone = 1
	SecVNC  = 2
)

// ParseVersion reads the greeting "RFB xxx.yyy\n".
func ParseVersion(b []byte) (major, minor int, err error) {
	if len(b) < 12 {
		if len(b) > 0 && !strings.HasPrefix("RFB ", string(b[:min(len(b), 4)])) {
			return 0, 0, fmt.Errorf("not an RFB greeting")
		}
		return 0, 0, ErrShort
	}
	s := string(b[:12])
	if !strings.HasPrefix(s, "RFB ") || s[7] != '.' || s[11] != '\n' || strings.ContainsAny(s[4:11], "+- ") {
		return 0, 0, fmt.Errorf("not an RFB greeting: %q", Printable([]byte(s), 40))
	}
	major, err1 := strconv.Atoi(s[4:7])
	minor, err2 := strconv.Atoi(s[8:11])
	if err1 != nil || err2 != nil {
		return 0, 0, fmt.Errorf("bad RFB version %q", Printable([]byte(s[:11]), 40))
	}
	return major, minor, nil
}

// ReplyMinor is the minor version a 3.x client answers a server's version
// with: the highest of 3.8, 3.7 and 3.3 it may speak (Apple's 3.889 gets
// 3.8; 4.x servers speak 3.8).
func ReplyMinor(major, minor int) int {
	switch {
	case major > 3 || (major == 3 && minor >= 8):
		return 8
	case major == 3 && minor == 7:
		return 7
	}
	return 3
}

// ParseSecurity reads the security message of RFB 3.7+ (count, types;
// count 0: a failure reason) or, for 3.3, the 32-bit type the server
// chose (0: a failure reason).
func ParseSecurity(b []byte, v33 bool) (types []byte, reason string, err error) {
	if v33 {
		if len(b) < 4 {
			return nil, "", ErrShort
		}
		t := binary.BigEndian.Uint32(b)
		if t == 0 {
			reason, err = ParseReason(b[4:])
			return nil, reason, err
		}
		if t > 255 {
			return nil, "", fmt.Errorf("bad RFB 3.3 security type %d", t)
		}
		return []byte{byte(t)}, "", nil
	}
	if len(b) < 1 {
		return nil, "", ErrShort
	}
	n := int(b[0])
	if n == 0 {
		reason, err = ParseReason(b[1:])
		return nil, reason, err
	}
	if len(b) < 1+n {
		return nil, "", ErrShort
	}
	return append([]byte(nil), b[1:1+n]...), "", nil
}

// ParseReason reads a failure reason: a 32-bit length (at most MaxReason)
// and the text, returned printable.
func ParseReason(b []byte) (string, error) {
	if len(b) < 4 {
		return "", ErrShort
	}
	n := binary.BigEndian.Uint32(b)
	if n > MaxReason {
		return "", fmt.Errorf("RFB failure reason of %d bytes (at most %d expected)", n, MaxReason)
	}
	if len(b) < 4+int(n) {
		return "", ErrShort
	}
	return Printable(b[4:4+n], 200), nil
}

// TypeName names a security type ("type" when unknown).
func TypeName(t byte) string {
	names := map[byte]string{
		0: "Invalid", 1: "None", 2: "VNC", 5: "RA2", 6: "RA2ne", 16: "Tight", 17: "Ultra", 18: "TLS", 19: "VeNCrypt",
		20: "SASL", 21: "MD5", 22: "xvp", 30: "Apple-DH", 35: "Apple", 113: "MSLogonII", 129: "Unix login",
	}
	if n, ok := names[t]; ok {
		return n
	}
	return "type"
}

// Printable keeps the printable ASCII of b, at most n bytes, trimmed: peer
// bytes made safe for a fact or an error (probes/remote uses it too).
func Printable(b []byte, n int) string {
	var s strings.Builder
	for _, c := range b {
		if s.Len() >= n {
			break
		}
		if c >= 0x20 && c < 0x7f {
			s.WriteByte(c)
		}
	}
	return strings.TrimSpace(s.String())
}
