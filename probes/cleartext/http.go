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
	maxSchemes     = 16
	// maxFormScan bounds the body bytes searched for a password field; the
	// probe's deadline bounds the time.
	maxFormScan = 4 << 20
	// maxHead is the start of the body kept to recognise a TLS server's
	// answer to a plain request.
	maxHead = 4 << 10
)

// Values of HTTPPage.FormSearch.
const (
	FormSearchFound      = "found"
	FormSearchComplete   = "complete"
	FormSearchIncomplete = "incomplete"
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
	client, tr := plainClient(o, sniff)
	defer tr.CloseIdleConnections()

	u := &url.URL{Scheme: "http", Host: endpoint, Path: "/"}
	page := &HTTPPage{}
	var body bodyScan
	for hop := 0; ; hop++ {
		resp, b, err := httpGet(hctx, client, u, f)
		if hop == 0 && (sniff.tls() || (err == nil && tlsOnlyAnswer(resp.StatusCode, b.head))) {
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
		if u = nextHop(u, resp, host, hop, page, f); u == nil {
			break
		}
	}
	f.HTTP = page
	if !page.RedirectsToHTTPS && (page.Status < 300 || page.Status > 399) {
		body.record(page, f)
	}
	judgeHTTP(page, f)
	return nil
}

// plainClient speaks plain HTTP to the target only: no proxy from the
// environment, no redirect followed by itself, no compression; sniff
// keeps the first bytes of the first connection.
func plainClient(o *Options, sniff *firstBytes) (*http.Client, *http.Transport) {
	tr := &http.Transport{
		Proxy: nil,
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
	client := &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return client, tr
}

// nextHop records the answer's redirect in page and returns where it
// leads, or nil when the walk ends here: a final answer, a redirect to
// HTTPS, to another host, or one hop too many.
func nextHop(u *url.URL, resp *http.Response, host string, hop int, page *HTTPPage, f *Facts) *url.URL {
	loc := resp.Header.Get("Location")
	if resp.StatusCode < 300 || resp.StatusCode > 399 || loc == "" {
		page.WWWAuthenticate, page.Realm = parseWWWAuthenticate(resp.Header.Values("WWW-Authenticate"))
		return nil
	}
	page.Location = clipText(printable(loc), 300)
	next, err := u.Parse(strings.TrimSpace(loc))
	switch {
	case err != nil:
		f.note("Location %q is not a URL: %v", clipText(loc, 120), err)
		return nil
	case strings.EqualFold(next.Scheme, "https"):
		page.RedirectsToHTTPS = true
		return nil
	case !strings.EqualFold(next.Scheme, "http") || !strings.EqualFold(next.Hostname(), host):
		f.note("redirect to %s not followed: the probe stays on the target host in plain HTTP", clipText(next.String(), 160))
		return nil
	case hop >= maxRedirects:
		f.note("more than %d plain-HTTP redirects: stopped at %s", maxRedirects, u)
		return nil
	}
	if next.Port() == "" {
		next.Host = net.JoinHostPort(next.Hostname(), "80")
	}
	page.Redirects = append(page.Redirects, fmt.Sprintf("%d %s -> %s", resp.StatusCode, u, clipText(next.String(), 160)))
	return next
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
	case page.FormSearch == FormSearchIncomplete:
		// A password field may come further down: unknown, not clean.
		f.note("password field search incomplete after %d bytes of the page: %s", page.BodyScanned, page.FormSearchStop)
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

// httpGet sends one GET and searches the body of a final answer (not a
// redirect) for a password field, in a stream bounded by maxFormScan and
// by ctx's deadline.
func httpGet(ctx context.Context, client *http.Client, u *url.URL, f *Facts) (*http.Response, bodyScan, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, bodyScan{}, &probes.Error{Kind: probes.KindApplication, Op: "HTTP GET", Err: err}
	}
	req.Header.Set("User-Agent", "conformscan (cleartext probe)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
	f.log(">", "GET "+u.RequestURI()+" HTTP/1.1 (Host: "+u.Host+")")
	resp, err := client.Do(req)
	if err != nil {
		return nil, bodyScan{}, httpError(err)
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
	if resp.StatusCode >= 300 && resp.StatusCode <= 399 {
		return resp, bodyScan{}, nil
	}
	return resp, scanBody(ctx, resp.Body), nil
}

// bodyScan is what a streamed search of an HTTP body found.
type bodyScan struct {
	head    []byte // the first maxHead bytes
	page    pageFacts
	scanned int64  // body bytes searched
	stop    string // why the search stopped before the end; "" if it did not
}

// scanBody searches body for a password field, up to maxFormScan bytes
// and ctx's deadline, and says why it stopped if it did not reach the end.
func scanBody(ctx context.Context, body io.Reader) bodyScan {
	cr := &countingReader{r: io.LimitReader(body, maxFormScan+1)}
	p, err := scanPage(cr)
	s := bodyScan{head: cr.head, page: p, scanned: min(cr.n, maxFormScan)}
	switch {
	case p.PasswordField || (errors.Is(err, io.EOF) && cr.n <= maxFormScan):
	case cr.n > maxFormScan:
		s.stop = fmt.Sprintf("the body is longer than the %d bytes the probe reads", maxFormScan)
	case ctx.Err() != nil:
		s.stop = "the probe's deadline (--probe-timeout) came before the end of the body"
	case errors.Is(err, html.ErrBufferExceeded):
		s.stop = fmt.Sprintf("an HTML token is longer than %d bytes", maxFormScan)
	default:
		s.stop = fmt.Sprintf("the body could not be read to its end: %v", readErr(err))
	}
	return s
}

// record copies the search's findings into the page facts.
func (s bodyScan) record(page *HTTPPage, f *Facts) {
	p := s.page
	page.Title, page.PasswordField, page.FormAction, page.PasswordInput = p.Title, p.PasswordField, p.FormAction, p.PasswordInput
	page.BodyScanned = s.scanned
	switch {
	case p.PasswordField:
		page.FormSearch = FormSearchFound
	case s.stop != "":
		page.FormSearch, page.FormSearchStop = FormSearchIncomplete, s.stop
		page.BodyTruncated = s.scanned >= maxFormScan
	default:
		page.FormSearch = FormSearchComplete
	}
	if p.PasswordInput != "" {
		f.log("<", "(body) "+p.PasswordInput)
	}
	if p.Title != "" {
		f.log("<", "(body) <title>"+p.Title+"</title>")
	}
}

// countingReader counts the bytes read and keeps the first maxHead.
type countingReader struct {
	r    io.Reader
	n    int64
	head []byte
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if k := min(n, maxHead-len(c.head)); k > 0 {
		c.head = append(c.head, p[:k]...)
	}
	c.n += int64(n)
	return n, err
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
	p, _ := scanPage(bytes.NewReader(body))
	return p
}

// scanPage tokenizes HTML as it streams from r, for its title and the
// first <input type="password"> with the action of its form. It stops at
// that field (with a nil error) or at the end of r (with the reader's
// error: io.EOF when r ended cleanly). Tokens may span any number of
// reads; memory is bounded by the longest token.
func scanPage(r io.Reader) (pageFacts, error) {
	z := html.NewTokenizer(r)
	z.SetMaxBuf(maxFormScan + 1024)
	var ps pageScanner
	for !ps.p.PasswordField {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return ps.facts(), z.Err()
		case html.TextToken:
			if ps.inTitle && ps.title.Len() < 1024 {
				ps.title.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			ps.startTag(z, tt)
		case html.EndTagToken:
			ps.endTag(z)
		}
	}
	return ps.facts(), nil
}

// pageScanner is the state of scanPage between tokens.
type pageScanner struct {
	p                  pageFacts
	inTitle, titleDone bool
	title              strings.Builder
	formAction         string
	inForm             bool
}

func (ps *pageScanner) facts() pageFacts {
	ps.p.Title = clipText(strings.Join(strings.Fields(ps.title.String()), " "), 200)
	return ps.p
}

func (ps *pageScanner) startTag(z *html.Tokenizer, tt html.TokenType) {
	raw := string(z.Raw())
	name, hasAttr := z.TagName()
	switch string(name) {
	case "title":
		if !ps.titleDone && tt == html.StartTagToken {
			ps.inTitle = true
		}
	case "form":
		ps.inForm, ps.formAction = true, ""
		for hasAttr {
			var k, v []byte
			k, v, hasAttr = z.TagAttr()
			if string(k) == "action" {
				ps.formAction = strings.TrimSpace(string(v))
			}
		}
	case "input":
		for hasAttr && !ps.p.PasswordField {
			var k, v []byte
			k, v, hasAttr = z.TagAttr()
			if string(k) == "type" && strings.EqualFold(strings.TrimSpace(string(v)), "password") {
				ps.p.PasswordField = true
				ps.p.PasswordInput = clipText(printable(raw), 200)
				if ps.inForm {
					ps.p.FormAction = clipText(printable(ps.formAction), 200)
				}
			}
		}
	}
}

func (ps *pageScanner) endTag(z *html.Tokenizer) {
	name, _ := z.TagName()
	switch string(name) {
	case "title":
		if ps.inTitle {
			ps.inTitle, ps.titleDone = false, true
		}
	case "form":
		ps.inForm = false
	}
}

// parseWWWAuthenticate reads the schemes of WWW-Authenticate header values
// (RFC 9110 section 11.6.1): challenges are separated by commas like their
// parameters; a new challenge starts with a token that is not followed by
// "=". It also returns the first realm.
func parseWWWAuthenticate(values []string) (schemes []string, realm string) {
	seen := map[string]bool{}
	for _, v := range values {
		for _, el := range SplitQuoted(v) {
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

// SplitQuoted splits s at commas outside double quotes (with backslash
// escapes inside quotes), at most 64 elements: an HTTP header list such as
// WWW-Authenticate.
func SplitQuoted(s string) []string {
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
