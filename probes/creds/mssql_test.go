package creds

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
)

// No SQL Server is packaged in Debian 12: tdsStandIn is an in-process
// server speaking enough TDS 7.4 for go-mssqldb: PRELOGIN (encryption not
// supported), LOGIN7 (user and de-obfuscated password checked, LOGINACK
// or error 18456), and SQL batches (one nvarchar row: the version).
type tdsStandIn struct {
	addr     string
	user     string
	password string
	mode     string
	mu       sync.Mutex
	seen     []string // passwords received
}

// Stand-in modes beside a normal server.
const (
	tdsNormal  = ""
	tdsSilent  = "silent"  // reads, never answers
	tdsGarbage = "garbage" // an HTTP answer to PRELOGIN
	tdsHuge    = "huge"    // a packet longer than the client's buffer
)

const tdsVersionText = "Microsoft SQL Server 2019 (RTM) - 15.0.2000.5 (X64)\n\tStand-in"

func startTDS(t *testing.T, user, password, mode string) *tdsStandIn {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ln.Close() })
	s := &tdsStandIn{addr: ln.Addr().String(), user: user, password: password, mode: mode}
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go s.serve(conn)
		}
	}()
	return s
}

func (s *tdsStandIn) passwords() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.seen...)
}

func (s *tdsStandIn) serve(conn net.Conn) {
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
	for {
		typ, msg, err := readTDS(conn)
		if err != nil {
			return
		}
		var reply []byte
		switch {
		case s.mode == tdsSilent:
			_, _ = io.Copy(io.Discard, conn)
			return
		case s.mode == tdsGarbage:
			_, _ = conn.Write([]byte("HTTP/1.1 400 Bad Request\r\n\r\n"))
			return
		case s.mode == tdsHuge:
			_, _ = conn.Write([]byte{4, 1, 0xff, 0xff, 0, 0, 1, 0})
			_, _ = io.Copy(io.Discard, conn)
			return
		case typ == 0x12:
			reply = tdsPrelogin()
		case typ == 0x10:
			reply = s.login(msg)
		case typ == 0x01:
			reply = tdsVersionRows()
		default:
			return
		}
		if err := writeTDS(conn, reply); err != nil {
			return
		}
	}
}

// readTDS reads one message (packets up to the end-of-message status).
func readTDS(r io.Reader) (byte, []byte, error) {
	var msg []byte
	for {
		h := make([]byte, 8)
		if _, err := io.ReadFull(r, h); err != nil {
			return 0, nil, err
		}
		n := int(binary.BigEndian.Uint16(h[2:]))
		if n < 8 || len(msg) > 1<<16 {
			return 0, nil, errors.New("bad TDS packet")
		}
		body := make([]byte, n-8)
		if _, err := io.ReadFull(r, body); err != nil {
			return 0, nil, err
		}
		msg = append(msg, body...)
		if h[1]&1 != 0 {
			return h[0], msg, nil
		}
	}
}

func writeTDS(w io.Writer, payload []byte) error {
	h := []byte{4, 1, 0, 0, 0, 0, 1, 0}
	binary.BigEndian.PutUint16(h[2:], uint16(8+len(payload)))
	_, err := w.Write(append(h, payload...))
	return err
}

// tdsPrelogin: VERSION 15.0.2000, ENCRYPTION not supported.
func tdsPrelogin() []byte {
	return []byte{
		0x00, 0, 11, 0, 6,
		0x01, 0, 17, 0, 1,
		0xff,
		15, 0, 0x07, 0xd0, 0, 0,
		2,
	}
}

// login decodes LOGIN7's user and password (each byte XOR 0xA5, then
// nibbles swapped) and answers LOGINACK or error 18456.
func (s *tdsStandIn) login(p []byte) []byte {
	if len(p) < 94 {
		return tdsLoginError("?")
	}
	field := func(at int) []byte {
		off, n := int(binary.LittleEndian.Uint16(p[at:])), 2*int(binary.LittleEndian.Uint16(p[at+2:]))
		if off+n > len(p) {
			return nil
		}
		return append([]byte(nil), p[off:off+n]...)
	}
	user, pw := ucs2(field(40)), field(44)
	for i, b := range pw {
		b ^= 0xa5
		pw[i] = b<<4 | b>>4
	}
	password := ucs2(pw)
	s.mu.Lock()
	s.seen = append(s.seen, password)
	s.mu.Unlock()
	if user != s.user || password != s.password {
		return tdsLoginError(user)
	}
	var b []byte
	env := append([]byte{4}, bvarchar("4096")...)
	env = append(env, bvarchar("4096")...)
	b = tdsToken(b, 0xe3, env)
	ack := append([]byte{1, 0x74, 0, 0, 4}, bvarchar("Microsoft SQL Server")...)
	ack = append(ack, 15, 0, 0x07, 0xd0)
	b = tdsToken(b, 0xad, ack)
	return tdsDone(b, 0, 0, 0)
}

func tdsLoginError(user string) []byte {
	msg := "Login failed for user '" + user + "'."
	e := binary.LittleEndian.AppendUint32(nil, 18456)
	e = append(e, 1, 14)
	e = binary.LittleEndian.AppendUint16(e, uint16(len(utf16.Encode([]rune(msg)))))
	e = append(e, ucs2Bytes(msg)...)
	e = append(e, bvarchar("standin")...)
	e = append(e, bvarchar("")...)
	e = binary.LittleEndian.AppendUint32(e, 1)
	return tdsDone(tdsToken(nil, 0xaa, e), 2, 0, 0)
}

// tdsVersionRows answers any batch with one nvarchar column and one row.
func tdsVersionRows() []byte {
	meta := []byte{0x81, 1, 0, 0, 0, 0, 0, 0, 0, 0xe7, 0x58, 0x02, 0x09, 0x04, 0xd0, 0x00, 0x34, 0}
	v := ucs2Bytes(tdsVersionText)
	row := append([]byte{0xd1}, binary.LittleEndian.AppendUint16(nil, uint16(len(v)))...)
	b := append(meta, append(row, v...)...)
	return tdsDone(b, 0x10, 0xc1, 1)
}

func tdsToken(b []byte, tok byte, body []byte) []byte {
	b = append(b, tok)
	b = binary.LittleEndian.AppendUint16(b, uint16(len(body)))
	return append(b, body...)
}

func tdsDone(b []byte, status, cmd uint16, rows uint64) []byte {
	b = append(b, 0xfd)
	b = binary.LittleEndian.AppendUint16(b, status)
	b = binary.LittleEndian.AppendUint16(b, cmd)
	return binary.LittleEndian.AppendUint64(b, rows)
}

func bvarchar(s string) []byte {
	u := ucs2Bytes(s)
	return append([]byte{byte(len(u) / 2)}, u...)
}

func ucs2Bytes(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}

func ucs2(b []byte) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return string(utf16.Decode(u))
}

func TestMSSQLDefaultPasswordFound(t *testing.T) {
	s := startTDS(t, "sa", "password", tdsNormal)
	f, err := runProbe(t, &Flags{}, endpoint(t, s.addr, "mssql"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingDefault || f.Findings[0].Account != "sa" || f.Findings[0].Secret != "p****" ||
		f.Findings[0].Control != ControlRefused || !strings.Contains(f.Findings[0].Signal, "15.0.2000.5") {
		t.Fatalf("findings %+v", f.Findings)
	}
	// sa: blank, sa, password, then the random control: the stand-in
	// decoded each password the driver obfuscated.
	got := s.passwords()
	if len(got) != 4 || got[0] != "" || got[1] != "sa" || got[2] != "password" || !strings.HasPrefix(got[3], "cs") {
		t.Errorf("passwords received %q", got)
	}
}

// TestMSSQLConformant is the twin: a strong sa password, the budget kept.
func TestMSSQLConformant(t *testing.T) {
	s := startTDS(t, "sa", "Zq8-"+randomPassword(), tdsNormal)
	f, err := runProbe(t, &Flags{Level: LevelThorough, MaxTries: 3}, endpoint(t, s.addr, "mssql"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 0 || !f.Testable || f.TotalTries() == 0 {
		t.Fatalf("facts %+v", f)
	}
	for _, tr := range f.Tried {
		if tr.Tries > 3 || tr.Failures > 3 {
			t.Errorf("budget exceeded: %+v", tr)
		}
	}
}

// TestMSSQLHostile: hostile servers end the try in an error, within the
// deadline, without a crash.
func TestMSSQLHostile(t *testing.T) {
	for _, mode := range []string{tdsSilent, tdsGarbage, tdsHuge} {
		t.Run(mode, func(t *testing.T) {
			t.Parallel()
			s := startTDS(t, "sa", "sa", mode)
			ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
			defer cancel()
			start := time.Now()
			o := mssqlLogin((&net.Dialer{}).DialContext, s.addr)(ctx, "sa", "Pw-hostile-42")
			if o.Verdict != Unknown {
				t.Fatalf("outcome %v, want unknown", o)
			}
			err := o.Err
			if strings.Contains(err.Error(), "Pw-hostile-42") {
				t.Errorf("error names the password: %v", err)
			}
			t.Log(err)
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("took %s", d)
			}
		})
	}
}
