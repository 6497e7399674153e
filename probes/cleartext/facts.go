// Package cleartext probes a discovered service for credentials that would
// cross the network in clear: login forms and HTTP authentication over plain
// HTTP, FTP without AUTH TLS, Telnet, POP3/IMAP/SMTP authentication offered
// before STARTTLS, LDAP simple bind without TLS. It never judges.
//
// A probe gathers facts and judges nothing: it must not import checks/,
// reports/, history/, serve/, cmd/, demo/ or fixtures/ (layout/layout_test.go
// guards checks/ and fixtures/).
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
	// Safe (--safe) sends no authentication request: the LDAP simple-bind
	// test is left out.
	Safe bool
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
	// AuthVia says why AuthInClear is true, one Via* code per reason
	// (a login form and Basic authentication on one page give two).
	AuthVia []string `json:"auth_via,omitempty"`
	// AuthRefused is the server's answer when it refused to authenticate
	// in clear ("530 Non-anonymous sessions must use encryption.").
	AuthRefused string `json:"auth_refused,omitempty"`
	// Greeting is the first line the server sent (printable excerpt).
	Greeting string `json:"greeting,omitempty"`
	// Capabilities are the extensions advertised in clear (FTP FEAT, SMTP
	// EHLO, POP3 CAPA, IMAP CAPABILITY, LDAP supportedExtension OIDs).
	Capabilities []string `json:"capabilities,omitempty"`
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
	// WWWAuthenticate lists the schemes asked for (Basic, Digest, NTLM,
	// Negotiate, Bearer; others as the server spelled them).
	WWWAuthenticate []string `json:"www_authenticate,omitempty"`
	// Realm is the first realm of the WWW-Authenticate challenges.
	Realm string `json:"realm,omitempty"`
	// RedirectsToHTTPS: the answer is a 3xx to an https:// URL.
	RedirectsToHTTPS bool   `json:"redirects_to_https"`
	Location         string `json:"location,omitempty"`
	Server           string `json:"server,omitempty"`
	// Redirects lists the plain-HTTP redirects followed before URL
	// ("301 http://h/ -> http://h/login").
	Redirects []string `json:"redirects,omitempty"`
	// PasswordInput is the <input type="password"> tag as served (excerpt).
	PasswordInput string `json:"password_input,omitempty"`
	// BodyTruncated: the body was longer than the probe reads (4 MiB).
	BodyTruncated bool `json:"body_truncated,omitempty"`
	// FormSearch says how far the body was searched for a password field:
	// FormSearchFound, FormSearchComplete (the whole body, none found) or
	// FormSearchIncomplete (stopped before the end, see FormSearchStop:
	// AuthInClear is then unknown unless something else decides it). Empty
	// when the answer is a redirect.
	FormSearch string `json:"form_search,omitempty"`
	// FormSearchStop says why an incomplete search stopped (size bound,
	// deadline, read error).
	FormSearchStop string `json:"form_search_stop,omitempty"`
	// BodyScanned is the number of body bytes searched.
	BodyScanned int64 `json:"body_scanned,omitempty"`
}

// Reasons for AuthInClear, as found in Facts.AuthVia.
const (
	// ViaPasswordField: a plain-HTTP page holds a password field.
	ViaPasswordField = "http-password-field"
	// ViaHTTPAuth: plain HTTP asks for Basic, Digest, NTLM, Negotiate or
	// Bearer authentication.
	ViaHTTPAuth = "http-authenticate"
	// ViaFTPUser: FTP answered USER with 331/332 (password asked in clear)
	// or logged in at once (230).
	ViaFTPUser = "ftp-user"
	// ViaTelnet: a Telnet service negotiated options or showed a login
	// prompt; the login happens in clear.
	ViaTelnet = "telnet-login"
	// ViaSMTPAuth: SMTP advertises AUTH before STARTTLS.
	ViaSMTPAuth = "smtp-auth"
	// ViaPOP3User: POP3 answered USER with +OK before STLS.
	ViaPOP3User = "pop3-user"
	// ViaPOP3SASL: POP3 advertises SASL mechanisms before STLS.
	ViaPOP3SASL = "pop3-sasl"
	// ViaIMAPLogin: IMAP does not advertise LOGINDISABLED before STARTTLS.
	ViaIMAPLogin = "imap-login"
	// ViaIMAPAuth: IMAP advertises AUTH= mechanisms before STARTTLS.
	ViaIMAPAuth = "imap-auth"
	// ViaLDAPSimpleBind: the directory evaluated a simple bind without
	// TLS (accepted it, or refused the credentials themselves).
	ViaLDAPSimpleBind = "ldap-simple-bind"
)
