package tls

// Certificate analysis: lenient parsing of the chain as sent, per-certificate
// facts, and chain-level facts (hostname, trust, completeness, order).

import (
	"bytes"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strings"
	"time"

	zx509 "github.com/zmap/zcrypto/x509"
	"golang.org/x/crypto/cryptobyte"
	cbasn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// maxChainCerts bounds how many certificates of a flight are analysed; a
// hostile server may send hundreds.
const maxChainCerts = 32

// placeholderSPKI is a valid P-256 SubjectPublicKeyInfo. A certificate whose
// key neither parser understands (brainpool, P-192, explicit curves...) is
// re-parsed with its key replaced by this one, so that every other field is
// still read; key facts always come from the original key.
const placeholderSPKI = "3059301306072a8648ce3d020106082a8648ce3d03010703420004098253e7606567db4c92fabb4c028c80e39d1ffd6607538dc86373995c2e1380878be4299984f0841fdc1fd73f7fd24da19eae32df48339f62f073f96254188c"

// parsedCert is one certificate of the chain with whatever the parsers made
// of it.
type parsedCert struct {
	der []byte
	// std is Go's strict parse, nil when crypto/x509 refused the DER.
	std    *x509.Certificate
	stdErr error
	// z is zcrypto's lenient parse, nil when it failed too.
	z *zx509.Certificate
	// placeholderKey: z was parsed with placeholderSPKI substituted, so its
	// key must not be used to check signatures.
	placeholderKey bool
	// tbs is the original TBSCertificate when placeholderKey is set (z's
	// RawTBSCertificate is the rewritten one).
	tbs []byte
	err error // neither parser could read it
}

// analyzeChain parses the chain as sent (leaf first) and returns one
// Certificate per entry (at most maxChainCerts) plus the chain-level facts.
// name is the service name (DNS name or IP literal) the leaf must cover;
// roots nil means the system pool; rootsLabel names the anchors used; now is
// the reference time for validity. It never panics, whatever the bytes.
func analyzeChain(der [][]byte, name string, roots *x509.CertPool, rootsLabel string, now time.Time) ([]Certificate, ChainFacts) {
	cf := ChainFacts{NameChecked: name, Roots: rootsLabel}
	if roots == nil {
		cf.Roots = "system"
	} else if cf.Roots == "" {
		cf.Roots = "custom"
	}
	if len(der) > maxChainCerts {
		der = der[:maxChainCerts]
	}
	certs := make([]Certificate, 0, len(der))
	if len(der) == 0 {
		cf.TrustError = "the server sent no certificate"
		return certs, cf
	}
	pcs := make([]*parsedCert, len(der))
	for i, d := range der {
		pcs[i] = parseLenient(d)
	}
	self := make([]bool, len(pcs))
	for i, pc := range pcs {
		self[i] = selfSigned(pc)
		certs = append(certs, describeCert(pc, self[i]))
	}
	leaf := pcs[0]
	if leaf.err == nil {
		cf.HostnameMatch = hostnameMatches(certs[0].DNSNames, certs[0].IPAddresses, name)
	}
	cf.Trusted, cf.TrustError = verifyTrust(pcs, roots, now)
	cf.InOrder = chainInOrder(pcs)
	cf.Complete = cf.Trusted || chainComplete(pcs, self, roots)
	return certs, cf
}

// parseLenient parses der with crypto/x509, then zcrypto, then zcrypto with
// the key replaced. Parser panics are turned into errors.
func parseLenient(der []byte) *parsedCert {
	pc := &parsedCert{der: der}
	pc.std, pc.stdErr = safeStdParse(der)
	var zErr error
	pc.z, zErr = safeZParse(der)
	if pc.std != nil || pc.z != nil {
		return pc
	}
	if sub, ok := substituteSPKI(der); ok {
		if z, err := safeZParse(sub); err == nil {
			parts, _ := splitCert(der)
			pc.z, pc.placeholderKey, pc.tbs = z, true, parts.tbs
			return pc
		}
	}
	pc.err = fmt.Errorf("crypto/x509: %v; zcrypto: %v", pc.stdErr, zErr)
	return pc
}

func safeStdParse(der []byte) (c *x509.Certificate, err error) {
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("parser panic: %v", r)
		}
	}()
	return x509.ParseCertificate(der)
}

func safeZParse(der []byte) (c *zx509.Certificate, err error) {
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("parser panic: %v", r)
		}
	}()
	c, err = zx509.ParseCertificate(der)
	if err == nil && c == nil {
		err = errors.New("no certificate")
	}
	return c, err
}

// certParts splits a certificate into its TBS fields. Every return is nil
// when the outer structure is not a certificate.
type certParts struct {
	tbs       []byte // TBSCertificate element, with header
	spki      []byte // SubjectPublicKeyInfo element, with header
	spkiStart int    // offset of spki inside tbs
	sigAlgOID asn1.ObjectIdentifier
}

func splitCert(der []byte) (certParts, bool) {
	var p certParts
	input := cryptobyte.String(der)
	var cert, tbsElem cryptobyte.String
	if !input.ReadASN1(&cert, cbasn1.SEQUENCE) || !cert.ReadASN1Element(&tbsElem, cbasn1.SEQUENCE) {
		return p, false
	}
	p.tbs = tbsElem
	var sigAlg cryptobyte.String
	if cert.ReadASN1(&sigAlg, cbasn1.SEQUENCE) {
		var oid asn1.ObjectIdentifier
		if sigAlg.ReadASN1ObjectIdentifier(&oid) {
			p.sigAlgOID = oid
		}
	}
	var tbs cryptobyte.String
	body := tbsElem
	if !body.ReadASN1(&tbs, cbasn1.SEQUENCE) {
		return p, false
	}
	headerLen := len(p.tbs) - len(tbs)
	consumed := 0
	skip := func(tag cbasn1.Tag) bool {
		before := len(tbs)
		if !tbs.SkipASN1(tag) {
			return false
		}
		consumed += before - len(tbs)
		return true
	}
	// [0] EXPLICIT version OPTIONAL.
	if tbs.PeekASN1Tag(cbasn1.Tag(0).Constructed().ContextSpecific()) {
		if !skip(cbasn1.Tag(0).Constructed().ContextSpecific()) {
			return p, false
		}
	}
	// serial, signature, issuer, validity, subject.
	if !skip(cbasn1.INTEGER) || !skip(cbasn1.SEQUENCE) || !skip(cbasn1.SEQUENCE) ||
		!skip(cbasn1.SEQUENCE) || !skip(cbasn1.SEQUENCE) {
		return p, false
	}
	var spki cryptobyte.String
	if !tbs.ReadASN1Element(&spki, cbasn1.SEQUENCE) {
		return p, false
	}
	p.spki = spki
	p.spkiStart = headerLen + consumed
	return p, true
}

// substituteSPKI returns der with its public key replaced by placeholderSPKI
// (the signature no longer matches; only the other fields are wanted).
func substituteSPKI(der []byte) ([]byte, bool) {
	p, ok := splitCert(der)
	if !ok || p.spki == nil {
		return nil, false
	}
	ph, err := hex.DecodeString(placeholderSPKI)
	if err != nil {
		return nil, false
	}
	input := cryptobyte.String(der)
	var cert cryptobyte.String
	if !input.ReadASN1(&cert, cbasn1.SEQUENCE) {
		return nil, false
	}
	var tbsElem cryptobyte.String
	if !cert.ReadASN1Element(&tbsElem, cbasn1.SEQUENCE) {
		return nil, false
	}
	rest := []byte(cert) // sigAlg and signature
	tbsIn := cryptobyte.String(tbsElem)
	var tbsBody cryptobyte.String
	if !tbsIn.ReadASN1(&tbsBody, cbasn1.SEQUENCE) {
		return nil, false
	}
	bodyStart := len(tbsElem) - len(tbsBody)
	start := p.spkiStart - bodyStart
	end := start + len(p.spki)
	if start < 0 || end > len(tbsBody) {
		return nil, false
	}
	var b cryptobyte.Builder
	b.AddASN1(cbasn1.SEQUENCE, func(b *cryptobyte.Builder) {
		b.AddASN1(cbasn1.SEQUENCE, func(b *cryptobyte.Builder) {
			b.AddBytes(tbsBody[:start])
			b.AddBytes(ph)
			b.AddBytes(tbsBody[end:])
		})
		b.AddBytes(rest)
	})
	out, err := b.Bytes()
	return out, err == nil
}

// Public key OIDs (dotted).
const (
	oidRSA        = "1.2.840.113549.1.1.1"
	oidRSAPSS     = "1.2.840.113549.1.1.10"
	oidECPublic   = "1.2.840.10045.2.1"
	oidDSA        = "1.2.840.10040.4.1"
	oidEd25519Key = "1.3.101.112"
	oidEd448Key   = "1.3.101.113"
	oidX25519Key  = "1.3.101.110"
	oidX448Key    = "1.3.101.111"
)

var curveByOID = map[string]struct {
	name string
	bits int
}{
	"1.2.840.10045.3.1.1":   {"P-192", 192},
	"1.3.132.0.33":          {"P-224", 224},
	"1.2.840.10045.3.1.7":   {"P-256", 256},
	"1.3.132.0.34":          {"P-384", 384},
	"1.3.132.0.35":          {"P-521", 521},
	"1.3.132.0.10":          {"secp256k1", 256},
	"1.3.36.3.3.2.8.1.1.1":  {"brainpoolP160r1", 160},
	"1.3.36.3.3.2.8.1.1.3":  {"brainpoolP192r1", 192},
	"1.3.36.3.3.2.8.1.1.5":  {"brainpoolP224r1", 224},
	"1.3.36.3.3.2.8.1.1.7":  {"brainpoolP256r1", 256},
	"1.3.36.3.3.2.8.1.1.9":  {"brainpoolP320r1", 320},
	"1.3.36.3.3.2.8.1.1.11": {"brainpoolP384r1", 384},
	"1.3.36.3.3.2.8.1.1.13": {"brainpoolP512r1", 512},
}

// keyFacts reads the key type, size, RSA exponent and curve from a DER
// SubjectPublicKeyInfo.
func keyFacts(spki []byte) (keyType string, bits, exponent int, curve string) {
	keyType = "unknown"
	in := cryptobyte.String(spki)
	var seq, algo cryptobyte.String
	var oid asn1.ObjectIdentifier
	var key asn1.BitString
	if !in.ReadASN1(&seq, cbasn1.SEQUENCE) || !seq.ReadASN1(&algo, cbasn1.SEQUENCE) ||
		!algo.ReadASN1ObjectIdentifier(&oid) || !seq.ReadASN1BitString(&key) {
		return
	}
	switch oid.String() {
	case oidRSA, oidRSAPSS:
		keyType = "RSA"
		k := cryptobyte.String(key.RightAlign())
		var rsaSeq cryptobyte.String
		n, e := new(big.Int), new(big.Int)
		if k.ReadASN1(&rsaSeq, cbasn1.SEQUENCE) && rsaSeq.ReadASN1Integer(n) && rsaSeq.ReadASN1Integer(e) {
			bits = n.BitLen()
			if e.IsInt64() && e.Int64() <= int64(^uint32(0)>>1) {
				exponent = int(e.Int64())
			} else if e.Sign() > 0 {
				exponent = -1 // too large to report: not a sane exponent
			}
		}
	case oidECPublic:
		keyType = "ECDSA"
		var curveOID asn1.ObjectIdentifier
		if algo.PeekASN1Tag(cbasn1.OBJECT_IDENTIFIER) && algo.ReadASN1ObjectIdentifier(&curveOID) {
			if c, ok := curveByOID[curveOID.String()]; ok {
				curve, bits = c.name, c.bits
			} else {
				curve = curveOID.String()
			}
		} else {
			curve = "explicit"
		}
		if bits == 0 {
			// Uncompressed point: 04 || X || Y.
			if point := key.RightAlign(); len(point) > 1 && point[0] == 4 {
				bits = (len(point) - 1) / 2 * 8
			}
		}
	case oidDSA:
		keyType = "DSA"
		var params cryptobyte.String
		p := new(big.Int)
		if algo.ReadASN1(&params, cbasn1.SEQUENCE) && params.ReadASN1Integer(p) {
			bits = p.BitLen()
		}
	case oidEd25519Key:
		keyType, bits = "Ed25519", 256
	case oidEd448Key:
		keyType, bits = "Ed448", 456
	case oidX25519Key:
		keyType, bits = "X25519", 256
	case oidX448Key:
		keyType, bits = "X448", 448
	}
	return
}

// Signature algorithm OIDs for names the libraries do not know.
var sigAlgByOID = map[string]string{
	"1.2.840.113549.1.1.2":   "MD2-RSA",
	"1.2.840.113549.1.1.3":   "MD4-RSA",
	"1.2.840.113549.1.1.4":   "MD5-RSA",
	"1.2.840.113549.1.1.5":   "SHA1-RSA",
	"1.2.840.113549.1.1.10":  "RSASSA-PSS",
	"1.2.840.113549.1.1.11":  "SHA256-RSA",
	"1.2.840.113549.1.1.12":  "SHA384-RSA",
	"1.2.840.113549.1.1.13":  "SHA512-RSA",
	"1.2.840.113549.1.1.14":  "SHA224-RSA",
	"1.3.14.3.2.29":          "SHA1-RSA",
	"1.2.840.10040.4.3":      "DSA-SHA1",
	"2.16.840.1.101.3.4.3.2": "DSA-SHA256",
	"1.2.840.10045.4.1":      "ECDSA-SHA1",
	"1.2.840.10045.4.3.1":    "ECDSA-SHA224",
	"1.2.840.10045.4.3.2":    "ECDSA-SHA256",
	"1.2.840.10045.4.3.3":    "ECDSA-SHA384",
	"1.2.840.10045.4.3.4":    "ECDSA-SHA512",
	"1.3.101.112":            "Ed25519",
	"1.3.101.113":            "Ed448",
	"1.2.156.10197.1.501":    "SM2-SM3",
}

// Extended key usage names by OID.
var ekuByOID = map[string]string{
	"2.5.29.37.0":             "any",
	"1.3.6.1.5.5.7.3.1":       "serverAuth",
	"1.3.6.1.5.5.7.3.2":       "clientAuth",
	"1.3.6.1.5.5.7.3.3":       "codeSigning",
	"1.3.6.1.5.5.7.3.4":       "emailProtection",
	"1.3.6.1.5.5.7.3.5":       "ipsecEndSystem",
	"1.3.6.1.5.5.7.3.6":       "ipsecTunnel",
	"1.3.6.1.5.5.7.3.7":       "ipsecUser",
	"1.3.6.1.5.5.7.3.8":       "timeStamping",
	"1.3.6.1.5.5.7.3.9":       "OCSPSigning",
	"1.3.6.1.5.5.7.3.17":      "ipsecIKE",
	"1.3.6.1.4.1.311.10.3.3":  "msSGC",
	"2.16.840.1.113730.4.1":   "nsSGC",
	"1.3.6.1.4.1.311.2.1.22":  "msCodeCom",
	"1.3.6.1.4.1.311.61.1.1":  "msKernelCode",
	"1.3.6.1.4.1.311.20.2.2":  "msSmartcardLogon",
	"1.3.6.1.4.1.11129.2.4.4": "certificateTransparency",
}

// Key usage bit names, in bit order (RFC 5280 4.2.1.3).
var keyUsageNames = []string{
	"digitalSignature", "contentCommitment", "keyEncipherment", "dataEncipherment",
	"keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly",
}

const (
	oidExtKeyUsage    = "2.5.29.15"
	oidExtExtKeyUsage = "2.5.29.37"
)

// rawExt is an extension in a library-neutral form.
type rawExt struct {
	id       string
	critical bool
	value    []byte
}

// describeCert turns one parsed certificate into facts.
func describeCert(pc *parsedCert, self bool) Certificate {
	sum := sha256.Sum256(pc.der)
	c := Certificate{SHA256: hex.EncodeToString(sum[:]), KeyType: "unknown", SelfSigned: self}
	parts, partsOK := splitCert(pc.der)
	if partsOK {
		c.KeyType, c.KeyBits, c.RSAExponent, c.Curve = keyFacts(parts.spki)
	}
	if pc.std == nil && pc.stdErr != nil {
		c.StrictParseError = pc.stdErr.Error()
	}
	if pc.err != nil {
		c.ParseError = pc.err.Error()
		if partsOK {
			c.SignatureAlgorithm = sigAlgName("", parts.sigAlgOID)
		}
		return c
	}
	var lc libCert
	if pc.std != nil {
		lc = stdLibCert(pc.std)
	} else {
		lc = zLibCert(pc.z)
	}
	lc.fill(&c)
	if !partsOK {
		// Cannot happen for a DER a library accepted, but stay safe.
		parts.sigAlgOID = nil
	}
	c.SignatureAlgorithm = sigAlgName(lc.sigAlg, parts.sigAlgOID)
	c.LifetimeDays = lifetimeDays(c.NotBefore, c.NotAfter)
	return c
}

// libCert is what describeCert reads from either parser's certificate, in
// a library-neutral form.
type libCert struct {
	subject, issuer     string
	serial              *big.Int
	notBefore, notAfter time.Time
	dnsNames            []string
	ips                 []net.IP
	keyUsage            int
	akid, skid          []byte
	crl, ocsp, aia      []string
	isCA                bool
	// sigAlg is the library's name of the signature algorithm, "" when it
	// does not know it.
	sigAlg string
	exts   []rawExt
}

// stdLibCert reads Go's strict parse.
func stdLibCert(s *x509.Certificate) libCert {
	lc := libCert{
		subject: s.Subject.String(), issuer: s.Issuer.String(), serial: s.SerialNumber,
		notBefore: s.NotBefore, notAfter: s.NotAfter, dnsNames: s.DNSNames, ips: s.IPAddresses,
		keyUsage: int(s.KeyUsage), akid: s.AuthorityKeyId, skid: s.SubjectKeyId,
		crl: s.CRLDistributionPoints, ocsp: s.OCSPServer, aia: s.IssuingCertificateURL,
		isCA: s.BasicConstraintsValid && s.IsCA,
	}
	if s.SignatureAlgorithm != x509.UnknownSignatureAlgorithm {
		lc.sigAlg = s.SignatureAlgorithm.String()
	}
	for _, e := range s.Extensions {
		lc.exts = append(lc.exts, rawExt{e.Id.String(), e.Critical, e.Value})
	}
	return lc
}

// zLibCert reads zcrypto's lenient parse; names are formatted as Go does.
func zLibCert(z *zx509.Certificate) libCert {
	lc := libCert{
		subject: nameString(z.RawSubject, z.Subject.String()), issuer: nameString(z.RawIssuer, z.Issuer.String()),
		serial: z.SerialNumber, notBefore: z.NotBefore, notAfter: z.NotAfter, dnsNames: z.DNSNames,
		ips: z.IPAddresses, keyUsage: int(z.KeyUsage), akid: z.AuthorityKeyId, skid: z.SubjectKeyId,
		crl: z.CRLDistributionPoints, ocsp: z.OCSPServer, aia: z.IssuingCertificateURL,
		isCA: z.BasicConstraintsValid && z.IsCA,
	}
	if z.SignatureAlgorithm != zx509.UnknownSignatureAlgorithm {
		lc.sigAlg = z.SignatureAlgorithm.String()
	}
	for _, e := range z.Extensions {
		lc.exts = append(lc.exts, rawExt{asn1.ObjectIdentifier(e.Id).String(), e.Critical, e.Value})
	}
	return lc
}

// fill copies the certificate fields into c, key usages by name.
func (lc *libCert) fill(c *Certificate) {
	c.Subject, c.Issuer = lc.subject, lc.issuer
	c.SerialHex = serialHex(lc.serial)
	c.NotBefore, c.NotAfter = lc.notBefore.UTC(), lc.notAfter.UTC()
	c.DNSNames = lc.dnsNames
	for _, ip := range lc.ips {
		c.IPAddresses = append(c.IPAddresses, ip.String())
	}
	c.AuthorityKeyID = hex.EncodeToString(lc.akid)
	c.SubjectKeyID = hex.EncodeToString(lc.skid)
	c.CRLDistribution, c.OCSPServers, c.IssuingCertURLs = lc.crl, lc.ocsp, lc.aia
	c.IsCA = lc.isCA
	for i, n := range keyUsageNames {
		if lc.keyUsage&(1<<i) != 0 {
			c.KeyUsage = append(c.KeyUsage, n)
		}
	}
	for _, e := range lc.exts {
		switch e.id {
		case oidExtKeyUsage:
			c.KeyUsageCritical = e.critical
		case oidExtExtKeyUsage:
			c.ExtKeyUsage = ekuNames(e.value)
		}
	}
}

// nameString formats a DER Name the way crypto/x509 does (RFC 2253), so
// both parsers give the same text; fallback is used when Go cannot read it.
func nameString(raw []byte, fallback string) string {
	var rdn pkix.RDNSequence
	if rest, err := asn1.Unmarshal(raw, &rdn); err != nil || len(rest) > 0 {
		return fallback
	}
	var n pkix.Name
	n.FillFromRDNSequence(&rdn)
	return n.String()
}

// sigAlgName prefers the library's name, then the OID table, then the
// dotted OID.
func sigAlgName(lib string, oid asn1.ObjectIdentifier) string {
	if lib != "" && lib != "0" {
		return lib
	}
	if oid == nil {
		return "unknown"
	}
	if n, ok := sigAlgByOID[oid.String()]; ok {
		return n
	}
	return oid.String()
}

func serialHex(n *big.Int) string {
	if n == nil {
		return ""
	}
	return n.Text(16)
}

// lifetimeDays is NotAfter-NotBefore in days, rounded up (a certificate
// made with "-days 825" reports 825).
func lifetimeDays(nb, na time.Time) int {
	d := na.Sub(nb)
	days := int(d / (24 * time.Hour))
	if d%(24*time.Hour) > 0 {
		days++
	}
	return days
}

// ekuNames decodes an ExtendedKeyUsage extension value.
func ekuNames(value []byte) []string {
	in := cryptobyte.String(value)
	var seq cryptobyte.String
	if !in.ReadASN1(&seq, cbasn1.SEQUENCE) {
		return nil
	}
	var out []string
	for !seq.Empty() {
		var oid asn1.ObjectIdentifier
		if !seq.ReadASN1ObjectIdentifier(&oid) {
			return out
		}
		if n, ok := ekuByOID[oid.String()]; ok {
			out = append(out, n)
		} else {
			out = append(out, oid.String())
		}
	}
	return out
}

// hostnameMatches tells whether a SAN dNSName or iPAddress covers name. The
// subject CN is never used. A wildcard is accepted only as the whole
// left-most label, covers exactly one label, and needs at least two labels
// after it.
func hostnameMatches(dnsNames, ips []string, name string) bool {
	name = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(name)), ".")
	name = strings.TrimSuffix(strings.TrimPrefix(name, "["), "]")
	if name == "" {
		return false
	}
	if ip := net.ParseIP(name); ip != nil {
		for _, s := range ips {
			if c := net.ParseIP(s); c != nil && c.Equal(ip) {
				return true
			}
		}
		return false
	}
	for _, pattern := range dnsNames {
		if matchDNSName(strings.TrimSuffix(strings.ToLower(pattern), "."), name) {
			return true
		}
	}
	return false
}

func matchDNSName(pattern, host string) bool {
	if pattern == "" || host == "" {
		return false
	}
	if !strings.HasPrefix(pattern, "*.") {
		return !strings.Contains(pattern, "*") && pattern == host
	}
	base := pattern[2:]
	if strings.Contains(base, "*") || strings.Count(base, ".") < 1 {
		return false
	}
	i := strings.IndexByte(host, '.')
	if i <= 0 {
		return false
	}
	return host[i+1:] == base
}

// selfSigned: subject equals issuer and the certificate's own key verifies
// its signature.
func selfSigned(pc *parsedCert) bool {
	if pc.err != nil {
		return false
	}
	if pc.std != nil {
		if !bytes.Equal(pc.std.RawSubject, pc.std.RawIssuer) {
			return false
		}
	} else if !bytes.Equal(pc.z.RawSubject, pc.z.RawIssuer) {
		return false
	}
	return signedBy(pc, pc)
}

// signedBy tells whether parent's key verifies child's signature, accepting
// what Go refuses (SHA-1, MD5, small RSA keys) through zcrypto.
func signedBy(child, parent *parsedCert) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	if child.std != nil && parent.std != nil {
		if parent.std.CheckSignature(child.std.SignatureAlgorithm, child.std.RawTBSCertificate, child.std.Signature) == nil {
			return true
		}
	}
	if child.z != nil && parent.z != nil && !parent.placeholderKey {
		tbs := child.z.RawTBSCertificate
		if child.placeholderKey {
			tbs = child.tbs
		}
		if parent.z.CheckSignature(child.z.SignatureAlgorithm, tbs, child.z.Signature) == nil {
			return true
		}
	}
	return false
}

// issuedBy: parent's subject is child's issuer and its key signed child.
func issuedBy(child, parent *parsedCert) bool {
	if child.err != nil || parent.err != nil {
		return false
	}
	return bytes.Equal(rawIssuer(child), rawSubject(parent)) && signedBy(child, parent)
}

func rawIssuer(pc *parsedCert) []byte {
	if pc.std != nil {
		return pc.std.RawIssuer
	}
	return pc.z.RawIssuer
}

func rawSubject(pc *parsedCert) []byte {
	if pc.std != nil {
		return pc.std.RawSubject
	}
	return pc.z.RawSubject
}

// verifyTrust builds a chain from the leaf to roots (nil: system pool) using
// only the certificates sent, at time now, for server authentication.
func verifyTrust(pcs []*parsedCert, roots *x509.CertPool, now time.Time) (trusted bool, reason string) {
	defer func() {
		if r := recover(); r != nil {
			trusted, reason = false, fmt.Sprintf("verification failed: %v", r)
		}
	}()
	leaf := pcs[0]
	if leaf.err != nil {
		return false, "the leaf certificate cannot be parsed: " + leaf.err.Error()
	}
	if leaf.std != nil {
		inter := x509.NewCertPool()
		for _, pc := range pcs[1:] {
			if pc.std != nil {
				inter.AddCert(pc.std)
			}
		}
		_, err := leaf.std.Verify(x509.VerifyOptions{
			Roots:         roots,
			Intermediates: inter,
			CurrentTime:   now,
			KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		})
		if err != nil {
			return false, err.Error()
		}
		return true, ""
	}
	// Go refuses the leaf: clients built on it would reject the chain.
	// zcrypto can still tell whether it chains to the system roots.
	strict := "Go's crypto/x509 rejects the leaf certificate (" + leaf.stdErr.Error() + ")"
	if roots != nil || leaf.placeholderKey {
		return false, strict + "; chain not verified"
	}
	inter := zx509.NewCertPool()
	for _, pc := range pcs[1:] {
		if pc.z != nil && !pc.placeholderKey {
			inter.AddCert(pc.z)
		}
	}
	current, _, _, err := leaf.z.Verify(zx509.VerifyOptions{
		Intermediates: inter,
		CurrentTime:   now,
		KeyUsages:     []zx509.ExtKeyUsage{zx509.ExtKeyUsageServerAuth},
	})
	if err == nil && len(current) > 0 {
		return false, strict + "; it does chain to a system root with a lenient verifier"
	}
	if err != nil {
		return false, strict + "; lenient verification: " + err.Error()
	}
	return false, strict + "; no chain to a system root"
}

// chainInOrder: each certificate is signed by the next one sent.
func chainInOrder(pcs []*parsedCert) bool {
	for i := 0; i+1 < len(pcs); i++ {
		if pcs[i].err != nil || pcs[i+1].err != nil || !signedBy(pcs[i], pcs[i+1]) {
			return false
		}
	}
	return true
}

// chainComplete: from the leaf, the certificates sent (in any order) reach
// either a self-signed certificate or one issued by a trust anchor. Validity
// dates are ignored (an expired chain can be complete).
func chainComplete(pcs []*parsedCert, self []bool, roots *x509.CertPool) bool {
	if pcs[0].err != nil {
		return false
	}
	visited := make([]bool, len(pcs))
	var walk func(i int) bool
	walk = func(i int) bool {
		visited[i] = true
		if self[i] || anchored(pcs[i], roots) {
			return true
		}
		for j := range pcs {
			if !visited[j] && issuedBy(pcs[i], pcs[j]) && walk(j) {
				return true
			}
		}
		return false
	}
	return walk(0)
}

// anchored tells whether pc is a trust anchor or issued by one, at a time
// within its validity.
func anchored(pc *parsedCert, roots *x509.CertPool) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	if pc.std != nil {
		mid := pc.std.NotBefore.Add(pc.std.NotAfter.Sub(pc.std.NotBefore) / 2)
		_, err := pc.std.Verify(x509.VerifyOptions{
			Roots:         roots,
			Intermediates: x509.NewCertPool(),
			CurrentTime:   mid,
			KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageAny},
		})
		return err == nil
	}
	if roots == nil && pc.z != nil && !pc.placeholderKey {
		mid := pc.z.NotBefore.Add(pc.z.NotAfter.Sub(pc.z.NotBefore) / 2)
		current, _, _, err := pc.z.Verify(zx509.VerifyOptions{
			Intermediates: zx509.NewCertPool(),
			CurrentTime:   mid,
			KeyUsages:     []zx509.ExtKeyUsage{zx509.ExtKeyUsageAny},
		})
		return err == nil && len(current) > 0
	}
	return false
}
