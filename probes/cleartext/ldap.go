package cleartext

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"conformscan/probes"
)

// OIDStartTLS is the LDAP StartTLS extended operation (RFC 4511 section
// 4.14), listed in the root DSE's supportedExtension when offered.
const OIDStartTLS = "1.3.6.1.4.1.1466.20037"

// LDAP bounds: one message, and messages read in one session.
const (
	maxLDAPMessage  = 256 << 10
	maxLDAPMessages = 200
)

// LDAP result codes the probe names (RFC 4511 appendix A).
var ldapResultNames = map[int]string{
	0: "success", 1: "operationsError", 2: "protocolError", 7: "authMethodNotSupported",
	8: "strongerAuthRequired", 13: "confidentialityRequired", 32: "noSuchObject", 34: "invalidDNSyntax",
	48: "inappropriateAuthentication", 49: "invalidCredentials", 50: "insufficientAccessRights",
	51: "busy", 52: "unavailable", 53: "unwillingToPerform",
}

func ldapResultName(code int) string {
	if n, ok := ldapResultNames[code]; ok {
		return n + " (" + strconv.Itoa(code) + ")"
	}
	return "result " + strconv.Itoa(code)
}

// BER tags used by the probe.
const (
	berInteger     = 0x02
	berOctetString = 0x04
	berEnumerated  = 0x0a
	berSequence    = 0x30
	berSet         = 0x31

	ldapBindRequest      = 0x60
	ldapBindResponse     = 0x61
	ldapUnbindRequest    = 0x42
	ldapSearchRequest    = 0x63
	ldapSearchEntry      = 0x64
	ldapSearchDone       = 0x65
	ldapSearchReference  = 0x73
	ldapExtendedResponse = 0x78
	ldapFilterPresent    = 0x87
	ldapSimpleAuth       = 0x80
)

// rootDSEAttributes are the root DSE attributes the probe reads.
var rootDSEAttributes = []string{"supportedExtension", "supportedSASLMechanisms", "supportedLDAPVersion", "namingContexts", "vendorName", "vendorVersion"}

// LDAP test bind: a DN that names no account and a value that is no one's
// password. The user's directory account is never sent to a scanned host
// (it goes only to --directory targets, over TLS).
const (
	ldapTestBindDN       = "cn=conformscan-cleartext-test"
	ldapTestBindPassword = "conformscan-not-a-password"
)

// probeLDAP reads the root DSE anonymously (StartTLS offered?) and, unless
// under --safe, sends a simple bind without TLS with a DN of no account:
// invalidCredentials or success means the directory evaluates passwords
// sent in clear; confidentialityRequired or strongerAuthRequired means TLS
// is required first.
func probeLDAP(ctx context.Context, endpoint string, o *Options, f *Facts) error {
	c, err := dial(ctx, endpoint, o, f)
	if err != nil {
		return err
	}
	defer c.Close()
	f.log(">", "searchRequest base=\"\" scope=base (objectClass=*) "+strings.Join(rootDSEAttributes, " "))
	if _, err := c.c.Write(ldapSearchRootDSE(1)); err != nil {
		return probes.Wrap("root DSE search", err)
	}
	attrs, done, err := c.readSearch("root DSE search", 1)
	if err != nil {
		return err
	}
	f.Cleartext = true
	judgeRootDSE(attrs, done, f)

	if o.Safe {
		f.note("simple bind not tested under --safe (it is an authentication request): whether the directory takes passwords without TLS is not measured")
		c.unbind(2)
		return nil
	}
	f.log(">", fmt.Sprintf("bindRequest v3 simple dn=%q password=(test value, no account's)", ldapTestBindDN))
	if _, err := c.c.Write(ldapBind(2, ldapTestBindDN, ldapTestBindPassword)); err != nil {
		return probes.Wrap("simple bind", err)
	}
	m, err := c.readLDAPResponse("simple bind", 2)
	if err != nil {
		return err
	}
	if m.Op != ldapBindResponse || m.Result == nil {
		return probes.Protocol("simple bind", "expected a bindResponse, got LDAP operation 0x%02x", m.Op)
	}
	f.log("<", "bindResponse "+m.Result.String())
	judgeBind(*m.Result, f)
	c.unbind(3)
	return nil
}

// judgeRootDSE records what the root DSE says.
func judgeRootDSE(attrs map[string][]string, done *ldapResult, f *Facts) {
	if done != nil && done.Code != 0 {
		f.note("root DSE search answered %s", done.String())
	}
	// A root DSE that lists attributes but no supportedExtension has no
	// extension; an empty one tells nothing (access refused).
	ext, ok := attrs["supportedextension"]
	f.Capabilities = cleanList(ext, 64)
	if ok || len(attrs) > 0 {
		f.TLSOffered = boolp(false)
		for _, oid := range ext {
			if strings.TrimSpace(oid) == OIDStartTLS {
				f.TLSOffered = boolp(true)
			}
		}
	} else {
		f.note("the root DSE did not list supportedExtension: whether StartTLS is offered is unknown")
	}
	f.AuthMechanisms = cleanList(attrs["supportedsaslmechanisms"], 32)
	if v := attrs["vendorname"]; len(v) > 0 {
		name := v[0]
		if vv := attrs["vendorversion"]; len(vv) > 0 {
			name += " " + vv[0]
		}
		f.Greeting = clipText(printable(name), maxTranscriptLine)
	}
}

// judgeBind sets AuthInClear from the answer to a simple bind sent in
// clear.
func judgeBind(r ldapResult, f *Facts) {
	switch r.Code {
	case 0:
		f.AuthInClear = boolp(true)
		f.via(ViaLDAPSimpleBind)
		f.AuthMechanisms = append([]string{"simple"}, f.AuthMechanisms...)
	case 49:
		f.AuthInClear = boolp(true)
		f.via(ViaLDAPSimpleBind)
		f.AuthMechanisms = append([]string{"simple"}, f.AuthMechanisms...)
		f.note("the directory evaluated the test bind sent without TLS (invalidCredentials for a DN of no account): it takes passwords in clear")
	case 8, 13:
		f.AuthInClear = boolp(false)
		f.AuthRefused = clipText(printable(r.String()), maxTranscriptLine)
	default:
		f.AuthRefused = clipText(printable(r.String()), maxTranscriptLine)
		if tlsRefusal(r.Message) {
			f.AuthInClear = boolp(false)
		} else {
			f.note("simple bind answered %s: whether the directory takes passwords without TLS is unknown", clipText(printable(r.String()), 160))
		}
	}
}

func (c *conn) unbind(id int) {
	c.f.log(">", "unbindRequest")
	_, _ = c.c.Write(berTLV(berSequence, berInt(berInteger, id), []byte{ldapUnbindRequest, 0}))
}

// readSearch reads the answers to search id up to its searchResultDone,
// gathering the attributes of the entries (names lower-cased).
func (c *conn) readSearch(op string, id int) (map[string][]string, *ldapResult, error) {
	attrs := map[string][]string{}
	for {
		m, err := c.readLDAPResponse(op, id)
		if err != nil {
			return attrs, nil, err
		}
		switch m.Op {
		case ldapSearchEntry:
			keys := make([]string, 0, len(m.Attrs))
			for k, vs := range m.Attrs {
				attrs[k] = append(attrs[k], vs...)
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				c.f.log("<", "searchResEntry "+k+": "+strings.Join(m.Attrs[k], " "))
			}
			if len(keys) == 0 {
				c.f.log("<", "searchResEntry (no attribute)")
			}
		case ldapSearchReference:
			c.f.log("<", "searchResRef")
		case ldapSearchDone:
			c.f.log("<", "searchResDone "+m.Result.String())
			return attrs, m.Result, nil
		default:
			return attrs, nil, probes.Protocol(op, "unexpected LDAP operation 0x%02x in a search answer", m.Op)
		}
	}
}

// readLDAPResponse reads messages up to one for id; a notice of
// disconnection (message 0) ends the session with an error.
func (c *conn) readLDAPResponse(op string, id int) (ldapMessage, error) {
	for {
		if c.lines >= maxLDAPMessages {
			return ldapMessage{}, probes.Protocol(op, "more than %d LDAP messages: the peer does not stop talking", maxLDAPMessages)
		}
		body, err := readBERMessage(c.r)
		if err != nil {
			var pe *probes.Error
			if errors.As(err, &pe) {
				pe.Op = op
				return ldapMessage{}, pe
			}
			return ldapMessage{}, probes.Wrap(op, readErr(err))
		}
		c.lines++
		m, err := parseLDAPMessage(body)
		if err != nil {
			return ldapMessage{}, probes.Protocol(op, "malformed LDAP message: %v", err)
		}
		if m.ID == id {
			return m, nil
		}
		if m.ID == 0 && m.Op == ldapExtendedResponse {
			msg := "notice of disconnection"
			if m.Result != nil {
				msg += ": " + m.Result.String()
			}
			c.f.log("<", msg)
			return ldapMessage{}, &probes.Error{Kind: probes.KindApplication, Op: op, Err: errors.New("the server ended the session (" + clipText(printable(msg), 160) + ")")}
		}
	}
}

// readBERMessage reads one definite-length BER SEQUENCE (an LDAPMessage)
// of at most maxLDAPMessage bytes and returns its content.
func readBERMessage(r interface {
	io.Reader
	io.ByteReader
}) ([]byte, error) {
	tag, err := r.ReadByte()
	if err != nil {
		return nil, err
	}
	if tag != berSequence {
		return nil, probes.Protocol("", "not an LDAP message: first byte 0x%02x instead of a SEQUENCE (0x30)", tag)
	}
	l0, err := r.ReadByte()
	if err != nil {
		return nil, unexpected(err)
	}
	n := int(l0)
	if l0&0x80 != 0 {
		k := int(l0 & 0x7f)
		if k == 0 || k > 4 {
			return nil, probes.Protocol("", "unsupported BER length form 0x%02x", l0)
		}
		n = 0
		for i := 0; i < k; i++ {
			b, err := r.ReadByte()
			if err != nil {
				return nil, unexpected(err)
			}
			n = n<<8 | int(b)
		}
	}
	if n > maxLDAPMessage {
		return nil, probes.Protocol("", "LDAP message of %d bytes announced, more than the %d accepted", n, maxLDAPMessage)
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, unexpected(err)
	}
	return body, nil
}

func unexpected(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

// ldapMessage is the part of an LDAP message the probe reads.
type ldapMessage struct {
	ID     int
	Op     byte
	Result *ldapResult
	// Attrs of a searchResultEntry, names lower-cased.
	Attrs map[string][]string
}

// ldapResult is an LDAPResult.
type ldapResult struct {
	Code    int
	Message string
}

func (r *ldapResult) String() string {
	if r == nil {
		return "(no result)"
	}
	s := ldapResultName(r.Code)
	if r.Message != "" {
		s += ": " + r.Message
	}
	return s
}

// parseLDAPMessage decodes the content of an LDAPMessage SEQUENCE.
func parseLDAPMessage(b []byte) (ldapMessage, error) {
	var m ldapMessage
	tag, idb, rest, err := readTLV(b)
	if err != nil {
		return m, err
	}
	if tag != berInteger {
		return m, fmt.Errorf("messageID has tag 0x%02x, not INTEGER", tag)
	}
	id, err := berIntValue(idb)
	if err != nil {
		return m, fmt.Errorf("messageID: %w", err)
	}
	m.ID = id
	op, content, _, err := readTLV(rest)
	if err != nil {
		return m, err
	}
	m.Op = op
	switch op {
	case ldapBindResponse, ldapSearchDone, ldapExtendedResponse:
		r, err := parseLDAPResult(content)
		if err != nil {
			return m, err
		}
		m.Result = &r
	case ldapSearchEntry:
		m.Attrs, err = parseSearchEntry(content)
		if err != nil {
			return m, err
		}
	}
	return m, nil
}

func parseLDAPResult(b []byte) (ldapResult, error) {
	var r ldapResult
	tag, code, rest, err := readTLV(b)
	if err != nil {
		return r, err
	}
	if tag != berEnumerated {
		return r, fmt.Errorf("resultCode has tag 0x%02x, not ENUMERATED", tag)
	}
	if r.Code, err = berIntValue(code); err != nil {
		return r, fmt.Errorf("resultCode: %w", err)
	}
	// matchedDN, then diagnosticMessage.
	if _, _, rest, err = readTLV(rest); err != nil {
		return r, nil
	}
	if tag, msg, _, err := readTLV(rest); err == nil && tag == berOctetString {
		r.Message = clipText(printable(string(msg)), 200)
	}
	return r, nil
}

// parseSearchEntry reads the attributes of a searchResultEntry, at most 64
// attributes of at most 64 values each.
func parseSearchEntry(b []byte) (map[string][]string, error) {
	_, _, rest, err := readTLV(b) // objectName
	if err != nil {
		return nil, err
	}
	tag, list, _, err := readTLV(rest)
	if err != nil {
		return nil, err
	}
	if tag != berSequence {
		return nil, fmt.Errorf("attributes have tag 0x%02x, not SEQUENCE", tag)
	}
	attrs := map[string][]string{}
	for n := 0; len(list) > 0 && n < 64; n++ {
		var attr []byte
		if tag, attr, list, err = readTLV(list); err != nil {
			return attrs, err
		}
		if tag != berSequence {
			return attrs, fmt.Errorf("attribute has tag 0x%02x, not SEQUENCE", tag)
		}
		tag, name, vals, err := readTLV(attr)
		if err != nil || tag != berOctetString {
			return attrs, fmt.Errorf("attribute type malformed")
		}
		key := strings.ToLower(clipText(printable(string(name)), 80))
		tag, set, _, err := readTLV(vals)
		if err != nil || tag != berSet {
			return attrs, fmt.Errorf("attribute %q: values malformed", key)
		}
		for i := 0; len(set) > 0 && i < 64; i++ {
			var v []byte
			if tag, v, set, err = readTLV(set); err != nil {
				return attrs, err
			}
			if tag == berOctetString {
				attrs[key] = append(attrs[key], clipText(printable(string(v)), 200))
			}
		}
	}
	return attrs, nil
}

// readTLV splits one definite-length, low-tag-number BER element off b.
func readTLV(b []byte) (tag byte, content, rest []byte, err error) {
	if len(b) < 2 {
		return 0, nil, nil, errors.New("truncated BER element")
	}
	tag = b[0]
	if tag&0x1f == 0x1f {
		return 0, nil, nil, fmt.Errorf("high tag number form (0x%02x) not expected in LDAP", tag)
	}
	n, i := int(b[1]), 2
	if b[1]&0x80 != 0 {
		k := int(b[1] & 0x7f)
		if k == 0 || k > 4 {
			return 0, nil, nil, fmt.Errorf("unsupported BER length form 0x%02x", b[1])
		}
		if len(b) < 2+k {
			return 0, nil, nil, errors.New("truncated BER length")
		}
		n = 0
		for _, x := range b[2 : 2+k] {
			n = n<<8 | int(x)
		}
		i = 2 + k
	}
	if n < 0 || n > len(b)-i {
		return 0, nil, nil, fmt.Errorf("BER element of %d bytes announced, %d left", n, len(b)-i)
	}
	return tag, b[i : i+n], b[i+n:], nil
}

// berIntValue decodes a small non-negative INTEGER or ENUMERATED.
func berIntValue(b []byte) (int, error) {
	if len(b) == 0 || len(b) > 4 {
		return 0, fmt.Errorf("integer of %d bytes", len(b))
	}
	if b[0]&0x80 != 0 {
		return 0, errors.New("negative integer")
	}
	v := 0
	for _, x := range b {
		v = v<<8 | int(x)
	}
	return v, nil
}

// berTLV encodes one element with a definite length.
func berTLV(tag byte, parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := []byte{tag}
	switch {
	case n < 0x80:
		out = append(out, byte(n))
	case n < 0x100:
		out = append(out, 0x81, byte(n))
	case n < 0x10000:
		out = append(out, 0x82, byte(n>>8), byte(n))
	default:
		out = append(out, 0x84, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
	}
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func berInt(tag byte, v int) []byte {
	var b []byte
	for {
		b = append([]byte{byte(v)}, b...)
		v >>= 8
		if v == 0 && b[0]&0x80 == 0 {
			break
		}
	}
	return berTLV(tag, b)
}

func berString(tag byte, s string) []byte { return berTLV(tag, []byte(s)) }

// ldapSearchRootDSE encodes a base search of the root DSE for
// rootDSEAttributes.
func ldapSearchRootDSE(id int) []byte {
	var attrs [][]byte
	for _, a := range rootDSEAttributes {
		attrs = append(attrs, berString(berOctetString, a))
	}
	req := berTLV(ldapSearchRequest,
		berString(berOctetString, ""), // baseObject
		berInt(berEnumerated, 0),      // scope: baseObject
		berInt(berEnumerated, 0),      // derefAliases: never
		berInt(berInteger, 0),         // sizeLimit
		berInt(berInteger, 10),        // timeLimit (seconds)
		[]byte{0x01, 0x01, 0x00},      // typesOnly: FALSE
		berString(ldapFilterPresent, "objectClass"),
		berTLV(berSequence, attrs...),
	)
	return berTLV(berSequence, berInt(berInteger, id), req)
}

// ldapBind encodes a version 3 simple bind.
func ldapBind(id int, dn, password string) []byte {
	req := berTLV(ldapBindRequest, berInt(berInteger, 3), berString(berOctetString, dn), berString(ldapSimpleAuth, password))
	return berTLV(berSequence, berInt(berInteger, id), req)
}
