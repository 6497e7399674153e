package cleartext

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"conformscan/probes"
	"conformscan/probes/lib/telnet"
)

// Telnet protocol bytes (RFC 854), as the tests spell them.
const (
	tnIAC  = telnet.IAC
	tnDONT = telnet.DONT
	tnDO   = telnet.DO
	tnWONT = telnet.WONT
	tnWILL = telnet.WILL
	tnSB   = telnet.SB
	tnSE   = telnet.SE
)

// Telnet bounds: text kept while waiting for a prompt, bytes read in all,
// subnegotiation length, and how long to wait for more once the server
// paused.
const (
	maxTelnetText  = 4096
	maxTelnetBytes = 16 << 10
	telnetQuiet    = 1500 * time.Millisecond
)

// probeTelnet reads what a Telnet server sends, refusing every option it
// proposes (WONT/DONT) so that it goes on to its login prompt. Option
// negotiation or a login prompt both mean a Telnet login, which crosses in
// clear. Nothing is typed at the prompt.
func probeTelnet(ctx context.Context, endpoint string, o *Options, f *Facts) error {
	c, err := dial(ctx, endpoint, o, f)
	if err != nil {
		return err
	}
	defer c.Close()
	var t telnetParser
	total, readErr := readTelnet(ctx, c, o.deadline(ctx), &t)
	f.Transcript = append(f.Transcript, t.transcript()...)
	if t.negotiations > 0 {
		f.note("Telnet option negotiation seen (%d options refused by the probe)", t.negotiations)
	}
	if g := firstTextLine(t.text); g != "" {
		f.Greeting = clipText(printable(g), maxTranscriptLine)
	}
	return telnetVerdict(&t, total, readErr, f)
}

// readTelnet feeds t what the server sends, answering its negotiation,
// until a login prompt, an error, or a pause once the server has spoken
// (telnetQuiet, within deadline). It returns the bytes read and why it
// stopped (nil on a prompt).
func readTelnet(ctx context.Context, c *conn, deadline time.Time, t *telnetParser) (total int, readErr error) {
	buf := make([]byte, 1024)
	for !t.prompt {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		if t.negotiations > 0 || len(t.text) > 0 {
			quiet := time.Now().Add(telnetQuiet)
			if quiet.Before(deadline) {
				_ = c.c.SetReadDeadline(quiet)
			}
		}
		n, err := c.c.Read(buf)
		total += n
		replies := t.feed(buf[:n])
		if len(replies) > 0 {
			if _, werr := c.c.Write(replies); werr != nil && err == nil {
				err = werr
			}
		}
		if t.err != nil {
			return total, probes.Protocol("read Telnet", "%v", t.err)
		}
		if err != nil {
			return total, err
		}
		if total > maxTelnetBytes {
			return total, probes.Protocol("read Telnet", "more than %d bytes without a login prompt", maxTelnetBytes)
		}
	}
	return total, nil
}

// telnetVerdict judges what readTelnet saw: a login prompt, or option
// negotiation that ended cleanly, is a Telnet login in clear.
func telnetVerdict(t *telnetParser, total int, readErr error, f *Facts) error {
	switch {
	case t.prompt:
		f.Cleartext = true
		f.AuthInClear = boolp(true)
		f.via(ViaTelnet)
		f.AuthMechanisms = []string{"login prompt"}
		return nil
	case t.negotiations > 0 && t.err == nil && total <= maxTelnetBytes:
		f.Cleartext = true
		f.AuthInClear = boolp(true)
		f.via(ViaTelnet)
		f.note("no login prompt seen before the server paused or closed (%s): any login on this Telnet service happens in clear", telnetEnd(readErr))
		return nil
	case total == 0:
		return probes.Wrap("read Telnet", readErrNothing(readErr))
	}
	if pe := (*probes.Error)(nil); errors.As(readErr, &pe) {
		return readErr
	}
	if len(t.text) > 0 {
		f.Cleartext = true
		f.note("text but no Telnet negotiation and no login prompt")
	}
	return probes.Protocol("read Telnet", "neither Telnet option negotiation nor a login prompt in what the server sent (%s)", telnetEnd(readErr))
}

func telnetEnd(err error) string {
	var ne interface{ Timeout() bool }
	switch {
	case err == nil:
		return "prompt"
	case errors.Is(err, io.EOF):
		return "connection closed"
	case errors.As(err, &ne) && ne.Timeout():
		return "silence"
	}
	return err.Error()
}

func readErrNothing(err error) error {
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("connection closed before the server sent anything: %w", err)
	}
	return readErr(err)
}

// telnetParser strips Telnet commands from the stream (package telnet,
// refusing every option), and watches the text for a login prompt.
type telnetParser struct {
	tp           telnet.Parser
	text         []byte
	negotiations int
	prompt       bool
	lines        []string
	err          error
}

// feed parses b and returns the bytes to answer.
func (t *telnetParser) feed(b []byte) []byte {
	if t.err != nil {
		return nil
	}
	data, reply, err := t.tp.Feed(b)
	t.negotiations = t.tp.Negotiations
	for _, c := range data {
		if t.err != nil {
			break
		}
		t.addText(c)
	}
	if err != nil && t.err == nil {
		t.err = err
	}
	return reply
}

func (t *telnetParser) addText(c byte) {
	if c == 0 {
		return
	}
	if len(t.text) >= maxTelnetText {
		t.err = errors.New("more than 4096 bytes of text without a login prompt")
		return
	}
	t.text = append(t.text, c)
	if c == '\n' || c == ' ' || c == ':' || c == '>' {
		t.prompt = t.prompt || loginPrompt(string(t.text))
	}
}

// loginPrompt tells whether text ends with a login or password prompt.
func loginPrompt(text string) bool {
	lines := strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n")
	last := ""
	for i := len(lines) - 1; i >= 0; i-- {
		if s := strings.TrimSpace(lines[i]); s != "" {
			last = strings.ToLower(s)
			break
		}
	}
	for _, p := range append(telnet.LoginPrompts(), telnet.PasswordPrompts()...) {
		if strings.HasSuffix(last, p) {
			return true
		}
	}
	return false
}

// transcript renders what was received as transcript lines.
func (t *telnetParser) transcript() []string {
	var out []string
	if t.negotiations > 0 {
		out = append(out, "< (Telnet option negotiation)", "> (IAC WONT/DONT to every option)")
	}
	for _, l := range strings.Split(strings.ReplaceAll(string(t.text), "\r", ""), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if len(out) >= maxTranscript-1 {
			out = append(out, "… (transcript cut)")
			break
		}
		out = append(out, clipText("< "+printable(l), maxTranscriptLine))
	}
	return out
}

func firstTextLine(b []byte) string {
	for _, l := range strings.Split(strings.ReplaceAll(string(b), "\r", ""), "\n") {
		if s := strings.TrimSpace(l); s != "" {
			return s
		}
	}
	return ""
}
