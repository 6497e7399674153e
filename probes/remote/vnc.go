package remote

import (
	"context"
	"fmt"
	"net"
	"strings"

	"conformscan/probes/rfb"
)

// RFB is what a VNC server offered.
type RFB struct {
	Major, Minor int
	// Types are the security types offered (1 None, 2 VNC authentication...).
	Types []byte
	// Reason is the failure reason when the server offered no type.
	Reason string
}

// ParseRFBVersion reads "RFB xxx.yyy\n" (see package rfb).
func ParseRFBVersion(b []byte) (major, minor int, err error) { return rfb.ParseVersion(b) }

// ParseRFBSecurity reads the security message (see package rfb).
func ParseRFBSecurity(b []byte, v33 bool) (types []byte, reason string, err error) {
	return rfb.ParseSecurity(b, v33)
}

func typeList(ts []byte) string {
	var out []string
	for _, t := range ts {
		out = append(out, fmt.Sprintf("%s(%d)", rfb.TypeName(t), t))
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
	reply := fmt.Sprintf("RFB 003.%03d\n", rfb.ReplyMinor(maj, mnr))
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
