package hostaccess

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"sync"
	"syscall"
	"time"

	"conformscan/probes"
)

// ErrNotThisTransport is the opening gate's error for a host that refused
// the connection on this transport's port while it answered on the
// other's: the runner withdraws the subject (probes.ErrWithdrawable) when
// the other transport's subject was audited completely, and keeps it an
// ERROR otherwise.
var ErrNotThisTransport = fmt.Errorf("transport refused, the host answers another: %w", probes.ErrWithdrawable)

// How a port answered a TCP connect.
const (
	portOpen = iota
	portRefused
	portSilent
	portFailed
)

// Transport sides of a host.
const (
	sideSSH = iota
	sideWinRM
)

// portAnswer is how one port answered.
type portAnswer struct {
	state int
	err   error
}

// hostPorts is the TCP answer of one host's SSH and WinRM ports, dialled
// once, concurrently, for both of its subjects (a fleet audited with
// both --ssh-user and --winrm-user).
type hostPorts struct {
	host  string
	ports [2]int
	names [2]string
	once  sync.Once
	got   [2]portAnswer
}

// knock dials both ports once under ctx, each within timeout, and returns
// their answers.
func (h *hostPorts) knock(ctx context.Context, env *probes.Env, timeout time.Duration) [2]portAnswer {
	h.once.Do(func() {
		var wg sync.WaitGroup
		for i, port := range h.ports {
			wg.Add(1)
			go func() {
				defer wg.Done()
				h.got[i] = dialAnswer(ctx, env, net.JoinHostPort(h.host, strconv.Itoa(port)), timeout)
			}()
		}
		wg.Wait()
	})
	return h.got
}

// dialAnswer opens and closes one TCP connection to addr.
func dialAnswer(ctx context.Context, env *probes.Env, addr string, timeout time.Duration) portAnswer {
	dctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	c, err := env.DialContext(dctx, "tcp", addr)
	switch {
	case err == nil:
		c.Close()
		return portAnswer{state: portOpen}
	case errors.Is(err, syscall.ECONNREFUSED):
		return portAnswer{state: portRefused, err: err}
	case ctx.Err() == nil && (dctx.Err() != nil || timedOut(err)):
		return portAnswer{state: portSilent, err: fmt.Errorf("no answer within %s (filtered, or the host is down)", timeout)}
	default:
		return portAnswer{state: portFailed, err: err}
	}
}

// timedOut tells a dial that reached its deadline (the dialer may say so
// before the context does).
func timedOut(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())
}

// choose decides, before side's access opens, whether the host is to be
// audited that way: its port answers (nil: open it); it refuses while the
// other side's answers (ErrNotThisTransport: withdrawn if the other side
// completes); anything else is an error for the subject (both refused, a
// silent port: unknown, never withdrawn).
func (h *hostPorts) choose(ctx context.Context, env *probes.Env, side int) error {
	got := h.knock(ctx, env, knockTimeout(env))
	me, other := got[side], got[1-side]
	name := h.names[side]
	switch {
	case me.state == portOpen:
		return nil
	case me.state == portRefused && other.state == portOpen:
		return &transportError{msg: fmt.Sprintf("%s: connection refused on port %d; the host answers on port %d (%s)",
			name, h.ports[side], h.ports[1-side], h.names[1-side]), withdraw: true}
	case me.state == portRefused && other.state == portRefused:
		return &transportError{msg: fmt.Sprintf("%s: no transport: connection refused on port %d and on port %d (%s)",
			name, h.ports[side], h.ports[1-side], h.names[1-side])}
	case me.state == portRefused:
		return &transportError{msg: fmt.Sprintf("%s: connection refused on port %d, and port %d (%s) not reached: %v",
			name, h.ports[side], h.ports[1-side], h.names[1-side], other.err)}
	default:
		return &transportError{msg: fmt.Sprintf("%s: port %d: %v", name, h.ports[side], me.err)}
	}
}

// knockTimeout bounds one connect: the probe deadline (--probe-timeout),
// at most DialTimeout.
func knockTimeout(env *probes.Env) time.Duration {
	if env != nil && env.ProbeTimeout > 0 && env.ProbeTimeout < DialTimeout {
		return env.ProbeTimeout
	}
	return DialTimeout
}

// transportError is choose's error; withdraw marks ErrNotThisTransport.
type transportError struct {
	msg      string
	withdraw bool
}

func (e *transportError) Error() string { return e.msg }

func (e *transportError) Is(target error) bool {
	return e.withdraw && (target == ErrNotThisTransport || target == probes.ErrWithdrawable)
}

// chooser is an access that belongs to a host audited both ways.
type chooser interface {
	chooseTransport(ctx context.Context, env *probes.Env) error
}

func (s *SSH) chooseTransport(ctx context.Context, env *probes.Env) error {
	if s.cfg.ports == nil {
		return nil
	}
	return s.cfg.ports.choose(ctx, env, sideSSH)
}

func (w *WinRM) chooseTransport(ctx context.Context, env *probes.Env) error {
	if w.cfg.ports == nil {
		return nil
	}
	return w.cfg.ports.choose(ctx, env, sideWinRM)
}

// HostSubjects returns the host subjects of the targets audited over SSH
// (--ssh-user) and WinRM (--winrm-user). With both, each host's two
// subjects share one knock on both ports and one group: the transport
// that refuses the connection while the other answers is withdrawn
// (listed in the report with its reason), never an ERROR on a host
// audited the other way.
func (o *Options) HostSubjects(targets []probes.Target) []*probes.Subject {
	ssh, win := o.SSHSubjects(targets), o.WinRMSubjects(targets)
	if len(ssh) == 0 || len(win) == 0 {
		return append(ssh, win...)
	}
	byHost := map[string]*probes.Subject{}
	for _, w := range win {
		byHost[Of(w).(*WinRM).cfg.Host] = w
	}
	for _, s := range ssh {
		sa := Of(s).(*SSH)
		w := byHost[sa.cfg.Host]
		if w == nil {
			continue
		}
		wa := Of(w).(*WinRM)
		h := &hostPorts{host: sa.cfg.Host, ports: [2]int{sa.cfg.Port, wa.cfg.Port}, names: [2]string{sa.Name(), wa.Name()}}
		sa.cfg.ports, wa.cfg.ports = h, h
		s.Group, w.Group = "host:"+sa.cfg.Host, "host:"+sa.cfg.Host
	}
	return append(ssh, win...)
}
