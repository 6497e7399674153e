package creds

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"sort"
	"strings"
)

// Bots is what a web login page shows against automated logins (ref 5.9).
// It is read with one GET, no credentials sent.
type Bots struct {
	URL string `json:"url"`
	// PasswordForm: the page holds an <input type="password">.
	PasswordForm bool `json:"password_form"`
	// Signals are the anti-automation signs seen: CAPTCHA widgets or
	// fields, rate-limit headers.
	Signals []string `json:"signals"`
}

// botMarkers are the body patterns of CAPTCHA widgets and fields.
var botMarkers = regexp.MustCompile(`(?i)(g-recaptcha|recaptcha/api|h-captcha|hcaptcha\.com|cf-turnstile|challenges\.cloudflare\.com|friendlycaptcha|name=["']?[a-z_-]*captcha)`)

var passwordInput = regexp.MustCompile(`(?i)<input[^>]+type=["']?password`)

// botHeaders are the rate-limit headers looked for.
func botHeaders() []string {
	return []string{"RateLimit-Limit", "RateLimit-Policy", "X-RateLimit-Limit", "X-Rate-Limit-Limit", "Retry-After"}
}

// lookForBots fetches url (following at most three redirects on the same
// host) and reads the first 512 KiB of the page for anti-automation signs.
func lookForBots(ctx context.Context, c *http.Client, url string) (*Bots, error) {
	follow := *c
	follow.CheckRedirect = func(r *http.Request, via []*http.Request) error {
		if len(via) >= 3 || r.URL.Host != via[0].URL.Host {
			return http.ErrUseLastResponse
		}
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("building the request: %w", err)
	}
	req.Header.Set("User-Agent", "conformscan")
	resp, err := follow.Do(req)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", url, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 512<<10))
	b := ScanBots(string(body), resp.Header)
	b.URL = resp.Request.URL.String()
	return b, nil
}

// ScanBots reads a page and its headers for a password form and
// anti-automation signs.
func ScanBots(body string, h http.Header) *Bots {
	b := &Bots{PasswordForm: passwordInput.MatchString(body), Signals: []string{}}
	seen := map[string]bool{}
	for _, m := range botMarkers.FindAllString(body, 8) {
		seen["CAPTCHA: "+strings.ToLower(m)] = true
	}
	for _, name := range botHeaders() {
		if v := h.Get(name); v != "" {
			seen[name+": "+clip(v)] = true
		}
	}
	for s := range seen {
		b.Signals = append(b.Signals, s)
	}
	sort.Strings(b.Signals)
	return b
}
