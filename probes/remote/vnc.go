package remote

import (
	"context"
	"fmt"
	"net"
	"strings"

	"conformscan/probes/lib/rfb"
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
	return judgeRFB(r, f)
}

// judgeRFB reads the security types. A server that offers none ("too
// many security failures", a blacklist) told nothing of how it
// authenticates: an error, never "authenticated". RFB itself is never
// encrypted: a type that wraps it in TLS (VeNCrypt, TLS) may sit beside
// one that does not, and VeNCrypt has cleartext subtypes.
func judgeRFB(r RFB, f *Facts) error {
	f.Auth, f.Cleartext = AuthUnknown, true
	if r.Reason != "" || len(r.Types) == 0 {
		f.Details = append(f.Details, "no security type offered: "+r.Reason)
		return fmt.Errorf("the VNC server offered no security type (%q): how it authenticates is unknown", r.Reason)
	}
	f.Auth = AuthPassword
	f.Details = append(f.Details, "security types: "+typeList(r.Types))
	wrapped := false
	for _, t := range r.Types {
		if t == rfb.SecNone {
			f.Auth = AuthNone
		}
		wrapped = wrapped || t == 18 || t == 19
	}
	if wrapped {
		f.Details = append(f.Details, "a TLS-wrapping type is offered, not enforced: the RFB session is not taken as encrypted")
	}
	return nil
}
