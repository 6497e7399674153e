package rfb

import (
	"errors"
	"testing"
)

func TestVersionAndReply(t *testing.T) {
	for in, want := range map[string]int{"RFB 003.003\n": 3, "RFB 003.007\n": 7, "RFB 003.008\n": 8, "RFB 003.889\n": 8, "RFB 004.001\n": 8, "RFB 003.005\n": 3} {
		maj, mnr, err := ParseVersion([]byte(in))
		if err != nil || ReplyMinor(maj, mnr) != want {
			t.Errorf("%q: %d.%d %v, reply 3.%d want 3.%d", in, maj, mnr, err, ReplyMinor(maj, mnr), want)
		}
	}
	if _, _, err := ParseVersion([]byte("RFB 0")); !errors.Is(err, ErrShort) {
		t.Errorf("a partial greeting: %v, want ErrShort", err)
	}
	for _, bad := range []string{"SSH-2.0-x\r\n", "RFB 00-.008\n", "RFB 003.008\r"} {
		if _, _, err := ParseVersion([]byte(bad)); err == nil || errors.Is(err, ErrShort) {
			t.Errorf("%q accepted: %v", bad, err)
		}
	}
}

func TestSecurity(t *testing.T) {
	types, _, err := ParseSecurity([]byte{2, 1, 2}, false)
	if err != nil || len(types) != 2 || TypeName(types[1]) != "VNC" {
		t.Fatalf("%v %v", types, err)
	}
	_, reason, err := ParseSecurity([]byte{0, 0, 0, 0, 3, 'b', 'a', 'd'}, false)
	if err != nil || reason != "bad" {
		t.Fatalf("%q %v", reason, err)
	}
	if _, _, err := ParseSecurity([]byte{0, 0xff, 0xff, 0xff, 0xff}, false); err == nil || errors.Is(err, ErrShort) {
		t.Fatalf("a 4 GiB reason: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("RFB 003.008\n\x02\x01\x02"), false)
	f.Add([]byte("\x00\x00\x00\x00\x00\x00\x00\x03abc"), true)
	f.Fuzz(func(t *testing.T, b []byte, v33 bool) {
		if maj, mnr, err := ParseVersion(b); err == nil {
			if r := ReplyMinor(maj, mnr); r != 3 && r != 7 && r != 8 {
				t.Fatalf("reply 3.%d", r)
			}
		}
		if types, reason, err := ParseSecurity(b, v33); err == nil && (len(types) > 255 || len(reason) > 200) {
			t.Fatalf("%d types, reason of %d bytes", len(types), len(reason))
		}
	})
}
