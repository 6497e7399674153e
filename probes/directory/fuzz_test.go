package directory

import (
	"bytes"
	"errors"
	"io"
	"net"
	"testing"
	"time"

	ber "github.com/go-asn1-ber/asn1-ber"

	"conformscan/fixtures/fakeldap"
)

// streamConn is a net.Conn reading a fixed stream.
type streamConn struct {
	net.Conn
	r io.Reader
}

func (c streamConn) Read(p []byte) (int, error)         { return c.r.Read(p) }
func (c streamConn) SetDeadline(time.Time) error        { return nil }
func (c streamConn) SetReadDeadline(time.Time) error    { return nil }
func (c streamConn) Close() error                       { return nil }
func (c streamConn) Write(p []byte) (int, error)        { return len(p), nil }
func (c streamConn) RemoteAddr() net.Addr               { return &net.TCPAddr{} }
func (c streamConn) LocalAddr() net.Addr                { return &net.TCPAddr{} }
func (c streamConn) SetWriteDeadline(t time.Time) error { return nil }

// FuzzBERConn: whatever a directory sends, the bounded connection hands
// on at most the session's bytes, only whole checked messages, and what
// go-ldap's BER reader then reads without panic.
func FuzzBERConn(f *testing.F) {
	entry := fakeldap.TLV(0x30, fakeldap.TLV(0x02, []byte{1}), fakeldap.TLV(0x64, fakeldap.TLV(0x04, []byte("cn=x")), fakeldap.TLV(0x30, fakeldap.Attr("cn", "x"))))
	f.Add(entry)
	f.Add(append(entry, entry...))
	f.Add([]byte{0x30, 0x84, 0x60, 0x00, 0x00, 0x00, 0x02})
	f.Add([]byte{0x30, 0x08, 0x02, 0x01, 0x01, 0x64, 0x84, 0x60, 0x00, 0x00})
	f.Add([]byte{0x30, 0x80, 0x00, 0x00})
	f.Add(bytes.Repeat([]byte{0x30, 0x02, 0x30, 0x00}, 100))
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := limits{message: 512, session: 2048, messages: 16}
		c := newBERConn(streamConn{r: bytes.NewReader(data)}, lim)
		out, err := io.ReadAll(c)
		if len(out) > lim.session {
			t.Fatalf("%d bytes handed on, bound %d", len(out), lim.session)
		}
		if err != nil && !errors.Is(err, ErrBounds) && !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Fatalf("unexpected error kind: %v", err)
		}
		if c.count > lim.messages {
			t.Fatalf("%d messages", c.count)
		}
		// go-ldap's reader may refuse a value (a malformed integer), but
		// never panics nor reads past a checked message.
		r := bytes.NewReader(out)
		for r.Len() > 0 {
			before := r.Len()
			if _, err := ber.ReadPacket(r); err != nil {
				break
			}
			if r.Len() >= before {
				t.Fatal("no progress")
			}
		}
	})
}

// FuzzStartTLSAnswer: the StartTLS answer reader takes at most one
// bounded message and never panics.
func FuzzStartTLSAnswer(f *testing.F) {
	f.Add(fakeldap.TLV(0x30, fakeldap.TLV(0x02, []byte{1}), fakeldap.Result(0x78, 0, "")))
	f.Add(fakeldap.TLV(0x30, fakeldap.TLV(0x02, []byte{0}), fakeldap.Result(0x78, 52, "bye")))
	f.Add([]byte{0x30, 0x84, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := bytes.NewReader(data)
		msg, err := readOneMessage(r, 256)
		if err != nil {
			return
		}
		if len(msg) > 256+6 || len(data)-r.Len() != len(msg) {
			t.Fatalf("read %d bytes for a message of %d", len(data)-r.Len(), len(msg))
		}
		_, _, _, _ = extendedResult(msg)
	})
}

func FuzzAccountOf(f *testing.F) {
	f.Add("admin", "514", "133800768000000000", "19000", true)
	f.Fuzz(func(t *testing.T, name, uac, exp, shadow string, ad bool) {
		e := Entry{Attrs: map[string][]string{"sAMAccountName": {name}, "uid": {name}, "userAccountControl": {uac},
			"accountExpires": {exp}, "shadowExpire": {shadow}, "pwdAccountLockedTime": {shadow}}}
		_, _ = AccountOf(e, ad, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	})
}
