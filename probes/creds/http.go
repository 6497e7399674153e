package creds

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strings"
)

// httpClient talks to one web endpoint: no redirect followed, no
// connection kept (every try is its own connection), certificates not
// checked (a login test, not a TLS one: the tls probe judges those).
func httpClient(dial dialFunc) *http.Client {
	tr := &http.Transport{
		DialContext:       func(ctx context.Context, n, a string) (net.Conn, error) { return dial(ctx, n, a) },
		TLSClientConfig:   &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // login test only
		DisableKeepAlives: true,
		Proxy:             nil,
	}
	return &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// httpChallenge fetches url without credentials: a 401 with a Basic (or
// else an answerable Digest) challenge makes it testable; it returns the
// scheme, "basic" or "digest".
func httpChallenge(ctx context.Context, c *http.Client, url string) (string, error) {
	resp, err := httpGet(ctx, c, url, nil)
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusUnauthorized {
		return "", notTestable(fmt.Sprintf("%s répond %d / %s answers %d", url, resp.StatusCode, url, resp.StatusCode))
	}
	scheme := ""
	for _, h := range resp.Header.Values("WWW-Authenticate") {
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(h)), "basic") {
			return "basic", nil
		}
		if _, ok := ParseDigestChallenge(h); ok {
			scheme = "digest"
		}
	}
	if scheme == "" {
		return "", notTestable(url + " : 401 sans défi Basic ni Digest utilisable (NTLM, Negotiate non testés) / " + url + ": 401 without a usable Basic or Digest challenge (NTLM, Negotiate not tried)")
	}
	return scheme, nil
}

// httpLogin tries one pair by scheme on the URL that answered 401
// without credentials: 2xx confirms it, 401 refuses it. Any other answer
// (403: authenticated but not authorised, as Tomcat's manager answers an
// account without the manager-gui role; a redirect; an error page) says
// the credentials changed something: a partial acceptance, which the
// negative control decides (401 for a random password: the password was
// accepted; the same answer: no verdict). Digest first fetches a fresh
// challenge (a GET without credentials, not a login try).
func httpLogin(c *http.Client, url, scheme string) loginFunc {
	return func(ctx context.Context, user, password string) Outcome {
		auth, err := httpAuthorization(ctx, c, url, scheme, user, password)
		if err != nil {
			return notSent(err)
		}
		resp, err := httpGet(ctx, c, url, func(r *http.Request) { r.Header.Set("Authorization", auth) })
		if err != nil {
			return unknown(true, err)
		}
		return httpJudge(url, scheme, resp.StatusCode)
	}
}

// httpJudge reads the status answered to credentials on a URL that
// answered 401 without.
func httpJudge(url, scheme string, code int) Outcome {
	switch {
	case code >= 200 && code < 300:
		return accepted(fmt.Sprintf("%s répond %d avec ces identifiants (%s), 401 sans / %s answers %d with them (%s), 401 without",
			url, code, scheme, url, code, scheme))
	case code == http.StatusUnauthorized:
		return refusedWith("HTTP 401")
	case slices.Contains(httpNotJudged(), code):
		return unknownf(true, "%s answered %d to a login try: the server did not judge the credentials (rate limit or gateway)", url, code)
	case code >= 100 && code < 600:
		return acceptedPartial(fmt.Sprintf("%s répond %d avec ces identifiants (%s), 401 sans / %s answers %d with them (%s), 401 without",
			url, code, scheme, url, code, scheme),
			fmt.Sprintf("authentifié mais pas autorisé (%d au lieu de 401) / authenticated but not authorised (%d instead of 401)", code, code))
	}
	return unknownf(true, "%s answered status %d to a login try: no verdict", url, code)
}

// httpNotJudged are the statuses that say a request was not judged at
// all (rate limited, gateway down): no verdict, never a partial acceptance.
func httpNotJudged() []int {
	return []int{http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout}
}

func httpAuthorization(ctx context.Context, c *http.Client, url, scheme, user, password string) (string, error) {
	if scheme == "basic" {
		r, _ := http.NewRequest(http.MethodGet, url, nil)
		r.SetBasicAuth(user, password)
		return r.Header.Get("Authorization"), nil
	}
	resp, err := httpGet(ctx, c, url, nil)
	if err != nil {
		return "", err
	}
	for _, h := range resp.Header.Values("WWW-Authenticate") {
		if ch, ok := ParseDigestChallenge(h); ok {
			return ch.authorization(user, password, resp.Request.URL.RequestURI(), newCnonce()), nil
		}
	}
	return "", fmt.Errorf("%s no longer sends a Digest challenge (%d)", url, resp.StatusCode)
}

func httpGet(ctx context.Context, c *http.Client, url string, with func(*http.Request)) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("building the request: %w", err)
	}
	req.Header.Set("User-Agent", "conformscan")
	if with != nil {
		with(req)
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", url, err)
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxExchange))
	_ = resp.Body.Close()
	return resp, nil
}

// consolePaths are where web consoles commonly ask for Basic credentials,
// tried in order (one GET without credentials each) until one challenges.
func consolePaths() []string {
	return []string{"/", "/manager/html", "/host-manager/html", "/admin/"}
}

// findChallenge returns the first console URL of base that answers 401
// with a Basic or Digest challenge, and the scheme; a not-testable error names what was seen.
func findChallenge(ctx context.Context, c *http.Client, p *pacer, base string) (url, scheme string, err error) {
	var seen []string
	for _, path := range consolePaths() {
		if err := p.wait(ctx); err != nil {
			return "", "", err
		}
		scheme, err := httpChallenge(ctx, c, base+path)
		if err == nil {
			return base + path, scheme, nil
		}
		var nt *notTestableError
		if !errors.As(err, &nt) {
			return "", "", err
		}
		seen = append(seen, nt.why)
	}
	fr, en := splitPairs(seen)
	return "", "", notTestable("aucune demande d'authentification Basic ou Digest : " + fr + " / no Basic or Digest challenge: " + en)
}

// splitPairs joins the French and English halves of "fr / en" texts.
func splitPairs(texts []string) (string, string) {
	var fr, en []string
	for _, t := range texts {
		a, b, ok := strings.Cut(t, " / ")
		if !ok {
			b = a
		}
		fr, en = append(fr, a), append(en, b)
	}
	return strings.Join(fr, " ; "), strings.Join(en, "; ")
}
