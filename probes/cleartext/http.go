package cleartext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/net/html"

	"conformscan/probes"
)

// HTTP bounds.
const (
	maxRedirects   = 3
	maxHeaderBytes = 64 << 10
	maxHTMLTokens  = 200000
	maxSchemes     = 16
)

// httpAuthInClear are the WWW-Authenticate schemes that send credentials
// (or a reusable proof of them) with every request: over plain HTTP they
// cross in clear.
var httpAuthInClear = map[string]bool{"Basic": true, "Digest": true, "NTLM": true, "Negotiate": true, "Bearer": true}

// probeHTTP sends GET / in plain HTTP, follows at most three redirects that
// stay on the same host in plain HTTP, and records the status, the
// authentication schemes asked for, and whether the page holds a password
// field. A redirect to https:// ends the walk.
func probeHTTP(ctx context.Context, endpoint string, o *Options, f *Facts) error {
	hctx, cancel := context.WithDeadline(ctx, o.deadline(ctx))
	defer cancel()
	host, _, err := net.SplitHostPort(endpoint)
	if err != nil {
		return &probes.Error{Kind: probes.KindApplication, Op: "HTTP GET", Err: fmt.Errorf("endpoint %q is not host:port: %w", endpoint, err)}
	}
	sniff := &firstBytes{}
	tr := &http.Transport{
		Proxy: nil, // never a proxy from the environment: the probe talks to the target only
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := o.Dial(ctx, network, addr)
			if err != nil || !sniff.claim() {
				return c, err
			}
			return &sniffConn{Conn: c, s: sniff}, nil
		},
		DisableKeepAlives:      true,
		DisableCompression:     true,
		ResponseHeaderTimeout:  o.Timeout,
		MaxResponseHeaderBytes: maxHeaderBytes,
		ForceAttemptHTTP2:      false,
	}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

	u := &url.URL{Scheme: "http", Host: endpoint, Path: "/"}
	page := &HTTPPage{}
	var body []byte
	for hop := 0; ; hop++ {
		resp, b, err := httpGet(hctx, client, u, f)
		if hop == 0 && (sniff.tls() || (err == nil && tlsOnlyAnswer(resp.StatusCode, b))) {
			f.Cleartext, f.AuthInClear = false, boolp(false)
			f.note("the port answers in TLS, not in plain HTTP: it is an HTTPS endpoint (judged by the TLS checks)")
			return nil
		}
		if err != nil {
			if hop > 0 {
				f.note("following the redirect to %s failed: %v", u, err)
				f.HTTP = page
				return err
			}
			return err
		}
		f.Cleartext = true
		*page = HTTPPage{URL: u.String(), Status: resp.StatusCode, Server: clipText(printable(resp.Header.Get("Server")), 120), Redirects: page.Redirects}
		body = b
		if len(b) > maxBody {
			body, page.BodyTruncated = b[:maxBody], true
		}
		loc := resp.Header.Get("Location")
		if resp.StatusCode < 300 || resp.StatusCode > 399 || loc == "" {
			page.WWWAuthenticate, page.Realm = parseWWWAuthenticate(resp.Header.Values("WWW-Authenticate"))
			break
		}
		page.Location = clipText(printable(loc), 300)
		next, err := u.Parse(strings.TrimSpace(loc))
		if err != nil {
			f.note("Location %q is not a URL: %v", clipText(loc, 120), err)
			break
		}
		if strings.EqualFold(next.Scheme, "https") {
			page.RedirectsToHTTPS = true
			break
		}
		if !strings.EqualFold(next.Scheme, "http") || !strings.EqualFold(next.Hostname(), host) {
			f.note("redirect to %s not followed: the probe stays on the target host in plain HTTP", clipText(next.String(), 160))
			break
		}
		if hop >= maxRedirects {
			f.note("more than %d plain-HTTP redirects: stopped at %s", maxRedirects, u)
			break
		}
		if next.Port() == "" {
			next.Host = net.JoinHostPort(next.Hostname(), "80")
		}
		page.Redirects = append(page.Redirects, fmt.Sprintf("%d %s -> %s", resp.StatusCode, u, clipText(next.String(), 160)))
		u = next
	}
	f.HTTP = page
	if !page.RedirectsToHTTPS && (page.Status < 300 || page.Status > 399) {
		p := parsePage(body)
		page.Title, page.PasswordField, page.FormAction, page.PasswordInput = p.Title, p.PasswordField, p.FormAction, p.PasswordInput
		if p.PasswordInput != "" {
			f.log("<", "(body) "+p.PasswordInput)
		}
		if p.Title != "" {
			f.log("<", "(body) <title>"+p.Title+"</title>")
		}
	}
	judgeHTTP(page, f)
	return nil
}

// judgeHTTP sets AuthInClear from the page.
func judgeHTTP(page *HTTPPage, f *Facts) {
	f.AuthMechanisms = append([]string(nil), page.WWWAuthenticate...)
	if page.PasswordField {
		f.via(ViaPasswordField)
		f.AuthMechanisms = append([]string{"form"}, f.AuthMechanisms...)
		if strings.HasPrefix(strings.ToLower(page.FormAction), "https://") {
			f.note("the login form posts to %s: the page itself is served in clear and can be altered on the way", clipText(page.FormAction, 160))
		}
	}
	for _, s := range page.WWWAuthenticate {
		if httpAuthInClear[s] {
			f.via(ViaHTTPAuth)
		}
	}
	switch {
	case len(f.AuthVia) > 0:
		f.AuthInClear = boolp(true)
	case page.Status >= 300 && page.Status <= 399 && !page.RedirectsToHTTPS && len(page.Redirects) >= maxRedirects:
		// The walk stopped before a final page: unknown.
	default:
		f.AuthInClear = boolp(false)
	}
}

// firstBytes keeps the first bytes the server sent on the first
// connection, to recognise a TLS record.
type firstBytes struct {
	mu      sync.Mutex
	claimed bool
	b       []byte
}

// claim is true for the first connection only.
func (s *firstBytes) claim() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	first := !s.claimed
	s.claimed = true
	return first
}

func (s *firstBytes) add(p []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := 5 - len(s.b); n > 0 {
		if n > len(p) {
			n = len(p)
		}
		s.b = append(s.b, p[:n]...)
	}
}

// tls tells whether the server started with a TLS record header (alert or
// handshake, version 3.x): it answered a plain request in TLS.
func (s *firstBytes) tls() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.b) >= 3 && (s.b[0] == 0x15 || s.b[0] == 0x16) && s.b[1] == 0x03 && s.b[2] <= 0x04
}

type sniffConn struct {
	net.Conn
	s *firstBytes
}

func (c *sniffConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.s.add(p[:n])
	}
	return n, err
}

// tlsOnlyAnswer recognises the answer of a TLS server to a plain request
// (nginx's, Go's, Apache's).
func tlsOnlyAnswer(status int, body []byte) bool {
	if status != 400 {
		return false
	}
	b := bytes.ToLower(body)
	for _, k := range []string{"plain http request was sent to https port", "client sent an http request to an https server", "speaking plain http to an ssl-enabled server port"} {
		if bytes.Contains(b, []byte(k)) {
			return true
		}
	}
	return false
}

// httpGet sends one GET and reads at most maxBody+1 bytes of the body.
func httpGet(ctx context.Context, client *http.Client, u *url.URL, f *Facts) (*http.Response, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, &probes.Error{Kind: probes.KindApplication, Op: "HTTP GET", Err: err}
	}
	req.Header.Set("User-Agent", "conformscan (cleartext probe)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
	f.log(">", "GET "+u.RequestURI()+" HTTP/1.1 (Host: "+u.Host+")")
	resp, err := client.Do(req)
	if err != nil {
		return nil, nil, httpError(err)
	}
	defer resp.Body.Close()
	f.log("<", resp.Proto+" "+resp.Status)
	for _, h := range []string{"Server", "Location", "WWW-Authenticate"} {
		for i, v := range resp.Header.Values(h) {
			if i >= 3 {
				break
			}
			f.log("<", h+": "+v)
		}
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxBody+1))
	if err != nil {
		f.note("body read interrupted after %d bytes: %v", len(b), err)
	}
	return resp, b, nil
}

// httpError classifies an HTTP client error: network errors keep their
// kind, the rest (malformed status line, oversized headers) is a protocol
// error.
func httpError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if k := probes.Classify("HTTP GET", err); k != probes.KindUnknown {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("connection closed before a complete HTTP answer: %w", err)
		} else {
			err = readErr(err)
		}
		return probes.Wrap("HTTP GET", err)
	}
	return probes.Protocol("HTTP GET", "not a valid HTTP answer: %v", err)
}

// pageFacts is what parsePage finds in an HTML body.
type pageFacts struct {
	Title         string
	PasswordField bool
	FormAction    string
	PasswordInput string
}

// parsePage tokenizes an HTML body for its title and the first
// <input type="password"> with the action of its form.
func parsePage(body []byte) pageFacts {
	var p pageFacts
	z := html.NewTokenizer(bytes.NewReader(body))
	z.SetMaxBuf(maxBody + 1024)
	inTitle, titleDone := false, false
	var title strings.Builder
	formAction, inForm := "", false
	for n := 0; n < maxHTMLTokens; n++ {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			p.Title = clipText(strings.Join(strings.Fields(title.String()), " "), 200)
			return p
		case html.TextToken:
			if inTitle && title.Len() < 1024 {
				title.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			raw := string(z.Raw())
			name, hasAttr := z.TagName()
			switch string(name) {
			case "title":
				if !titleDone && tt == html.StartTagToken {
					inTitle = true
				}
			case "form":
				inForm, formAction = true, ""
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					if string(k) == "action" {
						formAction = strings.TrimSpace(string(v))
					}
				}
			case "input":
				if p.PasswordField {
					break
				}
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					if string(k) == "type" && strings.EqualFold(strings.TrimSpace(string(v)), "password") {
						p.PasswordField = true
						p.PasswordInput = clipText(printable(raw), 200)
						if inForm {
							p.FormAction = clipText(printable(formAction), 200)
						}
					}
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "title":
				if inTitle {
					inTitle, titleDone = false, true
				}
			case "form":
				inForm = false
			}
		}
	}
	p.Title = clipText(strings.Join(strings.Fields(title.String()), " "), 200)
	return p
}

// parseWWWAuthenticate reads the schemes of WWW-Authenticate header values
// (RFC 9110 section 11.6.1): challenges are separated by commas like their
// parameters; a new challenge starts with a token that is not followed by
// "=". It also returns the first realm.
func parseWWWAuthenticate(values []string) (schemes []string, realm string) {
	seen := map[string]bool{}
	for _, v := range values {
		for _, el := range splitQuoted(v) {
			el = strings.TrimSpace(el)
			if el == "" {
				continue
			}
			tok, rest := leadingToken(el)
			if tok == "" {
				continue
			}
			afterTok := strings.TrimLeft(rest, " \t")
			if strings.HasPrefix(afterTok, "=") {
				// auth-param of the current challenge.
				if realm == "" && strings.EqualFold(tok, "realm") {
					realm = clipText(printable(unquote(strings.TrimSpace(afterTok[1:]))), 120)
				}
				continue
			}
			s := canonicalScheme(tok)
			if !seen[s] && len(schemes) < maxSchemes {
				seen[s] = true
				schemes = append(schemes, s)
			}
			// The first auth-param may follow the scheme.
			if k, val, ok := strings.Cut(strings.TrimSpace(rest), "="); ok && realm == "" && strings.EqualFold(strings.TrimSpace(k), "realm") {
				realm = clipText(printable(unquote(strings.TrimSpace(val))), 120)
			}
		}
	}
	return schemes, realm
}

// splitQuoted splits s at commas outside double quotes (with backslash
// escapes inside quotes), at most 64 elements.
func splitQuoted(s string) []string {
	var out []string
	start, inQ, esc := 0, false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case esc:
			esc = false
		case inQ && c == '\\':
			esc = true
		case c == '"':
			inQ = !inQ
		case c == ',' && !inQ:
			out = append(out, s[start:i])
			start = i + 1
			if len(out) >= 64 {
				return out
			}
		}
	}
	return append(out, s[start:])
}

// leadingToken splits an HTTP token (RFC 9110 tchar) off s.
func leadingToken(s string) (string, string) {
	i := 0
	for i < len(s) && isTchar(s[i]) {
		i++
	}
	return s[:i], s[i:]
}

func isTchar(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

func unquote(s string) string {
	if len(s) >= 2 && s[0] == '"' {
		if u, err := strconv.Unquote(s); err == nil {
			return u
		}
		s = strings.TrimPrefix(s, `"`)
		if i := strings.IndexByte(s, '"'); i >= 0 {
			s = s[:i]
		}
	}
	return s
}

// canonicalScheme spells the known schemes the usual way and keeps others
// as sent (clipped).
func canonicalScheme(s string) string {
	for _, k := range []string{"Basic", "Digest", "NTLM", "Negotiate", "Bearer", "Kerberos", "Mutual", "HOBA", "SCRAM-SHA-256", "AWS4-HMAC-SHA256"} {
		if strings.EqualFold(s, k) {
			return k
		}
	}
	return clipText(s, 40)
}
