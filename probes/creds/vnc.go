package creds

import (
	"context"
	"crypto/des"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"conformscan/probes/lib/rfb"
)

// RFB (VNC) limits.
const (
	vncMaxName  = 4 << 10
	vncMaxTypes = 32
)

// errVNCBlocked says the server stopped accepting tries (its blacklist).
var errVNCBlocked = errors.New("le serveur VNC bloque les essais (trop d'échecs) / the VNC server blocked tries (too many authentication failures)")

func vncService() service {
	return service{name: "vnc", display: "VNC", discovered: []string{"vnc"},
		open:        func(ctx context.Context, t *target) Outcome { return vncOpen(ctx, t.dial, t.addr) },
		openAccount: "aucun (VNC sans mot de passe) / none (VNC without password)",
		login:       vncPrepare}
}

// vncSession is one RFB connection after the version exchange.
type vncSession struct {
	lc    *lineConn
	minor int
	types []byte
}

// vncDial connects, exchanges versions and reads the security types.
func vncDial(ctx context.Context, dial dialFunc, addr string) (*vncSession, func(), error) {
	lc, done, err := dialLines(ctx, dial, addr)
	if err != nil {
		return nil, nil, err
	}
	line := make([]byte, 12)
	if _, err := io.ReadFull(lc.r, line); err != nil {
		done()
		return nil, nil, fmt.Errorf("reading the RFB version: %w", err)
	}
	minor, err := parseVNCVersion(line)
	if err == nil {
		_, err = fmt.Fprintf(lc.conn, "RFB 003.%03d\n", minor)
	}
	if err != nil {
		done()
		return nil, nil, err
	}
	types, err := readVNCSecurityTypes(lc.r, minor)
	if err != nil {
		done()
		return nil, nil, err
	}
	return &vncSession{lc: lc, minor: minor, types: types}, done, nil
}

// parseVNCVersion reads "RFB xxx.yyy\n" and returns the minor version we
// answer with: 8, 7 or 3 (package rfb).
func parseVNCVersion(line []byte) (int, error) {
	major, minor, err := rfb.ParseVersion(line)
	if err != nil {
		return 0, err
	}
	if major < 3 {
		return 0, fmt.Errorf("unsupported RFB version %d.%d", major, minor)
	}
	return rfb.ReplyMinor(major, minor), nil
}

// readVNCSecurityTypes reads the server's security types: 3.7+ a count
// and a list (0: a failure reason follows), 3.3 one uint32 type.
func readVNCSecurityTypes(r io.Reader, minor int) ([]byte, error) {
	if minor == 3 {
		var typ uint32
		if err := binary.Read(r, binary.BigEndian, &typ); err != nil {
			return nil, fmt.Errorf("reading the security type: %w", err)
		}
		if typ == 0 {
			return nil, vncFailure(r)
		}
		if typ > 255 {
			return nil, fmt.Errorf("invalid security type %d", typ)
		}
		return []byte{byte(typ)}, nil
	}
	var n [1]byte
	if _, err := io.ReadFull(r, n[:]); err != nil {
		return nil, fmt.Errorf("reading the security types: %w", err)
	}
	if n[0] == 0 {
		return nil, vncFailure(r)
	}
	if n[0] > vncMaxTypes {
		return nil, fmt.Errorf("%d security types offered (at most %d expected)", n[0], vncMaxTypes)
	}
	types := make([]byte, n[0])
	if _, err := io.ReadFull(r, types); err != nil {
		return nil, fmt.Errorf("reading the security types: %w", err)
	}
	return types, nil
}

// readVNCReason reads a failure reason string (uint32 length, bounded).
func readVNCReason(r io.Reader) (string, error) {
	var n uint32
	if err := binary.Read(r, binary.BigEndian, &n); err != nil {
		return "", fmt.Errorf("reading the failure reason: %w", err)
	}
	if n > rfb.MaxReason {
		return "", fmt.Errorf("failure reason of %d bytes (at most %d expected)", n, rfb.MaxReason)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return "", fmt.Errorf("reading the failure reason: %w", err)
	}
	return strings.ToValidUTF8(printable(b), "?"), nil
}

// vncFailure turns the connection failure the server reports into an
// error: a blacklist says tries are blocked.
func vncFailure(r io.Reader) error {
	reason, err := readVNCReason(r)
	if err != nil {
		return err
	}
	if vncTooMany(reason) {
		return fmt.Errorf("%w: %q", errVNCBlocked, reason)
	}
	return fmt.Errorf("the VNC server refused the connection: %q", reason)
}

func vncTooMany(reason string) bool {
	r := strings.ToLower(reason)
	return strings.Contains(r, "too many") || strings.Contains(r, "blacklist")
}

// vncDesktop is what ServerInit describes.
type vncDesktop struct {
	width, height int
	name          string
}

// readVNCServerInit reads ServerInit: size, pixel format, bounded name.
func readVNCServerInit(r io.Reader) (vncDesktop, error) {
	var head [24]byte
	if _, err := io.ReadFull(r, head[:]); err != nil {
		return vncDesktop{}, fmt.Errorf("reading ServerInit: %w", err)
	}
	n := binary.BigEndian.Uint32(head[20:])
	if n > vncMaxName {
		return vncDesktop{}, fmt.Errorf("ServerInit names a desktop of %d bytes (at most %d expected)", n, vncMaxName)
	}
	name := make([]byte, n)
	if _, err := io.ReadFull(r, name); err != nil {
		return vncDesktop{}, fmt.Errorf("reading the desktop name: %w", err)
	}
	return vncDesktop{width: int(binary.BigEndian.Uint16(head[0:])), height: int(binary.BigEndian.Uint16(head[2:])),
		name: strings.ToValidUTF8(printable(name), "?")}, nil
}

// init sends ClientInit with the shared flag (an existing viewer is never
// disconnected) and reads ServerInit: the post-login signal.
func (s *vncSession) init() Outcome {
	if _, err := s.lc.conn.Write([]byte{1}); err != nil {
		return unknownf(true, "sending ClientInit: %w", err)
	}
	d, err := readVNCServerInit(s.lc.r)
	if err != nil {
		return unknownf(true, "authenticated, but no ServerInit (not counted as a finding): %w", err)
	}
	name := strconv.Quote(strings.ReplaceAll(clip(d.name), " / ", " - "))
	return accepted(fmt.Sprintf("ServerInit reçu : bureau %s %dx%d / ServerInit received: desktop %s %dx%d",
		name, d.width, d.height, name, d.width, d.height))
}

// selectType picks a security type (3.7+; in 3.3 the server chose).
func (s *vncSession) selectType(typ byte) error {
	if s.minor == 3 {
		return nil
	}
	_, err := s.lc.conn.Write([]byte{typ})
	return err
}

// securityResult reads SecurityResult: ok, refused (3.8: with a reason),
// or the blacklist's error.
func (s *vncSession) securityResult() (bool, error) {
	var res uint32
	if err := binary.Read(s.lc.r, binary.BigEndian, &res); err != nil {
		return false, fmt.Errorf("reading SecurityResult: %w", err)
	}
	switch res {
	case 0:
		return true, nil
	case 1:
	case 2:
		return false, errVNCBlocked
	default:
		return false, fmt.Errorf("unexpected SecurityResult %d", res)
	}
	if s.minor < 8 {
		return false, nil
	}
	reason, err := readVNCReason(s.lc.r)
	if err != nil {
		return false, err
	}
	if vncTooMany(reason) {
		return false, fmt.Errorf("%w: %q", errVNCBlocked, reason)
	}
	return false, nil
}

// vncOpen tells whether the server offers security type None: then
// ServerInit, read after a shared ClientInit, confirms it.
func vncOpen(ctx context.Context, dial dialFunc, addr string) Outcome {
	s, done, err := vncDial(ctx, dial, addr)
	if err != nil {
		return notSent(err)
	}
	defer done()
	if !slices.Contains(s.types, rfb.SecNone) {
		return refusedWith("VNC: security type None not offered")
	}
	if err := s.selectType(rfb.SecNone); err != nil {
		return notSent(fmt.Errorf("selecting security type None: %w", err))
	}
	if s.minor == 8 {
		ok, err := s.securityResult()
		switch {
		case err != nil:
			return notSent(err)
		case !ok:
			return refusedWith("VNC: SecurityResult failed for type None")
		}
	}
	return s.init()
}

// vncPrepare reads the security types once: without VNC Authentication
// (VeNCrypt, Apple ARD, RA2 only), there is no password the probe can try.
func vncPrepare(ctx context.Context, t *target) (loginFunc, error) {
	if err := t.pacer.wait(ctx); err != nil {
		return nil, err
	}
	s, done, err := vncDial(ctx, t.dial, t.addr)
	if err != nil {
		return nil, err
	}
	types := s.types
	done()
	if !slices.Contains(types, rfb.SecVNC) {
		return nil, vncNotTestable(types)
	}
	return vncLogin(t.dial, t.addr), nil
}

func vncNotTestable(types []byte) error {
	var names []string
	for _, typ := range types {
		names = append(names, fmt.Sprintf("%s (%d)", rfb.TypeName(typ), typ))
	}
	list := strings.Join(names, ", ")
	return notTestable("ni None ni l'authentification VNC proposées (types : " + list +
		") / neither None nor VNC Authentication offered (types: " + list + ")")
}

// vncLogin tries VNC Authentication (the user name is ignored: VNC has
// only a password) on one fresh connection; ServerInit confirms it,
// SecurityResult "failed" refuses it.
func vncLogin(dial dialFunc, addr string) loginFunc {
	return func(ctx context.Context, _, password string) Outcome {
		s, done, err := vncDial(ctx, dial, addr)
		if err != nil {
			return notSent(err)
		}
		defer done()
		if !slices.Contains(s.types, rfb.SecVNC) {
			return notSent(vncNotTestable(s.types))
		}
		if err := s.selectType(rfb.SecVNC); err != nil {
			return notSent(fmt.Errorf("selecting VNC Authentication: %w", err))
		}
		challenge := make([]byte, 16)
		if _, err := io.ReadFull(s.lc.r, challenge); err != nil {
			return notSent(fmt.Errorf("%w: no challenge received (%v)", errVNCBlocked, err))
		}
		if _, err := s.lc.conn.Write(vncResponse(challenge, password)); err != nil {
			return unknownf(true, "sending the VNC response: %w", err)
		}
		ok, err := s.securityResult()
		switch {
		case err != nil:
			return unknown(true, err)
		case !ok:
			return refusedWith("VNC SecurityResult failed")
		}
		return s.init()
	}
}

// vncResponse DES-encrypts the challenge with the password, truncated or
// zero-padded to 8 bytes, each key byte's bits reversed (VNC's quirk).
func vncResponse(challenge []byte, password string) []byte {
	key := make([]byte, 8)
	copy(key, password)
	for i, b := range key {
		key[i] = bits.Reverse8(b)
	}
	block, _ := des.NewCipher(key) // 8 bytes: never fails
	out := make([]byte, 16)
	block.Encrypt(out[:8], challenge[:8])
	block.Encrypt(out[8:], challenge[8:16])
	return out
}
