package discovery

// The first exchanges on one open port. On a port the registry knows as
// TLS, a ClientHello goes first. Elsewhere discovery waits for a banner
// and, at the same time, sends a ClientHello on a second connection: a TLS
// answer ends the wait at once, and a peer that answers it in clear (or
// hangs up) ends it after a short grace, followed by GET / in clear.

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"time"

	"conformscan/probes"
	"conformscan/probes/lib/services"
)

const (
	// bannerPause ends a read once the peer pauses after sending
	// something.
	bannerPause = 150 * time.Millisecond
	// bannerGrace is how long the banner wait goes on once the second
	// connection showed the peer does not speak TLS.
	bannerGrace = 150 * time.Millisecond
	// serverFirstDelay delays the ClientHello on ports of server-first
	// services, whose banner usually comes at once and makes it needless.
	serverFirstDelay = 300 * time.Millisecond
)

// portScan identifies the service of one open port.
type portScan struct {
	o  *Options
	t  target
	pr *Port
}

// readResult is the outcome of one read.
type readResult struct {
	data []byte
	err  error
}

func (s *portScan) names() names { return namesFor(s.t.host, s.pr.Port) }

// run identifies the service on conn, the connect scan's connection;
// ctx carries the port's deadline.
func (s *portScan) run(ctx context.Context, conn net.Conn) {
	reg, _ := services.ByPort(s.pr.Port)
	if reg.ImplicitTLS {
		s.tlsFirst(ctx, conn)
		return
	}
	s.bannerFirst(ctx, conn, reg)
}

// tlsFirst sends the ClientHello on conn itself.
func (s *portScan) tlsFirst(ctx context.Context, conn net.Conn) {
	out := tryTLS(ctx, conn, s.names(), s.pr.Port)
	switch {
	case out.isTLS:
		s.fromTLS(out)
	case len(out.raw) > 0:
		s.pr.Sent = out.sent
		s.fromAnswer(out.raw, &s.pr.Response, "response")
	default:
		s.pr.Sent = out.sent
		s.noData(out.err, "no answer to a ClientHello")
	}
}

// bannerFirst waits for a banner on conn while a ClientHello goes on a
// second connection (and, on the port of a silent client-first service,
// that service's own request on a third), then concludes from whichever
// tells first.
func (s *portScan) bannerFirst(ctx context.Context, conn net.Conn, reg services.Service) {
	delay := time.Duration(0)
	if reg.First == services.ServerFirst {
		delay = min(serverFirstDelay, s.o.BannerTimeout)
	}
	banner, hello, proto := s.race(ctx, conn, delay)
	switch {
	case len(banner.data) > 0:
		s.fromAnswer(banner.data, &s.pr.Banner, "banner")
	case proto.service != "":
		s.fromProto(proto)
	case hello.isTLS:
		s.fromTLS(hello)
		if hello.service == "" {
			s.plainToTLS(ctx, conn)
		}
	case banner.err != nil && !isSilence(banner.err):
		s.noData(banner.err, "closed after accept, before sending anything")
	default:
		s.askHTTP(ctx, conn)
	}
}

// race runs the banner wait on conn, the ClientHello on a second
// connection and the port's protocol probe, if any, on a third; all have
// ended when it returns. A TLS answer or a recognised protocol answer
// ends the banner wait at once.
func (s *portScan) race(ctx context.Context, conn net.Conn, delay time.Duration) (readResult, tlsOutcome, protoOutcome) {
	bctx, bcancel := context.WithTimeout(ctx, s.o.BannerTimeout)
	defer bcancel()
	bannerCh := make(chan readResult, 1)
	go func() {
		d, err := readSome(bctx, conn)
		bannerCh <- readResult{d, err}
	}()
	tctx, tcancel := context.WithCancel(ctx)
	defer tcancel()
	helloCh := make(chan tlsOutcome, 1)
	go func() { helloCh <- s.helloOnSecondConn(tctx, delay) }()
	protoCh, pcancel := s.startProto(ctx)
	defer pcancel()
	var hello *tlsOutcome
	var proto *protoOutcome
	for {
		select {
		case b := <-bannerCh:
			tcancel()
			if hello == nil {
				h := <-helloCh
				hello = &h
			}
			if len(b.data) > 0 || hello.isTLS {
				pcancel()
			}
			if proto == nil {
				p := <-protoCh
				proto = &p
			}
			return b, *hello, *proto
		case p := <-protoCh:
			proto, protoCh = &p, nil
			if p.service != "" {
				bcancel()
			}
		case h := <-helloCh:
			hello, helloCh = &h, nil
			if h.isTLS {
				bcancel()
			} else if h.concluded() {
				grace := time.AfterFunc(bannerGrace, bcancel)
				defer grace.Stop()
			}
		}
	}
}

// helloOnSecondConn opens a second connection after delay and sends a
// ClientHello on it.
func (s *portScan) helloOnSecondConn(ctx context.Context, delay time.Duration) tlsOutcome {
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-ctx.Done():
			return tlsOutcome{err: ctx.Err()}
		}
	}
	cctx, cancel := context.WithTimeout(ctx, s.o.ConnectTimeout)
	conn, err := s.o.Dial(cctx, "tcp", probes.Endpoint(s.t.addr, s.pr.Port))
	cancel()
	if err != nil {
		// Says nothing of the protocol: the banner wait goes on.
		return tlsOutcome{}
	}
	defer conn.Close()
	return tryTLS(ctx, conn, s.names(), s.pr.Port)
}

// askHTTP sends GET / in clear on a silent port and waits for the answer
// until the port's deadline.
func (s *portScan) askHTTP(ctx context.Context, conn net.Conn) {
	s.pr.Sent = "GET / HTTP/1.0"
	resp, err := s.sendAndRead(ctx, conn, httpRequest("HTTP/1.0", s.names().hostHeader))
	if svc := recognize(resp, s.pr.Port); !answersRequest(svc) {
		if !s.lateGreeting(ctx, svc) {
			s.greetingAfterRequest(svc, resp)
		}
		return
	}
	if len(resp) > 0 {
		s.fromAnswer(resp, &s.pr.Response, "response")
		return
	}
	s.noData(err, "no banner, and no answer to GET / nor to a ClientHello")
}

// lateGreeting opens a fresh connection, sends nothing, and waits until
// the port's deadline for svc's greeting: a slow server-first service (a
// reverse DNS lookup before the banner) greets there on its own, and is
// then named from that banner.
func (s *portScan) lateGreeting(ctx context.Context, svc string) bool {
	cctx, cancel := context.WithTimeout(ctx, s.o.ConnectTimeout)
	conn, err := s.o.Dial(cctx, "tcp", probes.Endpoint(s.t.addr, s.pr.Port))
	cancel()
	if err != nil {
		return false
	}
	defer conn.Close()
	b, _ := readSome(ctx, conn)
	if len(b) == 0 || looksTLS(b) || recognize(b, s.pr.Port) != svc {
		return false
	}
	s.pr.Banner = Printable(b)
	s.pr.Service, s.pr.ServiceFrom = svc, "banner"
	s.pr.Note = "greeted late: the banner came on a second connection where nothing was sent"
	return true
}

// greetingAfterRequest concludes on a port that stayed silent, then
// answered GET / with what a server-first service greets with ("+OK",
// "220", "SSH-"): such a service greets before any request, so the answer
// names nothing. The port is unidentified, under no service name: no
// login or cleartext verdict of that service follows.
func (s *portScan) greetingAfterRequest(svc string, resp []byte) {
	s.pr.Response = Printable(resp)
	s.unidentified(UnidentifiedUnrecognized, resp)
	s.pr.Service, s.pr.ServiceFrom = "unknown", ""
	s.pr.Note = fmt.Sprintf("silent until GET /, then answered like a %s greeting: a server-first service greets before any request, not taken for %s", svc, svc)
}

// plainToTLS asks a TLS port that refused discovery's handshake for its
// plain-HTTP error page, which names an HTTPS server.
func (s *portScan) plainToTLS(ctx context.Context, conn net.Conn) {
	resp, _ := s.sendAndRead(ctx, conn, httpRequest("HTTP/1.0", s.names().hostHeader))
	if len(resp) == 0 {
		return
	}
	s.pr.Sent, s.pr.Response = "GET / HTTP/1.0", Printable(resp)
	if speaksTLS(resp) {
		s.pr.Service, s.pr.ServiceFrom = "https", "response"
	}
}

func (s *portScan) sendAndRead(ctx context.Context, conn net.Conn, req string) ([]byte, error) {
	stop := unblockOnDone(ctx, conn)
	_, err := io.WriteString(conn, req)
	stop()
	if err != nil {
		return nil, err
	}
	return readSome(ctx, conn)
}

// fromAnswer concludes from bytes received in clear, kept in *field.
func (s *portScan) fromAnswer(b []byte, field *string, from string) {
	*field = Printable(b)
	if looksTLS(b) {
		s.pr.Service, s.pr.ServiceFrom = tlsByPort(s.pr.Port), from
		s.pr.Note = "speaks TLS: a TLS record came in clear"
		return
	}
	if svc := recognize(b, s.pr.Port); svc != "" {
		s.pr.Service, s.pr.ServiceFrom = svc, from
		return
	}
	s.unidentified(unidentifiedReason(b), b)
}

// fromTLS concludes from a TLS answer.
func (s *portScan) fromTLS(out tlsOutcome) {
	s.pr.Sent, s.pr.TLSSeen = out.sent, out.seen
	s.pr.Note = tlsNote(out)
	if out.service != "" {
		s.pr.Service, s.pr.ServiceFrom = out.service, "tls"
		return
	}
	s.pr.Service, s.pr.ServiceFrom = tlsByPort(s.pr.Port), "tls"
	if out.handshakeErr == nil {
		s.pr.Unidentified, s.pr.FirstBytes = unidentifiedReason(out.inner), Escape(out.inner)
	}
	if out.afterGET != "" {
		// Not even the port's usual service: its greeting came only
		// after our request.
		s.pr.Service = services.TLS
		s.pr.Note += fmt.Sprintf("; answered GET / like a %s greeting: not taken for %s", out.afterGET, out.afterGET)
	}
}

// noData concludes when nothing came back: a peer that hung up is
// tcpwrapped, one that said nothing is silent.
func (s *portScan) noData(err error, what string) {
	kind := probes.Classify("read", err)
	if err != nil && !isSilence(err) {
		s.pr.Note = fmt.Sprintf("%s (tcpwrapped): %s", what, kind)
		s.unidentified(UnidentifiedTCPWrapped, nil)
		return
	}
	s.pr.Note = "silent: " + what + " before the deadline"
	s.unidentified(UnidentifiedSilent, nil)
}

// unidentified records why the exchanges did not tell the service, which
// is then the port's usual one, or "unknown".
func (s *portScan) unidentified(reason string, first []byte) {
	s.pr.Unidentified, s.pr.FirstBytes = reason, Escape(first)
	s.pr.Service, s.pr.ServiceFrom = "unknown", ""
	if reg, ok := services.ByPort(s.pr.Port); ok {
		s.pr.Service, s.pr.ServiceFrom = reg.Name, "port"
	}
}

// tlsByPort is the name of a TLS service of unknown content: the port's
// usual one when it is a TLS service, else "tls".
func tlsByPort(port int) string {
	if reg, ok := services.ByPort(port); ok && reg.ImplicitTLS {
		return reg.Name
	}
	return services.TLS
}

func tlsNote(out tlsOutcome) string {
	switch {
	case out.seen != nil && out.seen.Alert != "":
		return "speaks TLS: handshake refused with alert " + out.seen.Alert
	case out.handshakeErr != nil:
		return "speaks TLS: handshake not completed: " + out.handshakeErr.Error()
	case out.seen != nil && out.seen.ALPN != "":
		return fmt.Sprintf("speaks TLS (%s, ALPN %s)", out.seen.Version, out.seen.ALPN)
	case out.seen != nil:
		return fmt.Sprintf("speaks TLS (%s, no ALPN)", out.seen.Version)
	}
	return "speaks TLS"
}

// isSilence tells a read that ended on a deadline or a cancellation from
// one the peer ended.
func isSilence(err error) bool {
	switch probes.Classify("read", err) {
	case probes.KindIOTimeout, probes.KindCanceled:
		return true
	}
	return false
}

// unblockOnDone makes every read and write on conn end when ctx ends (its
// deadline, or a cancellation). The returned func undoes the cancellation
// hook and waits for it if it already started.
func unblockOnDone(ctx context.Context, conn net.Conn) func() {
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	fired := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		_ = conn.SetDeadline(time.Unix(1, 0))
		close(fired)
	})
	return func() {
		if !stop() {
			<-fired
		}
	}
}

// readSome reads what arrives before ctx ends, up to maxBanner bytes; once
// something came it returns at the first pause of bannerPause, so a tarpit
// that trickles bytes costs at most until the deadline.
func readSome(ctx context.Context, conn net.Conn) ([]byte, error) {
	return readUntil(ctx, conn, nil)
}

// readUntil is readSome that also returns as soon as done (when set)
// accepts what came so far.
func readUntil(ctx context.Context, conn net.Conn, done func([]byte) bool) ([]byte, error) {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, defaultBannerTimeout)
		defer cancel()
	}
	stop := unblockOnDone(ctx, conn)
	defer stop()
	var buf bytes.Buffer
	chunk := make([]byte, 1024)
	for buf.Len() < maxBanner {
		n, err := conn.Read(chunk)
		buf.Write(chunk[:n])
		if err != nil {
			if buf.Len() > 0 {
				return buf.Bytes(), nil
			}
			return nil, err
		}
		if n > 0 && done != nil && done(buf.Bytes()) {
			return buf.Bytes(), nil
		}
		if n > 0 && ctx.Err() == nil {
			// Once something came, wait briefly for the rest of the flight.
			dl, _ := ctx.Deadline()
			_ = conn.SetReadDeadline(minTime(dl, time.Now().Add(bannerPause)))
		}
	}
	return buf.Bytes()[:maxBanner], nil
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
