package creds

import (
	"context"
	"fmt"
	"io"
	"strings"
)

// redisInfo is the INFO server command in RESP.
const redisInfo = "*2\r\n$4\r\nINFO\r\n$6\r\nserver\r\n"

// redisOpen tells whether a Redis server answers INFO without AUTH: the
// confirming signal is the answer itself (the version it names).
func redisOpen(ctx context.Context, dial dialFunc, addr string) (result, error) {
	c, done, err := redisDial(ctx, dial, addr)
	if err != nil {
		return result{}, err
	}
	defer done()
	return c.info()
}

// redisLogin tries AUTH password (the "default" account) on one fresh
// connection; +OK is confirmed by INFO answering.
func redisLogin(dial dialFunc, addr string) loginFunc {
	return func(ctx context.Context, user, password string) (result, error) {
		c, done, err := redisDial(ctx, dial, addr)
		if err != nil {
			return result{}, err
		}
		defer done()
		args := []string{"AUTH", password}
		if user != "default" {
			args = []string{"AUTH", user, password}
		}
		reply, err := c.do(args...)
		if err != nil {
			return result{}, err
		}
		if !strings.HasPrefix(reply, "+OK") {
			if IsRedisAuthRefusal(reply) {
				return result{}, nil
			}
			return result{}, fmt.Errorf("unexpected AUTH reply %q", clip(reply))
		}
		return c.info()
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
// post-login signal; NOAUTH means a password is required.
func (c *redisConn) info() (result, error) {
	if _, err := io.WriteString(c.lc.conn, redisInfo); err != nil {
		return result{}, fmt.Errorf("sending INFO: %w", err)
	}
	head, err := c.lc.r.ReadString('\n')
	if err != nil {
		return result{}, fmt.Errorf("reading the INFO reply: %w", err)
	}
	if IsRedisAuthRefusal(head) {
		return result{}, nil
	}
	if !strings.HasPrefix(head, "$") {
		return result{}, fmt.Errorf("unexpected INFO reply %q", clip(head))
	}
	version := ""
	for range 64 {
		line, err := c.lc.r.ReadString('\n')
		if err != nil {
			break
		}
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "redis_version:"); ok {
			version = v
			break
		}
	}
	return result{ok: true, signal: "INFO répond (redis_version " + version + ") / INFO answered (redis_version " + version + ")"}, nil
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
