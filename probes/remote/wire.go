package remote

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"conformscan/probes/lib/rfb"
)

// errShort says the bytes so far end before the message does: read more.
var errShort = errors.New("truncated message")

// short tells whether a parser asked for more bytes (its own sentinel or
// package rfb's).
func short(err error) bool { return errors.Is(err, errShort) || errors.Is(err, rfb.ErrShort) }

// maxRead bounds what one exchange reads.
const maxRead = 4096

// exchangeTimeout bounds one exchange when the context allows longer.
const exchangeTimeout = 5 * time.Second

// arm sets the connection's deadline: the context's, at most
// exchangeTimeout from now.
func arm(ctx context.Context, c net.Conn) {
	d := time.Now().Add(exchangeTimeout)
	if dl, ok := ctx.Deadline(); ok && dl.Before(d) {
		d = dl
	}
	_ = c.SetDeadline(d)
}

// readMsg reads until parse accepts the bytes (returns nil), fails other
// than errShort, or maxRead bytes, EOF or the deadline come. It returns
// the bytes read and parse's last error.
func readMsg(ctx context.Context, c net.Conn, parse func([]byte) error) ([]byte, error) {
	buf := make([]byte, 0, 256)
	tmp := make([]byte, 512)
	for {
		if err := ctx.Err(); err != nil {
			return buf, fmt.Errorf("reading: %w", err)
		}
		n, rerr := c.Read(tmp)
		buf = append(buf, tmp[:n]...)
		if len(buf) > maxRead {
			return buf[:maxRead], fmt.Errorf("answer longer than %d bytes: not this protocol", maxRead)
		}
		if n > 0 {
			if err := parse(buf); !short(err) {
				return buf, err
			}
		}
		if rerr != nil {
			if len(buf) == 0 {
				return buf, fmt.Errorf("no answer: %w", rerr)
			}
			return buf, fmt.Errorf("answer cut short after %d bytes: %w", len(buf), rerr)
		}
	}
}

// escape renders at most 64 bytes printable, hex-escaping the rest.
func escape(b []byte) string {
	if len(b) > 64 {
		b = b[:64]
	}
	var s strings.Builder
	for _, c := range b {
		if c >= 0x20 && c < 0x7f && c != '\\' {
			s.WriteByte(c)
		} else {
			fmt.Fprintf(&s, `\x%02x`, c)
		}
	}
	return s.String()
}

// printable keeps the printable ASCII of b, at most n bytes, trimmed.
func printable(b []byte, n int) string { return rfb.Printable(b, n) }

// readMsgFrom is readMsg starting with bytes already read.
func readMsgFrom(ctx context.Context, c net.Conn, have []byte, parse func([]byte) error) ([]byte, error) {
	if len(have) > 0 {
		if err := parse(have); !short(err) {
			return have, err
		}
	}
	more, err := readMsg(ctx, c, func(b []byte) error { return parse(append(append([]byte(nil), have...), b...)) })
	return append(append([]byte(nil), have...), more...), err
}

// netIP formats a 16-byte address.
func netIP(b []byte) string { return net.IP(b).String() }
