package tls

import (
	"fmt"
	"strings"
)

// Kex is the key-exchange family of a cipher suite.
type Kex string

// Key-exchange families. DHE and ECDHE include the anonymous variants
// (DH_anon, ECDH_anon), which are told apart by Auth == AuthAnon.
const (
	KexRSA      Kex = "RSA"       // RSA key transport (incl. RSA_EXPORT), no forward secrecy
	KexDHE      Kex = "DHE"       // ephemeral finite-field Diffie-Hellman
	KexECDHE    Kex = "ECDHE"     // ephemeral elliptic-curve Diffie-Hellman
	KexDH       Kex = "DH"        // static DH (DH_RSA, DH_DSS)
	KexECDH     Kex = "ECDH"      // static ECDH (ECDH_RSA, ECDH_ECDSA)
	KexPSK      Kex = "PSK"       // pre-shared key only
	KexDHEPSK   Kex = "DHE-PSK"   // PSK with ephemeral DH
	KexECDHEPSK Kex = "ECDHE-PSK" // PSK with ephemeral ECDH
	KexRSAPSK   Kex = "RSA-PSK"   // PSK with RSA key transport
	KexSRP      Kex = "SRP"
	KexKRB5     Kex = "KRB5"
	KexGOST     Kex = "GOST"
	KexCECPQ1   Kex = "CECPQ1" // Google's 2016 post-quantum experiment
	KexNULL     Kex = "NULL"
	KexTLS13    Kex = "TLS13" // TLS 1.3 suites: key exchange negotiated apart (always ephemeral)
)

// Auth is the server authentication of a cipher suite.
type Auth string

// Authentication families.
const (
	AuthRSA   Auth = "RSA"
	AuthDSS   Auth = "DSS"
	AuthECDSA Auth = "ECDSA"
	AuthDH    Auth = "DH"   // static DH certificate
	AuthECDH  Auth = "ECDH" // static ECDH certificate
	AuthPSK   Auth = "PSK"
	AuthSRP   Auth = "SRP"
	AuthKRB5  Auth = "KRB5"
	AuthGOST  Auth = "GOST"
	AuthAnon  Auth = "anon" // no authentication (aNULL)
	AuthAny   Auth = "any"  // TLS 1.3: negotiated apart
)

// Mode is the way the bulk cipher is used.
type Mode string

// Cipher modes.
const (
	ModeGCM      Mode = "GCM"
	ModeCCM      Mode = "CCM"
	ModeCCM8     Mode = "CCM8"
	ModePoly1305 Mode = "Poly1305" // ChaCha20-Poly1305 AEAD
	ModeCBC      Mode = "CBC"
	ModeCFB      Mode = "CFB"
	ModeStream   Mode = "stream" // RC4, GOST 28147 counter mode
	ModeNULL     Mode = "NULL"   // no encryption
)

// Suite describes one cipher suite.
type Suite struct {
	// Code is the IANA code point (two bytes), or for SSLv2 the three-byte
	// cipher kind.
	Code uint32
	// SSLv2 marks SSLv2 cipher kinds (SSL_CK_*), which live in their own
	// code space.
	SSLv2 bool
	// Name is the IANA (RFC) name; for the few suites without one, the
	// OpenSSL name.
	Name    string
	OpenSSL string
	Kex     Kex
	Auth    Auth
	// Enc is the bulk cipher family: AES, ChaCha20, Camellia, ARIA, SEED,
	// 3DES, DES, IDEA, RC2, RC4, GOST28147 or NULL.
	Enc string
	// Bits is the effective key size of the bulk cipher (40 for export).
	Bits int
	// BlockBits is the block size of block ciphers (64 or 128), 0 for
	// stream ciphers and NULL.
	BlockBits int
	Mode      Mode
	// MAC is the record MAC: AEAD, SHA1, SHA256, SHA384, MD5, NULL or a
	// GOST hash.
	MAC    string
	Export bool
}

// ForwardSecret reports whether the suite's key exchange is ephemeral.
func (s Suite) ForwardSecret() bool {
	switch s.Kex {
	case KexDHE, KexECDHE, KexDHEPSK, KexECDHEPSK, KexTLS13, KexCECPQ1:
		return true
	}
	return false
}

// Anonymous reports whether the suite does not authenticate the server.
func (s Suite) Anonymous() bool { return s.Auth == AuthAnon }

// AEAD reports whether the suite uses an AEAD mode.
func (s Suite) AEAD() bool {
	switch s.Mode {
	case ModeGCM, ModeCCM, ModeCCM8, ModePoly1305:
		return true
	}
	return false
}

// TLS13 reports whether the suite is a TLS 1.3 suite.
func (s Suite) TLS13() bool { return s.Kex == KexTLS13 }

// TLS12Only reports whether the suite needs TLS 1.2 (SHA-256/384 PRF, AEAD or
// CCM), following testssl.sh's rule for which suites to offer below TLS 1.2.
func (s Suite) TLS12Only() bool {
	if s.SSLv2 || s.TLS13() {
		return false
	}
	return strings.Contains(s.Name, "SHA256") || strings.Contains(s.Name, "SHA384") ||
		strings.HasSuffix(s.Name, "_CCM") || strings.HasSuffix(s.Name, "_CCM_8")
}

// SuiteByCode returns the TLS (not SSLv2) suite with that code point.
func SuiteByCode(code uint16) (Suite, bool) {
	for _, s := range suiteTable {
		if !s.SSLv2 && s.Code == uint32(code) {
			return s, true
		}
	}
	return Suite{}, false
}

// SSLv2SuiteByCode returns the SSLv2 cipher kind with that three-byte code.
func SSLv2SuiteByCode(code uint32) (Suite, bool) {
	for _, s := range suiteTable {
		if s.SSLv2 && s.Code == code {
			return s, true
		}
	}
	return Suite{}, false
}

// SuiteByName returns the suite with that IANA name (or OpenSSL name for
// suites without an IANA name). Names appearing in Facts.CipherSuites are
// always found, except the "0x...." form used for unknown code points.
func SuiteByName(name string) (Suite, bool) {
	for _, s := range suiteTable {
		if s.Name == name {
			return s, true
		}
	}
	return Suite{}, false
}

// AllSuites returns a copy of the suite table, in testssl.sh's order
// (roughly strongest first).
func AllSuites() []Suite {
	return append([]Suite(nil), suiteTable...)
}

// suiteName names a TLS code point, falling back to its hex value.
func suiteName(code uint16) string {
	if s, ok := SuiteByCode(code); ok {
		return s.Name
	}
	return fmt.Sprintf("0x%04X", code)
}

// sslv2SuiteName names an SSLv2 cipher kind, falling back to its hex value.
func sslv2SuiteName(code uint32) string {
	if s, ok := SSLv2SuiteByCode(code); ok {
		return s.Name
	}
	return fmt.Sprintf("0x%06X", code)
}

// suiteTable is the cipher suite registry known to testssl.sh 3.0.8
// (etc/cipher-mapping.txt: IANA registry plus SSLv2 kinds, GOST and a few
// historic code points), in the same order. Fields: code, SSLv2, IANA name,
// OpenSSL name, kex, auth, enc, bits, block bits, mode, MAC, export.
var suiteTable = []Suite{
	{0x1302, false, "TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384", KexTLS13, AuthAny, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0x1303, false, "TLS_CHACHA20_POLY1305_SHA256", "TLS_CHACHA20_POLY1305_SHA256", KexTLS13, AuthAny, "ChaCha20", 256, 0, ModePoly1305, "AEAD", false},
	{0xCC14, false, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256_OLD", "ECDHE-ECDSA-CHACHA20-POLY1305-OLD", KexECDHE, AuthECDSA, "ChaCha20", 256, 0, ModePoly1305, "AEAD", false},
	{0xCC13, false, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD", "ECDHE-RSA-CHACHA20-POLY1305-OLD", KexECDHE, AuthRSA, "ChaCha20", 256, 0, ModePoly1305, "AEAD", false},
	{0xCC15, false, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD", "DHE-RSA-CHACHA20-POLY1305-OLD", KexDHE, AuthRSA, "ChaCha20", 256, 0, ModePoly1305, "AEAD", false},
	{0xC030, false, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "ECDHE-RSA-AES256-GCM-SHA384", KexECDHE, AuthRSA, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0xC02C, false, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "ECDHE-ECDSA-AES256-GCM-SHA384", KexECDHE, AuthECDSA, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0xC028, false, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "ECDHE-RSA-AES256-SHA384", KexECDHE, AuthRSA, "AES", 256, 128, ModeCBC, "SHA384", false},
	{0xC024, false, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "ECDHE-ECDSA-AES256-SHA384", KexECDHE, AuthECDSA, "AES", 256, 128, ModeCBC, "SHA384", false},
	{0xC014, false, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "ECDHE-RSA-AES256-SHA", KexECDHE, AuthRSA, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0xC00A, false, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "ECDHE-ECDSA-AES256-SHA", KexECDHE, AuthECDSA, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0xC022, false, "TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA", "SRP-DSS-AES-256-CBC-SHA", KexSRP, AuthDSS, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0xC021, false, "TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA", "SRP-RSA-AES-256-CBC-SHA", KexSRP, AuthRSA, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0xC020, false, "TLS_SRP_SHA_WITH_AES_256_CBC_SHA", "SRP-AES-256-CBC-SHA", KexSRP, AuthSRP, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0x00B7, false, "TLS_RSA_PSK_WITH_AES_256_CBC_SHA384", "RSA-PSK-AES256-CBC-SHA384", KexRSAPSK, AuthRSA, "AES", 256, 128, ModeCBC, "SHA384", false},
	{0x00B3, false, "TLS_DHE_PSK_WITH_AES_256_CBC_SHA384", "DHE-PSK-AES256-CBC-SHA384", KexDHEPSK, AuthPSK, "AES", 256, 128, ModeCBC, "SHA384", false},
	{0x0091, false, "TLS_DHE_PSK_WITH_AES_256_CBC_SHA", "DHE-PSK-AES256-CBC-SHA", KexDHEPSK, AuthPSK, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0xC09B, false, "TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384", "ECDHE-PSK-CAMELLIA256-SHA384", KexECDHEPSK, AuthPSK, "Camellia", 256, 128, ModeCBC, "SHA384", false},
	{0xC099, false, "TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384", "RSA-PSK-CAMELLIA256-SHA384", KexRSAPSK, AuthRSA, "Camellia", 256, 128, ModeCBC, "SHA384", false},
	{0xC097, false, "TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384", "DHE-PSK-CAMELLIA256-SHA384", KexDHEPSK, AuthPSK, "Camellia", 256, 128, ModeCBC, "SHA384", false},
	{0x00AF, false, "TLS_PSK_WITH_AES_256_CBC_SHA384", "PSK-AES256-CBC-SHA384", KexPSK, AuthPSK, "AES", 256, 128, ModeCBC, "SHA384", false},
	{0xC095, false, "TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384", "PSK-CAMELLIA256-SHA384", KexPSK, AuthPSK, "Camellia", 256, 128, ModeCBC, "SHA384", false},
	{0x00A5, false, "TLS_DH_DSS_WITH_AES_256_GCM_SHA384", "DH-DSS-AES256-GCM-SHA384", KexDH, AuthDH, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0x00A3, false, "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384", "DHE-DSS-AES256-GCM-SHA384", KexDHE, AuthDSS, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0x00A1, false, "TLS_DH_RSA_WITH_AES_256_GCM_SHA384", "DH-RSA-AES256-GCM-SHA384", KexDH, AuthDH, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0x009F, false, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "DHE-RSA-AES256-GCM-SHA384", KexDHE, AuthRSA, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0xCCA9, false, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "ECDHE-ECDSA-CHACHA20-POLY1305", KexECDHE, AuthECDSA, "ChaCha20", 256, 0, ModePoly1305, "AEAD", false},
	{0xCCA8, false, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "ECDHE-RSA-CHACHA20-POLY1305", KexECDHE, AuthRSA, "ChaCha20", 256, 0, ModePoly1305, "AEAD", false},
	{0xCCAA, false, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "DHE-RSA-CHACHA20-POLY1305", KexDHE, AuthRSA, "ChaCha20", 256, 0, ModePoly1305, "AEAD", false},
	{0xC0AF, false, "TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8", "ECDHE-ECDSA-AES256-CCM8", KexECDHE, AuthECDSA, "AES", 256, 128, ModeCCM8, "AEAD", false},
	{0xC0AD, false, "TLS_ECDHE_ECDSA_WITH_AES_256_CCM", "ECDHE-ECDSA-AES256-CCM", KexECDHE, AuthECDSA, "AES", 256, 128, ModeCCM, "AEAD", false},
	{0xC0A3, false, "TLS_DHE_RSA_WITH_AES_256_CCM_8", "DHE-RSA-AES256-CCM8", KexDHE, AuthRSA, "AES", 256, 128, ModeCCM8, "AEAD", false},
	{0xC09F, false, "TLS_DHE_RSA_WITH_AES_256_CCM", "DHE-RSA-AES256-CCM", KexDHE, AuthRSA, "AES", 256, 128, ModeCCM, "AEAD", false},
	{0x006B, false, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256", "DHE-RSA-AES256-SHA256", KexDHE, AuthRSA, "AES", 256, 128, ModeCBC, "SHA256", false},
	{0x006A, false, "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256", "DHE-DSS-AES256-SHA256", KexDHE, AuthDSS, "AES", 256, 128, ModeCBC, "SHA256", false},
	{0x0069, false, "TLS_DH_RSA_WITH_AES_256_CBC_SHA256", "DH-RSA-AES256-SHA256", KexDH, AuthDH, "AES", 256, 128, ModeCBC, "SHA256", false},
	{0x0068, false, "TLS_DH_DSS_WITH_AES_256_CBC_SHA256", "DH-DSS-AES256-SHA256", KexDH, AuthDH, "AES", 256, 128, ModeCBC, "SHA256", false},
	{0x0039, false, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "DHE-RSA-AES256-SHA", KexDHE, AuthRSA, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0x0038, false, "TLS_DHE_DSS_WITH_AES_256_CBC_SHA", "DHE-DSS-AES256-SHA", KexDHE, AuthDSS, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0x0037, false, "TLS_DH_RSA_WITH_AES_256_CBC_SHA", "DH-RSA-AES256-SHA", KexDH, AuthDH, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0x0036, false, "TLS_DH_DSS_WITH_AES_256_CBC_SHA", "DH-DSS-AES256-SHA", KexDH, AuthDH, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0xC077, false, "TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384", "ECDHE-RSA-CAMELLIA256-SHA384", KexECDHE, AuthRSA, "Camellia", 256, 128, ModeCBC, "SHA384", false},
	{0xC073, false, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384", "ECDHE-ECDSA-CAMELLIA256-SHA384", KexECDHE, AuthECDSA, "Camellia", 256, 128, ModeCBC, "SHA384", false},
	{0x00C4, false, "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256", "DHE-RSA-CAMELLIA256-SHA256", KexDHE, AuthRSA, "Camellia", 256, 128, ModeCBC, "SHA256", false},
	{0x00C3, false, "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256", "DHE-DSS-CAMELLIA256-SHA256", KexDHE, AuthDSS, "Camellia", 256, 128, ModeCBC, "SHA256", false},
	{0x00C2, false, "TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA256", "DH-RSA-CAMELLIA256-SHA256", KexDH, AuthDH, "Camellia", 256, 128, ModeCBC, "SHA256", false},
	{0x00C1, false, "TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA256", "DH-DSS-CAMELLIA256-SHA256", KexDH, AuthDH, "Camellia", 256, 128, ModeCBC, "SHA256", false},
	{0x0088, false, "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA", "DHE-RSA-CAMELLIA256-SHA", KexDHE, AuthRSA, "Camellia", 256, 128, ModeCBC, "SHA1", false},
	{0x0087, false, "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA", "DHE-DSS-CAMELLIA256-SHA", KexDHE, AuthDSS, "Camellia", 256, 128, ModeCBC, "SHA1", false},
	{0x0086, false, "TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA", "DH-RSA-CAMELLIA256-SHA", KexDH, AuthDH, "Camellia", 256, 128, ModeCBC, "SHA1", false},
	{0x0085, false, "TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA", "DH-DSS-CAMELLIA256-SHA", KexDH, AuthDH, "Camellia", 256, 128, ModeCBC, "SHA1", false},
	{0xC019, false, "TLS_ECDH_anon_WITH_AES_256_CBC_SHA", "AECDH-AES256-SHA", KexECDHE, AuthAnon, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0x00A7, false, "TLS_DH_anon_WITH_AES_256_GCM_SHA384", "ADH-AES256-GCM-SHA384", KexDHE, AuthAnon, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0x006D, false, "TLS_DH_anon_WITH_AES_256_CBC_SHA256", "ADH-AES256-SHA256", KexDHE, AuthAnon, "AES", 256, 128, ModeCBC, "SHA256", false},
	{0x003A, false, "TLS_DH_anon_WITH_AES_256_CBC_SHA", "ADH-AES256-SHA", KexDHE, AuthAnon, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0x00C5, false, "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256", "ADH-CAMELLIA256-SHA256", KexDHE, AuthAnon, "Camellia", 256, 128, ModeCBC, "SHA256", false},
	{0x0089, false, "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA", "ADH-CAMELLIA256-SHA", KexDHE, AuthAnon, "Camellia", 256, 128, ModeCBC, "SHA1", false},
	{0x00AD, false, "TLS_RSA_PSK_WITH_AES_256_GCM_SHA384", "RSA-PSK-AES256-GCM-SHA384", KexRSAPSK, AuthRSA, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0x00AB, false, "TLS_DHE_PSK_WITH_AES_256_GCM_SHA384", "DHE-PSK-AES256-GCM-SHA384", KexDHEPSK, AuthPSK, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0xCCAE, false, "TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256", "RSA-PSK-CHACHA20-POLY1305", KexRSAPSK, AuthRSA, "ChaCha20", 256, 0, ModePoly1305, "AEAD", false},
	{0xCCAD, false, "TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256", "DHE-PSK-CHACHA20-POLY1305", KexDHEPSK, AuthPSK, "ChaCha20", 256, 0, ModePoly1305, "AEAD", false},
	{0xCCAC, false, "TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256", "ECDHE-PSK-CHACHA20-POLY1305", KexECDHEPSK, AuthPSK, "ChaCha20", 256, 0, ModePoly1305, "AEAD", false},
	{0xC0AB, false, "TLS_PSK_DHE_WITH_AES_256_CCM_8", "DHE-PSK-AES256-CCM8", KexDHEPSK, AuthPSK, "AES", 256, 128, ModeCCM8, "AEAD", false},
	{0xC0A7, false, "TLS_DHE_PSK_WITH_AES_256_CCM", "DHE-PSK-AES256-CCM", KexDHEPSK, AuthPSK, "AES", 256, 128, ModeCCM, "AEAD", false},
	{0xC032, false, "TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384", "ECDH-RSA-AES256-GCM-SHA384", KexECDH, AuthECDH, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0xC02E, false, "TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384", "ECDH-ECDSA-AES256-GCM-SHA384", KexECDH, AuthECDH, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0xC02A, false, "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384", "ECDH-RSA-AES256-SHA384", KexECDH, AuthECDH, "AES", 256, 128, ModeCBC, "SHA384", false},
	{0xC026, false, "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384", "ECDH-ECDSA-AES256-SHA384", KexECDH, AuthECDH, "AES", 256, 128, ModeCBC, "SHA384", false},
	{0xC00F, false, "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA", "ECDH-RSA-AES256-SHA", KexECDH, AuthECDH, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0xC005, false, "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA", "ECDH-ECDSA-AES256-SHA", KexECDH, AuthECDH, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0xC079, false, "TLS_ECDH_RSA_WITH_CAMELLIA_256_CBC_SHA384", "ECDH-RSA-CAMELLIA256-SHA384", KexECDH, AuthECDH, "Camellia", 256, 128, ModeCBC, "SHA384", false},
	{0xC075, false, "TLS_ECDH_ECDSA_WITH_CAMELLIA_256_CBC_SHA384", "ECDH-ECDSA-CAMELLIA256-SHA384", KexECDH, AuthECDH, "Camellia", 256, 128, ModeCBC, "SHA384", false},
	{0x009D, false, "TLS_RSA_WITH_AES_256_GCM_SHA384", "AES256-GCM-SHA384", KexRSA, AuthRSA, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0xC0A1, false, "TLS_RSA_WITH_AES_256_CCM_8", "AES256-CCM8", KexRSA, AuthRSA, "AES", 256, 128, ModeCCM8, "AEAD", false},
	{0xC09D, false, "TLS_RSA_WITH_AES_256_CCM", "AES256-CCM", KexRSA, AuthRSA, "AES", 256, 128, ModeCCM, "AEAD", false},
	{0x00A9, false, "TLS_PSK_WITH_AES_256_GCM_SHA384", "PSK-AES256-GCM-SHA384", KexPSK, AuthPSK, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0xCCAB, false, "TLS_PSK_WITH_CHACHA20_POLY1305_SHA256", "PSK-CHACHA20-POLY1305", KexPSK, AuthPSK, "ChaCha20", 256, 0, ModePoly1305, "AEAD", false},
	{0xC0A9, false, "TLS_PSK_WITH_AES_256_CCM_8", "PSK-AES256-CCM8", KexPSK, AuthPSK, "AES", 256, 128, ModeCCM8, "AEAD", false},
	{0xC0A5, false, "TLS_PSK_WITH_AES_256_CCM", "PSK-AES256-CCM", KexPSK, AuthPSK, "AES", 256, 128, ModeCCM, "AEAD", false},
	{0x003D, false, "TLS_RSA_WITH_AES_256_CBC_SHA256", "AES256-SHA256", KexRSA, AuthRSA, "AES", 256, 128, ModeCBC, "SHA256", false},
	{0x0035, false, "TLS_RSA_WITH_AES_256_CBC_SHA", "AES256-SHA", KexRSA, AuthRSA, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0x00C0, false, "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256", "CAMELLIA256-SHA256", KexRSA, AuthRSA, "Camellia", 256, 128, ModeCBC, "SHA256", false},
	{0xC038, false, "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384", "ECDHE-PSK-AES256-CBC-SHA384", KexECDHEPSK, AuthPSK, "AES", 256, 128, ModeCBC, "SHA384", false},
	{0xC036, false, "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA", "ECDHE-PSK-AES256-CBC-SHA", KexECDHEPSK, AuthPSK, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0x0084, false, "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA", "CAMELLIA256-SHA", KexRSA, AuthRSA, "Camellia", 256, 128, ModeCBC, "SHA1", false},
	{0x0095, false, "TLS_RSA_PSK_WITH_AES_256_CBC_SHA", "RSA-PSK-AES256-CBC-SHA", KexRSAPSK, AuthRSA, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0x008D, false, "TLS_PSK_WITH_AES_256_CBC_SHA", "PSK-AES256-CBC-SHA", KexPSK, AuthPSK, "AES", 256, 128, ModeCBC, "SHA1", false},
	{0xC03D, false, "TLS_RSA_WITH_ARIA_256_CBC_SHA384", "ARIA256-CBC-SHA384", KexRSA, AuthRSA, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC03F, false, "TLS_DH_DSS_WITH_ARIA_256_CBC_SHA384", "-", KexDH, AuthDH, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC041, false, "TLS_DH_RSA_WITH_ARIA_256_CBC_SHA384", "-", KexDH, AuthDH, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC043, false, "TLS_DHE_DSS_WITH_ARIA_256_CBC_SHA384", "DHE-DSS-ARIA256-CBC-SHA384", KexDHE, AuthDSS, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC045, false, "TLS_DHE_RSA_WITH_ARIA_256_CBC_SHA384", "DHE-RSA-ARIA256-CBC-SHA384", KexDHE, AuthRSA, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC047, false, "TLS_DH_anon_WITH_ARIA_256_CBC_SHA384", "DH-anon-ARIA256-CBC-SHA384", KexDHE, AuthAnon, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC049, false, "TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384", "ECDHE-ECDSA-ARIA256-CBC-SHA384", KexECDHE, AuthECDSA, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC04B, false, "TLS_ECDH_ECDSA_WITH_ARIA_256_CBC_SHA384", "-", KexECDH, AuthECDH, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC04D, false, "TLS_ECDHE_RSA_WITH_ARIA_256_CBC_SHA384", "ECDHE-RSA-ARIA256-CBC-SHA384", KexECDHE, AuthRSA, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC04F, false, "TLS_ECDH_RSA_WITH_ARIA_256_CBC_SHA384", "-", KexECDH, AuthECDH, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC051, false, "TLS_RSA_WITH_ARIA_256_GCM_SHA384", "ARIA256-GCM-SHA384", KexRSA, AuthRSA, "ARIA", 256, 128, ModeGCM, "AEAD", false},
	{0xC053, false, "TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384", "DHE-RSA-ARIA256-GCM-SHA384", KexDHE, AuthRSA, "ARIA", 256, 128, ModeGCM, "AEAD", false},
	{0xC055, false, "TLS_DH_RSA_WITH_ARIA_256_GCM_SHA384", "DH-RSA-ARIA256-GCM-SHA384", KexDH, AuthDH, "ARIA", 256, 128, ModeGCM, "AEAD", false},
	{0xC057, false, "TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384", "DHE-DSS-ARIA256-GCM-SHA384", KexDHE, AuthDSS, "ARIA", 256, 128, ModeGCM, "AEAD", false},
	{0xC059, false, "TLS_DH_DSS_WITH_ARIA_256_GCM_SHA384", "DH-DSS-ARIA256-GCM-SHA384", KexDH, AuthDH, "ARIA", 256, 128, ModeGCM, "AEAD", false},
	{0xC05B, false, "TLS_DH_anon_WITH_ARIA_256_GCM_SHA384", "ADH-ARIA256-GCM-SHA384", KexDHE, AuthAnon, "ARIA", 256, 128, ModeGCM, "AEAD", false},
	{0xC05D, false, "TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384", "ECDHE-ECDSA-ARIA256-GCM-SHA384", KexECDHE, AuthECDSA, "ARIA", 256, 128, ModeGCM, "AEAD", false},
	{0xC05F, false, "TLS_ECDH_ECDSA_WITH_ARIA_256_GCM_SHA384", "ECDH-ECDSA-ARIA256-GCM-SHA384", KexECDH, AuthECDH, "ARIA", 256, 128, ModeGCM, "AEAD", false},
	{0xC061, false, "TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384", "ECDHE-ARIA256-GCM-SHA384", KexECDHE, AuthRSA, "ARIA", 256, 128, ModeGCM, "AEAD", false},
	{0xC063, false, "TLS_ECDH_RSA_WITH_ARIA_256_GCM_SHA384", "ECDH-ARIA256-GCM-SHA384", KexECDH, AuthECDH, "ARIA", 256, 128, ModeGCM, "AEAD", false},
	{0xC065, false, "TLS_PSK_WITH_ARIA_256_CBC_SHA384", "-", KexPSK, AuthPSK, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC067, false, "TLS_DHE_PSK_WITH_ARIA_256_CBC_SHA384", "-", KexDHEPSK, AuthPSK, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC069, false, "TLS_RSA_PSK_WITH_ARIA_256_CBC_SHA384", "-", KexRSAPSK, AuthRSA, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC06B, false, "TLS_PSK_WITH_ARIA_256_GCM_SHA384", "PSK-ARIA256-GCM-SHA384", KexPSK, AuthPSK, "ARIA", 256, 128, ModeGCM, "AEAD", false},
	{0xC06D, false, "TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384", "DHE-PSK-ARIA256-GCM-SHA384", KexDHEPSK, AuthPSK, "ARIA", 256, 128, ModeGCM, "AEAD", false},
	{0xC06F, false, "TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384", "RSA-PSK-ARIA256-GCM-SHA384", KexRSAPSK, AuthRSA, "ARIA", 256, 128, ModeGCM, "AEAD", false},
	{0xC071, false, "TLS_ECDHE_PSK_WITH_ARIA_256_CBC_SHA384", "-", KexECDHEPSK, AuthPSK, "ARIA", 256, 128, ModeCBC, "SHA384", false},
	{0xC07B, false, "TLS_RSA_WITH_CAMELLIA_256_GCM_SHA384", "-", KexRSA, AuthRSA, "Camellia", 256, 128, ModeGCM, "AEAD", false},
	{0xC07D, false, "TLS_DHE_RSA_WITH_CAMELLIA_256_GCM_SHA384", "-", KexDHE, AuthRSA, "Camellia", 256, 128, ModeGCM, "AEAD", false},
	{0xC07F, false, "TLS_DH_RSA_WITH_CAMELLIA_256_GCM_SHA384", "-", KexDH, AuthDH, "Camellia", 256, 128, ModeGCM, "AEAD", false},
	{0xC081, false, "TLS_DHE_DSS_WITH_CAMELLIA_256_GCM_SHA384", "-", KexDHE, AuthDSS, "Camellia", 256, 128, ModeGCM, "AEAD", false},
	{0xC083, false, "TLS_DH_DSS_WITH_CAMELLIA_256_GCM_SHA384", "-", KexDH, AuthDH, "Camellia", 256, 128, ModeGCM, "AEAD", false},
	{0xC085, false, "TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384", "-", KexDHE, AuthAnon, "Camellia", 256, 128, ModeGCM, "AEAD", false},
	{0xC087, false, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384", "-", KexECDHE, AuthECDSA, "Camellia", 256, 128, ModeGCM, "AEAD", false},
	{0xC089, false, "TLS_ECDH_ECDSA_WITH_CAMELLIA_256_GCM_SHA384", "-", KexECDH, AuthECDH, "Camellia", 256, 128, ModeGCM, "AEAD", false},
	{0xC08B, false, "TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384", "-", KexECDHE, AuthRSA, "Camellia", 256, 128, ModeGCM, "AEAD", false},
	{0xC08D, false, "TLS_ECDH_RSA_WITH_CAMELLIA_256_GCM_SHA384", "-", KexECDH, AuthECDH, "Camellia", 256, 128, ModeGCM, "AEAD", false},
	{0xC08F, false, "TLS_PSK_WITH_CAMELLIA_256_GCM_SHA384", "-", KexPSK, AuthPSK, "Camellia", 256, 128, ModeGCM, "AEAD", false},
	{0xC091, false, "TLS_DHE_PSK_WITH_CAMELLIA_256_GCM_SHA384", "-", KexDHEPSK, AuthPSK, "Camellia", 256, 128, ModeGCM, "AEAD", false},
	{0xC093, false, "TLS_RSA_PSK_WITH_CAMELLIA_256_GCM_SHA384", "-", KexRSAPSK, AuthRSA, "Camellia", 256, 128, ModeGCM, "AEAD", false},
	{0x0080, false, "TLS_GOSTR341094_WITH_28147_CNT_IMIT", "GOST94-GOST89-GOST89", KexGOST, AuthGOST, "GOST28147", 256, 0, ModeStream, "GOST28147", false},
	{0x0081, false, "TLS_GOSTR341001_WITH_28147_CNT_IMIT", "GOST2001-GOST89-GOST89", KexGOST, AuthGOST, "GOST28147", 256, 0, ModeStream, "GOST28147", false},
	{0xFF00, false, "TLS_GOSTR341094_RSA_WITH_28147_CNT_MD5", "GOST-MD5", KexRSA, AuthRSA, "GOST28147", 256, 0, ModeStream, "MD5", false},
	{0xFF01, false, "TLS_RSA_WITH_28147_CNT_GOST94", "GOST-GOST94", KexRSA, AuthRSA, "GOST28147", 256, 0, ModeStream, "GOSTR3411-94", false},
	{0xFF02, false, "GOST-GOST89MAC", "GOST-GOST89MAC", KexRSA, AuthRSA, "GOST28147", 256, 0, ModeStream, "GOST28147", false},
	{0xFF03, false, "GOST-GOST89STREAM", "GOST-GOST89STREAM", KexRSA, AuthRSA, "GOST28147", 256, 0, ModeStream, "GOST28147", false},
	{0xFF85, false, "GOST2012256-GOST89-GOST89", "GOST2012256-GOST89-GOST89", KexGOST, AuthGOST, "GOST28147", 256, 0, ModeStream, "GOST28147", false},
	{0x16B7, false, "TLS_CECPQ1_RSA_WITH_CHACHA20_POLY1305_SHA256", "-", KexCECPQ1, AuthRSA, "ChaCha20", 256, 0, ModePoly1305, "AEAD", false},
	{0x16B8, false, "TLS_CECPQ1_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "-", KexCECPQ1, AuthECDSA, "ChaCha20", 256, 0, ModePoly1305, "AEAD", false},
	{0x16B9, false, "TLS_CECPQ1_RSA_WITH_AES_256_GCM_SHA384", "-", KexCECPQ1, AuthRSA, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0x16BA, false, "TLS_CECPQ1_ECDSA_WITH_AES_256_GCM_SHA384", "-", KexCECPQ1, AuthECDSA, "AES", 256, 128, ModeGCM, "AEAD", false},
	{0x1301, false, "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256", KexTLS13, AuthAny, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0x1304, false, "TLS_AES_128_CCM_SHA256", "TLS_AES_128_CCM_SHA256", KexTLS13, AuthAny, "AES", 128, 128, ModeCCM, "AEAD", false},
	{0x1305, false, "TLS_AES_128_CCM_8_SHA256", "TLS_AES_128_CCM_8_SHA256", KexTLS13, AuthAny, "AES", 128, 128, ModeCCM8, "AEAD", false},
	{0xC02F, false, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "ECDHE-RSA-AES128-GCM-SHA256", KexECDHE, AuthRSA, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0xC02B, false, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "ECDHE-ECDSA-AES128-GCM-SHA256", KexECDHE, AuthECDSA, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0xC027, false, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "ECDHE-RSA-AES128-SHA256", KexECDHE, AuthRSA, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0xC023, false, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "ECDHE-ECDSA-AES128-SHA256", KexECDHE, AuthECDSA, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0xC013, false, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "ECDHE-RSA-AES128-SHA", KexECDHE, AuthRSA, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0xC009, false, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "ECDHE-ECDSA-AES128-SHA", KexECDHE, AuthECDSA, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0xC01F, false, "TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA", "SRP-DSS-AES-128-CBC-SHA", KexSRP, AuthDSS, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0xC01E, false, "TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA", "SRP-RSA-AES-128-CBC-SHA", KexSRP, AuthRSA, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0xC01D, false, "TLS_SRP_SHA_WITH_AES_128_CBC_SHA", "SRP-AES-128-CBC-SHA", KexSRP, AuthSRP, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0x00A4, false, "TLS_DH_DSS_WITH_AES_128_GCM_SHA256", "DH-DSS-AES128-GCM-SHA256", KexDH, AuthDH, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0x00A2, false, "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256", "DHE-DSS-AES128-GCM-SHA256", KexDHE, AuthDSS, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0x00A0, false, "TLS_DH_RSA_WITH_AES_128_GCM_SHA256", "DH-RSA-AES128-GCM-SHA256", KexDH, AuthDH, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0x009E, false, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "DHE-RSA-AES128-GCM-SHA256", KexDHE, AuthRSA, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0xC0AE, false, "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", "ECDHE-ECDSA-AES128-CCM8", KexECDHE, AuthECDSA, "AES", 128, 128, ModeCCM8, "AEAD", false},
	{0xC0AC, false, "TLS_ECDHE_ECDSA_WITH_AES_128_CCM", "ECDHE-ECDSA-AES128-CCM", KexECDHE, AuthECDSA, "AES", 128, 128, ModeCCM, "AEAD", false},
	{0xC0A2, false, "TLS_DHE_RSA_WITH_AES_128_CCM_8", "DHE-RSA-AES128-CCM8", KexDHE, AuthRSA, "AES", 128, 128, ModeCCM8, "AEAD", false},
	{0xC09E, false, "TLS_DHE_RSA_WITH_AES_128_CCM", "DHE-RSA-AES128-CCM", KexDHE, AuthRSA, "AES", 128, 128, ModeCCM, "AEAD", false},
	{0x00AC, false, "TLS_RSA_PSK_WITH_AES_128_GCM_SHA256", "RSA-PSK-AES128-GCM-SHA256", KexRSAPSK, AuthRSA, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0x00AA, false, "TLS_DHE_PSK_WITH_AES_128_GCM_SHA256", "DHE-PSK-AES128-GCM-SHA256", KexDHEPSK, AuthPSK, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0xC0AA, false, "TLS_PSK_DHE_WITH_AES_128_CCM_8", "DHE-PSK-AES128-CCM8", KexDHEPSK, AuthPSK, "AES", 128, 128, ModeCCM8, "AEAD", false},
	{0xC0A6, false, "TLS_DHE_PSK_WITH_AES_128_CCM", "DHE-PSK-AES128-CCM", KexDHEPSK, AuthPSK, "AES", 128, 128, ModeCCM, "AEAD", false},
	{0xC0A0, false, "TLS_RSA_WITH_AES_128_CCM_8", "AES128-CCM8", KexRSA, AuthRSA, "AES", 128, 128, ModeCCM8, "AEAD", false},
	{0xC09C, false, "TLS_RSA_WITH_AES_128_CCM", "AES128-CCM", KexRSA, AuthRSA, "AES", 128, 128, ModeCCM, "AEAD", false},
	{0x00A8, false, "TLS_PSK_WITH_AES_128_GCM_SHA256", "PSK-AES128-GCM-SHA256", KexPSK, AuthPSK, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0xC0A8, false, "TLS_PSK_WITH_AES_128_CCM_8", "PSK-AES128-CCM8", KexPSK, AuthPSK, "AES", 128, 128, ModeCCM8, "AEAD", false},
	{0xC0A4, false, "TLS_PSK_WITH_AES_128_CCM", "PSK-AES128-CCM", KexPSK, AuthPSK, "AES", 128, 128, ModeCCM, "AEAD", false},
	{0x0067, false, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256", "DHE-RSA-AES128-SHA256", KexDHE, AuthRSA, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0x0040, false, "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256", "DHE-DSS-AES128-SHA256", KexDHE, AuthDSS, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0x003F, false, "TLS_DH_RSA_WITH_AES_128_CBC_SHA256", "DH-RSA-AES128-SHA256", KexDH, AuthDH, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0x003E, false, "TLS_DH_DSS_WITH_AES_128_CBC_SHA256", "DH-DSS-AES128-SHA256", KexDH, AuthDH, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0x0033, false, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", "DHE-RSA-AES128-SHA", KexDHE, AuthRSA, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0x0032, false, "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", "DHE-DSS-AES128-SHA", KexDHE, AuthDSS, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0x0031, false, "TLS_DH_RSA_WITH_AES_128_CBC_SHA", "DH-RSA-AES128-SHA", KexDH, AuthDH, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0x0030, false, "TLS_DH_DSS_WITH_AES_128_CBC_SHA", "DH-DSS-AES128-SHA", KexDH, AuthDH, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0xC076, false, "TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", "ECDHE-RSA-CAMELLIA128-SHA256", KexECDHE, AuthRSA, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0xC072, false, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256", "ECDHE-ECDSA-CAMELLIA128-SHA256", KexECDHE, AuthECDSA, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0x00BE, false, "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", "DHE-RSA-CAMELLIA128-SHA256", KexDHE, AuthRSA, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0x00BD, false, "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256", "DHE-DSS-CAMELLIA128-SHA256", KexDHE, AuthDSS, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0x00BC, false, "TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA256", "DH-RSA-CAMELLIA128-SHA256", KexDH, AuthDH, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0x00BB, false, "TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA256", "DH-DSS-CAMELLIA128-SHA256", KexDH, AuthDH, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0x009A, false, "TLS_DHE_RSA_WITH_SEED_CBC_SHA", "DHE-RSA-SEED-SHA", KexDHE, AuthRSA, "SEED", 128, 128, ModeCBC, "SHA1", false},
	{0x0099, false, "TLS_DHE_DSS_WITH_SEED_CBC_SHA", "DHE-DSS-SEED-SHA", KexDHE, AuthDSS, "SEED", 128, 128, ModeCBC, "SHA1", false},
	{0x0098, false, "TLS_DH_RSA_WITH_SEED_CBC_SHA", "DH-RSA-SEED-SHA", KexDH, AuthDH, "SEED", 128, 128, ModeCBC, "SHA1", false},
	{0x0097, false, "TLS_DH_DSS_WITH_SEED_CBC_SHA", "DH-DSS-SEED-SHA", KexDH, AuthDH, "SEED", 128, 128, ModeCBC, "SHA1", false},
	{0x0045, false, "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA", "DHE-RSA-CAMELLIA128-SHA", KexDHE, AuthRSA, "Camellia", 128, 128, ModeCBC, "SHA1", false},
	{0x0044, false, "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA", "DHE-DSS-CAMELLIA128-SHA", KexDHE, AuthDSS, "Camellia", 128, 128, ModeCBC, "SHA1", false},
	{0x0043, false, "TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA", "DH-RSA-CAMELLIA128-SHA", KexDH, AuthDH, "Camellia", 128, 128, ModeCBC, "SHA1", false},
	{0x0042, false, "TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA", "DH-DSS-CAMELLIA128-SHA", KexDH, AuthDH, "Camellia", 128, 128, ModeCBC, "SHA1", false},
	{0xC018, false, "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", "AECDH-AES128-SHA", KexECDHE, AuthAnon, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0x00A6, false, "TLS_DH_anon_WITH_AES_128_GCM_SHA256", "ADH-AES128-GCM-SHA256", KexDHE, AuthAnon, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0x006C, false, "TLS_DH_anon_WITH_AES_128_CBC_SHA256", "ADH-AES128-SHA256", KexDHE, AuthAnon, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0x0034, false, "TLS_DH_anon_WITH_AES_128_CBC_SHA", "ADH-AES128-SHA", KexDHE, AuthAnon, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0x00BF, false, "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256", "ADH-CAMELLIA128-SHA256", KexDHE, AuthAnon, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0x009B, false, "TLS_DH_anon_WITH_SEED_CBC_SHA", "ADH-SEED-SHA", KexDHE, AuthAnon, "SEED", 128, 128, ModeCBC, "SHA1", false},
	{0x0046, false, "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA", "ADH-CAMELLIA128-SHA", KexDHE, AuthAnon, "Camellia", 128, 128, ModeCBC, "SHA1", false},
	{0xC031, false, "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256", "ECDH-RSA-AES128-GCM-SHA256", KexECDH, AuthECDH, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0xC02D, false, "TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256", "ECDH-ECDSA-AES128-GCM-SHA256", KexECDH, AuthECDH, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0xC029, false, "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256", "ECDH-RSA-AES128-SHA256", KexECDH, AuthECDH, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0xC025, false, "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256", "ECDH-ECDSA-AES128-SHA256", KexECDH, AuthECDH, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0xC00E, false, "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA", "ECDH-RSA-AES128-SHA", KexECDH, AuthECDH, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0xC004, false, "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA", "ECDH-ECDSA-AES128-SHA", KexECDH, AuthECDH, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0xC078, false, "TLS_ECDH_RSA_WITH_CAMELLIA_128_CBC_SHA256", "ECDH-RSA-CAMELLIA128-SHA256", KexECDH, AuthECDH, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0xC074, false, "TLS_ECDH_ECDSA_WITH_CAMELLIA_128_CBC_SHA256", "ECDH-ECDSA-CAMELLIA128-SHA256", KexECDH, AuthECDH, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0x009C, false, "TLS_RSA_WITH_AES_128_GCM_SHA256", "AES128-GCM-SHA256", KexRSA, AuthRSA, "AES", 128, 128, ModeGCM, "AEAD", false},
	{0x003C, false, "TLS_RSA_WITH_AES_128_CBC_SHA256", "AES128-SHA256", KexRSA, AuthRSA, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0x002F, false, "TLS_RSA_WITH_AES_128_CBC_SHA", "AES128-SHA", KexRSA, AuthRSA, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0x00BA, false, "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256", "CAMELLIA128-SHA256", KexRSA, AuthRSA, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0xC037, false, "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256", "ECDHE-PSK-AES128-CBC-SHA256", KexECDHEPSK, AuthPSK, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0xC035, false, "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA", "ECDHE-PSK-AES128-CBC-SHA", KexECDHEPSK, AuthPSK, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0x00B6, false, "TLS_RSA_PSK_WITH_AES_128_CBC_SHA256", "RSA-PSK-AES128-CBC-SHA256", KexRSAPSK, AuthRSA, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0x00B2, false, "TLS_DHE_PSK_WITH_AES_128_CBC_SHA256", "DHE-PSK-AES128-CBC-SHA256", KexDHEPSK, AuthPSK, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0x0090, false, "TLS_DHE_PSK_WITH_AES_128_CBC_SHA", "DHE-PSK-AES128-CBC-SHA", KexDHEPSK, AuthPSK, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0x0096, false, "TLS_RSA_WITH_SEED_CBC_SHA", "SEED-SHA", KexRSA, AuthRSA, "SEED", 128, 128, ModeCBC, "SHA1", false},
	{0x0041, false, "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA", "CAMELLIA128-SHA", KexRSA, AuthRSA, "Camellia", 128, 128, ModeCBC, "SHA1", false},
	{0xC09A, false, "TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256", "ECDHE-PSK-CAMELLIA128-SHA256", KexECDHEPSK, AuthPSK, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0xC098, false, "TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256", "RSA-PSK-CAMELLIA128-SHA256", KexRSAPSK, AuthRSA, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0xC096, false, "TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256", "DHE-PSK-CAMELLIA128-SHA256", KexDHEPSK, AuthPSK, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0x00AE, false, "TLS_PSK_WITH_AES_128_CBC_SHA256", "PSK-AES128-CBC-SHA256", KexPSK, AuthPSK, "AES", 128, 128, ModeCBC, "SHA256", false},
	{0xC094, false, "TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256", "PSK-CAMELLIA128-SHA256", KexPSK, AuthPSK, "Camellia", 128, 128, ModeCBC, "SHA256", false},
	{0x0007, false, "TLS_RSA_WITH_IDEA_CBC_SHA", "IDEA-CBC-SHA", KexRSA, AuthRSA, "IDEA", 128, 64, ModeCBC, "SHA1", false},
	{0x050080, true, "SSL_CK_IDEA_128_CBC_WITH_MD5", "IDEA-CBC-MD5", KexRSA, AuthRSA, "IDEA", 128, 64, ModeCBC, "MD5", false},
	{0x030080, true, "SSL_CK_RC2_128_CBC_WITH_MD5", "RC2-CBC-MD5", KexRSA, AuthRSA, "RC2", 128, 64, ModeCBC, "MD5", false},
	{0x0094, false, "TLS_RSA_PSK_WITH_AES_128_CBC_SHA", "RSA-PSK-AES128-CBC-SHA", KexRSAPSK, AuthRSA, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0x008C, false, "TLS_PSK_WITH_AES_128_CBC_SHA", "PSK-AES128-CBC-SHA", KexPSK, AuthPSK, "AES", 128, 128, ModeCBC, "SHA1", false},
	{0x0021, false, "TLS_KRB5_WITH_IDEA_CBC_SHA", "KRB5-IDEA-CBC-SHA", KexKRB5, AuthKRB5, "IDEA", 128, 64, ModeCBC, "SHA1", false},
	{0x0025, false, "TLS_KRB5_WITH_IDEA_CBC_MD5", "KRB5-IDEA-CBC-MD5", KexKRB5, AuthKRB5, "IDEA", 128, 64, ModeCBC, "MD5", false},
	{0xC03C, false, "TLS_RSA_WITH_ARIA_128_CBC_SHA256", "ARIA128-CBC-SHA256", KexRSA, AuthRSA, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC03E, false, "TLS_DH_DSS_WITH_ARIA_128_CBC_SHA256", "-", KexDH, AuthDH, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC040, false, "TLS_DH_RSA_WITH_ARIA_128_CBC_SHA256", "-", KexDH, AuthDH, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC042, false, "TLS_DHE_DSS_WITH_ARIA_128_CBC_SHA256", "DHE-DSS-ARIA128-CBC-SHA256", KexDHE, AuthDSS, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC044, false, "TLS_DHE_RSA_WITH_ARIA_128_CBC_SHA256", "DHE-RSA-ARIA128-CBC-SHA256", KexDHE, AuthRSA, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC046, false, "TLS_DH_anon_WITH_ARIA_128_CBC_SHA256", "DH-anon-ARIA128-CBC-SHA256", KexDHE, AuthAnon, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC048, false, "TLS_ECDHE_ECDSA_WITH_ARIA_128_CBC_SHA256", "ECDHE-ECDSA-ARIA128-CBC-SHA256", KexECDHE, AuthECDSA, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC04A, false, "TLS_ECDH_ECDSA_WITH_ARIA_128_CBC_SHA256", "-", KexECDH, AuthECDH, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC04C, false, "TLS_ECDHE_RSA_WITH_ARIA_128_CBC_SHA256", "ECDHE-RSA-ARIA128-CBC-SHA256", KexECDHE, AuthRSA, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC04E, false, "TLS_ECDH_RSA_WITH_ARIA_128_CBC_SHA256", "-", KexECDH, AuthECDH, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC050, false, "TLS_RSA_WITH_ARIA_128_GCM_SHA256", "ARIA128-GCM-SHA256", KexRSA, AuthRSA, "ARIA", 128, 128, ModeGCM, "AEAD", false},
	{0xC052, false, "TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256", "DHE-RSA-ARIA128-GCM-SHA256", KexDHE, AuthRSA, "ARIA", 128, 128, ModeGCM, "AEAD", false},
	{0xC054, false, "TLS_DH_RSA_WITH_ARIA_128_GCM_SHA256", "DH-RSA-ARIA128-GCM-SHA256", KexDH, AuthDH, "ARIA", 128, 128, ModeGCM, "AEAD", false},
	{0xC056, false, "TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256", "DHE-DSS-ARIA128-GCM-SHA256", KexDHE, AuthDSS, "ARIA", 128, 128, ModeGCM, "AEAD", false},
	{0xC058, false, "TLS_DH_DSS_WITH_ARIA_128_GCM_SHA256", "DH-DSS-ARIA128-GCM-SHA256", KexDH, AuthDH, "ARIA", 128, 128, ModeGCM, "AEAD", false},
	{0xC05A, false, "TLS_DH_anon_WITH_ARIA_128_GCM_SHA256", "ADH-ARIA128-GCM-SHA256", KexDHE, AuthAnon, "ARIA", 128, 128, ModeGCM, "AEAD", false},
	{0xC05C, false, "TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256", "ECDHE-ECDSA-ARIA128-GCM-SHA256", KexECDHE, AuthECDSA, "ARIA", 128, 128, ModeGCM, "AEAD", false},
	{0xC05E, false, "TLS_ECDH_ECDSA_WITH_ARIA_128_GCM_SHA256", "ECDH-ECDSA-ARIA128-GCM-SHA256", KexECDH, AuthECDH, "ARIA", 128, 128, ModeGCM, "AEAD", false},
	{0xC060, false, "TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256", "ECDHE-ARIA128-GCM-SHA256", KexECDHE, AuthRSA, "ARIA", 128, 128, ModeGCM, "AEAD", false},
	{0xC062, false, "TLS_ECDH_RSA_WITH_ARIA_128_GCM_SHA256", "ECDH-ARIA128-GCM-SHA256", KexECDH, AuthECDH, "ARIA", 128, 128, ModeGCM, "AEAD", false},
	{0xC064, false, "TLS_PSK_WITH_ARIA_128_CBC_SHA256", "-", KexPSK, AuthPSK, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC066, false, "TLS_DHE_PSK_WITH_ARIA_128_CBC_SHA256", "-", KexDHEPSK, AuthPSK, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC068, false, "TLS_RSA_PSK_WITH_ARIA_128_CBC_SHA256", "-", KexRSAPSK, AuthRSA, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC06A, false, "TLS_PSK_WITH_ARIA_128_GCM_SHA256", "PSK-ARIA128-GCM-SHA256", KexPSK, AuthPSK, "ARIA", 128, 128, ModeGCM, "AEAD", false},
	{0xC06C, false, "TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256", "DHE-PSK-ARIA128-GCM-SHA256", KexDHEPSK, AuthPSK, "ARIA", 128, 128, ModeGCM, "AEAD", false},
	{0xC06E, false, "TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256", "RSA-PSK-ARIA128-GCM-SHA256", KexRSAPSK, AuthRSA, "ARIA", 128, 128, ModeGCM, "AEAD", false},
	{0xC070, false, "TLS_ECDHE_PSK_WITH_ARIA_128_CBC_SHA256", "-", KexECDHEPSK, AuthPSK, "ARIA", 128, 128, ModeCBC, "SHA256", false},
	{0xC07A, false, "TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256", "-", KexRSA, AuthRSA, "Camellia", 128, 128, ModeGCM, "AEAD", false},
	{0xC07C, false, "TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256", "-", KexDHE, AuthRSA, "Camellia", 128, 128, ModeGCM, "AEAD", false},
	{0xC07E, false, "TLS_DH_RSA_WITH_CAMELLIA_128_GCM_SHA256", "-", KexDH, AuthDH, "Camellia", 128, 128, ModeGCM, "AEAD", false},
	{0xC080, false, "TLS_DHE_DSS_WITH_CAMELLIA_128_GCM_SHA256", "-", KexDHE, AuthDSS, "Camellia", 128, 128, ModeGCM, "AEAD", false},
	{0xC082, false, "TLS_DH_DSS_WITH_CAMELLIA_128_GCM_SHA256", "-", KexDH, AuthDH, "Camellia", 128, 128, ModeGCM, "AEAD", false},
	{0xC084, false, "TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256", "-", KexDHE, AuthAnon, "Camellia", 128, 128, ModeGCM, "AEAD", false},
	{0xC086, false, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256", "-", KexECDHE, AuthECDSA, "Camellia", 128, 128, ModeGCM, "AEAD", false},
	{0xC088, false, "TLS_ECDH_ECDSA_WITH_CAMELLIA_128_GCM_SHA256", "-", KexECDH, AuthECDH, "Camellia", 128, 128, ModeGCM, "AEAD", false},
	{0xC08A, false, "TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256", "-", KexECDHE, AuthRSA, "Camellia", 128, 128, ModeGCM, "AEAD", false},
	{0xC08C, false, "TLS_ECDH_RSA_WITH_CAMELLIA_128_GCM_SHA256", "-", KexECDH, AuthECDH, "Camellia", 128, 128, ModeGCM, "AEAD", false},
	{0xC08E, false, "TLS_PSK_WITH_CAMELLIA_128_GCM_SHA256", "-", KexPSK, AuthPSK, "Camellia", 128, 128, ModeGCM, "AEAD", false},
	{0xC090, false, "TLS_DHE_PSK_WITH_CAMELLIA_128_GCM_SHA256", "-", KexDHEPSK, AuthPSK, "Camellia", 128, 128, ModeGCM, "AEAD", false},
	{0xC092, false, "TLS_RSA_PSK_WITH_CAMELLIA_128_GCM_SHA256", "-", KexRSAPSK, AuthRSA, "Camellia", 128, 128, ModeGCM, "AEAD", false},
	{0xC011, false, "TLS_ECDHE_RSA_WITH_RC4_128_SHA", "ECDHE-RSA-RC4-SHA", KexECDHE, AuthRSA, "RC4", 128, 0, ModeStream, "SHA1", false},
	{0xC007, false, "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", "ECDHE-ECDSA-RC4-SHA", KexECDHE, AuthECDSA, "RC4", 128, 0, ModeStream, "SHA1", false},
	{0x0066, false, "TLS_DHE_DSS_WITH_RC4_128_SHA", "DHE-DSS-RC4-SHA", KexDHE, AuthDSS, "RC4", 128, 0, ModeStream, "SHA1", false},
	{0xC016, false, "TLS_ECDH_anon_WITH_RC4_128_SHA", "AECDH-RC4-SHA", KexECDHE, AuthAnon, "RC4", 128, 0, ModeStream, "SHA1", false},
	{0x0018, false, "TLS_DH_anon_WITH_RC4_128_MD5", "ADH-RC4-MD5", KexDHE, AuthAnon, "RC4", 128, 0, ModeStream, "MD5", false},
	{0xC00C, false, "TLS_ECDH_RSA_WITH_RC4_128_SHA", "ECDH-RSA-RC4-SHA", KexECDH, AuthECDH, "RC4", 128, 0, ModeStream, "SHA1", false},
	{0xC002, false, "TLS_ECDH_ECDSA_WITH_RC4_128_SHA", "ECDH-ECDSA-RC4-SHA", KexECDH, AuthECDH, "RC4", 128, 0, ModeStream, "SHA1", false},
	{0x0005, false, "TLS_RSA_WITH_RC4_128_SHA", "RC4-SHA", KexRSA, AuthRSA, "RC4", 128, 0, ModeStream, "SHA1", false},
	{0x0004, false, "TLS_RSA_WITH_RC4_128_MD5", "RC4-MD5", KexRSA, AuthRSA, "RC4", 128, 0, ModeStream, "MD5", false},
	{0x010080, true, "SSL_CK_RC4_128_WITH_MD5", "RC4-MD5", KexRSA, AuthRSA, "RC4", 128, 0, ModeStream, "MD5", false},
	{0x0092, false, "TLS_RSA_PSK_WITH_RC4_128_SHA", "RSA-PSK-RC4-SHA", KexRSAPSK, AuthRSA, "RC4", 128, 0, ModeStream, "SHA1", false},
	{0x008A, false, "TLS_PSK_WITH_RC4_128_SHA", "PSK-RC4-SHA", KexPSK, AuthPSK, "RC4", 128, 0, ModeStream, "SHA1", false},
	{0x0020, false, "TLS_KRB5_WITH_RC4_128_SHA", "KRB5-RC4-SHA", KexKRB5, AuthKRB5, "RC4", 128, 0, ModeStream, "SHA1", false},
	{0x0024, false, "TLS_KRB5_WITH_RC4_128_MD5", "KRB5-RC4-MD5", KexKRB5, AuthKRB5, "RC4", 128, 0, ModeStream, "MD5", false},
	{0xC033, false, "TLS_ECDHE_PSK_WITH_RC4_128_SHA", "ECDHE-PSK-RC4-SHA", KexECDHEPSK, AuthPSK, "RC4", 128, 0, ModeStream, "SHA1", false},
	{0x008E, false, "TLS_DHE_PSK_WITH_RC4_128_SHA", "DHE-PSK-RC4-SHA", KexDHEPSK, AuthPSK, "RC4", 128, 0, ModeStream, "SHA1", false},
	{0xC012, false, "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", "ECDHE-RSA-DES-CBC3-SHA", KexECDHE, AuthRSA, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0xC008, false, "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA", "ECDHE-ECDSA-DES-CBC3-SHA", KexECDHE, AuthECDSA, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0xC01C, false, "TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA", "SRP-DSS-3DES-EDE-CBC-SHA", KexSRP, AuthDSS, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0xC01B, false, "TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA", "SRP-RSA-3DES-EDE-CBC-SHA", KexSRP, AuthRSA, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0xC01A, false, "TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA", "SRP-3DES-EDE-CBC-SHA", KexSRP, AuthSRP, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0x0016, false, "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA", "EDH-RSA-DES-CBC3-SHA", KexDHE, AuthRSA, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0x0013, false, "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA", "EDH-DSS-DES-CBC3-SHA", KexDHE, AuthDSS, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0x0010, false, "TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA", "DH-RSA-DES-CBC3-SHA", KexDH, AuthDH, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0x000D, false, "TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA", "DH-DSS-DES-CBC3-SHA", KexDH, AuthDH, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0xC017, false, "TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA", "AECDH-DES-CBC3-SHA", KexECDHE, AuthAnon, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0x001B, false, "TLS_DH_anon_WITH_3DES_EDE_CBC_SHA", "ADH-DES-CBC3-SHA", KexDHE, AuthAnon, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0xC00D, false, "TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA", "ECDH-RSA-DES-CBC3-SHA", KexECDH, AuthECDH, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0xC003, false, "TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA", "ECDH-ECDSA-DES-CBC3-SHA", KexECDH, AuthECDH, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0x000A, false, "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "DES-CBC3-SHA", KexRSA, AuthRSA, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0x0700C0, true, "SSL_CK_DES_192_EDE3_CBC_WITH_MD5", "DES-CBC3-MD5", KexRSA, AuthRSA, "3DES", 168, 64, ModeCBC, "MD5", false},
	{0x0701C0, true, "SSL_CK_DES_192_EDE3_CBC_WITH_SHA", "DES-CBC3-SHA", KexRSA, AuthRSA, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0x0093, false, "TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA", "RSA-PSK-3DES-EDE-CBC-SHA", KexRSAPSK, AuthRSA, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0x008B, false, "TLS_PSK_WITH_3DES_EDE_CBC_SHA", "PSK-3DES-EDE-CBC-SHA", KexPSK, AuthPSK, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0x001F, false, "TLS_KRB5_WITH_3DES_EDE_CBC_SHA", "KRB5-DES-CBC3-SHA", KexKRB5, AuthKRB5, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0x0023, false, "TLS_KRB5_WITH_3DES_EDE_CBC_MD5", "KRB5-DES-CBC3-MD5", KexKRB5, AuthKRB5, "3DES", 168, 64, ModeCBC, "MD5", false},
	{0xC034, false, "TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA", "ECDHE-PSK-3DES-EDE-CBC-SHA", KexECDHEPSK, AuthPSK, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0x008F, false, "TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA", "DHE-PSK-3DES-EDE-CBC-SHA", KexDHEPSK, AuthPSK, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0xFEFF, false, "SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA", "-", KexRSA, AuthRSA, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0xFFE0, false, "SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA", "-", KexRSA, AuthRSA, "3DES", 168, 64, ModeCBC, "SHA1", false},
	{0x080080, true, "SSL_CK_RC4_64_WITH_MD5", "RC4-64-MD5", KexRSA, AuthRSA, "RC4", 64, 0, ModeStream, "MD5", false},
	{0xFF8000, true, "SSL_CK_DES_64_CFB64_WITH_MD5_1", "DES-CFB-M1", KexRSA, AuthRSA, "DES", 64, 64, ModeCFB, "MD5", false},
	{0x0063, false, "TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA", "EXP1024-DHE-DSS-DES-CBC-SHA", KexDHE, AuthDSS, "DES", 56, 64, ModeCBC, "SHA1", true},
	{0x0015, false, "TLS_DHE_RSA_WITH_DES_CBC_SHA", "EDH-RSA-DES-CBC-SHA", KexDHE, AuthRSA, "DES", 56, 64, ModeCBC, "SHA1", false},
	{0x0012, false, "TLS_DHE_DSS_WITH_DES_CBC_SHA", "EDH-DSS-DES-CBC-SHA", KexDHE, AuthDSS, "DES", 56, 64, ModeCBC, "SHA1", false},
	{0x000F, false, "TLS_DH_RSA_WITH_DES_CBC_SHA", "DH-RSA-DES-CBC-SHA", KexDH, AuthDH, "DES", 56, 64, ModeCBC, "SHA1", false},
	{0x000C, false, "TLS_DH_DSS_WITH_DES_CBC_SHA", "DH-DSS-DES-CBC-SHA", KexDH, AuthDH, "DES", 56, 64, ModeCBC, "SHA1", false},
	{0x001A, false, "TLS_DH_anon_WITH_DES_CBC_SHA", "ADH-DES-CBC-SHA", KexDHE, AuthAnon, "DES", 56, 64, ModeCBC, "SHA1", false},
	{0x0062, false, "TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA", "EXP1024-DES-CBC-SHA", KexRSA, AuthRSA, "DES", 56, 64, ModeCBC, "SHA1", true},
	{0x0009, false, "TLS_RSA_WITH_DES_CBC_SHA", "DES-CBC-SHA", KexRSA, AuthRSA, "DES", 56, 64, ModeCBC, "SHA1", false},
	{0x0061, false, "TLS_RSA_EXPORT1024_WITH_RC2_56_MD5", "EXP1024-RC2-CBC-MD5", KexRSA, AuthRSA, "RC2", 56, 64, ModeCBC, "MD5", true},
	{0x060040, true, "SSL_CK_DES_64_CBC_WITH_MD5", "DES-CBC-MD5", KexRSA, AuthRSA, "DES", 56, 64, ModeCBC, "MD5", false},
	{0x060140, true, "SSL_CK_DES_64_CBC_WITH_SHA", "DES-CBC-SHA", KexRSA, AuthRSA, "DES", 56, 64, ModeCBC, "SHA1", false},
	{0x001E, false, "TLS_KRB5_WITH_DES_CBC_SHA", "KRB5-DES-CBC-SHA", KexKRB5, AuthKRB5, "DES", 56, 64, ModeCBC, "SHA1", false},
	{0x0022, false, "TLS_KRB5_WITH_DES_CBC_MD5", "KRB5-DES-CBC-MD5", KexKRB5, AuthKRB5, "DES", 56, 64, ModeCBC, "MD5", false},
	{0xFEFE, false, "SSL_RSA_FIPS_WITH_DES_CBC_SHA", "-", KexRSA, AuthRSA, "DES", 56, 64, ModeCBC, "SHA1", false},
	{0xFFE1, false, "SSL_RSA_FIPS_WITH_DES_CBC_SHA", "-", KexRSA, AuthRSA, "DES", 56, 64, ModeCBC, "SHA1", false},
	{0x0065, false, "TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA", "EXP1024-DHE-DSS-RC4-SHA", KexDHE, AuthDSS, "RC4", 56, 0, ModeStream, "SHA1", true},
	{0x0064, false, "TLS_RSA_EXPORT1024_WITH_RC4_56_SHA", "EXP1024-RC4-SHA", KexRSA, AuthRSA, "RC4", 56, 0, ModeStream, "SHA1", true},
	{0x0060, false, "TLS_RSA_EXPORT1024_WITH_RC4_56_MD5", "EXP1024-RC4-MD5", KexRSA, AuthRSA, "RC4", 56, 0, ModeStream, "MD5", true},
	{0x0014, false, "TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA", "EXP-EDH-RSA-DES-CBC-SHA", KexDHE, AuthRSA, "DES", 40, 64, ModeCBC, "SHA1", true},
	{0x0011, false, "TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA", "EXP-EDH-DSS-DES-CBC-SHA", KexDHE, AuthDSS, "DES", 40, 64, ModeCBC, "SHA1", true},
	{0x0019, false, "TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA", "EXP-ADH-DES-CBC-SHA", KexDHE, AuthAnon, "DES", 40, 64, ModeCBC, "SHA1", true},
	{0x0008, false, "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA", "EXP-DES-CBC-SHA", KexRSA, AuthRSA, "DES", 40, 64, ModeCBC, "SHA1", true},
	{0x0006, false, "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5", "EXP-RC2-CBC-MD5", KexRSA, AuthRSA, "RC2", 40, 64, ModeCBC, "MD5", true},
	{0x040080, true, "SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5", "EXP-RC2-CBC-MD5", KexRSA, AuthRSA, "RC2", 40, 64, ModeCBC, "MD5", true},
	{0x0027, false, "TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA", "EXP-KRB5-RC2-CBC-SHA", KexKRB5, AuthKRB5, "RC2", 40, 64, ModeCBC, "SHA1", true},
	{0x0026, false, "TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA", "EXP-KRB5-DES-CBC-SHA", KexKRB5, AuthKRB5, "DES", 40, 64, ModeCBC, "SHA1", true},
	{0x002A, false, "TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5", "EXP-KRB5-RC2-CBC-MD5", KexKRB5, AuthKRB5, "RC2", 40, 64, ModeCBC, "MD5", true},
	{0x0029, false, "TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5", "EXP-KRB5-DES-CBC-MD5", KexKRB5, AuthKRB5, "DES", 40, 64, ModeCBC, "MD5", true},
	{0x000B, false, "TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA", "EXP-DH-DSS-DES-CBC-SHA", KexDH, AuthDH, "DES", 40, 64, ModeCBC, "SHA1", true},
	{0x000E, false, "TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA", "EXP-DH-RSA-DES-CBC-SHA", KexDH, AuthDH, "DES", 40, 64, ModeCBC, "SHA1", true},
	{0x0017, false, "TLS_DH_anon_EXPORT_WITH_RC4_40_MD5", "EXP-ADH-RC4-MD5", KexDHE, AuthAnon, "RC4", 40, 0, ModeStream, "MD5", true},
	{0x0003, false, "TLS_RSA_EXPORT_WITH_RC4_40_MD5", "EXP-RC4-MD5", KexRSA, AuthRSA, "RC4", 40, 0, ModeStream, "MD5", true},
	{0x020080, true, "SSL_CK_RC4_128_EXPORT40_WITH_MD5", "EXP-RC4-MD5", KexRSA, AuthRSA, "RC4", 40, 0, ModeStream, "MD5", true},
	{0x0028, false, "TLS_KRB5_EXPORT_WITH_RC4_40_SHA", "EXP-KRB5-RC4-SHA", KexKRB5, AuthKRB5, "RC4", 40, 0, ModeStream, "SHA1", true},
	{0x002B, false, "TLS_KRB5_EXPORT_WITH_RC4_40_MD5", "EXP-KRB5-RC4-MD5", KexKRB5, AuthKRB5, "RC4", 40, 0, ModeStream, "MD5", true},
	{0xC010, false, "TLS_ECDHE_RSA_WITH_NULL_SHA", "ECDHE-RSA-NULL-SHA", KexECDHE, AuthRSA, "NULL", 0, 0, ModeNULL, "SHA1", false},
	{0xC006, false, "TLS_ECDHE_ECDSA_WITH_NULL_SHA", "ECDHE-ECDSA-NULL-SHA", KexECDHE, AuthECDSA, "NULL", 0, 0, ModeNULL, "SHA1", false},
	{0xC015, false, "TLS_ECDH_anon_WITH_NULL_SHA", "AECDH-NULL-SHA", KexECDHE, AuthAnon, "NULL", 0, 0, ModeNULL, "SHA1", false},
	{0xC00B, false, "TLS_ECDH_RSA_WITH_NULL_SHA", "ECDH-RSA-NULL-SHA", KexECDH, AuthECDH, "NULL", 0, 0, ModeNULL, "SHA1", false},
	{0xC001, false, "TLS_ECDH_ECDSA_WITH_NULL_SHA", "ECDH-ECDSA-NULL-SHA", KexECDH, AuthECDH, "NULL", 0, 0, ModeNULL, "SHA1", false},
	{0xC03B, false, "TLS_ECDHE_PSK_WITH_NULL_SHA384", "ECDHE-PSK-NULL-SHA384", KexECDHEPSK, AuthPSK, "NULL", 0, 0, ModeNULL, "SHA384", false},
	{0xC03A, false, "TLS_ECDHE_PSK_WITH_NULL_SHA256", "ECDHE-PSK-NULL-SHA256", KexECDHEPSK, AuthPSK, "NULL", 0, 0, ModeNULL, "SHA256", false},
	{0xC039, false, "TLS_ECDHE_PSK_WITH_NULL_SHA", "ECDHE-PSK-NULL-SHA", KexECDHEPSK, AuthPSK, "NULL", 0, 0, ModeNULL, "SHA1", false},
	{0x00B9, false, "TLS_RSA_PSK_WITH_NULL_SHA384", "RSA-PSK-NULL-SHA384", KexRSAPSK, AuthRSA, "NULL", 0, 0, ModeNULL, "SHA384", false},
	{0x00B8, false, "TLS_RSA_PSK_WITH_NULL_SHA256", "RSA-PSK-NULL-SHA256", KexRSAPSK, AuthRSA, "NULL", 0, 0, ModeNULL, "SHA256", false},
	{0x00B5, false, "TLS_DHE_PSK_WITH_NULL_SHA384", "DHE-PSK-NULL-SHA384", KexDHEPSK, AuthPSK, "NULL", 0, 0, ModeNULL, "SHA384", false},
	{0x00B4, false, "TLS_DHE_PSK_WITH_NULL_SHA256", "DHE-PSK-NULL-SHA256", KexDHEPSK, AuthPSK, "NULL", 0, 0, ModeNULL, "SHA256", false},
	{0x002E, false, "TLS_RSA_PSK_WITH_NULL_SHA", "RSA-PSK-NULL-SHA", KexRSAPSK, AuthRSA, "NULL", 0, 0, ModeNULL, "SHA1", false},
	{0x002D, false, "TLS_DHE_PSK_WITH_NULL_SHA", "DHE-PSK-NULL-SHA", KexDHEPSK, AuthPSK, "NULL", 0, 0, ModeNULL, "SHA1", false},
	{0x00B1, false, "TLS_PSK_WITH_NULL_SHA384", "PSK-NULL-SHA384", KexPSK, AuthPSK, "NULL", 0, 0, ModeNULL, "SHA384", false},
	{0x00B0, false, "TLS_PSK_WITH_NULL_SHA256", "PSK-NULL-SHA256", KexPSK, AuthPSK, "NULL", 0, 0, ModeNULL, "SHA256", false},
	{0x002C, false, "TLS_PSK_WITH_NULL_SHA", "PSK-NULL-SHA", KexPSK, AuthPSK, "NULL", 0, 0, ModeNULL, "SHA1", false},
	{0x003B, false, "TLS_RSA_WITH_NULL_SHA256", "NULL-SHA256", KexRSA, AuthRSA, "NULL", 0, 0, ModeNULL, "SHA256", false},
	{0x0002, false, "TLS_RSA_WITH_NULL_SHA", "NULL-SHA", KexRSA, AuthRSA, "NULL", 0, 0, ModeNULL, "SHA1", false},
	{0x0001, false, "TLS_RSA_WITH_NULL_MD5", "NULL-MD5", KexRSA, AuthRSA, "NULL", 0, 0, ModeNULL, "MD5", false},
	{0x0000, false, "TLS_NULL_WITH_NULL_NULL", "NULL", KexNULL, AuthAnon, "NULL", 0, 0, ModeNULL, "NULL", false},
	{0x000000, true, "SSL_CK_NULL_WITH_MD5", "NULL-MD5", KexRSA, AuthRSA, "NULL", 0, 0, ModeNULL, "MD5", true},
	{0x0082, false, "TLS_GOSTR341094_WITH_NULL_GOSTR3411", "GOST94-NULL-GOST94", KexGOST, AuthGOST, "NULL", 0, 0, ModeNULL, "GOSTR3411-94", false},
	{0x0083, false, "TLS_GOSTR341001_WITH_NULL_GOSTR3411", "GOST2001-NULL-GOST94", KexGOST, AuthGOST, "NULL", 0, 0, ModeNULL, "GOSTR3411-94", false},
	{0xFF87, false, "GOST2012256-NULL-STREEBOG256", "GOST2012256-NULL-STREEBOG256", KexGOST, AuthGOST, "NULL", 0, 0, ModeNULL, "Streebog256", false},
	{0xFF8010, true, "SSL_CK_NULL", "NULL", KexNULL, AuthAnon, "NULL", 0, 0, ModeNULL, "NULL", false},
}
