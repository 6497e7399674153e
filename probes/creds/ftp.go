package creds

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
)

// maxExchange bounds what one try reads from a server.
const maxExchange = 64 << 10

// ftpLogin tries USER/PASS on one fresh FTP control connection; a 230 is
// confirmed by PWD answering 257; 530 is the refusal.
func ftpLogin(dial dialFunc, addr string) loginFunc {
	return func(ctx context.Context, user, password string) Outcome {
		c, done, err := dialLines(ctx, dial, addr)
		if err != nil {
			return notSent(err)
		}
		defer done()
		if code, err := c.reply(); err != nil || code != 220 {
			return notSent(ftpUnexpected("greeting", code, err))
		}
		code, err := c.cmd("USER " + user)
		switch {
		case err != nil:
			return notSent(ftpUnexpected("USER", code, err))
		case code == 331 || code == 332:
			code, err = c.cmd("PASS " + password)
		case code == 230:
			// In on USER alone: no password went out; PWD still decides.
			o := ftpAfterPass(c, code, nil)
			o.Sent = false
			return o
		default:
			return notSent(ftpUnexpected("USER", code, nil))
		}
		return ftpAfterPass(c, code, err)
	}
}

// ftpAfterPass judges the reply to PASS.
func ftpAfterPass(c *lineConn, code int, err error) Outcome {
	switch {
	case err != nil:
		return unknown(true, ftpUnexpected("PASS", code, err))
	case code == 530:
		return refusedWith("FTP 530")
	case code != 230:
		return unknown(true, ftpUnexpected("PASS", code, nil))
	}
	pwd, err := c.cmd("PWD")
	_, _ = c.cmd("QUIT")
	if err != nil || pwd != 257 {
		return unknownf(true, "230 after PASS but PWD answered %d (not counted as a finding): %v", pwd, err)
	}
	return accepted("230 puis PWD répond 257 / 230, then PWD answered 257")
}

func ftpUnexpected(step string, code int, err error) error {
	if err != nil {
		return fmt.Errorf("FTP %s: %w", step, err)
	}
	return fmt.Errorf("FTP %s: unexpected reply %d", step, code)
}

// lineConn speaks a line protocol with bounded reads.
type lineConn struct {
	conn net.Conn
	r    *bufio.Reader
}

func (c *lineConn) cmd(line string) (int, error) {
	if _, err := io.WriteString(c.conn, line+"\r\n"); err != nil {
		return 0, err
	}
	return c.reply()
}

// reply reads one FTP reply, multi-line included, and returns its code.
func (c *lineConn) reply() (int, error) {
	for {
		line, err := c.r.ReadString('\n')
		if err != nil {
			return 0, fmt.Errorf("reading the reply: %w", err)
		}
		code, final, ok := ParseReplyLine(line)
		if ok && final {
			return code, nil
		}
	}
}

// ParseReplyLine reads an FTP reply line: its code, and whether it ends
// the reply ("230 ok" does, "230-welcome" does not). ok is false for a
// continuation line without a code.
func ParseReplyLine(line string) (code int, final, ok bool) {
	line = strings.TrimRight(line, "\r\n")
	if len(line) < 3 {
		return 0, false, false
	}
	n, err := strconv.Atoi(line[:3])
	if err != nil || n < 100 || n > 599 {
		return 0, false, false
	}
	return n, len(line) == 3 || line[3] == ' ', true
}
