package creds

import (
	"bufio"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"strconv"
	"strings"
	"time"

	"conformscan/probes/lib/telnet"
)

// Telnet limits: the text one wait reads, the
// waits for a prompt and for the verdict after the password.
const (
	telnetMaxText   = 16 << 10
	telnetPromptTTL = 5 * time.Second
	telnetJudgeTTL  = 5 * time.Second
)

// telnetRefusals are the messages that refuse a login. Bare "failed" is
// not one: login(1) greets a success with "There were 2 failed login
// attempts since the last successful login".
func telnetRefusals() []string {
	return []string{"login incorrect", "password incorrect", "incorrect password", "incorrect login",
		"login failed", "authentication failed", "access denied", "permission denied", "invalid password",
		"invalid login", "bad password", "incorrect username"}
}

func telnetService() service {
	return service{name: "telnet", display: "Telnet", discovered: []string{"telnet"}, shared: systemAccounts,
		login: func(_ context.Context, t *target) (loginFunc, error) { return telnetLogin(t.dial, t.addr), nil }}
}

// telnetLogin answers the login and password prompts on one fresh
// connection; a shell computing a random sum confirms the login. Only a
// refusal message (or the login prompt coming back) is a refusal: any
// other end after the password is Unknown, a try that sent a password.
func telnetLogin(dial dialFunc, addr string) loginFunc {
	return func(ctx context.Context, user, password string) Outcome {
		lc, done, err := dialLines(ctx, dial, addr)
		if err != nil {
			return notSent(err)
		}
		defer done()
		c := &telnetConn{ctx: ctx, lc: lc, tr: newTelnetReader(lc.r, lc.conn)}
		if _, err := c.wait(telnetPromptTTL, tailMatch(telnet.LoginPrompts())); err != nil {
			return notSent(fmt.Errorf("no login prompt: %w", err))
		}
		text, err := c.send(user, telnetPromptTTL, func(s string) bool { return refused(s) || tailMatch(telnet.PasswordPrompts())(s) })
		if err != nil || refused(text) {
			return telnetAfter("user name", text, err)
		}
		text, err = c.send(password, telnetJudgeTTL, func(s string) bool { return refused(s) || shellPrompt(s) })
		if refused(text) {
			return refusedWith("Telnet: " + clip(lastLine(text)))
		}
		if err != nil && !isTimeout(err) {
			return unknownf(true, "after the password: %w", err)
		}
		return c.shell()
	}
}

// telnetAfter explains what followed the user name: a refusal (some
// servers refuse unknown names at once: no password went out) or no
// password prompt.
func telnetAfter(step, text string, err error) Outcome {
	if err == nil && refused(text) {
		o := refusedWith("Telnet, after the " + step + ": " + clip(lastLine(text)))
		o.Sent = false
		return o
	}
	return notSent(fmt.Errorf("no password prompt after the %s: %w (it said %q)", step, err, clip(lastLine(text))))
}

// shell sends echo $((a+b)): the sum, which the echoed command does not
// hold, is the post-login signal; then exit.
func (c *telnetConn) shell() Outcome {
	a, b, sum := telnetSum()
	cmd := fmt.Sprintf("echo $((%d+%d))", a, b)
	text, err := c.send(cmd, tryTimeout, func(s string) bool { return refused(s) || hasLine(s, sum) })
	switch {
	case hasLine(text, sum):
		_, _ = io.WriteString(c.lc.conn, "exit\r\n")
		return accepted(fmt.Sprintf("le shell a calculé %d+%d=%s / the shell computed %d+%d=%s", a, b, sum, a, b, sum))
	case refused(text):
		return refusedWith("Telnet: " + clip(lastLine(text)))
	}
	return unknownf(true, "no login refusal recognised, but no shell computed %d+%d (not counted as a finding): %v; last line %q", a, b, err, clip(lastLine(text)))
}

// telnetSum draws two operands whose sum their text does not contain.
func telnetSum() (int64, int64, string) {
	for {
		a, b := randInt(1000, 4999), randInt(1000, 4999)
		sum := strconv.FormatInt(a+b, 10)
		if !strings.Contains(fmt.Sprintf("%d+%d", a, b), sum) {
			return a, b, sum
		}
	}
}

func randInt(lo, hi int64) int64 {
	n, err := rand.Int(rand.Reader, big.NewInt(hi-lo+1))
	if err != nil {
		return lo + time.Now().UnixNano()%(hi-lo+1)
	}
	return lo + n.Int64()
}

// telnetConn is one Telnet session: options answered, text read.
type telnetConn struct {
	ctx context.Context
	lc  *lineConn
	tr  *telnetReader
}

// send writes line and CRLF, then waits for until.
func (c *telnetConn) send(line string, d time.Duration, until func(string) bool) (string, error) {
	if _, err := io.WriteString(c.lc.conn, line+"\r\n"); err != nil {
		return "", err
	}
	return c.wait(d, until)
}

// wait reads text (at most telnetMaxText, for at most d) until until
// holds; until is asked at each line end, colon, or pause of the server.
func (c *telnetConn) wait(d time.Duration, until func(string) bool) (string, error) {
	end := time.Now().Add(d)
	if dl, ok := c.ctx.Deadline(); ok && dl.Before(end) {
		end = dl
	}
	if err := c.ctx.Err(); err != nil {
		return "", err
	}
	_ = c.lc.conn.SetReadDeadline(end)
	var buf []byte
	for len(buf) < telnetMaxText {
		b, err := c.tr.next()
		if err != nil {
			return string(buf), err
		}
		if b == 0 {
			continue
		}
		buf = append(buf, b)
		if (b == '\n' || b == ':' || c.tr.drained()) && until(string(buf)) {
			return string(buf), nil
		}
	}
	return string(buf), fmt.Errorf("no expected text in the first %d bytes", telnetMaxText)
}

// telnetReader returns the data bytes of a Telnet stream, answering the
// server's option requests through package telnet's parser: everything is
// refused but ECHO and SUPPRESS-GO-AHEAD, each request answered once, so
// no negotiation loops; subnegotiations are skipped (bounded).
type telnetReader struct {
	r       *bufio.Reader
	w       io.Writer
	p       telnet.Parser
	buf     [512]byte
	pending []byte
	err     error
}

func newTelnetReader(r *bufio.Reader, w io.Writer) *telnetReader {
	return &telnetReader{r: r, w: w, p: telnet.Parser{Accept: []byte{telnet.Echo, telnet.SGA}}}
}

// next returns the next data byte.
func (t *telnetReader) next() (byte, error) {
	for len(t.pending) == 0 {
		if t.err != nil {
			return 0, t.err
		}
		n, err := t.r.Read(t.buf[:])
		data, reply, perr := t.p.Feed(t.buf[:n])
		t.pending = append(t.pending, data...)
		if len(reply) > 0 {
			if _, werr := t.w.Write(reply); werr != nil && err == nil {
				err = werr
			}
		}
		if err == nil {
			err = perr
		}
		t.err = err
	}
	b := t.pending[0]
	t.pending = t.pending[1:]
	return b, nil
}

// drained tells that no byte the server sent waits to be read.
func (t *telnetReader) drained() bool { return len(t.pending) == 0 && t.r.Buffered() == 0 }

// tailMatch holds when the text, trimmed, ends with one of the prompts
// ("Last login:" is no login prompt).
func tailMatch(prompts []string) func(string) bool {
	return func(s string) bool {
		s = strings.ToLower(strings.TrimRight(s, " \t\r\n\x00"))
		for _, p := range prompts {
			if strings.HasSuffix(s, p) && !strings.HasSuffix(s, "last "+p) {
				return true
			}
		}
		return false
	}
}

// refused tells a refusal message, or the login prompt coming back.
func refused(s string) bool {
	low := strings.ToLower(s)
	for _, r := range telnetRefusals() {
		if strings.Contains(low, r) {
			return true
		}
	}
	return tailMatch(telnet.LoginPrompts())(s)
}

// shellPrompt tells a text ending like a shell or CLI prompt.
func shellPrompt(s string) bool {
	s = strings.TrimRight(s, " \x00")
	return s != "" && strings.ContainsAny(s[len(s)-1:], "$#>%")
}

// hasLine tells whether a line of s is want (spaces trimmed).
func hasLine(s, want string) bool {
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r", "\n"), "\n") {
		if strings.TrimSpace(line) == want {
			return true
		}
	}
	return false
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexAny(s, "\r\n"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
