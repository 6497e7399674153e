package remote

import (
	"context"
	"encoding/binary"
	"fmt"
	"net"
	"strconv"
	"strings"
)

// RFB is what a VNC server offered.
type RFB struct {
	Major, Minor int
	// Types are the security types offered (1 None, 2 VNC authentication...).
	Types []byte
	// Reason is the failure reason when the server offered no type.
	Reason string
}

// ParseRFBVersion reads "RFB xxx.yyy\n".
func ParseRFBVersion(b []byte) (major, minor int, err error) {
	if len(b) < 12 {
		if len(b) > 0 && !strings.HasPrefix("RFB ", string(b[:min(len(b), 4)])) {
			return 0, 0, fmt.Errorf("not an RFB greeting")
		}
		return 0, 0, errShort
	}
	s := string(b[:12])
	if !strings.HasPrefix(s, "RFB ") || s[7] != '.' || s[11] != '\n' {
		return 0, 0, fmt.Errorf("not an RFB greeting: %q", s)
	}
	major, err1 := strconv.Atoi(s[4:7])
	minor, err2 := strconv.Atoi(s[8:11])
	if err1 != nil || err2 != nil || major < 0 || minor < 0 {
		return 0, 0, fmt.Errorf("bad RFB version %q", s[:11])
	}
	return major, minor, nil
}

// ParseRFBSecurity reads the security message of RFB 3.7+ (count, types;
// count 0: reason) or, for 3.3, the 32-bit type chosen by the server.
func ParseRFBSecurity(b []byte, v33 bool) (types []byte, reason string, err error) {
	if v33 {
		if len(b) < 4 {
			return nil, "", errShort
		}
		t := binary.BigEndian.Uint32(b)
		if t == 0 {
			err = parseReason(b[4:], &reason)
			return nil, reason, err
		}
		if t > 255 {
			return nil, "", fmt.Errorf("bad RFB 3.3 security type %d", t)
		}
		return []byte{byte(t)}, "", nil
	}
	if len(b) < 1 {
		return nil, "", errShort
	}
	n := int(b[0])
	if n == 0 {
		err = parseReason(b[1:], &reason)
		return nil, reason, err
	}
	if len(b) < 1+n {
		return nil, "", errShort
	}
	return append([]byte(nil), b[1:1+n]...), "", nil
}

func parseReason(b []byte, reason *string) error {
	if len(b) < 4 {
		return errShort
	}
	n := binary.BigEndian.Uint32(b)
	if n > 1024 {
		return fmt.Errorf("RFB failure reason of %d bytes", n)
	}
	if len(b) < 4+int(n) {
		return errShort
	}
	*reason = printable(b[4:4+n], 200)
	return nil
}

// rfbTypeName names the usual security types.
func rfbTypeName(t byte) string {
	switch t {
	case 0:
		return "Invalid"
	case 1:
		return "None"
	case 2:
		return "VNC"
	case 5, 6:
		return "RA2"
	case 16:
		return "Tight"
	case 18:
		return "TLS"
	case 19:
		return "VeNCrypt"
	case 30:
		return "Apple-DH"
	}
	return "type"
}

func typeList(ts []byte) string {
	var out []string
	for _, t := range ts {
		out = append(out, fmt.Sprintf("%s(%d)", rfbTypeName(t), t))
	}
	return strings.Join(out, ", ")
}

// probeVNC reads the greeting, answers with the highest version both
// speak (3.3, 3.7 or 3.8) and reads the security types; it stops there.
func probeVNC(ctx context.Context, c net.Conn, f *Facts) error {
	var maj, mnr int
	raw, err := readMsg(ctx, c, func(b []byte) (e error) { maj, mnr, e = ParseRFBVersion(b); return })
	if err != nil {
		f.FirstBytes = escape(raw)
		return err
	}
	f.Identified, f.Protocol = true, strings.TrimSpace(string(raw[:12]))
	reply := "RFB 003.008\n"
	switch {
	case maj == 3 && mnr < 7:
		reply = "RFB 003.003\n"
	case maj == 3 && mnr == 7:
		reply = "RFB 003.007\n"
	}
	if _, err := c.Write([]byte(reply)); err != nil {
		return fmt.Errorf("sending the RFB version: %w", err)
	}
	r := RFB{Major: maj, Minor: mnr}
	rest := raw[12:]
	_, err = readMsgFrom(ctx, c, rest, func(b []byte) (e error) {
		r.Types, r.Reason, e = ParseRFBSecurity(b, reply == "RFB 003.003\n")
		return
	})
	if err != nil {
		return err
	}
	judgeRFB(r, f)
	return nil
}

func judgeRFB(r RFB, f *Facts) {
	f.Auth = AuthPassword
	if r.Reason != "" || len(r.Types) == 0 {
		f.Auth = AuthUnknown
		f.Details = append(f.Details, "no security type offered: "+r.Reason)
		return
	}
	f.Details = append(f.Details, "security types: "+typeList(r.Types))
	for _, t := range r.Types {
		if t == 1 {
			f.Auth = AuthNone
		}
	}
	f.Cleartext = true
	for _, t := range r.Types {
		if t == 18 || t == 19 || t == 30 || t == 5 || t == 6 {
			f.Cleartext = false
		}
	}
}
