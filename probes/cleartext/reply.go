package cleartext

import (
	"fmt"
	"strings"

	"conformscan/probes"
)

// reply is an FTP (RFC 959 section 4.2) or SMTP (RFC 5321 section 4.2)
// reply: a three-digit code and one or more lines of text.
type reply struct {
	Code int
	// Lines are the texts of the lines, the "xyz-" / "xyz " prefix removed
	// where present (FTP lets the inner lines of a multi-line reply start
	// with anything).
	Lines []string
}

// First is the first line of the reply as sent ("220 ready").
func (r reply) First() string {
	if len(r.Lines) == 0 {
		return itoa3(r.Code)
	}
	return itoa3(r.Code) + " " + r.Lines[0]
}

// Text is every line of the reply, joined by spaces.
func (r reply) Text() string { return strings.Join(r.Lines, " ") }

func itoa3(c int) string {
	return string([]byte{byte('0' + c/100%10), byte('0' + c/10%10), byte('0' + c%10)})
}

// replyCode reads the "xyz" code and separator at the start of line; sep is
// ' ' for a last (or only) line, '-' for a continued one, 0 for a bare code.
func replyCode(line string) (code int, sep byte, ok bool) {
	if len(line) < 3 {
		return 0, 0, false
	}
	for i := 0; i < 3; i++ {
		if line[i] < '0' || line[i] > '9' {
			return 0, 0, false
		}
	}
	if line[0] < '1' || line[0] > '5' {
		return 0, 0, false
	}
	code = int(line[0]-'0')*100 + int(line[1]-'0')*10 + int(line[2]-'0')
	if len(line) == 3 {
		return code, 0, true
	}
	if line[3] != ' ' && line[3] != '-' {
		return 0, 0, false
	}
	return code, line[3], true
}

// readReply reads one FTP/SMTP reply, each line logged in the transcript.
// A reply that never ends runs into the session's line bound.
func (c *conn) readReply(op string) (reply, error) {
	first, err := c.readLine(op)
	if err != nil {
		return reply{}, err
	}
	c.f.log("<", first)
	code, sep, ok := replyCode(first)
	if !ok {
		return reply{}, probes.Protocol(op, "the answer %q does not start with a three-digit reply code", clipText(first, 120))
	}
	r := reply{Code: code}
	if len(first) > 4 {
		r.Lines = append(r.Lines, first[4:])
	} else {
		r.Lines = append(r.Lines, "")
	}
	if sep != '-' {
		return r, nil
	}
	prefix := first[:3]
	quiet := 0
	for {
		line, err := c.readLine(op)
		if err != nil {
			return r, err
		}
		if line == prefix || strings.HasPrefix(line, prefix+" ") {
			c.f.logQuiet(quiet)
			c.f.log("<", line)
			r.Lines = append(r.Lines, strings.TrimPrefix(line[3:], " "))
			return r, nil
		}
		if telling(line) {
			c.f.logQuiet(quiet)
			quiet = 0
			c.f.log("<", line)
		} else {
			quiet++
		}
		r.Lines = append(r.Lines, strings.TrimPrefix(line, prefix+"-"))
	}
}

// telling tells whether a line of a multi-line answer bears on
// authentication or TLS, and so belongs in the transcript.
func telling(line string) bool {
	u := strings.ToUpper(line)
	for _, k := range []string{"AUTH", "TLS", "SSL", "STLS", "USER", "SASL", "LOGIN", "PLAIN"} {
		if strings.Contains(u, k) {
			return true
		}
	}
	return false
}

// logQuiet summarises n lines left out of the transcript.
func (f *Facts) logQuiet(n int) {
	if n > 0 {
		f.log("<", fmt.Sprintf("(%d other line(s))", n))
	}
}

// command sends line and reads the reply.
func (c *conn) command(op, line string) (reply, error) {
	if err := c.send(op, line, ""); err != nil {
		return reply{}, err
	}
	return c.readReply(op)
}

// tlsRefusal tells whether a refusal's text says that TLS is required.
func tlsRefusal(text string) bool {
	t := strings.ToLower(text)
	for _, k := range []string{"tls", "ssl", "encrypt", "secure", "starttls", "stls", "plaintext", "cleartext", "privacy", "confidential"} {
		if strings.Contains(t, k) {
			return true
		}
	}
	return false
}

// cleanList keeps at most n distinct, non-empty, printable items, each
// clipped.
func cleanList(items []string, n int) []string {
	var out []string
	seen := map[string]bool{}
	for _, it := range items {
		it = clipText(strings.TrimSpace(printable(it)), 80)
		if it == "" || seen[strings.ToUpper(it)] {
			continue
		}
		seen[strings.ToUpper(it)] = true
		out = append(out, it)
		if len(out) >= n {
			break
		}
	}
	return out
}

// credentialMechanisms keeps the SASL mechanisms that carry credentials:
// everything but ANONYMOUS and EXTERNAL (the TLS client certificate).
func credentialMechanisms(mechs []string) []string {
	var out []string
	for _, m := range mechs {
		switch strings.ToUpper(m) {
		case "ANONYMOUS", "EXTERNAL":
		default:
			out = append(out, m)
		}
	}
	return out
}
