// Package cleartext probes a discovered service for credentials that would
// cross the network in clear: login forms and HTTP authentication over plain
// HTTP, FTP without AUTH TLS, Telnet, POP3/IMAP/SMTP authentication offered
// before STARTTLS, LDAP simple bind without TLS. It never judges.
package cleartext

import (
	"context"
	"net"
	"time"
)

// Options tune the probe.
type Options struct {
	// Timeout bounds the whole exchange with one endpoint (default 5 s).
	Timeout time.Duration
	// Dial opens connections; nil uses a net.Dialer.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// LDAPBindDN and LDAPPassword, when set, are used to test whether the
	// directory accepts a simple bind without TLS. The password is a secret:
	// it never appears in facts, logs or reports.
	LDAPBindDN   string
	LDAPPassword string
	// Now is the clock.
	Now func() time.Time
}

// Facts is what one service says about credentials in transit.
type Facts struct {
	// Service is the protocol spoken: http, ftp, telnet, smtp, pop3, imap, ldap.
	Service string `json:"service"`
	// Cleartext is true when the service speaks in clear on this port
	// (before any upgrade).
	Cleartext bool `json:"cleartext"`
	// TLSOffered: an upgrade (STARTTLS, STLS, AUTH TLS, LDAP StartTLS) is
	// advertised; nil when not applicable or not measured.
	TLSOffered *bool `json:"tls_offered,omitempty"`
	// AuthInClear: credentials can be sent before any TLS (login form or
	// HTTP authentication over plain HTTP, AUTH/LOGIN advertised before
	// STARTTLS, USER accepted before AUTH TLS, Telnet login, LDAP simple
	// bind accepted without TLS); nil when it could not be told.
	AuthInClear *bool `json:"auth_in_clear,omitempty"`
	// AuthMechanisms advertised before TLS (SASL names, HTTP schemes).
	AuthMechanisms []string `json:"auth_mechanisms,omitempty"`
	// HTTP describes a plain-HTTP page.
	HTTP *HTTPPage `json:"http,omitempty"`
	// Transcript is a short excerpt of the exchange ("> CAPA", "< +OK ...").
	// Secrets are masked.
	Transcript []string `json:"transcript,omitempty"`
	// Notes add details the checks may quote.
	Notes []string  `json:"notes,omitempty"`
	At    time.Time `json:"at"`
}

// HTTPPage is what a plain-HTTP GET saw.
type HTTPPage struct {
	URL    string `json:"url"`
	Status int    `json:"status"`
	Title  string `json:"title,omitempty"`
	// PasswordField: the page holds an <input type="password">.
	PasswordField bool   `json:"password_field"`
	FormAction    string `json:"form_action,omitempty"`
	// WWWAuthenticate lists the schemes asked for (Basic, Digest, NTLM, Negotiate).
	WWWAuthenticate []string `json:"www_authenticate,omitempty"`
	// RedirectsToHTTPS: the answer is a 3xx to an https:// URL.
	RedirectsToHTTPS bool   `json:"redirects_to_https"`
	Location         string `json:"location,omitempty"`
	Server           string `json:"server,omitempty"`
}
