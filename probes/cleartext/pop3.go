package cleartext

import (
	"context"
	"errors"
	"strings"

	"conformscan/probes"
)

// probePOP3 reads the greeting, lists CAPA (RFC 2449), and sends USER with
// a probe user name: +OK means the server would take the password in clear
// next (no password is sent); SASL mechanisms advertised before STLS
// (RFC 2595) carry credentials in clear as well.
func probePOP3(ctx context.Context, endpoint string, o *Options, f *Facts) error {
	c, err := dial(ctx, endpoint, o, f)
	if err != nil {
		return err
	}
	defer c.Close()
	g, err := c.readLine("read POP3 greeting")
	if err != nil {
		return err
	}
	c.f.log("<", g)
	f.Greeting = clipText(printable(g), maxTranscriptLine)
	switch {
	case strings.HasPrefix(g, "+OK"):
	case strings.HasPrefix(g, "-ERR"):
		return &probes.Error{Kind: probes.KindApplication, Op: "read POP3 greeting",
			Err: errors.New("the server refuses service: " + clipText(printable(g), 120))}
	default:
		return probes.Protocol("read POP3 greeting", "expected +OK, got %q", clipText(g, 120))
	}
	f.Cleartext = true

	if err := c.send("CAPA", "CAPA", ""); err != nil {
		return err
	}
	status, lines, err := c.readPOP3Multi("CAPA")
	if err != nil {
		return err
	}
	var caps pop3Caps
	if strings.HasPrefix(status, "+OK") {
		caps = parsePOP3Capa(lines)
		f.Capabilities = caps.All
		f.TLSOffered = boolp(caps.STLS)
	} else {
		f.note("CAPA not supported (%s): whether STLS is offered is unknown", clipText(printable(status), 80))
	}
	if apopTimestamp(g) {
		caps.SASL = append(caps.SASL, "APOP")
	}

	if err := c.send("USER", "USER "+probeUser, ""); err != nil {
		return err
	}
	u, err := c.readLine("USER")
	if err != nil {
		return err
	}
	c.f.log("<", u)
	judgePOP3(u, caps, f)
	if err := c.send("QUIT", "QUIT", ""); err == nil {
		if l, err := c.readLine("QUIT"); err == nil {
			c.f.log("<", l)
		}
	}
	return nil
}

// judgePOP3 sets AuthInClear from the answer to USER and the SASL
// mechanisms advertised.
func judgePOP3(userAnswer string, caps pop3Caps, f *Facts) {
	var mechs []string
	if strings.HasPrefix(userAnswer, "+OK") {
		f.via(ViaPOP3User)
		mechs = append(mechs, "USER/PASS")
	} else {
		f.AuthRefused = clipText(printable(userAnswer), maxTranscriptLine)
	}
	cred := credentialMechanisms(caps.SASL)
	if len(cred) > 0 {
		f.via(ViaPOP3SASL)
	}
	f.AuthMechanisms = append(mechs, caps.SASL...)
	f.AuthInClear = boolp(len(f.AuthVia) > 0)
	if !strings.HasPrefix(userAnswer, "+OK") && caps.User {
		f.note("CAPA lists USER but USER was refused before STLS")
	}
}

// readPOP3Multi reads a status line and, when it is +OK, the lines of a
// multi-line answer up to the lone ".", undoing dot-stuffing.
func (c *conn) readPOP3Multi(op string) (string, []string, error) {
	status, err := c.readLine(op)
	if err != nil {
		return "", nil, err
	}
	c.f.log("<", status)
	if !strings.HasPrefix(status, "+OK") {
		if strings.HasPrefix(status, "-ERR") {
			return status, nil, nil
		}
		return status, nil, probes.Protocol(op, "expected +OK or -ERR, got %q", clipText(status, 120))
	}
	var lines []string
	quiet := 0
	for {
		l, err := c.readLine(op)
		if err != nil {
			return status, lines, err
		}
		if l == "." {
			c.f.logQuiet(quiet)
			c.f.log("<", l)
			return status, lines, nil
		}
		if telling(l) {
			c.f.logQuiet(quiet)
			quiet = 0
			c.f.log("<", l)
		} else {
			quiet++
		}
		lines = append(lines, strings.TrimPrefix(l, "."))
	}
}

// pop3Caps is what CAPA advertised.
type pop3Caps struct {
	All  []string
	STLS bool
	User bool
	SASL []string
}

// parsePOP3Capa reads the capability lines of a CAPA answer.
func parsePOP3Capa(lines []string) pop3Caps {
	var c pop3Caps
	for _, l := range lines {
		fields := strings.Fields(l)
		if len(fields) == 0 {
			continue
		}
		switch strings.ToUpper(fields[0]) {
		case "STLS":
			c.STLS = true
		case "USER":
			c.User = true
		case "SASL":
			for _, m := range fields[1:] {
				c.SASL = append(c.SASL, strings.ToUpper(m))
			}
		}
	}
	c.All = cleanList(lines, 64)
	c.SASL = cleanList(c.SASL, 32)
	return c
}

// apopTimestamp tells whether a greeting carries an APOP timestamp
// ("<1896.697170952@dbc.mtview.ca.us>", RFC 1939 section 7).
func apopTimestamp(greeting string) bool {
	i := strings.IndexByte(greeting, '<')
	if i < 0 {
		return false
	}
	j := strings.IndexByte(greeting[i:], '>')
	return j > 0 && strings.Contains(greeting[i:i+j], "@")
}
