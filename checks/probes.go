package checks

import (
	"context"
	"crypto/x509"
	"net"
	"time"

	"conformscan/probes/cleartext"
	"conformscan/probes/discovery"
)

// Probe IDs.
const (
	ProbeDiscovery = "discovery"
	ProbeCleartext = "cleartext"
	ProbeTLS       = "tls"
)

// ProbeConfig carries what endpoint probes need from the user.
type ProbeConfig struct {
	// Ports overrides the discovery port list.
	Ports []int
	// ConnectTimeout and BannerTimeout tune discovery.
	ConnectTimeout time.Duration
	BannerTimeout  time.Duration
	// PortConcurrency bounds connects in flight on one host.
	PortConcurrency int
	// ProbeTimeout bounds one probe on one endpoint.
	ProbeTimeout time.Duration
	// LDAPBindDN / LDAPPassword are optional credentials for the LDAP
	// simple-bind test (secret: never reported).
	LDAPBindDN   string
	LDAPPassword string
	// Roots is the trust store for TLS chains (nil: system roots).
	Roots      *x509.CertPool
	RootsLabel string
	// Dial opens TCP connections (tests inject one); nil: net.Dialer.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	Now  func() time.Time
}

// EndpointProbe gathers facts on one open endpoint.
type EndpointProbe struct {
	ID  string
	Doc string
	// Applies tells whether the probe has something to measure there.
	Applies func(ep *EndpointFacts) bool
	// Run stores its facts into ep; an error means nothing was measured.
	Run func(ctx context.Context, cfg *ProbeConfig, ep *EndpointFacts) error
}

// EndpointProbes returns the endpoint probes, in the order they run.
func EndpointProbes() []EndpointProbe {
	return []EndpointProbe{
		{
			ID:      ProbeCleartext,
			Doc:     "Talks the service's own protocol in clear to see whether credentials could cross unencrypted.",
			Applies: func(ep *EndpointFacts) bool { return cleartextServices[ep.Service] },
			Run: func(ctx context.Context, cfg *ProbeConfig, ep *EndpointFacts) error {
				f, err := cleartext.Probe(ctx, ep.Endpoint, ep.Service, cleartext.Options{
					Timeout: cfg.ProbeTimeout, Dial: cfg.Dial, Now: cfg.Now,
					LDAPBindDN: cfg.LDAPBindDN, LDAPPassword: cfg.LDAPPassword,
				})
				if f != nil {
					ep.Cleartext = f
				}
				return err
			},
		},
		{
			ID:      ProbeTLS,
			Doc:     "Handshakes with every protocol version and suite to record what a TLS endpoint accepts, its key exchange, certificate chain and extensions (STARTTLS for SMTP, IMAP, POP3, FTP, LDAP, PostgreSQL).",
			Applies: tlsProbeApplies,
			Run:     runTLSProbe,
		},
	}
}

// ProbeIDs lists every probe ID (discovery included).
func ProbeIDs() []string {
	ids := []string{ProbeDiscovery}
	for _, p := range EndpointProbes() {
		ids = append(ids, p.ID)
	}
	return ids
}

// cleartextServices are the services the cleartext probe speaks.
var cleartextServices = map[string]bool{
	"http": true, "ftp": true, "telnet": true, "smtp": true, "pop3": true, "imap": true, "ldap": true,
}

func (cfg *ProbeConfig) discoveryOptions(ports []int) discovery.Options {
	return discovery.Options{
		Ports: ports, ConnectTimeout: cfg.ConnectTimeout, BannerTimeout: cfg.BannerTimeout,
		Concurrency: cfg.PortConcurrency, Dial: cfg.Dial, Now: cfg.Now,
	}
}
