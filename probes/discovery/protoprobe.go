package discovery

// Protocol probes of silent client-first services: on a port registered
// to redis, memcached, MongoDB or PostgreSQL, that service's own harmless
// request goes on its own connection at once, in parallel with the banner
// wait and the ClientHello, so a silent service is named as soon as it
// answers instead of after the banner timeout. Only an answer the matcher
// recognises names the service; anything else says nothing.

import (
	"bytes"
	"context"
	"encoding/binary"

	"conformscan/probes"
	"conformscan/probes/lib/services"
)

// protoProbe is one service's request and the answers that name it.
type protoProbe struct {
	// service is the registry's name; the probe runs on its ports.
	service string
	// sent says what was sent, for evidence.
	sent string
	// request is the bytes sent.
	request []byte
	// match tells whether an answer is that service's.
	match func(b []byte) bool
}

// mongoRequestID identifies discovery's isMaster query; the reply names
// it in responseTo.
const mongoRequestID = 0x63730001

// protoProbes is the table of protocol probes.
func protoProbes() []protoProbe {
	return []protoProbe{
		{service: "redis", sent: "PING", request: []byte("PING\r\n"), match: matchRedis},
		{service: "memcached", sent: "version", request: []byte("version\r\n"), match: matchMemcached},
		{service: "mongodb", sent: "MongoDB OP_QUERY isMaster", request: mongoIsMaster(), match: matchMongoReply},
		{service: "postgresql", sent: "PostgreSQL SSLRequest", request: []byte{0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f}, match: matchPostgresSSL},
	}
}

// protoProbeFor returns the probe of the service registered on port.
func protoProbeFor(port int) (protoProbe, bool) {
	reg, ok := services.ByPort(port)
	if !ok || reg.First != services.ClientFirst {
		return protoProbe{}, false
	}
	for _, p := range protoProbes() {
		if p.service == reg.Name {
			return p, true
		}
	}
	return protoProbe{}, false
}

// matchRedis: RESP's answer to PING: +PONG, or the refusals of a server
// that wants a password or runs in protected mode.
func matchRedis(b []byte) bool {
	for _, p := range []string{"+PONG\r\n", "-NOAUTH Authentication required", "-DENIED Redis is running in protected mode"} {
		if bytes.HasPrefix(b, []byte(p)) {
			return true
		}
	}
	return false
}

// matchMemcached: "VERSION x.y.z\r\n", the version starting with a digit.
func matchMemcached(b []byte) bool {
	rest, ok := bytes.CutPrefix(b, []byte("VERSION "))
	if !ok || len(rest) < 3 || rest[0] < '0' || rest[0] > '9' {
		return false
	}
	line, _, ok := bytes.Cut(rest, []byte("\r\n"))
	return ok && len(line) <= 64 && bytes.IndexFunc(line, func(r rune) bool { return r < 0x21 || r > 0x7e }) < 0
}

// matchPostgresSSL: the one-byte answer to an SSLRequest, S or N.
func matchPostgresSSL(b []byte) bool {
	return len(b) == 1 && (b[0] == 'S' || b[0] == 'N')
}

// mongoIsMaster is an OP_QUERY of {isMaster: 1} on admin.$cmd, which
// every MongoDB version answers with an OP_REPLY.
func mongoIsMaster() []byte {
	doc := []byte{19, 0, 0, 0, 0x10}
	doc = append(doc, "isMaster\x00"...)
	doc = append(doc, 1, 0, 0, 0, 0)
	body := binary.LittleEndian.AppendUint32(nil, 0) // flags
	body = append(body, "admin.$cmd\x00"...)
	body = binary.LittleEndian.AppendUint32(body, 0)          // numberToSkip
	body = binary.LittleEndian.AppendUint32(body, 0xffffffff) // numberToReturn -1
	body = append(body, doc...)
	msg := binary.LittleEndian.AppendUint32(nil, uint32(16+len(body)))
	msg = binary.LittleEndian.AppendUint32(msg, mongoRequestID)
	msg = binary.LittleEndian.AppendUint32(msg, 0)    // responseTo
	msg = binary.LittleEndian.AppendUint32(msg, 2004) // OP_QUERY
	return append(msg, body...)
}

// matchMongoReply: an OP_REPLY to discovery's query (responseTo is its
// request ID) holding one document of plausible length.
func matchMongoReply(b []byte) bool {
	const header = 16 + 20 // message header, then flags, cursor, start, count
	if len(b) < header+5 {
		return false
	}
	le := binary.LittleEndian
	length, responseTo, opCode := le.Uint32(b), le.Uint32(b[8:]), le.Uint32(b[12:])
	returned, docLen := le.Uint32(b[32:]), le.Uint32(b[36:])
	return length >= header+5 && length <= 48<<20 && responseTo == mongoRequestID && opCode == 1 &&
		returned == 1 && docLen >= 5 && docLen <= length-header
}

// protoOutcome is what a protocol probe told.
type protoOutcome struct {
	probe  protoProbe
	answer []byte
	// service is the probe's service when the answer matched, else "".
	service string
}

// startProto runs the port's protocol probe, if any, with the banner
// wait's deadline: the grace after a ClientHello answered in clear does
// not cut it.
func (s *portScan) startProto(ctx context.Context) (<-chan protoOutcome, context.CancelFunc) {
	pctx, cancel := context.WithTimeout(ctx, s.o.BannerTimeout)
	ch := make(chan protoOutcome, 1)
	if p, ok := protoProbeFor(s.pr.Port); ok {
		go func() { ch <- s.runProtoProbe(pctx, p) }()
	} else {
		ch <- protoOutcome{}
	}
	return ch, cancel
}

// runProtoProbe opens its own connection, sends the probe's request and
// reads the answer until ctx ends or the peer pauses.
func (s *portScan) runProtoProbe(ctx context.Context, p protoProbe) protoOutcome {
	out := protoOutcome{probe: p}
	cctx, cancel := context.WithTimeout(ctx, s.o.ConnectTimeout)
	conn, err := s.o.Dial(cctx, "tcp", probes.Endpoint(s.t.addr, s.pr.Port))
	cancel()
	if err != nil {
		return out
	}
	defer conn.Close()
	stop := unblockOnDone(ctx, conn)
	_, err = conn.Write(p.request)
	stop()
	if err != nil {
		return out
	}
	out.answer, _ = readUntil(ctx, conn, p.match)
	if p.match(out.answer) {
		out.service = p.service
	}
	return out
}

// fromProto concludes from a protocol probe's recognised answer.
func (s *portScan) fromProto(out protoOutcome) {
	s.pr.Sent, s.pr.Response = out.probe.sent, Printable(out.answer)
	s.pr.Service, s.pr.ServiceFrom = out.service, "response"
	s.pr.Note = "answered " + services.DisplayName(out.service) + "'s " + out.probe.sent + " on a second connection"
}
