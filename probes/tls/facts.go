// Package tls gathers the facts of a TLS endpoint: accepted protocol
// versions, every cipher suite per version in the server's order, key
// exchange groups and sizes, the certificate chain as sent, extensions and
// behaviours, and for HTTPS endpoints the HTTP-to-HTTPS redirect and HSTS.
//
// It never judges: checks/tlscheck turns these facts into verdicts.
// The JSON form of Facts is documented in docs/report.schema.json under
// facts[endpoint].tls.
//
// A probe gathers facts and judges nothing: it must not import checks/,
// reports/, history/, serve/, cmd/, demo/ or fixtures/ (layout/layout_test.go
// guards checks/ and fixtures/).
package tls

import "time"

// Protocol version names, as they appear in reports.
const (
	SSLv2 = "SSLv2"
	SSLv3 = "SSLv3"
	TLS10 = "TLSv1.0"
	TLS11 = "TLSv1.1"
	TLS12 = "TLSv1.2"
	TLS13 = "TLSv1.3"
)

// Facts is everything the TLS probe saw on one endpoint.
type Facts struct {
	Endpoint string `json:"endpoint"`
	// SNI is the server name sent (empty for IP literals).
	SNI string `json:"sni,omitempty"`
	// StartTLS names the upgrade used before the handshake: "", "smtp",
	// "imap", "pop3", "ftp", "ldap" or "postgres".
	StartTLS string `json:"starttls,omitempty"`
	// Protocols lists the accepted versions, oldest first.
	Protocols []string `json:"protocols"`
	// CipherSuites maps each accepted version to the IANA names of the suites
	// the server accepted, in the server's order when it imposes one, else in
	// the order they were found.
	CipherSuites map[string][]string `json:"cipher_suites"`
	// ServerOrder tells, per version, whether the server imposes its own
	// order (true), follows the client's (false); absent when not measured.
	ServerOrder map[string]bool `json:"server_order,omitempty"`
	KeyExchange KeyExchange     `json:"key_exchange"`
	// Certificates is the chain exactly as sent, leaf first.
	Certificates []Certificate `json:"certificates"`
	Chain        ChainFacts    `json:"chain"`
	Extensions   Extensions    `json:"extensions"`
	// HTTP is set on HTTP(S) endpoints.
	HTTP *HTTPFacts `json:"http,omitempty"`
	// Errors lists what could not be measured, each prefixed by the step.
	Errors []string `json:"errors,omitempty"`
	// Handshakes counts the connections the probe opened.
	Handshakes int           `json:"handshakes"`
	Duration   time.Duration `json:"duration_ns"`
}

// KeyExchange describes the key-exchange facts.
type KeyExchange struct {
	// Groups lists the ECDHE / TLS 1.3 named groups accepted, by IANA name
	// (x25519, secp256r1, secp384r1, X25519MLKEM768, ffdhe2048...), in the
	// server's preference when it imposes one.
	Groups []string `json:"groups"`
	// GroupsByVersion lists the groups per version they were measured on
	// ("TLSv1.3" from HelloRetryRequests, "TLSv1.2" (or the highest older
	// version) from ServerKeyExchange curves), each in found order.
	GroupsByVersion map[string][]string `json:"groups_by_version,omitempty"`
	// DHEBits is the size in bits of the finite-field DHE prime, 0 when no
	// DHE suite is accepted.
	DHEBits int `json:"dhe_bits,omitempty"`
	// StaticRSA is true when a suite with RSA key transport (no forward
	// secrecy) is accepted.
	StaticRSA bool `json:"static_rsa"`
	// ForwardSecrecyOnly is true when every accepted suite has forward
	// secrecy (ECDHE, DHE, or TLS 1.3).
	ForwardSecrecyOnly bool `json:"forward_secrecy_only"`
}

// Certificate is one certificate of the chain as sent.
type Certificate struct {
	Subject            string    `json:"subject"`
	Issuer             string    `json:"issuer"`
	SerialHex          string    `json:"serial"`
	NotBefore          time.Time `json:"not_before"`
	NotAfter           time.Time `json:"not_after"`
	LifetimeDays       int       `json:"lifetime_days"`
	KeyType            string    `json:"key_type"` // RSA, ECDSA, Ed25519, DSA, unknown
	KeyBits            int       `json:"key_bits"`
	RSAExponent        int       `json:"rsa_exponent,omitempty"`
	Curve              string    `json:"curve,omitempty"`     // P-256, P-384...
	SignatureAlgorithm string    `json:"signature_algorithm"` // e.g. SHA256-RSA, SHA1-RSA, ECDSA-SHA384
	DNSNames           []string  `json:"dns_names,omitempty"`
	IPAddresses        []string  `json:"ip_addresses,omitempty"`
	KeyUsage           []string  `json:"key_usage,omitempty"` // digitalSignature, keyEncipherment, ...
	KeyUsageCritical   bool      `json:"key_usage_critical"`
	ExtKeyUsage        []string  `json:"ext_key_usage,omitempty"` // serverAuth, clientAuth, ...
	AuthorityKeyID     string    `json:"authority_key_id,omitempty"`
	SubjectKeyID       string    `json:"subject_key_id,omitempty"`
	CRLDistribution    []string  `json:"crl_distribution_points,omitempty"`
	OCSPServers        []string  `json:"ocsp_servers,omitempty"`
	IssuingCertURLs    []string  `json:"issuing_certificate_urls,omitempty"`
	IsCA               bool      `json:"is_ca"`
	SelfSigned         bool      `json:"self_signed"`
	SHA256             string    `json:"sha256"`
	// StrictParseError is why Go's crypto/x509 refused the certificate when
	// the lenient parser (zcrypto) had to be used; clients built on strict
	// parsers will reject it.
	StrictParseError string `json:"strict_parse_error,omitempty"`
	// ParseError is set when no parser could read the certificate; only
	// SHA256 (and the key facts when the key itself was readable) are set.
	ParseError string `json:"parse_error,omitempty"`
}

// ChainFacts describes the chain as a whole.
type ChainFacts struct {
	// HostnameMatch: the leaf's SAN covers the name the client asked for.
	HostnameMatch bool `json:"hostname_match"`
	// NameChecked is the name (or IP) the match was tested against.
	NameChecked string `json:"name_checked,omitempty"`
	// Trusted: the chain builds to a root of the system store or --ca.
	Trusted    bool   `json:"trusted"`
	TrustError string `json:"trust_error,omitempty"`
	// Complete: every intermediate needed to reach a root was sent.
	Complete bool `json:"complete"`
	// InOrder: each certificate is signed by the next one sent.
	InOrder bool `json:"in_order"`
	// Roots names the trust anchors used ("system", "system+ca:FILE", "ca:FILE").
	Roots string `json:"roots,omitempty"`
}

// Extensions records extensions and behaviours. A nil pointer means "not
// measured" (for instance no TLS 1.2 or older to test it on).
type Extensions struct {
	SecureRenegotiation  *bool  `json:"secure_renegotiation,omitempty"`
	ExtendedMasterSecret *bool  `json:"extended_master_secret,omitempty"`
	EncryptThenMAC       *bool  `json:"encrypt_then_mac,omitempty"`
	Compression          string `json:"compression,omitempty"` // "null" or "deflate"
	SessionTicket        *bool  `json:"session_ticket,omitempty"`
	// TicketLifetimeHint is the session ticket lifetime hint in seconds.
	TicketLifetimeHint *uint32 `json:"ticket_lifetime_hint_s,omitempty"`
	OCSPStapling       *bool   `json:"ocsp_stapling,omitempty"`
	// SCTs counts the signed certificate timestamps delivered in the TLS
	// extension, embedded in the leaf and in the stapled OCSP response.
	SCTs *int `json:"scts,omitempty"`
	// FallbackSCSV is true when the server rejects a downgraded hello carrying
	// TLS_FALLBACK_SCSV with inappropriate_fallback.
	FallbackSCSV *bool `json:"fallback_scsv,omitempty"`
	// Heartbeat is true when the server echoes the heartbeat extension.
	Heartbeat *bool `json:"heartbeat,omitempty"`
}

// HTTPFacts holds what an HTTP(S) endpoint says about transport security.
type HTTPFacts struct {
	// HTTPSStatus is the status of GET / over TLS.
	HTTPSStatus int `json:"https_status,omitempty"`
	// HSTS is the raw Strict-Transport-Security header, empty when absent.
	HSTS           string `json:"hsts,omitempty"`
	HSTSMaxAge     int64  `json:"hsts_max_age,omitempty"`
	HSTSSubdomains bool   `json:"hsts_include_subdomains,omitempty"`
	// WWWAuthenticate are the WWW-Authenticate values of the answer over
	// TLS (Negotiate, NTLM, Basic...), at most 8 of at most 256 bytes each.
	WWWAuthenticate []string `json:"www_authenticate,omitempty"`
	// PlainEndpoint is the plain-HTTP endpoint tested (host:port), if any.
	PlainEndpoint string `json:"plain_endpoint,omitempty"`
	// PlainStatus is the status of GET / over plain HTTP.
	PlainStatus int `json:"plain_status,omitempty"`
	// PlainRedirectsToHTTPS: the plain answer is a 3xx to an https:// URL.
	PlainRedirectsToHTTPS *bool  `json:"plain_redirects_to_https,omitempty"`
	PlainLocation         string `json:"plain_location,omitempty"`
}
