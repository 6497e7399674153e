// Package serve is conformscan's read-only web view of a scan history
// (conformscan serve): an overview of every solution's latest decision,
// one run as the HTML report, two runs compared, one ref over time. It
// renders on the server with html/template, works without JavaScript,
// answers GET and HEAD only and never writes to the history.
//
// It reads history and renders with reports; it judges nothing.
//
// It reads the history and renders with reports; it judges nothing: of this
// module it imports history, reports and checks, never a probe or cmd/.
package serve

import (
	"context"
	"net/http"
	"net/netip"
	"time"

	"conformscan/history"
)

// DefaultTimeout bounds each request's handling.
const DefaultTimeout = 30 * time.Second

// Options configure the web view.
type Options struct {
	// Store is the history, opened read-only.
	Store *history.Store
	// TLS says the view is served over TLS: HSTS is sent.
	TLS bool
	// Auth is who may read; its zero value lets everyone in (loopback only,
	// which CheckListen enforces).
	Auth Auth
	// Timeout bounds each request; zero is DefaultTimeout.
	Timeout time.Duration
	// Now is the clock of the login lockout; nil is time.Now.
	Now func() time.Time
}

// Auth says how a reader logs in: Basic authentication against Users, or
// the name a reverse proxy put in ProxyHeader, taken only from a peer in
// TrustedProxies.
type Auth struct {
	Users          Users
	ProxyHeader    string
	TrustedProxies []netip.Prefix
}

// Required tells whether a login is configured.
func (a Auth) Required() bool { return len(a.Users) > 0 || a.ProxyHeader != "" }

// server holds the handlers' dependencies; only the scope cache and the
// login lockout change once made.
type server struct {
	opts   Options
	tmpl   *templates
	scopes *scopeCache
	lock   *lockout
}

// Handler returns the web view: every request is checked (method, login),
// gets the security headers and runs under the timeout.
func Handler(o Options) (http.Handler, error) {
	s, err := newServer(o)
	if err != nil {
		return nil, err
	}
	return s.handler(), nil
}

// Warm is Handler with every run's scope read before it returns, so that
// the first overview is as fast as the next ones.
func Warm(ctx context.Context, o Options) (http.Handler, error) {
	s, err := newServer(o)
	if err != nil {
		return nil, err
	}
	heads, err := o.Store.Heads(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.scopes.fill(ctx, o.Store, heads); err != nil {
		return nil, err
	}
	return s.handler(), nil
}

func newServer(o Options) (*server, error) {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	t, err := parseTemplates()
	if err != nil {
		return nil, err
	}
	return &server{opts: o, tmpl: t, scopes: &scopeCache{m: map[int64]history.RunScope{}}, lock: newLockout(o.Now)}, nil
}

func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.overview)
	mux.HandleFunc("GET /groups/{group}", s.group)
	mux.HandleFunc("GET /runs/{id}", s.run)
	mux.HandleFunc("GET /runs/{id}/{file}", s.download)
	mux.HandleFunc("GET /compare", s.compare)
	mux.HandleFunc("GET /ref", s.ref)
	mux.HandleFunc("GET /static/style.css", s.style)
	var h http.Handler = http.TimeoutHandler(mux, s.opts.Timeout, "timeout / délai dépassé")
	h = s.opts.Auth.wrap(h, s.lock)
	h = readOnly(h)
	return securityHeaders(h, s.opts.TLS)
}
