package osdetect

import (
	"bufio"
	"context"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"time"

	"conformscan/probes"
	"conformscan/probes/discovery"
)

const (
	// httpNTLMTimeout bounds the one request sent.
	httpNTLMTimeout = 5 * time.Second
	// maxHTTPNTLMHead bounds the response read (status line and headers).
	maxHTTPNTLMHead = 32 << 10
)

var authOfferRe = regexp.MustCompile(`(?im)^WWW-Authenticate:\s*(NTLM|Negotiate)\b`)

// HTTPAuthOffer returns the scheme (NTLM, preferred, or Negotiate) an HTTP
// response offers in WWW-Authenticate, "" when neither.
func HTTPAuthOffer(resp string) string {
	scheme := ""
	for _, m := range authOfferRe.FindAllStringSubmatch(resp, -1) {
		if strings.EqualFold(m[1], "NTLM") {
			return "NTLM"
		}
		scheme = "Negotiate"
	}
	return scheme
}

// HTTPNTLM sends one GET / to addr (host:port) with an anonymous NTLM
// NEGOTIATE in Authorization (scheme NTLM or Negotiate, over TLS with
// serverName when useTLS) and reads the CHALLENGE of the 401 answer. No
// credentials are sent.
func HTTPNTLM(ctx context.Context, env *probes.Env, addr, serverName, scheme string, useTLS bool) (NTLMInfo, error) {
	ctx, cancel := context.WithTimeout(ctx, httpNTLMTimeout)
	defer cancel()
	conn, err := dialBounded(ctx, env, "tcp", addr)
	if err != nil {
		return NTLMInfo{}, fmt.Errorf("http ntlm %s: %w", addr, err)
	}
	defer conn.Close()
	if useTLS {
		tc := tls.Client(conn, &tls.Config{ServerName: serverName, InsecureSkipVerify: true}) // identification only; the TLS probe judges trust
		if err := tc.HandshakeContext(ctx); err != nil {
			return NTLMInfo{}, fmt.Errorf("http ntlm %s: TLS: %w", addr, err)
		}
		conn = tc
	}
	req := "GET / HTTP/1.1\r\nHost: " + addr + "\r\nAuthorization: " + scheme + " " +
		base64.StdEncoding.EncodeToString(NTLMNegotiate()) + "\r\nConnection: close\r\n\r\n"
	if _, err := io.WriteString(conn, req); err != nil {
		return NTLMInfo{}, fmt.Errorf("http ntlm %s: write: %w", addr, err)
	}
	info, err := readHTTPChallenge(io.LimitReader(conn, maxHTTPNTLMHead))
	if err != nil {
		return NTLMInfo{}, fmt.Errorf("http ntlm %s: %w", addr, err)
	}
	info.Source, info.Endpoint = SourceHTTPNTLM, addr
	return info, nil
}

// readHTTPChallenge reads an HTTP response's head and the NTLM CHALLENGE
// of its WWW-Authenticate header (NTLM or Negotiate, base64).
func readHTTPChallenge(r io.Reader) (NTLMInfo, error) {
	resp, err := http.ReadResponse(bufio.NewReader(r), nil)
	if err != nil {
		return NTLMInfo{}, fmt.Errorf("read response: %w", err)
	}
	_ = resp.Body.Close()
	for _, h := range resp.Header.Values("WWW-Authenticate") {
		scheme, token, ok := strings.Cut(strings.TrimSpace(h), " ")
		if !ok || (!strings.EqualFold(scheme, "NTLM") && !strings.EqualFold(scheme, "Negotiate")) {
			continue
		}
		raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(token))
		if err != nil {
			return NTLMInfo{}, fmt.Errorf("%s token: %w", scheme, err)
		}
		return ParseNTLMChallengeInfo(raw)
	}
	return NTLMInfo{}, errors.New("status " + resp.Status + ": no NTLM challenge in WWW-Authenticate")
}

// httpNTLMOffer returns the scheme discovery's answer on p offers (in
// clear, else inside TLS), and whether it came over TLS.
func httpNTLMOffer(p *discovery.Port) (scheme string, useTLS bool) {
	if s := HTTPAuthOffer(p.Response); s != "" {
		return s, false
	}
	if p.TLSSeen != nil {
		return HTTPAuthOffer(p.TLSSeen.Response), true
	}
	return "", false
}
