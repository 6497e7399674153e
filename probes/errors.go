package probes

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"syscall"
	"time"
)

// ErrorKind classifies why something could not be measured, after zgrab2's
// taxonomy: a refused connection is not a timeout, and neither is an answer
// the probe could not understand.
type ErrorKind string

// Error kinds.
const (
	KindRefused     ErrorKind = "connection-refused"
	KindConnTimeout ErrorKind = "connection-timeout"
	KindIOTimeout   ErrorKind = "io-timeout"
	KindReset       ErrorKind = "connection-reset"
	KindHandshake   ErrorKind = "handshake-error"
	KindProtocol    ErrorKind = "protocol-error"
	// KindApplication: the service answered, in its own protocol, a clean
	// refusal of the operation (a well-formed negative reply to STARTTLS or
	// AUTH TLS, or no upgrade advertised: "no TLS offered"). An exchange
	// that breaks (garbage, an endless reply, a timeout, a reset) is never
	// an application error: a failed exchange is not a refusal.
	KindApplication ErrorKind = "application-error"
	KindUnreachable ErrorKind = "unreachable"
	KindResolve     ErrorKind = "resolve-error"
	KindCanceled    ErrorKind = "canceled"
	KindUnknown     ErrorKind = "unknown-error"
)

// Error is an error with its kind and the operation that failed.
type Error struct {
	Kind ErrorKind
	Op   string // "connect", "read banner", "starttls smtp"...
	// Endpoint is the host:port the operation was aimed at, when known.
	Endpoint string
	Err      error
}

func (e *Error) Error() string {
	op := e.Op
	if e.Endpoint != "" {
		op += " " + e.Endpoint
	}
	if e.Err == nil {
		return fmt.Sprintf("%s: %s", op, e.Kind)
	}
	return fmt.Sprintf("%s: %s: %v", op, e.Kind, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Wrap classifies err and wraps it with the operation name. A nil err
// gives nil.
func Wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	var pe *Error
	if errors.As(err, &pe) {
		return err
	}
	return &Error{Kind: Classify(op, err), Op: op, Err: err}
}

// Protocol returns a protocol error (the peer answered something that does
// not follow the protocol).
func Protocol(op string, format string, args ...any) error {
	return &Error{Kind: KindProtocol, Op: op, Err: fmt.Errorf(format, args...)}
}

// Classify returns the kind of err; op "connect" turns timeouts into
// connection timeouts.
func Classify(op string, err error) ErrorKind {
	var pe *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &pe):
		return pe.Kind
	case errors.Is(err, context.Canceled):
		return KindCanceled
	case errors.Is(err, syscall.ECONNREFUSED):
		return KindRefused
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return KindReset
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return KindUnreachable
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return KindResolve
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) {
		if op == "connect" {
			return KindConnTimeout
		}
		return KindIOTimeout
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		if op == "connect" {
			return KindConnTimeout
		}
		return KindIOTimeout
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return KindReset
	}
	return KindUnknown
}

// KindOf returns the kind of err (empty for nil).
func KindOf(err error) ErrorKind { return Classify("", err) }

// CtxEnded is ctx.Err(), but also reports a deadline that has passed while
// the context's own timer has not fired yet: a socket deadline derived from
// ctx can expire a moment before ctx.Err() turns non-nil, and a scan must
// not mistake that moment for a complete measurement.
func CtxEnded(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if dl, ok := ctx.Deadline(); ok && !time.Now().Before(dl) {
		return context.DeadlineExceeded
	}
	return nil
}
