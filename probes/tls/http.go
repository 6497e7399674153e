package tls

// HTTP facts of HTTPS endpoints: status, HSTS, WWW-Authenticate, and the
// plain-HTTP redirect.

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	ztls "github.com/zmap/zcrypto/tls"

	"conformscan/probes"
)

const (
	// maxHTTPHeader bounds the response header size.
	maxHTTPHeader = 64 << 10
	// defaultHTTPTimeout applies when ctx has no deadline.
	defaultHTTPTimeout = 15 * time.Second
)

// ProbeHTTP sends GET / over TLS to endpoint (host:port) and records the
// status, the Strict-Transport-Security header and the WWW-Authenticate
// challenges (bounded). Redirects are not
// followed and the certificate is not verified (trust is judged from the
// chain facts). When the TLS port is 443, plain HTTP on port 80 of the same
// host is tried too, and the plain fields are filled when it answers.
// opts.Dial (when set) opens the TLS connections; SNI is sni, and the Host
// header is sni (or the endpoint host) with the port unless it is 443. A
// partial result may come with an error.
func ProbeHTTP(ctx context.Context, endpoint string, sni string, opts Options) (*HTTPFacts, error) {
	host, port, err := net.SplitHostPort(endpoint)
	if err != nil {
		return nil, inputError("http probe", "endpoint %q is not host:port: %w", endpoint, err)
	}
	if opts.StartTLS != "" {
		return nil, inputError("http probe", "endpoint %s uses STARTTLS %s, not HTTPS", endpoint, opts.StartTLS)
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, defaultHTTPTimeout)
		defer cancel()
	}
	dial := opts.Dial
	if dial == nil {
		d := &net.Dialer{}
		dial = func(ctx context.Context) (net.Conn, error) { return d.DialContext(ctx, "tcp", endpoint) }
	}
	tr := httpsTransport(dial, sni, opts.ConnTimeout)
	defer tr.CloseIdleConnections()
	facts := &HTTPFacts{}
	status, hdr, err := httpGet(ctx, tr, "https://"+net.JoinHostPort(host, port)+"/", httpHostHeader(host, port, sni))
	var httpsErr error
	if err != nil {
		httpsErr = &probes.Error{Kind: classify(err, false), Op: "GET / over TLS", Endpoint: endpoint, Err: err}
	} else {
		httpsHeaders(facts, status, hdr)
	}
	if port == "443" {
		plainFacts(ctx, facts, host, sni, opts.ConnTimeout)
	}
	if httpsErr != nil {
		if facts.PlainEndpoint == "" {
			return nil, httpsErr
		}
		return facts, httpsErr
	}
	return facts, nil
}

// httpsHeaders records the status, HSTS and WWW-Authenticate of the
// answer to GET / over TLS.
func httpsHeaders(facts *HTTPFacts, status int, hdr http.Header) {
	facts.HTTPSStatus = status
	if v := hdr.Values("Strict-Transport-Security"); len(v) > 0 {
		// RFC 6797 8.1: only the first header is processed.
		facts.HSTS = v[0]
		facts.HSTSMaxAge, facts.HSTSSubdomains = parseHSTS(v[0])
	}
	facts.WWWAuthenticate = boundedValues(hdr.Values("WWW-Authenticate"), maxAuthValues, maxAuthValueLen)
}

// Bounds of the WWW-Authenticate values kept.
const (
	maxAuthValues   = 8
	maxAuthValueLen = 256
)

// boundedValues keeps at most n values, each clipped to size bytes with
// control and non-ASCII bytes replaced by '?'.
func boundedValues(values []string, n, size int) []string {
	var out []string
	for _, v := range values {
		if len(out) == n {
			break
		}
		if len(v) > size {
			v = v[:size]
		}
		b := []byte(strings.TrimSpace(v))
		for i, c := range b {
			if c < 0x20 || c > 0x7e {
				b[i] = '?'
			}
		}
		out = append(out, string(b))
	}
	return out
}

// httpHostHeader is the Host header of ProbeHTTP: sni (or the endpoint
// host), with the port unless it is 443.
func httpHostHeader(host, port, sni string) string {
	hostHeader := sni
	if hostHeader == "" {
		hostHeader = host
	}
	if port != "443" {
		hostHeader = net.JoinHostPort(hostHeader, port)
	} else if strings.Contains(hostHeader, ":") {
		hostHeader = "[" + hostHeader + "]"
	}
	return hostHeader
}

// httpsTransport sends one request per TLS connection opened by dial,
// without compression, HTTP/2 or proxy.
func httpsTransport(dial DialFunc, sni string, connTimeout time.Duration) *http.Transport {
	return &http.Transport{
		DialTLSContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return dialTLSForHTTP(ctx, dial, sni)
		},
		DisableKeepAlives:      true,
		DisableCompression:     true,
		ResponseHeaderTimeout:  responseHeaderTimeout(connTimeout),
		MaxResponseHeaderBytes: maxHTTPHeader,
		ForceAttemptHTTP2:      false,
		Proxy:                  nil,
	}
}

// plainFacts fills the plain fields of facts when plain HTTP on port 80
// of host answers.
func plainFacts(ctx context.Context, facts *HTTPFacts, host, sni string, timeout time.Duration) {
	plain := net.JoinHostPort(host, "80")
	pStatus, loc, toHTTPS, perr := probePlainHTTP(ctx, plain, sni, timeout)
	if perr == nil {
		facts.PlainEndpoint = plain
		facts.PlainStatus = pStatus
		facts.PlainLocation = loc
		facts.PlainRedirectsToHTTPS = &toHTTPS
	}
}

// ProbePlainHTTP sends GET / in plain HTTP to endpoint (host:port) without
// following redirects, and tells whether the answer is a redirect to an
// https:// URL. A TLS-only port answering an error page (nginx's 400 "plain
// HTTP request was sent to HTTPS port") is reported as such, not as a
// redirect.
func ProbePlainHTTP(ctx context.Context, endpoint string) (status int, location string, redirectsToHTTPS bool, err error) {
	return probePlainHTTP(ctx, endpoint, "", 0)
}

func probePlainHTTP(ctx context.Context, endpoint, hostName string, timeout time.Duration) (int, string, bool, error) {
	host, port, err := net.SplitHostPort(endpoint)
	if err != nil {
		return 0, "", false, inputError("plain http probe", "endpoint %q is not host:port: %w", endpoint, err)
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, defaultHTTPTimeout)
		defer cancel()
	}
	if hostName == "" {
		hostName = host
	}
	hostHeader := hostName
	if port != "80" {
		hostHeader = net.JoinHostPort(hostName, port)
	} else if strings.Contains(hostHeader, ":") {
		hostHeader = "[" + hostHeader + "]"
	}
	d := &net.Dialer{}
	tr := &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return d.DialContext(ctx, "tcp", endpoint)
		},
		DisableKeepAlives:      true,
		DisableCompression:     true,
		ResponseHeaderTimeout:  responseHeaderTimeout(timeout),
		MaxResponseHeaderBytes: maxHTTPHeader,
		Proxy:                  nil,
	}
	defer tr.CloseIdleConnections()
	status, hdr, err := httpGet(ctx, tr, "http://"+endpoint+"/", hostHeader)
	if err != nil {
		return 0, "", false, &probes.Error{Kind: classify(err, false), Op: "GET / over plain HTTP", Endpoint: endpoint, Err: err}
	}
	loc := hdr.Get("Location")
	toHTTPS := status >= 300 && status < 400 && hasPrefixFold(strings.TrimSpace(loc), "https://")
	return status, loc, toHTTPS, nil
}

func responseHeaderTimeout(connTimeout time.Duration) time.Duration {
	if connTimeout <= 0 {
		return 10 * time.Second
	}
	return 2 * connTimeout
}

// httpGet runs one GET and returns the status and headers.
func httpGet(ctx context.Context, tr *http.Transport, url, hostHeader string) (int, http.Header, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, nil, err
	}
	req.Host = hostHeader
	req.Header.Set("User-Agent", "conformscan")
	req.Header.Set("Accept", "*/*")
	client := &http.Client{
		Transport:     tr,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	// Only the status and headers matter: the body is not read (the
	// connection is not reused), so a huge or trickling body costs nothing.
	resp.Body.Close()
	return resp.StatusCode, resp.Header, nil
}

// dialTLSForHTTP opens a TLS connection for net/http: crypto/tls first,
// zcrypto for servers Go cannot talk to. HTTP/1.1 only.
func dialTLSForHTTP(ctx context.Context, dial DialFunc, sni string) (net.Conn, error) {
	conn, stop, err := openConn(ctx, dial)
	if err != nil {
		return nil, err
	}
	tc := tls.Client(conn, &tls.Config{
		ServerName:         sni,
		InsecureSkipVerify: true, // trust is judged by analyzeChain
		MinVersion:         tls.VersionTLS10,
		CipherSuites:       tls12Suites(),
		NextProtos:         []string{"http/1.1"},
	})
	herr := tc.HandshakeContext(ctx)
	if herr == nil {
		return &stopOnClose{Conn: tc, stop: stop}, nil
	}
	stop()
	conn.Close()
	if ctx.Err() != nil || isTimeout(herr) {
		return nil, herr
	}
	conn, stop, err = openConn(ctx, dial)
	if err != nil {
		return nil, err
	}
	zc := ztls.Client(conn, &ztls.Config{
		ServerName:         sni,
		InsecureSkipVerify: true,
		MinVersion:         ztls.VersionTLS10,
		MaxVersion:         ztls.VersionTLS12,
		CipherSuites:       zcryptoSuites(),
		ForceSuites:        true,
	})
	if zerr := safeZHandshake(ctx, zc); zerr != nil {
		stop()
		conn.Close()
		return nil, fmt.Errorf("TLS handshake: crypto/tls: %w; zcrypto: %v", herr, zerr)
	}
	return &stopOnClose{Conn: zc, stop: stop}, nil
}

// stopOnClose releases the ctx watcher of openConn when net/http closes
// the connection.
type stopOnClose struct {
	net.Conn
	stop func()
}

func (c *stopOnClose) Close() error {
	c.stop()
	return c.Conn.Close()
}

func safeZHandshake(ctx context.Context, zc *ztls.Conn) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("zcrypto handshake panicked: %v", r)
		}
	}()
	return zc.HandshakeContext(ctx)
}

// parseHSTS reads max-age and includeSubDomains from a
// Strict-Transport-Security value (RFC 6797 6.1). An invalid or missing
// max-age yields 0.
func parseHSTS(v string) (maxAge int64, includeSubDomains bool) {
	seen := map[string]bool{}
	for _, d := range strings.Split(v, ";") {
		name, val, hasVal := strings.Cut(strings.TrimSpace(d), "=")
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		if seen[name] {
			// RFC 6797: a directive appearing twice makes the header
			// invalid.
			return 0, false
		}
		seen[name] = true
		switch name {
		case "max-age":
			if !hasVal {
				return 0, false
			}
			val = strings.TrimSpace(val)
			if len(val) >= 2 && val[0] == '"' && val[len(val)-1] == '"' {
				val = val[1 : len(val)-1]
			}
			n, err := strconv.ParseInt(val, 10, 64)
			if err != nil {
				var ne *strconv.NumError
				if errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrRange) && val != "" && val[0] != '-' {
					n = 1<<63 - 1
				} else {
					return 0, false
				}
			}
			if n < 0 {
				return 0, false
			}
			maxAge = n
		case "includesubdomains":
			includeSubDomains = true
		}
	}
	if !seen["max-age"] {
		return 0, false
	}
	return maxAge, includeSubDomains
}
