package discovery

import (
	"encoding/binary"
	"testing"
)

// mongoReply is an OP_REPLY holding {ok: 1.0} in answer to requestID.
func mongoReply(requestID uint32) []byte {
	doc := []byte{17, 0, 0, 0, 0x01, 'o', 'k', 0, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0}
	le := binary.LittleEndian
	b := le.AppendUint32(nil, uint32(36+len(doc)))
	b = le.AppendUint32(b, 7)
	b = le.AppendUint32(b, requestID)
	b = le.AppendUint32(b, 1)
	b = le.AppendUint32(b, 8) // AwaitCapable
	b = le.AppendUint64(b, 0)
	b = le.AppendUint32(b, 0)
	b = le.AppendUint32(b, 1)
	return append(b, doc...)
}

func TestProtoMatchers(t *testing.T) {
	for _, c := range []struct {
		service string
		answer  string
		want    bool
	}{
		{"redis", "+PONG\r\n", true},
		{"redis", "-NOAUTH Authentication required.\r\n", true},
		{"redis", "-DENIED Redis is running in protected mode because protected mode is enabled\r\n", true},
		{"redis", "+PONG", false},
		{"redis", "PING\r\n", false},
		{"redis", "-ERR unknown command 'PING'\r\n", false},
		{"memcached", "VERSION 1.6.18\r\n", true},
		{"memcached", "VERSION 1.6.18", false},
		{"memcached", "VERSION x\r\n", false},
		{"memcached", "VERSION 1.6 \x00\r\n", false},
		{"memcached", "version\r\n", false},
		{"postgresql", "S", true},
		{"postgresql", "N", true},
		{"postgresql", "", false},
		{"postgresql", "NN", false},
		{"mongodb", string(mongoReply(mongoRequestID)), true},
		{"mongodb", string(mongoReply(0)), false},
		{"mongodb", string(mongoIsMaster()), false},
		{"mongodb", string(mongoReply(mongoRequestID)[:40]), false},
	} {
		var p protoProbe
		for _, q := range protoProbes() {
			if q.service == c.service {
				p = q
			}
		}
		if got := p.match([]byte(c.answer)); got != c.want {
			t.Errorf("%s %q: %v", c.service, c.answer, got)
		}
	}
}

// Every probe is for a client-first service of the registry, on its
// registered ports.
func TestProtoProbesRegistered(t *testing.T) {
	for _, p := range protoProbes() {
		found := false
		for _, port := range []int{6379, 11211, 27017, 5432} {
			if q, ok := protoProbeFor(port); ok && q.service == p.service {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no registered port", p.service)
		}
	}
	if _, ok := protoProbeFor(22); ok {
		t.Error("ssh is server-first")
	}
}

// FuzzProtoMatchers: the matchers of untrusted answers never panic, and
// none accepts what discovery itself sent (an echoing peer).
func FuzzProtoMatchers(f *testing.F) {
	f.Add([]byte("+PONG\r\n"))
	f.Add([]byte("VERSION 1.6.18\r\n"))
	f.Add(mongoReply(mongoRequestID))
	f.Add([]byte("N"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, p := range protoProbes() {
			p.match(b)
			if p.match(p.request) {
				t.Fatalf("%s accepts its own request", p.service)
			}
		}
	})
}
