package cleartext

import (
	"context"
	"strings"
)

// smtpHelo is the name the probe gives in EHLO: a reserved, non-resolving
// domain (RFC 2606).
const smtpHelo = "conformscan.invalid"

// probeSMTP reads the greeting, sends EHLO and reads the extensions offered
// before any STARTTLS: AUTH there means credentials may cross in clear
// (RFC 4954 section 4 forbids plaintext mechanisms without a protected
// channel).
func probeSMTP(ctx context.Context, endpoint string, o *Options, f *Facts) error {
	c, err := dial(ctx, endpoint, o, f)
	if err != nil {
		return err
	}
	defer c.Close()
	g, err := c.greeting("read SMTP greeting", 220)
	if err != nil {
		return err
	}
	f.Greeting = clipText(printable(g.First()), maxTranscriptLine)
	f.Cleartext = true

	e, err := c.command("EHLO", "EHLO "+smtpHelo)
	if err != nil {
		return err
	}
	if e.Code != 250 {
		h, err := c.command("HELO", "HELO "+smtpHelo)
		if err != nil {
			return err
		}
		if h.Code != 250 {
			f.note("EHLO and HELO refused (%s)", clipText(printable(h.First()), 120))
			c.quit("QUIT")
			return nil
		}
		f.note("EHLO refused, HELO accepted: no ESMTP extension, hence neither AUTH nor STARTTLS")
		f.TLSOffered, f.AuthInClear = boolp(false), boolp(false)
		c.quit("QUIT")
		return nil
	}
	judgeEHLO(e.Lines, f)
	c.quit("QUIT")
	return nil
}

// judgeEHLO records the EHLO extensions and decides AuthInClear.
func judgeEHLO(lines []string, f *Facts) {
	exts, starttls, mechs := parseEHLO(lines)
	f.Capabilities = exts
	f.TLSOffered = boolp(starttls)
	f.AuthMechanisms = mechs
	cred := credentialMechanisms(mechs)
	f.AuthInClear = boolp(len(cred) > 0)
	if len(cred) > 0 {
		f.via(ViaSMTPAuth)
	}
}

// parseEHLO reads the lines of a 250 EHLO reply (the first is the server's
// greeting): the extension keywords, whether STARTTLS is offered, and the
// AUTH mechanisms (also from the pre-standard "AUTH=" form).
func parseEHLO(lines []string) (exts []string, starttls bool, mechs []string) {
	if len(lines) < 2 {
		return nil, false, nil
	}
	var all []string
	for _, l := range lines[1:] {
		fields := strings.Fields(l)
		if len(fields) == 0 {
			continue
		}
		all = append(all, l)
		kw := strings.ToUpper(fields[0])
		switch {
		case kw == "STARTTLS":
			starttls = true
		case kw == "AUTH":
			mechs = append(mechs, fields[1:]...)
		case strings.HasPrefix(kw, "AUTH="):
			mechs = append(mechs, strings.Fields(strings.ReplaceAll(strings.Join(fields, " ")[len("AUTH="):], ",", " "))...)
		}
	}
	var up []string
	for _, m := range mechs {
		up = append(up, strings.ToUpper(m))
	}
	return cleanList(all, 64), starttls, cleanList(up, 32)
}
