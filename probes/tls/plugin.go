package tls

import (
	"context"
	"net"
	"strings"

	"conformscan/probes"
	"conformscan/probes/discovery"
	"conformscan/probes/lib/services"
)

// ID is the TLS probe's ID.
const ID = "tls"

// New returns the TLS probe: it runs on every endpoint that speaks TLS from
// the first byte or offers a STARTTLS upgrade.
func New() probes.Probe {
	return probes.Probe{
		ID:      ID,
		Doc:     "Handshakes with every protocol version and suite to record what a TLS endpoint accepts, its key exchange, certificate chain and extensions (STARTTLS for SMTP, IMAP, POP3, FTP, LDAP, PostgreSQL).",
		Kind:    probes.SubjectEndpoint,
		Needs:   []string{discovery.ID},
		Applies: func(s *probes.Subject) bool { return Applies(discovery.PortOf(s)) },
		Run:     run,
	}
}

// FactsOf returns the TLS probe's facts on a subject (nil when none).
func FactsOf(s *probes.Subject) *Facts {
	if s == nil {
		return nil
	}
	f, _ := s.Fact(ID).(*Facts)
	return f
}

// Direct tells whether an endpoint speaks TLS from the start: a TLS
// service by name, a silent port discovery flagged as waiting for TLS, or
// a TLS alert record (0x15 0x03) sent back to discovery's HTTP request.
func Direct(p *discovery.Port) bool {
	if p == nil {
		return false
	}
	if services.Get(p.Service).ImplicitTLS {
		return true
	}
	if strings.Contains(strings.ToLower(p.Note), "tls") {
		return true
	}
	return strings.HasPrefix(p.Response, `\x15\x03`) || strings.HasPrefix(p.Banner, `\x15\x03`)
}

// StartTLSFor returns the STARTTLS upgrade to use on an endpoint, "" for
// direct TLS or none.
func StartTLSFor(p *discovery.Port) string {
	if p == nil || Direct(p) {
		return ""
	}
	return services.Get(p.Service).StartTLS
}

// Applies tells whether the TLS probe has something to measure there.
func Applies(p *discovery.Port) bool {
	return Direct(p) || StartTLSFor(p) != ""
}

// IsWeb tells the probe to look at HTTP (HSTS, plain redirect).
func IsWeb(p *discovery.Port) bool {
	if p == nil {
		return false
	}
	if services.Get(p.Service).Web {
		return true
	}
	// A TLS port whose service is not named: HTTPS when the registry says
	// its port is a TLS web port (443, 8443, 9443).
	byPort, _ := services.ByPort(p.Port)
	return Direct(p) && !services.Get(p.Service).ImplicitTLS && byPort.Web && byPort.ImplicitTLS
}

// sni is the server name to send: the target's hostname, none for an IP
// literal.
func sni(host string) string {
	if (probes.Target{Host: host}).IsIP() {
		return ""
	}
	return host
}

// run probes one endpoint subject and stores its facts (even partial ones).
func run(ctx context.Context, env *probes.Env, s *probes.Subject) error {
	p := discovery.PortOf(s)
	endpoint := s.ID
	f, err := Probe(ctx, endpoint, Options{
		SNI:        sni(s.Host),
		StartTLS:   StartTLSFor(p),
		Roots:      env.Roots,
		RootsLabel: env.RootsLabel,
		Now:        env.Clock(),
		HTTP:       IsWeb(p),
		Dial: func(ctx context.Context) (net.Conn, error) {
			return env.DialContext(ctx, "tcp", endpoint)
		},
	})
	if f != nil {
		s.SetFact(ID, f)
	}
	return RunError(err)
}

// RunError wraps what the TLS probe returned for the runner: the probe
// already classifies its errors in the shared taxonomy, so that a clean
// STARTTLS refusal is an application error (no TLS offered) and a broken
// exchange is a protocol, reset or timeout error (could not measure).
func RunError(err error) error {
	if err == nil {
		return nil
	}
	return probes.Wrap("tls", err)
}
