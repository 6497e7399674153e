package cleartext

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"

	"conformscan/probes"
)

// Bounds on what is read from a peer.
const (
	// maxLine bounds one protocol line (the terminator included).
	maxLine = 4096
	// maxLines bounds the lines read in one session.
	maxLines = 200
	// maxTranscript bounds the transcript lines kept, and maxTranscriptLine
	// each line's length.
	maxTranscript     = 20
	maxTranscriptLine = 200
	// defaultTimeout bounds a whole probe when Options.Timeout is zero.
	defaultTimeout = 5 * time.Second
	// probeUser is the user name sent to learn whether a server takes a
	// password in clear. No password is ever sent after it.
	probeUser = "conformscan-probe"
	// masked replaces secrets in everything the probe reports.
	masked = "****"
)

// Services lists the services Probe speaks.
func Services() []string {
	return []string{"http", "ftp", "telnet", "smtp", "pop3", "imap", "ldap"}
}

// Probe talks the service's own protocol in clear to endpoint (host:port)
// and records whether credentials could cross unencrypted. service is the
// discovery guess: http, ftp, telnet, smtp, pop3, imap or ldap.
//
// It returns the facts gathered and a nil error when the question could be
// answered (or, for LDAP without credentials, deliberately left open); when
// it could not, it returns a *probes.Error with the partial facts, if any.
// No password is ever sent: the LDAP simple-bind test uses a DN of no
// account and a test value (and is left out under --safe).
func Probe(ctx context.Context, endpoint, service string, opts Options) (*Facts, error) {
	opts.defaults()
	run := protocol(service)
	if run == nil {
		return nil, &probes.Error{Kind: probes.KindApplication, Op: "cleartext probe",
			Err: fmt.Errorf("service %q is not one the cleartext probe speaks (%s)", service, strings.Join(Services(), ", "))}
	}
	f := &Facts{Service: service, At: opts.Now()}
	err := run(ctx, endpoint, &opts, f)
	if err != nil && f.Greeting == "" && f.HTTP == nil && len(f.Transcript) == 0 {
		return nil, err
	}
	return f, err
}

// protocol returns the client of a service, nil when there is none.
func protocol(service string) func(ctx context.Context, endpoint string, o *Options, f *Facts) error {
	switch service {
	case "http":
		return probeHTTP
	case "ftp":
		return probeFTP
	case "telnet":
		return probeTelnet
	case "smtp":
		return probeSMTP
	case "pop3":
		return probePOP3
	case "imap":
		return probeIMAP
	case "ldap":
		return probeLDAP
	}
	return nil
}

func (o *Options) defaults() {
	if o.Timeout <= 0 {
		o.Timeout = defaultTimeout
	}
	if o.Dial == nil {
		d := &net.Dialer{}
		o.Dial = d.DialContext
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

// deadline is the earliest of ctx's deadline and now + the probe timeout.
func (o *Options) deadline(ctx context.Context) time.Time {
	d := time.Now().Add(o.Timeout)
	if dl, ok := ctx.Deadline(); ok && dl.Before(d) {
		d = dl
	}
	return d
}

func boolp(b bool) *bool { return &b }

// note adds a note to the facts.
func (f *Facts) note(format string, args ...any) {
	if len(f.Notes) < 20 {
		f.Notes = append(f.Notes, clipText(fmt.Sprintf(format, args...), 300))
	}
}

// transcriptCut marks where lines were dropped from the transcript.
const transcriptCut = "… (lines cut)"

// log adds a transcript line: dir is ">" (sent) or "<" (received). Past
// maxTranscript lines, the first lines and the latest are kept, the middle
// is cut: the end of an exchange is where the answer that matters is.
func (f *Facts) log(dir, line string) {
	l := clipText(dir+" "+printable(line), maxTranscriptLine)
	const head = maxTranscript / 2
	switch {
	case len(f.Transcript) < maxTranscript:
		f.Transcript = append(f.Transcript, l)
	default:
		f.Transcript[head] = transcriptCut
		copy(f.Transcript[head+1:], f.Transcript[head+2:])
		f.Transcript[len(f.Transcript)-1] = l
	}
}

func (f *Facts) via(code string) {
	for _, v := range f.AuthVia {
		if v == code {
			return
		}
	}
	f.AuthVia = append(f.AuthVia, code)
}

// printable renders untrusted bytes as one line of text: control bytes
// other than tab become \xNN, a trailing CR LF is dropped.
func printable(s string) string {
	s = strings.TrimRight(s, "\r\n")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\t' || (c >= 0x20 && c < 0x7f):
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\x%02x", c)
		}
		if b.Len() > 4*maxTranscriptLine {
			break
		}
	}
	return b.String()
}

// clipText cuts s to n bytes (on a rune boundary) with an ellipsis.
func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len("…")
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// conn is a line-oriented session with a peer: every read and write is
// bounded by the session deadline, every line by maxLine, the session by
// maxLines.
type conn struct {
	c     net.Conn
	r     *bufio.Reader
	f     *Facts
	lines int
	stop  func() bool
}

// dial connects to endpoint with the probe's deadline, and arranges for a
// cancelled ctx to interrupt any blocked read or write.
func dial(ctx context.Context, endpoint string, o *Options, f *Facts) (*conn, error) {
	deadline := o.deadline(ctx)
	dctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	c, err := o.Dial(dctx, "tcp", endpoint)
	if err != nil {
		return nil, probes.Wrap("connect", fmt.Errorf("connecting to %s: %w", endpoint, err))
	}
	if err := c.SetDeadline(deadline); err != nil {
		c.Close()
		return nil, probes.Wrap("connect", err)
	}
	stop := context.AfterFunc(ctx, func() { _ = c.SetDeadline(time.Unix(1, 0)) })
	return &conn{c: c, r: bufio.NewReaderSize(c, maxLine), f: f, stop: stop}, nil
}

func (c *conn) Close() error {
	c.stop()
	return c.c.Close()
}

// errLineTooLong and errTooManyLines end a session with a hostile or
// broken peer.
var (
	errLineTooLong  = fmt.Errorf("line longer than %d bytes without an end of line: not a %s", maxLine, "line-based protocol answer")
	errTooManyLines = fmt.Errorf("more than %d lines in one session: the peer does not stop talking", maxLines)
)

// readLine reads one line (without CR LF), logged in the transcript when
// log is set.
func (c *conn) readLine(op string) (string, error) {
	if c.lines >= maxLines {
		return "", probes.Protocol(op, "%w", errTooManyLines)
	}
	b, err := c.r.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) {
		return "", probes.Protocol(op, "%w", errLineTooLong)
	}
	if err != nil {
		if errors.Is(err, io.EOF) && len(b) > 0 {
			err = io.ErrUnexpectedEOF
		}
		return "", probes.Wrap(op, readErr(err))
	}
	c.lines++
	return strings.TrimRight(string(b), "\r\n"), nil
}

// readErr makes a bare EOF or timeout say what happened.
func readErr(err error) error {
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("no answer before the deadline (a silent service, one that waits for TLS, or a slow one: raise --probe-timeout): %w", err)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("connection closed in the middle of a line: %w", err)
	case errors.Is(err, io.EOF):
		return fmt.Errorf("connection closed by the server: %w", err)
	}
	return err
}

// send writes a command line (CR LF added) and logs it; logged replaces
// the logged text when the line holds a secret.
func (c *conn) send(op, line, logged string) error {
	if logged == "" {
		logged = line
	}
	c.f.log(">", logged)
	if _, err := io.WriteString(c.c, line+"\r\n"); err != nil {
		return probes.Wrap(op, err)
	}
	return nil
}
