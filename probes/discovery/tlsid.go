package discovery

// Identification over TLS: one ClientHello offering ALPN h2 and http/1.1,
// then, when ALPN does not tell, one HTTP request inside TLS.

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"strconv"
	"strings"
)

// sentClientHello is what Port.Sent says of the ClientHello.
const sentClientHello = "TLS ClientHello (ALPN h2, http/1.1)"

// tlsOutcome is what a ClientHello on one connection told.
type tlsOutcome struct {
	// isTLS: the peer answered with a TLS record.
	isTLS bool
	seen  *TLSSeen
	// service is the implicit-TLS service recognised by ALPN or by what
	// came inside TLS ("https", "imaps"...); "" when unknown.
	service string
	// inner is what the server sent inside TLS.
	inner []byte
	// raw is the answer in clear of a peer that does not speak TLS.
	raw []byte
	// handshakeErr is why a TLS peer's handshake did not complete.
	handshakeErr error
	// err is why nothing came back (nil when bytes came).
	err  error
	sent string
	// afterGET names the server-first service whose greeting came only
	// after GET / inside TLS: no such service.
	afterGET string
}

// concluded tells whether the attempt says something about the protocol:
// TLS, or a peer that answered or hung up without speaking TLS.
func (o tlsOutcome) concluded() bool {
	return o.isTLS || len(o.raw) > 0 || o.err != nil && !isSilence(o.err)
}

// names are the host names sent to the server.
type names struct {
	sni        string // empty for an IP literal
	hostHeader string
}

func namesFor(host string, port int) names {
	h := strings.Trim(host, "[]")
	n := names{hostHeader: h}
	if net.ParseIP(h) == nil {
		n.sni = h
	} else if strings.Contains(h, ":") {
		n.hostHeader = "[" + h + "]"
	}
	if port != 443 {
		n.hostHeader += ":" + strconv.Itoa(port)
	}
	return n
}

// clientConfig offers every version from TLS 1.0 and every suite
// crypto/tls has, with ALPN h2 and http/1.1. Certificates are not verified:
// discovery only asks what the port speaks.
func clientConfig(sni string) *tls.Config {
	var suites []uint16
	for _, s := range tls.CipherSuites() {
		suites = append(suites, s.ID)
	}
	for _, s := range tls.InsecureCipherSuites() {
		suites = append(suites, s.ID)
	}
	return &tls.Config{
		ServerName:         sni,
		InsecureSkipVerify: true, // identification only; the TLS probe judges trust
		NextProtos:         []string{"h2", "http/1.1"},
		MinVersion:         tls.VersionTLS10,
		CipherSuites:       suites,
	}
}

// tryTLS sends a ClientHello on conn and, over TLS, one GET / when ALPN
// does not tell. Every wait ends with ctx.
func tryTLS(ctx context.Context, conn net.Conn, n names, port int) tlsOutcome {
	rec := &recorder{Conn: conn}
	tc := tls.Client(rec, clientConfig(n.sni))
	stop := unblockOnDone(ctx, conn)
	defer stop()
	out := tlsOutcome{sent: sentClientHello}
	if err := tc.HandshakeContext(ctx); err != nil {
		return handshakeFailed(ctx, rec, out, err)
	}
	st := tc.ConnectionState()
	out.isTLS = true
	out.seen = &TLSSeen{Version: strings.Replace(tls.VersionName(st.Version), "TLS ", "TLSv", 1), ALPN: st.NegotiatedProtocol}
	if st.NegotiatedProtocol == "h2" || st.NegotiatedProtocol == "http/1.1" {
		out.service = "https"
		return out
	}
	// Server-first protocols greet right after the handshake: a short
	// wait hears them. Only then GET /, whose answer names HTTPS or
	// nothing: a greeting after our request is no server-first service.
	if greet, err := tlsGreeting(ctx, tc); len(greet) > 0 || err != nil {
		out.inner, out.err = greet, err
		out.seen.Response = Printable(greet)
		out.service = recognizeInTLS(greet, port)
		return out
	}
	out.sent += "; GET / HTTP/1.1"
	if _, err := io.WriteString(tc, httpRequest("HTTP/1.1", n.hostHeader)); err != nil {
		out.err = err
		return out
	}
	out.inner, out.err = readSome(ctx, tc)
	out.seen.Response = Printable(out.inner)
	if svc := recognize(out.inner, port); answersRequest(svc) {
		out.service = recognizeInTLS(out.inner, port)
	} else {
		out.afterGET = svc
	}
	return out
}

// tlsGreetingWait is how long discovery listens, after a TLS handshake,
// for a server-first greeting before it sends GET /: such servers greet
// right after their handshake, so the greeting is already on its way. A
// later one leaves the port unidentified (an error, never a pass).
const tlsGreetingWait = bannerPause

// tlsGreeting reads what the server sends on its own right after the
// handshake (nil, nil: silence), then restores ctx's deadline on conn.
func tlsGreeting(ctx context.Context, conn net.Conn) ([]byte, error) {
	gctx, cancel := context.WithTimeout(ctx, tlsGreetingWait)
	b, err := readSome(gctx, conn)
	cancel()
	dl, _ := ctx.Deadline()
	_ = conn.SetDeadline(dl)
	if len(b) == 0 && isSilence(err) && ctx.Err() == nil {
		return nil, nil
	}
	return b, err
}

// handshakeFailed tells a TLS peer that refused the handshake from a peer
// that answered in clear or not at all.
func handshakeFailed(ctx context.Context, rec *recorder, out tlsOutcome, err error) tlsOutcome {
	first := rec.bytes()
	switch {
	case looksTLS(first):
		out.isTLS = true
		out.seen = &TLSSeen{Alert: alertOf(err)}
		out.handshakeErr = err
	case len(first) > 0:
		// The rest of an answer in clear, if it is still coming.
		mctx, cancel := context.WithTimeout(ctx, bannerPause)
		more, _ := readSome(mctx, rec.Conn)
		cancel()
		out.raw = append(first, more...)
	default:
		out.err = err
	}
	return out
}

// alertOf names the alert a server refused the handshake with.
func alertOf(err error) string {
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Op == "remote error" && oe.Err != nil {
		return strings.TrimPrefix(oe.Err.Error(), "tls: ")
	}
	return ""
}

// httpRequest is discovery's GET /.
func httpRequest(version, host string) string {
	req := "GET / " + version + "\r\n"
	if host != "" {
		req += "Host: " + host + "\r\n"
	}
	if version == "HTTP/1.1" {
		req += "Connection: close\r\n"
	}
	return req + "User-Agent: conformscan\r\nAccept: */*\r\n\r\n"
}

// recorder keeps the first bytes read through it.
type recorder struct {
	net.Conn
	buf []byte
}

func (r *recorder) Read(p []byte) (int, error) {
	n, err := r.Conn.Read(p)
	if room := maxBanner - len(r.buf); room > 0 {
		r.buf = append(r.buf, p[:min(n, room)]...)
	}
	return n, err
}

func (r *recorder) bytes() []byte { return r.buf }
