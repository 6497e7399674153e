package cleartext

import (
	"context"
	"fmt"
	"strings"

	"conformscan/probes"
)

// probeFTP reads the greeting, lists FEAT, and sends USER with a probe user
// name: a 331 means the password would be asked in clear; a refusal that
// names TLS means the server requires AUTH TLS first. AUTH TLS itself is not
// performed (the TLS probe does that) and no password is sent.
func probeFTP(ctx context.Context, endpoint string, o *Options, f *Facts) error {
	c, err := dial(ctx, endpoint, o, f)
	if err != nil {
		return err
	}
	defer c.Close()
	g, err := c.greeting("read FTP greeting", 220)
	if err != nil {
		return err
	}
	f.Greeting = clipText(printable(g.First()), maxTranscriptLine)
	f.Cleartext = true

	feat, err := c.command("FEAT", "FEAT")
	if err != nil {
		return err
	}
	if feat.Code == 211 {
		f.Capabilities = parseFEAT(feat.Lines)
		f.TLSOffered = boolp(ftpAuthTLS(f.Capabilities))
	} else {
		f.note("FEAT not supported (%s): whether AUTH TLS is offered is unknown", clipText(printable(feat.First()), 80))
	}

	u, err := c.command("USER", "USER "+probeUser)
	if err != nil {
		return err
	}
	judgeFTPUser(u, f)
	c.quit("QUIT")
	return nil
}

// judgeFTPUser sets AuthInClear from the answer to USER.
func judgeFTPUser(u reply, f *Facts) {
	switch {
	case u.Code == 331 || u.Code == 332:
		f.AuthInClear = boolp(true)
		f.via(ViaFTPUser)
		f.AuthMechanisms = []string{"USER/PASS"}
	case u.Code == 230:
		f.AuthInClear = boolp(true)
		f.via(ViaFTPUser)
		f.AuthMechanisms = []string{"USER/PASS"}
		f.note("USER %s was logged in at once, without a password", probeUser)
	case u.Code == 534 || (u.Code >= 400 && tlsRefusal(u.Text())):
		f.AuthInClear = boolp(false)
		f.AuthRefused = clipText(printable(u.First()), maxTranscriptLine)
	default:
		f.AuthRefused = clipText(printable(u.First()), maxTranscriptLine)
		f.note("USER refused without naming TLS (%s): whether credentials are taken in clear is unknown", clipText(printable(u.First()), 120))
	}
}

// greeting reads the server's first reply, waiting past a 120 ("ready in n
// minutes") once.
func (c *conn) greeting(op string, want int) (reply, error) {
	for i := 0; i < 2; i++ {
		g, err := c.readReply(op)
		if err != nil {
			return g, err
		}
		switch {
		case g.Code == want:
			return g, nil
		case g.Code == 120 && i == 0:
			continue
		case g.Code == 421 || g.Code == 554:
			return g, &probes.Error{Kind: probes.KindApplication, Op: op,
				Err: fmt.Errorf("the server refuses service: %s", clipText(printable(g.First()), 120))}
		default:
			return g, probes.Protocol(op, "expected a %d greeting, got %q", want, clipText(g.First(), 120))
		}
	}
	return reply{}, probes.Protocol(op, "the server stays in \"120 ready later\"")
}

// quit ends an FTP or SMTP session politely; its failure is of no
// consequence.
func (c *conn) quit(cmd string) {
	if _, err := c.command(cmd, cmd); err != nil {
		c.f.note("no answer to %s (%s), of no consequence", cmd, probes.KindOf(err))
	}
}

// parseFEAT reads the features of a 211 FEAT reply (RFC 2389): the lines
// between the first and the last, each starting with a space.
func parseFEAT(lines []string) []string {
	if len(lines) < 2 {
		return nil
	}
	return cleanList(lines[1:len(lines)-1], 64)
}

// ftpAuthTLS tells whether FEAT lists AUTH TLS or AUTH SSL (RFC 4217).
func ftpAuthTLS(feats []string) bool {
	for _, ft := range feats {
		verb, arg, _ := strings.Cut(strings.ToUpper(strings.TrimSpace(ft)), " ")
		if verb != "AUTH" {
			continue
		}
		for _, m := range strings.FieldsFunc(arg, func(r rune) bool { return r == ';' || r == ' ' || r == ',' }) {
			switch m {
			case "TLS", "SSL", "TLS-C", "TLS-P":
				return true
			}
		}
	}
	return false
}
