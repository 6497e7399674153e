package checks

import (
	"context"
	"net"
	"strings"

	"conformscan/probes"
	tlsprobe "conformscan/probes/tls"
)

// tlsDirectServices speak TLS from the first byte.
var tlsDirectServices = map[string]bool{
	"https": true, "ldaps": true, "imaps": true, "pop3s": true, "smtps": true, "ftps": true,
	"winrm-tls": true, "syslog-tls": true,
}

// startTLSServices upgrade to TLS in their own protocol; the value is the
// upgrade the TLS probe speaks.
var startTLSServices = map[string]string{
	"smtp": "smtp", "imap": "imap", "pop3": "pop3", "ftp": "ftp", "ldap": "ldap", "postgresql": "postgres",
}

// tlsWebPorts are ports whose TLS service is most likely HTTPS.
var tlsWebPorts = map[int]bool{443: true, 8443: true, 9443: true}

// tlsDirect tells whether an endpoint speaks TLS from the start: a TLS
// service by name, a silent port discovery flagged as waiting for TLS, or
// a TLS alert record (0x15 0x03) sent back to discovery's HTTP request.
func tlsDirect(ep *EndpointFacts) bool {
	if tlsDirectServices[ep.Service] {
		return true
	}
	if strings.Contains(strings.ToLower(ep.Note), "tls") {
		return true
	}
	return strings.HasPrefix(ep.Response, `\x15\x03`) || strings.HasPrefix(ep.Banner, `\x15\x03`)
}

// startTLSFor returns the STARTTLS upgrade to use on an endpoint, "" for
// direct TLS or none.
func startTLSFor(ep *EndpointFacts) string {
	if tlsDirect(ep) {
		return ""
	}
	return startTLSServices[ep.Service]
}

func tlsProbeApplies(ep *EndpointFacts) bool {
	return tlsDirect(ep) || startTLSFor(ep) != ""
}

// tlsProbeIsWeb tells the probe to look at HTTP (HSTS, plain redirect).
func tlsProbeIsWeb(ep *EndpointFacts) bool {
	if webServices[ep.Service] {
		return true
	}
	return tlsDirect(ep) && !tlsDirectServices[ep.Service] && tlsWebPorts[ep.Port.Port]
}

// tlsSNI is the server name to send: the target's hostname, none for an IP
// literal.
func tlsSNI(host string) string {
	if (probes.Target{Host: host}).IsIP() {
		return ""
	}
	return host
}

// runTLSProbe adapts probes/tls to the runner: it dials through cfg.Dial,
// trusts cfg.Roots, and stores the facts into ep.TLS (even partial ones).
func runTLSProbe(ctx context.Context, cfg *ProbeConfig, ep *EndpointFacts) error {
	dial := cfg.Dial
	if dial == nil {
		d := &net.Dialer{}
		dial = d.DialContext
	}
	endpoint := ep.Endpoint
	f, err := tlsprobe.Probe(ctx, endpoint, tlsprobe.Options{
		SNI:        tlsSNI(ep.Host),
		StartTLS:   startTLSFor(ep),
		Roots:      cfg.Roots,
		RootsLabel: cfg.RootsLabel,
		Now:        cfg.Now,
		HTTP:       tlsProbeIsWeb(ep),
		Dial: func(ctx context.Context) (net.Conn, error) {
			return dial(ctx, "tcp", endpoint)
		},
	})
	if f != nil {
		ep.TLS = f
	}
	return tlsRunError(err)
}

// tlsRunError passes the TLS probe's error on: probes/tls already returns
// *probes.Error in the shared taxonomy, a clean STARTTLS refusal ("no TLS
// offered") as probes.KindApplication and a broken exchange as a protocol,
// reset or timeout error.
func tlsRunError(err error) error {
	return probes.Wrap("tls", err)
}
