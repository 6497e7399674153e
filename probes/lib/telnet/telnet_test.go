package telnet

import (
	"bytes"
	"strings"
	"testing"
)

// TestNegotiation: refused but the accepted options, each request
// answered once, subnegotiations and escaped IAC handled, split anywhere.
func TestNegotiation(t *testing.T) {
	in := []byte("\xff\xfb\x01\xff\xfb\x03\xff\xfd\x18\xff\xfd\x18\xff\xfb\x05\xff\xfa\x18\x01\xff\xff\xff\xf0a\xff\xffb")
	for cut := range len(in) + 1 {
		p := Parser{Accept: []byte{Echo, SGA}}
		d1, r1, err1 := p.Feed(in[:cut])
		d2, r2, err2 := p.Feed(in[cut:])
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if data, reply := append(d1, d2...), append(r1, r2...); string(data) != "a\xffb" || string(reply) != "\xff\xfd\x01\xff\xfd\x03\xff\xfc\x18\xff\xfe\x05" {
			t.Fatalf("cut %d: data %q, reply %q", cut, data, reply)
		}
	}
	var p Parser // refuses everything
	if _, reply, _ := p.Feed([]byte{IAC, WILL, Echo}); !bytes.Equal(reply, []byte{IAC, DONT, Echo}) {
		t.Fatalf("reply %q", reply)
	}
}

// TestEndless: a server negotiating or subnegotiating without end is an
// error, not a loop.
func TestEndless(t *testing.T) {
	var p Parser
	if _, _, err := p.Feed(bytes.Repeat([]byte{IAC, DO, 24}, 100)); err == nil || !strings.Contains(err.Error(), "negotiations") {
		t.Fatalf("%v", err)
	}
	var q Parser
	if _, _, err := q.Feed(append([]byte{IAC, SB, 24}, bytes.Repeat([]byte("x"), 2000)...)); err == nil {
		t.Fatal("endless subnegotiation accepted")
	}
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte("\xff\xfb\x01\xff\xfa\x18\x01\xff\xf0login: "), 3)
	f.Fuzz(func(t *testing.T, b []byte, cut int) {
		if cut < 0 || cut > len(b) {
			cut = len(b)
		}
		p := Parser{Accept: []byte{Echo}}
		d1, r1, _ := p.Feed(b[:cut])
		d2, r2, _ := p.Feed(b[cut:])
		if len(d1)+len(d2) > len(b) || len(r1)+len(r2) > 3*MaxNegotiations {
			t.Fatalf("%d data, %d reply bytes from %d", len(d1)+len(d2), len(r1)+len(r2), len(b))
		}
	})
}
