package tls

// Plaintext upgrades run before the TLS handshake on STARTTLS services.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"time"
)

// ErrStartTLSNotOffered is returned (wrapped) when the server answers but
// does not offer the TLS upgrade.
var ErrStartTLSNotOffered = errors.New("server does not advertise STARTTLS")

// ErrStartTLSRefused is returned (wrapped) when the server refuses the
// session or the upgrade command with an error reply.
var ErrStartTLSRefused = errors.New("server refused the STARTTLS upgrade")

const (
	// maxLineLen bounds one protocol line, CRLF included.
	maxLineLen = 4096
	// maxReplyLines bounds the lines of one (multi-line) reply.
	maxReplyLines = 100
	// maxLDAPMessage bounds an LDAP response to StartTLS.
	maxLDAPMessage = 64 << 10
	// defaultStartTLSTimeout applies when ctx has no deadline.
	defaultStartTLSTimeout = 10 * time.Second
)

// startTLS runs the plaintext upgrade named by proto ("smtp", "imap",
// "pop3", "ftp", "ldap", "postgres") on an already-connected conn. On
// success the next bytes on conn belong to the TLS handshake. The ctx
// deadline is set on conn (and left set); cancelling ctx aborts the reads.
func startTLS(ctx context.Context, conn net.Conn, proto string) (err error) {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s upgrade not started: %w", proto, err)
	}
	if d, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(d)
	} else {
		_ = conn.SetDeadline(time.Now().Add(defaultStartTLSTimeout))
		defer func() { _ = conn.SetDeadline(time.Time{}) }()
	}
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Unix(1, 0)) })
	defer stop()
	defer func() {
		if err != nil && ctx.Err() != nil {
			err = fmt.Errorf("%w (%v)", ctx.Err(), err)
		}
	}()
	r := &lineReader{r: conn}
	switch proto {
	case "smtp":
		err = startSMTP(conn, r)
	case "imap":
		err = startIMAP(conn, r)
	case "pop3":
		err = startPOP3(conn, r)
	case "ftp":
		err = startFTP(conn, r)
	case "ldap":
		return startLDAP(conn)
	case "postgres":
		return startPostgres(conn)
	default:
		return fmt.Errorf("unknown STARTTLS protocol %q (want smtp, imap, pop3, ftp, ldap or postgres)", proto)
	}
	if err == nil && len(r.buf) > 0 {
		// Bytes pipelined after the final reply would be taken as TLS (or
		// injected into it): refuse, as careful clients do.
		return fmt.Errorf("server sent %d unexpected bytes after accepting the upgrade", len(r.buf))
	}
	return err
}

// lineReader reads CRLF- (or LF-) terminated lines with bounds, keeping
// what follows a line for the next read.
type lineReader struct {
	r   io.Reader
	buf []byte
}

// readLine returns one line without its terminator.
func (l *lineReader) readLine() (string, error) {
	var chunk [512]byte
	for {
		if i := indexByte(l.buf, '\n'); i >= 0 {
			line := l.buf[:i]
			l.buf = l.buf[i+1:]
			if len(line) > 0 && line[len(line)-1] == '\r' {
				line = line[:len(line)-1]
			}
			return string(line), nil
		}
		if len(l.buf) >= maxLineLen {
			return "", fmt.Errorf("line longer than %d bytes: not a text protocol reply", maxLineLen)
		}
		n, err := l.r.Read(chunk[:min(len(chunk), maxLineLen-len(l.buf))])
		l.buf = append(l.buf, chunk[:n]...)
		if err != nil {
			if n > 0 && indexByte(chunk[:n], '\n') >= 0 {
				continue
			}
			if errors.Is(err, io.EOF) {
				if len(l.buf) > 0 {
					return "", fmt.Errorf("connection closed in the middle of a line %q: %w", truncate(string(l.buf)), io.ErrUnexpectedEOF)
				}
				return "", fmt.Errorf("connection closed by the server: %w", io.EOF)
			}
			return "", err
		}
	}
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// truncate shortens s for error messages and makes it printable.
func truncate(s string) string {
	const max = 120
	if len(s) > max {
		s = s[:max] + "..."
	}
	return strconv.Quote(s)
}

// codeReply is a numeric (SMTP/FTP) reply.
type codeReply struct {
	code  int
	lines []string // text after the code and separator
}

func (c codeReply) String() string {
	return fmt.Sprintf("%d %s", c.code, strings.Join(c.lines, " / "))
}

// readCodeReply reads an SMTP/FTP reply: "ddd-text" continuation lines
// (FTP also allows lines without a code) then "ddd text".
func readCodeReply(l *lineReader) (codeReply, error) {
	var rep codeReply
	for n := 0; n < maxReplyLines; n++ {
		line, err := l.readLine()
		if err != nil {
			if n == 0 {
				return rep, fmt.Errorf("reading the reply: %w", err)
			}
			return rep, fmt.Errorf("reading a multi-line reply: %w", err)
		}
		code, sep, text, ok := splitCodeLine(line)
		if n == 0 && !ok {
			return rep, fmt.Errorf("reply %s does not start with a 3-digit code: not the expected protocol", truncate(line))
		}
		if !ok || (n > 0 && code != rep.code) {
			// FTP free-form continuation line.
			rep.lines = append(rep.lines, line)
			continue
		}
		rep.code = code
		rep.lines = append(rep.lines, text)
		if sep != '-' {
			return rep, nil
		}
	}
	return rep, fmt.Errorf("reply longer than %d lines", maxReplyLines)
}

// splitCodeLine splits "250-text" / "250 text" / "250".
func splitCodeLine(line string) (code int, sep byte, text string, ok bool) {
	if len(line) < 3 {
		return 0, 0, "", false
	}
	for i := 0; i < 3; i++ {
		if line[i] < '0' || line[i] > '9' {
			return 0, 0, "", false
		}
	}
	if line[0] < '1' || line[0] > '5' {
		return 0, 0, "", false
	}
	code = int(line[0]-'0')*100 + int(line[1]-'0')*10 + int(line[2]-'0')
	if len(line) == 3 {
		return code, ' ', "", true
	}
	if line[3] != ' ' && line[3] != '-' {
		return 0, 0, "", false
	}
	return code, line[3], line[4:], true
}

// readFinalCodeReply skips 1xx preliminary replies.
func readFinalCodeReply(l *lineReader) (codeReply, error) {
	for i := 0; i < 5; i++ {
		rep, err := readCodeReply(l)
		if err != nil || rep.code >= 200 {
			return rep, err
		}
	}
	return codeReply{}, errors.New("too many preliminary (1xx) replies")
}

func writeLine(w io.Writer, s string) error {
	if _, err := io.WriteString(w, s+"\r\n"); err != nil {
		return fmt.Errorf("sending %q: %w", s, err)
	}
	return nil
}

func startSMTP(w io.Writer, l *lineReader) error {
	rep, err := readFinalCodeReply(l)
	if err != nil {
		return fmt.Errorf("SMTP greeting: %w", err)
	}
	if rep.code != 220 {
		return fmt.Errorf("%w: SMTP greeting is %s, not 220", ErrStartTLSRefused, truncate(rep.String()))
	}
	if err := writeLine(w, "EHLO conformscan"); err != nil {
		return err
	}
	rep, err = readCodeReply(l)
	if err != nil {
		return fmt.Errorf("SMTP EHLO: %w", err)
	}
	if rep.code != 250 {
		return fmt.Errorf("%w: EHLO answered %s (the server does not speak ESMTP)", ErrStartTLSNotOffered, truncate(rep.String()))
	}
	offered := false
	for _, ext := range rep.lines[1:] {
		if f := strings.Fields(ext); len(f) > 0 && strings.EqualFold(f[0], "STARTTLS") {
			offered = true
		}
	}
	if !offered {
		return fmt.Errorf("%w: it is not in the EHLO extensions (%s)", ErrStartTLSNotOffered, truncate(strings.Join(rep.lines[1:], ", ")))
	}
	if err := writeLine(w, "STARTTLS"); err != nil {
		return err
	}
	rep, err = readCodeReply(l)
	if err != nil {
		return fmt.Errorf("SMTP STARTTLS: %w", err)
	}
	if rep.code != 220 {
		return fmt.Errorf("%w: STARTTLS answered %s", ErrStartTLSRefused, truncate(rep.String()))
	}
	return nil
}

func startFTP(w io.Writer, l *lineReader) error {
	rep, err := readFinalCodeReply(l)
	if err != nil {
		return fmt.Errorf("FTP greeting: %w", err)
	}
	if rep.code != 220 {
		return fmt.Errorf("%w: FTP greeting is %s, not 220", ErrStartTLSRefused, truncate(rep.String()))
	}
	if err := writeLine(w, "AUTH TLS"); err != nil {
		return err
	}
	rep, err = readFinalCodeReply(l)
	if err != nil {
		return fmt.Errorf("FTP AUTH TLS: %w", err)
	}
	switch {
	case rep.code == 234:
		return nil
	case rep.code >= 500:
		return fmt.Errorf("%w: AUTH TLS answered %s", ErrStartTLSNotOffered, truncate(rep.String()))
	}
	return fmt.Errorf("%w: AUTH TLS answered %s, not 234", ErrStartTLSRefused, truncate(rep.String()))
}

func startPOP3(w io.Writer, l *lineReader) error {
	line, err := l.readLine()
	if err != nil {
		return fmt.Errorf("POP3 greeting: %w", err)
	}
	if !hasPrefixFold(line, "+OK") {
		if hasPrefixFold(line, "-ERR") {
			return fmt.Errorf("%w: POP3 greeting is %s", ErrStartTLSRefused, truncate(line))
		}
		return fmt.Errorf("POP3 greeting %s does not start with +OK: not a POP3 server", truncate(line))
	}
	if err := writeLine(w, "STLS"); err != nil {
		return err
	}
	line, err = l.readLine()
	if err != nil {
		return fmt.Errorf("POP3 STLS: %w", err)
	}
	switch {
	case hasPrefixFold(line, "+OK"):
		return nil
	case hasPrefixFold(line, "-ERR"):
		return fmt.Errorf("%w (STLS answered %s)", ErrStartTLSNotOffered, truncate(line))
	}
	return fmt.Errorf("POP3 STLS answer %s is neither +OK nor -ERR", truncate(line))
}

func startIMAP(w io.Writer, l *lineReader) error {
	line, err := l.readLine()
	if err != nil {
		return fmt.Errorf("IMAP greeting: %w", err)
	}
	switch {
	case hasPrefixFold(line, "* OK"), hasPrefixFold(line, "* PREAUTH"):
	case hasPrefixFold(line, "* BYE"):
		return fmt.Errorf("%w: IMAP greeting is %s", ErrStartTLSRefused, truncate(line))
	default:
		return fmt.Errorf("IMAP greeting %s is not \"* OK\": not an IMAP server", truncate(line))
	}
	if err := writeLine(w, "a1 STARTTLS"); err != nil {
		return err
	}
	// Untagged lines may come first; the tagged one ends the reply.
	for n := 0; n < maxReplyLines; n++ {
		line, err := l.readLine()
		if err != nil {
			return fmt.Errorf("IMAP STARTTLS: %w", err)
		}
		if strings.HasPrefix(line, "* ") || line == "*" {
			if hasPrefixFold(line, "* BYE") {
				return fmt.Errorf("%w: IMAP STARTTLS answered %s", ErrStartTLSRefused, truncate(line))
			}
			continue
		}
		if !hasPrefixFold(line, "a1 ") {
			return fmt.Errorf("IMAP STARTTLS answer %s is not tagged a1", truncate(line))
		}
		status := strings.TrimSpace(line[3:])
		switch {
		case hasPrefixFold(status, "OK"):
			return nil
		case hasPrefixFold(status, "NO"), hasPrefixFold(status, "BAD"):
			return fmt.Errorf("%w (STARTTLS answered %s)", ErrStartTLSNotOffered, truncate(line))
		}
		return fmt.Errorf("IMAP STARTTLS answer %s is neither OK, NO nor BAD", truncate(line))
	}
	return fmt.Errorf("IMAP STARTTLS: more than %d untagged lines", maxReplyLines)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// postgresSSLRequest is the 8-byte SSLRequest message (length 8, code
// 80877103).
var postgresSSLRequest = [8]byte{0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f}

func startPostgres(conn io.ReadWriter) error {
	req := postgresSSLRequest
	if _, err := conn.Write(req[:]); err != nil {
		return fmt.Errorf("sending the PostgreSQL SSLRequest: %w", err)
	}
	var b [1]byte
	if _, err := io.ReadFull(conn, b[:]); err != nil {
		if errors.Is(err, io.EOF) {
			return fmt.Errorf("PostgreSQL SSLRequest: connection closed by the server: %w", err)
		}
		return fmt.Errorf("PostgreSQL SSLRequest: %w", err)
	}
	switch b[0] {
	case 'S':
		return nil
	case 'N':
		return fmt.Errorf("%w: PostgreSQL answered 'N' to SSLRequest (ssl = off)", ErrStartTLSNotOffered)
	case 'E':
		// An ErrorResponse from a server that predates SSLRequest or
		// refuses it: read a bounded part of it for the message.
		return fmt.Errorf("%w: PostgreSQL answered an error to SSLRequest: %s", ErrStartTLSRefused, readPostgresError(conn))
	}
	return fmt.Errorf("PostgreSQL SSLRequest: unexpected answer byte 0x%02x: not a PostgreSQL server", b[0])
}

// readPostgresError reads the rest of an ErrorResponse ('E' already read)
// and returns its message field, bounded.
func readPostgresError(r io.Reader) string {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return "(unreadable)"
	}
	n := int(hdr[0])<<24 | int(hdr[1])<<16 | int(hdr[2])<<8 | int(hdr[3])
	if n < 4 || n > 8192 {
		return "(malformed error message)"
	}
	body := make([]byte, n-4)
	if _, err := io.ReadFull(r, body); err != nil {
		return "(truncated error message)"
	}
	return parsePostgresError(body)
}

// parsePostgresError extracts the 'M' (message) field of an ErrorResponse
// body: a sequence of (type byte, NUL-terminated string), ended by NUL.
func parsePostgresError(body []byte) string {
	for len(body) > 0 && body[0] != 0 {
		typ := body[0]
		body = body[1:]
		i := indexByte(body, 0)
		if i < 0 {
			return truncate(string(body))
		}
		if typ == 'M' {
			return truncate(string(body[:i]))
		}
		body = body[i+1:]
	}
	return "(no message)"
}

// LDAP StartTLS (RFC 4511 4.14).
const ldapStartTLSOID = "1.3.6.1.4.1.1466.20037"

// ldapStartTLSRequest is LDAPMessage{messageID 1, ExtendedRequest{
// requestName [0] "1.3.6.1.4.1.1466.20037"}} in BER.
func ldapStartTLSRequest() []byte {
	oid := []byte(ldapStartTLSOID)
	ext := append([]byte{0x80, byte(len(oid))}, oid...)
	op := append([]byte{0x77, byte(len(ext))}, ext...)
	msg := append([]byte{0x02, 0x01, 0x01}, op...)
	return append([]byte{0x30, byte(len(msg))}, msg...)
}

func startLDAP(conn io.ReadWriter) error {
	if _, err := conn.Write(ldapStartTLSRequest()); err != nil {
		return fmt.Errorf("sending the LDAP StartTLS request: %w", err)
	}
	msg, err := readBERElement(conn, maxLDAPMessage)
	if err != nil {
		return fmt.Errorf("LDAP StartTLS response: %w", err)
	}
	res, err := parseLDAPExtendedResponse(msg)
	if err != nil {
		return fmt.Errorf("LDAP StartTLS response: %w", err)
	}
	switch {
	case res.messageID == 0:
		return fmt.Errorf("%w: the LDAP server sent a notice of disconnection (result %d %s)", ErrStartTLSRefused, res.code, truncate(res.diagnostic))
	case res.messageID != 1:
		return fmt.Errorf("LDAP StartTLS response has message ID %d, want 1", res.messageID)
	case res.code == 0:
		return nil
	case res.code == 2 || res.code == 52 || res.code == 53:
		// protocolError (unknown extended operation), unavailable (no TLS
		// configured), unwillingToPerform.
		return fmt.Errorf("%w: LDAP StartTLS result %d %s", ErrStartTLSNotOffered, res.code, truncate(res.diagnostic))
	}
	return fmt.Errorf("%w: LDAP StartTLS result %d %s", ErrStartTLSRefused, res.code, truncate(res.diagnostic))
}

// readBERElement reads one definite-length BER element (single-byte tag)
// of at most max bytes.
func readBERElement(r io.Reader, max int) ([]byte, error) {
	var hdr [2]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("connection closed by the server: %w", err)
		}
		return nil, err
	}
	if hdr[0]&0x1f == 0x1f {
		return nil, fmt.Errorf("multi-byte BER tag 0x%02x: not an LDAP message", hdr[0])
	}
	out := append([]byte(nil), hdr[:]...)
	length := int(hdr[1])
	if hdr[1]&0x80 != 0 {
		n := int(hdr[1] & 0x7f)
		if n == 0 || n > 4 {
			return nil, fmt.Errorf("unsupported BER length form 0x%02x", hdr[1])
		}
		lb := make([]byte, n)
		if _, err := io.ReadFull(r, lb); err != nil {
			return nil, fmt.Errorf("truncated BER length: %w", err)
		}
		out = append(out, lb...)
		length = 0
		for _, b := range lb {
			length = length<<8 | int(b)
		}
	}
	if length < 0 || length > max-len(out) {
		return nil, fmt.Errorf("BER element of %d bytes exceeds the %d-byte limit", length, max)
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, fmt.Errorf("truncated BER element: %w", err)
	}
	return append(out, body...), nil
}

// berTLV splits one BER TLV off b (definite lengths, single-byte tags).
func berTLV(b []byte) (tag byte, content, rest []byte, err error) {
	if len(b) < 2 {
		return 0, nil, nil, errors.New("truncated BER element")
	}
	tag = b[0]
	if tag&0x1f == 0x1f {
		return 0, nil, nil, errors.New("multi-byte BER tag")
	}
	length, i := int(b[1]), 2
	if b[1]&0x80 != 0 {
		n := int(b[1] & 0x7f)
		if n == 0 || n > 4 || len(b) < 2+n {
			return 0, nil, nil, errors.New("bad BER length")
		}
		length = 0
		for _, x := range b[2 : 2+n] {
			length = length<<8 | int(x)
		}
		i = 2 + n
	}
	if length < 0 || length > len(b)-i {
		return 0, nil, nil, errors.New("BER length exceeds the data")
	}
	return tag, b[i : i+length], b[i+length:], nil
}

// berInt decodes a BER INTEGER/ENUMERATED content of at most 4 bytes.
func berInt(c []byte) (int, error) {
	if len(c) == 0 || len(c) > 4 {
		return 0, fmt.Errorf("BER integer of %d bytes", len(c))
	}
	v := int(int8(c[0]))
	for _, x := range c[1:] {
		v = v<<8 | int(x)
	}
	return v, nil
}

type ldapResult struct {
	messageID  int
	code       int
	diagnostic string
}

// parseLDAPExtendedResponse parses LDAPMessage{messageID,
// ExtendedResponse [APPLICATION 24]{resultCode, matchedDN,
// diagnosticMessage, ...}}.
func parseLDAPExtendedResponse(msg []byte) (ldapResult, error) {
	var res ldapResult
	tag, seq, _, err := berTLV(msg)
	if err != nil {
		return res, err
	}
	if tag != 0x30 {
		return res, fmt.Errorf("tag 0x%02x is not an LDAPMessage SEQUENCE: not an LDAP server", tag)
	}
	tag, id, rest, err := berTLV(seq)
	if err != nil {
		return res, err
	}
	if tag != 0x02 {
		return res, fmt.Errorf("LDAPMessage without a message ID (tag 0x%02x)", tag)
	}
	if res.messageID, err = berInt(id); err != nil {
		return res, err
	}
	tag, op, _, err := berTLV(rest)
	if err != nil {
		return res, err
	}
	if tag != 0x78 {
		return res, fmt.Errorf("protocol op tag 0x%02x is not an ExtendedResponse", tag)
	}
	tag, code, op, err := berTLV(op)
	if err != nil {
		return res, err
	}
	if tag != 0x0a {
		return res, fmt.Errorf("result code has tag 0x%02x, not ENUMERATED", tag)
	}
	if res.code, err = berInt(code); err != nil {
		return res, err
	}
	if _, _, op, err = berTLV(op); err != nil { // matchedDN
		return res, nil
	}
	if tag, diag, _, err := berTLV(op); err == nil && tag == 0x04 {
		res.diagnostic = string(diag)
	}
	return res, nil
}
