package creds

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"time"
)

// dialFunc dials under a context (probes.Env.DialContext).
type dialFunc func(ctx context.Context, network, addr string) (net.Conn, error)

// closeOnDone closes conn when ctx ends, so a blocked read returns.
func closeOnDone(ctx context.Context, conn net.Conn) (stop func()) {
	done := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			_ = conn.SetDeadline(time.Now())
		case <-done:
		}
	}()
	return func() { close(done) }
}

// dialLines opens one try's connection: bounded reads, the context's
// deadline, closed when the context ends; done releases it.
func dialLines(ctx context.Context, dial dialFunc, addr string) (*lineConn, func(), error) {
	conn, done, err := dialCapped(ctx, dial, addr, maxExchange)
	if err != nil {
		return nil, nil, err
	}
	return &lineConn{conn: conn, r: bufio.NewReader(conn)}, done, nil
}

// dialCapped opens one connection with the context's deadline, closed
// when the context ends, reading at most limit bytes; done releases it.
func dialCapped(ctx context.Context, dial dialFunc, addr string, limit int64) (net.Conn, func(), error) {
	conn, err := dial(ctx, "tcp", addr)
	if err != nil {
		return nil, nil, fmt.Errorf("connect: %w", err)
	}
	capped, done := capConn(ctx, conn, limit)
	return capped, done, nil
}

// capConn bounds conn: the context's deadline, closed when it ends, at
// most limit bytes read; done releases it.
func capConn(ctx context.Context, conn net.Conn, limit int64) (net.Conn, func()) {
	stop := closeOnDone(ctx, conn)
	if d, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(d)
	}
	return &cappedConn{Conn: conn, left: limit}, func() { stop(); _ = conn.Close() }
}

// cappedConn ends reads (io.ErrUnexpectedEOF) once limit bytes are read.
type cappedConn struct {
	net.Conn
	left int64
}

func (c *cappedConn) Read(p []byte) (int, error) {
	if c.left <= 0 {
		return 0, fmt.Errorf("server sent more than allowed: %w", io.ErrUnexpectedEOF)
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.Conn.Read(p)
	c.left -= int64(n)
	return n, err
}
