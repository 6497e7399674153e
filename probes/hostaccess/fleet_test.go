//go:build linux

package hostaccess

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"conformscan/probes"
)

// openPort is a loopback port that accepts connections.
func openPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	return l.Addr().(*net.TCPAddr).Port
}

// refusedPort is a loopback port nothing listens on any more.
func refusedPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return port
}

// silentPort is a loopback port whose listener never accepts and whose
// backlog (0) is full: the kernel drops further SYNs, a connect waits.
func silentPort(t *testing.T) int {
	t.Helper()
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { unix.Close(fd) })
	if err := unix.Bind(fd, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	if err := unix.Listen(fd, 0); err != nil {
		t.Fatal(err)
	}
	sa, err := unix.Getsockname(fd)
	if err != nil {
		t.Fatal(err)
	}
	port := sa.(*unix.SockaddrInet4).Port
	filler, err := net.Dial("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { filler.Close() })
	return port
}

// knocked is a host whose SSH and WinRM ports are sshPort and winPort on
// loopback, and an env counting the dials, with a short deadline.
func knocked(sshPort, winPort int) (*hostPorts, *probes.Env, *atomic.Int32) {
	var dials atomic.Int32
	env := &probes.Env{ProbeTimeout: 300 * time.Millisecond, Dial: func(ctx context.Context, n, a string) (net.Conn, error) {
		dials.Add(1)
		var d net.Dialer
		return d.DialContext(ctx, n, a)
	}}
	h := &hostPorts{host: "127.0.0.1", ports: [2]int{sshPort, winPort},
		names: [2]string{"ssh://127.0.0.1:" + strconv.Itoa(sshPort), "winrm://127.0.0.1:" + strconv.Itoa(winPort)}}
	return h, env, &dials
}

// A host that answers on one transport's port and refuses the other's:
// the refused side is ErrNotThisTransport (withdrawable), the open side
// opens; both ports are dialled once for the two subjects.
func TestChooseRefusedBesideOpen(t *testing.T) {
	h, env, dials := knocked(openPort(t), refusedPort(t))
	ctx := context.Background()
	if err := h.choose(ctx, env, sideSSH); err != nil {
		t.Fatalf("SSH answers: %v", err)
	}
	err := h.choose(ctx, env, sideWinRM)
	if !errors.Is(err, ErrNotThisTransport) || !errors.Is(err, probes.ErrWithdrawable) {
		t.Fatalf("WinRM refused beside an open SSH: %v", err)
	}
	if !strings.Contains(err.Error(), "connection refused on port") || !strings.Contains(err.Error(), h.names[sideSSH]) {
		t.Fatalf("reason: %v", err)
	}
	if n := dials.Load(); n != 2 {
		t.Fatalf("%d dials, want 2 (each port once)", n)
	}
}

// Both refused, or one refused beside a silent port, or a silent port:
// an error never withdrawable (the host is measured no way, or unknown).
func TestChooseNoTransportIsError(t *testing.T) {
	silent := silentPort(t)
	for _, c := range []struct {
		name          string
		ssh, win, who int
		want          string
	}{
		{"both refused", refusedPort(t), refusedPort(t), sideSSH, "no transport"},
		{"winrm silent", openPort(t), silent, sideWinRM, "no answer within"},
		{"ssh refused, winrm silent", refusedPort(t), silent, sideSSH, "not reached"},
	} {
		h, env, _ := knocked(c.ssh, c.win)
		err := h.choose(context.Background(), env, c.who)
		if err == nil || errors.Is(err, probes.ErrWithdrawable) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

// Only one flag given: the subjects have no knock, the access opens as
// before (a refused port is its own ERROR); with both, each host's two
// subjects share one group.
func TestHostSubjectsGroupOnlyWithBoth(t *testing.T) {
	targets := []probes.Target{{Input: "a", Host: "10.0.0.5"}, {Input: "b", Host: "10.0.0.6"}}
	one := (&Options{SSHUser: "audit", SSHPort: 22}).HostSubjects(targets)
	if len(one) != 2 || one[0].Group != "" || Of(one[0]).(*SSH).cfg.ports != nil {
		t.Fatalf("--ssh-user alone: %+v", one)
	}
	both := (&Options{SSHUser: "audit", SSHPort: 22, WinRMUser: "audit"}).HostSubjects(targets)
	if len(both) != 4 {
		t.Fatalf("%d subjects", len(both))
	}
	groups := map[string][]string{}
	for _, s := range both {
		groups[s.Group] = append(groups[s.Group], s.ID)
	}
	if len(groups["host:10.0.0.5"]) != 2 || len(groups["host:10.0.0.6"]) != 2 {
		t.Fatalf("groups %v", groups)
	}
	if Of(both[0]).(*SSH).cfg.ports != Of(both[2]).(*WinRM).cfg.ports {
		t.Fatal("a host's two subjects do not share one knock")
	}
}
