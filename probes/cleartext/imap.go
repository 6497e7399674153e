package cleartext

import (
	"context"
	"errors"
	"strings"

	"conformscan/probes"
)

// probeIMAP reads the greeting and the capabilities offered before any
// STARTTLS (RFC 3501, RFC 9051): without LOGINDISABLED the LOGIN command
// takes a password in clear; AUTH= mechanisms carry credentials in clear
// as well.
func probeIMAP(ctx context.Context, endpoint string, o *Options, f *Facts) error {
	c, err := dial(ctx, endpoint, o, f)
	if err != nil {
		return err
	}
	defer c.Close()
	g, err := c.readLine("read IMAP greeting")
	if err != nil {
		return err
	}
	c.f.log("<", g)
	f.Greeting = clipText(printable(g), maxTranscriptLine)
	up := strings.ToUpper(g)
	preauth := false
	switch {
	case strings.HasPrefix(up, "* OK"):
	case strings.HasPrefix(up, "* PREAUTH"):
		preauth = true
	case strings.HasPrefix(up, "* BYE"):
		return &probes.Error{Kind: probes.KindApplication, Op: "read IMAP greeting",
			Err: errors.New("the server refuses service: " + clipText(printable(g), 120))}
	default:
		return probes.Protocol("read IMAP greeting", "expected \"* OK\", got %q", clipText(g, 120))
	}
	f.Cleartext = true
	caps, _ := greetingCapabilities(g)

	if err := c.send("CAPABILITY", "a1 CAPABILITY", ""); err != nil {
		return err
	}
	untagged, done, err := c.readTagged("CAPABILITY", "a1")
	if err != nil {
		return err
	}
	fromCmd := false
	for _, l := range untagged {
		if cs, ok := parseIMAPCapability(l); ok {
			caps, fromCmd = cs, true
		}
	}
	if !fromCmd && !strings.HasPrefix(strings.ToUpper(done), "A1 OK") {
		f.note("CAPABILITY refused (%s)", clipText(printable(done), 120))
	}
	if caps == nil {
		f.note("no capability list seen: whether LOGIN is disabled before STARTTLS is unknown")
	} else {
		judgeIMAP(caps, preauth, f)
	}
	if err := c.send("LOGOUT", "a2 LOGOUT", ""); err == nil {
		_, _, _ = c.readTagged("LOGOUT", "a2")
	}
	if caps == nil {
		return probes.Protocol("CAPABILITY", "the server listed no capabilities")
	}
	return nil
}

// judgeIMAP sets TLSOffered and AuthInClear from the capabilities.
func judgeIMAP(caps []string, preauth bool, f *Facts) {
	f.Capabilities = cleanList(caps, 64)
	var mechs []string
	loginDisabled, starttls := false, false
	for _, c := range caps {
		u := strings.ToUpper(c)
		switch {
		case u == "STARTTLS":
			starttls = true
		case u == "LOGINDISABLED":
			loginDisabled = true
		case strings.HasPrefix(u, "AUTH="):
			mechs = append(mechs, u[len("AUTH="):])
		}
	}
	f.TLSOffered = boolp(starttls)
	if len(credentialMechanisms(mechs)) > 0 {
		f.via(ViaIMAPAuth)
	}
	if !loginDisabled {
		f.via(ViaIMAPLogin)
		mechs = append([]string{"LOGIN"}, mechs...)
	}
	f.AuthMechanisms = cleanList(mechs, 32)
	f.AuthInClear = boolp(len(f.AuthVia) > 0)
	if preauth {
		f.note("PREAUTH greeting: the connection is authenticated without any credentials")
	}
}

// readTagged reads untagged lines up to the tagged completion of tag.
func (c *conn) readTagged(op, tag string) (untagged []string, done string, err error) {
	for {
		l, err := c.readLine(op)
		if err != nil {
			return untagged, "", err
		}
		c.f.log("<", l)
		if len(l) > len(tag) && strings.EqualFold(l[:len(tag)+1], tag+" ") {
			return untagged, l, nil
		}
		if strings.HasPrefix(l, "* ") {
			untagged = append(untagged, l)
			continue
		}
		if !strings.HasPrefix(l, "+") {
			return untagged, "", probes.Protocol(op, "unexpected line %q (neither untagged, continuation nor tagged %s)", clipText(l, 120), tag)
		}
	}
}

// parseIMAPCapability reads an untagged "* CAPABILITY ..." line.
func parseIMAPCapability(line string) ([]string, bool) {
	fields := strings.Fields(line)
	if len(fields) < 2 || fields[0] != "*" || !strings.EqualFold(fields[1], "CAPABILITY") {
		return nil, false
	}
	return capTokens(fields[2:]), true
}

// greetingCapabilities reads the "[CAPABILITY ...]" response code of a
// greeting ("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready").
func greetingCapabilities(line string) ([]string, bool) {
	i := indexFold(line, "[CAPABILITY ")
	if i < 0 {
		return nil, false
	}
	rest := line[i+len("[CAPABILITY "):]
	j := strings.IndexByte(rest, ']')
	if j < 0 {
		return nil, false
	}
	return capTokens(strings.Fields(rest[:j])), true
}

func capTokens(fields []string) []string {
	if len(fields) > 128 {
		fields = fields[:128]
	}
	out := make([]string, 0, len(fields))
	for _, f := range fields {
		out = append(out, clipText(printable(f), 80))
	}
	return out
}

// indexFold is strings.Index ignoring ASCII case (strings.ToUpper would
// change the length of invalid UTF-8, and so the offsets).
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
