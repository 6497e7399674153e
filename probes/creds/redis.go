package creds

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
)

// redisInfo is the INFO server command in RESP.
const redisInfo = "*2\r\n$4\r\nINFO\r\n$6\r\nserver\r\n"

// redisOpen tells whether a Redis server answers INFO without AUTH: the
// confirming signal is the answer itself (the version it names); NOAUTH
// is the clear no.
func redisOpen(ctx context.Context, dial dialFunc, addr string) Outcome {
	c, done, err := redisDial(ctx, dial, addr)
	if err != nil {
		return notSent(err)
	}
	defer done()
	return c.info(false)
}

// redisLogin tries AUTH password (the "default" account) on one fresh
// connection; +OK is confirmed by INFO answering. +OK then NOAUTH is no
// verdict: the server said yes, then no.
func redisLogin(dial dialFunc, addr string) loginFunc {
	return func(ctx context.Context, user, password string) Outcome {
		c, done, err := redisDial(ctx, dial, addr)
		if err != nil {
			return notSent(err)
		}
		defer done()
		args := []string{"AUTH", password}
		if user != "default" {
			args = []string{"AUTH", user, password}
		}
		reply, err := c.do(args...)
		if err != nil {
			return unknown(true, err)
		}
		if !strings.HasPrefix(reply, "+OK") {
			if IsRedisAuthRefusal(reply) {
				return refusedWith("Redis " + clip(reply))
			}
			return unknownf(true, "unexpected AUTH reply %q", clip(reply))
		}
		return c.info(true)
	}
}

type redisConn struct {
	lc *lineConn
}

func redisDial(ctx context.Context, dial dialFunc, addr string) (*redisConn, func(), error) {
	lc, done, err := dialLines(ctx, dial, addr)
	if err != nil {
		return nil, nil, err
	}
	return &redisConn{lc: lc}, done, nil
}

// do sends a command and returns the first line of the reply.
func (c *redisConn) do(args ...string) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "*%d\r\n", len(args))
	for _, a := range args {
		fmt.Fprintf(&b, "$%d\r\n%s\r\n", len(a), a)
	}
	if _, err := io.WriteString(c.lc.conn, b.String()); err != nil {
		return "", fmt.Errorf("sending %s: %w", args[0], err)
	}
	line, err := c.lc.r.ReadString('\n')
	if err != nil {
		return "", fmt.Errorf("reading the %s reply: %w", args[0], err)
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// info sends INFO server: a bulk reply naming redis_version is the
// post-login signal. NOAUTH without AUTH is the clear no; after an AUTH
// the server answered +OK, it is no verdict.
func (c *redisConn) info(afterAuth bool) Outcome {
	if _, err := io.WriteString(c.lc.conn, redisInfo); err != nil {
		return unknownf(afterAuth, "sending INFO: %w", err)
	}
	head, err := c.lc.r.ReadString('\n')
	if err != nil {
		return unknownf(afterAuth, "reading the INFO reply: %w", err)
	}
	head = strings.TrimRight(head, "\r\n")
	switch {
	case IsRedisAuthRefusal(head) && afterAuth:
		return unknownf(true, "AUTH answered +OK, then INFO answered %q: no verdict", clip(head))
	case IsRedisAuthRefusal(head):
		o := refusedWith("Redis " + clip(head))
		o.Sent = false
		return o
	case !strings.HasPrefix(head, "$") || head == "$-1":
		return unknownf(afterAuth, "unexpected INFO reply %q", clip(head))
	}
	version := redisVersion(c.lc.r)
	if version == "" {
		return unknownf(afterAuth, "INFO answered %q without redis_version: not counted as a finding", clip(head))
	}
	o := accepted("INFO répond (redis_version " + version + ") / INFO answered (redis_version " + version + ")")
	o.Sent = afterAuth
	return o
}

// redisVersion reads the INFO bulk reply's redis_version ("" if absent
// from its first 64 lines).
func redisVersion(r *bufio.Reader) string {
	for range 64 {
		line, err := r.ReadString('\n')
		if err != nil {
			return ""
		}
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "redis_version:"); ok {
			return clip(v)
		}
	}
	return ""
}

// IsRedisAuthRefusal tells whether a Redis reply line refuses for lack of
// (or a wrong) password.
func IsRedisAuthRefusal(line string) bool {
	for _, p := range []string{"-NOAUTH", "-WRONGPASS", "-ERR invalid password", "-ERR Client sent AUTH, but no password is set", "-ERR AUTH"} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
