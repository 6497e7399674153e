package remote

import (
	"context"
	"encoding/binary"
	"fmt"
	"net"
)

// X11Setup is the server's answer to a connection setup without
// authorisation data.
type X11Setup struct {
	// Status: 0 Failed, 1 Success, 2 Authenticate.
	Status       byte
	Major, Minor uint16
	// Reason is the refusal reason (Failed, Authenticate).
	Reason string
	// Vendor is the server's vendor string (Success).
	Vendor  string
	Release uint32
}

// x11SetupRequest is a little-endian connection setup, protocol 11.0,
// without authorisation.
func x11SetupRequest() []byte { return []byte{'l', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0} }

// ParseX11Setup reads the reply to x11SetupRequest (little-endian).
func ParseX11Setup(b []byte) (X11Setup, error) {
	var s X11Setup
	if len(b) < 8 {
		if len(b) > 0 && b[0] > 2 {
			return s, fmt.Errorf("not an X11 setup reply (first byte %#02x)", b[0])
		}
		return s, errShort
	}
	s.Status = b[0]
	if s.Status > 2 {
		return s, fmt.Errorf("not an X11 setup reply (first byte %#02x)", b[0])
	}
	s.Major, s.Minor = binary.LittleEndian.Uint16(b[2:]), binary.LittleEndian.Uint16(b[4:])
	extra := int(binary.LittleEndian.Uint16(b[6:])) * 4
	if s.Major != 11 {
		return s, fmt.Errorf("X11 setup reply for protocol %d, not 11", s.Major)
	}
	if s.Status == 1 {
		return s, parseX11Success(b[8:], extra, &s)
	}
	if len(b) < 8+extra {
		return s, errShort
	}
	body := b[8 : 8+extra]
	s.Reason = printable(body, 200)
	if s.Status == 0 {
		s.Reason = printable(body[:min(int(b[1]), len(body))], 200)
	}
	return s, nil
}

// parseX11Success reads the release and vendor of a success reply; the
// screens and formats that follow (often kilobytes) are not needed.
func parseX11Success(body []byte, extra int, s *X11Setup) error {
	if extra < 32 {
		return fmt.Errorf("X11 setup success of %d bytes, shorter than its fixed part", extra)
	}
	if len(body) < 32 {
		return errShort
	}
	s.Release = binary.LittleEndian.Uint32(body)
	n := min(int(binary.LittleEndian.Uint16(body[16:])), extra-32)
	if len(body) < 32+n {
		return errShort
	}
	s.Vendor = printable(body[32:32+n], 100)
	return nil
}

// probeX11 sends a connection setup without credentials: an X server that
// accepts it lets anyone read the screen and inject keystrokes.
func probeX11(ctx context.Context, c net.Conn, f *Facts) error {
	if _, err := c.Write(x11SetupRequest()); err != nil {
		return fmt.Errorf("sending the X11 connection setup: %w", err)
	}
	var s X11Setup
	raw, err := readMsg(ctx, c, func(b []byte) (e error) { s, e = ParseX11Setup(b); return })
	if err != nil {
		f.FirstBytes = escape(raw)
		return err
	}
	f.Identified, f.Cleartext = true, true
	f.Protocol = fmt.Sprintf("X11 %d.%d", s.Major, s.Minor)
	switch s.Status {
	case 1:
		f.Auth = AuthNone
		f.Details = append(f.Details, fmt.Sprintf("connection setup accepted without credentials (access control off); vendor %q release %d", s.Vendor, s.Release))
	case 0:
		f.Auth = AuthRefused
		f.Details = append(f.Details, fmt.Sprintf("connection setup refused: %q", s.Reason))
	default:
		f.Auth = AuthPassword
		f.Details = append(f.Details, fmt.Sprintf("further authentication required: %q", s.Reason))
	}
	return nil
}
