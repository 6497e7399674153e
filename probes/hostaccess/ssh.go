package hostaccess

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/ssh"
)

// SSHConfig says how to reach one host over SSH. Auth and HostKey come
// from the options (keys, agent, password; known_hosts): they never
// appear in a name, an error or a report.
type SSHConfig struct {
	// Host and Port locate the server.
	Host string
	Port int
	User string
	Auth []ssh.AuthMethod
	// HostKey checks the server's key (knownhosts).
	HostKey ssh.HostKeyCallback
	// Sudo runs every command with "sudo -n" (no password prompt).
	Sudo bool
	// Dial opens the TCP connection (nil: net.Dialer).
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// opts, when set, gives Auth and HostKey once validated (subjects are
	// made before the options are validated).
	opts *Options
	// ports, when set, is the host's knock shared with its WinRM subject
	// (HostSubjects).
	ports *hostPorts
}

// SSH reads a host over one SSH connection; every read and command is a
// session multiplexed on it.
type SSH struct {
	cfg SSHConfig

	mu     sync.Mutex
	client *ssh.Client
	lost   error
	closed bool
}

// NewSSH returns the (not yet connected) access to a host.
func NewSSH(cfg SSHConfig) *SSH {
	if cfg.Port == 0 {
		cfg.Port = 22
	}
	return &SSH{cfg: cfg}
}

func (s *SSH) addr() string { return net.JoinHostPort(s.cfg.Host, strconv.Itoa(s.cfg.Port)) }

// Name is "ssh://host" (with ":port" when not 22).
func (s *SSH) Name() string {
	if s.cfg.Port == 22 {
		h := s.cfg.Host
		if strings.Contains(h, ":") {
			h = "[" + h + "]"
		}
		return "ssh://" + h
	}
	return "ssh://" + s.addr()
}

// Source is "ssh://host/path".
func (s *SSH) Source(p string) string { return s.Name() + p }

// Offline is false.
func (s *SSH) Offline() bool { return false }

// Open connects and authenticates once, under ctx: an unknown or changed
// host key is an error, never accepted here.
func (s *SSH) Open(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.client != nil {
		return nil
	}
	if s.lost != nil {
		return s.lost
	}
	if o := s.cfg.opts; o != nil && s.cfg.HostKey == nil {
		s.cfg.Auth, s.cfg.HostKey = o.auth, o.hostKey
	}
	if s.cfg.HostKey == nil {
		return fmt.Errorf("%s: no known_hosts check configured", s.Name())
	}
	var gate *AccountGate
	if o := s.cfg.opts; o != nil {
		gate = o.sshGate
	}
	var c *ssh.Client
	err := gate.Authenticate(func() (bool, error) {
		var err error
		c, err = s.dial(ctx)
		return sshRefused(err), err
	})
	if err != nil {
		return fmt.Errorf("%s: %w", s.Name(), err)
	}
	s.client = c
	go s.watch(c)
	return nil
}

// DialTimeout bounds connecting, the key exchange and authentication.
const DialTimeout = 30 * time.Second

func (s *SSH) dial(ctx context.Context) (*ssh.Client, error) {
	ctx, cancel := context.WithTimeout(ctx, DialTimeout)
	defer cancel()
	dial := s.cfg.Dial
	if dial == nil {
		var d net.Dialer
		dial = d.DialContext
	}
	conn, err := dial(ctx, "tcp", s.addr())
	if err != nil {
		return nil, err
	}
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	cc, chans, reqs, err := ssh.NewClientConn(conn, s.addr(), &ssh.ClientConfig{
		User: s.cfg.User, Auth: s.cfg.Auth, HostKeyCallback: s.cfg.HostKey,
	})
	if err != nil {
		conn.Close()
		if ctx.Err() != nil {
			return nil, context.Cause(ctx)
		}
		return nil, err
	}
	return ssh.NewClient(cc, chans, reqs), nil
}

// watch records a connection that ends before Close.
func (s *SSH) watch(c *ssh.Client) {
	err := c.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed && s.lost == nil {
		if err == nil {
			err = io.EOF
		}
		s.lost = fmt.Errorf("%s: connection lost during the audit: %w", s.Name(), err)
	}
}

// Lost returns why the connection ended mid-way (nil while it works).
func (s *SSH) Lost() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lost
}

// Close ends the connection.
func (s *SSH) Close(context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	if s.client == nil {
		return nil
	}
	err := s.client.Close()
	s.client = nil
	return err
}

func (s *SSH) session() (*ssh.Session, error) {
	s.mu.Lock()
	c, lost := s.client, s.lost
	s.mu.Unlock()
	if lost != nil {
		return nil, lost
	}
	if c == nil {
		return nil, fmt.Errorf("%s: not connected", s.Name())
	}
	sess, err := c.NewSession()
	if err != nil {
		s.markLost(err)
		return nil, fmt.Errorf("%s: opening a session: %w", s.Name(), err)
	}
	return sess, nil
}

func (s *SSH) markLost(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lost == nil && !s.closed {
		s.lost = fmt.Errorf("%s: connection lost during the audit: %w", s.Name(), err)
	}
}

// Run runs one allow-listed command in its own session under ctx and
// CommandTimeout, reading at most MaxOutput bytes.
func (s *SSH) Run(ctx context.Context, argv ...string) ([]byte, error) {
	return s.run(ctx, MaxOutput, argv)
}

func (s *SSH) run(ctx context.Context, max int64, argv []string) ([]byte, error) {
	if err := Allowed(argv); err != nil {
		return nil, err
	}
	sess, err := s.session()
	if err != nil {
		return nil, err
	}
	defer sess.Close()
	ctx, cancel := withDeadline(ctx)
	defer cancel()
	stdout, err := sess.StdoutPipe()
	if err != nil {
		return nil, err
	}
	stderr := &capped{max: 4096}
	sess.Stderr = stderr
	if err := sess.Start(s.commandLine(argv)); err != nil {
		s.markLost(err)
		return nil, fmt.Errorf("%s: %s: %w", s.Name(), argv[0], err)
	}
	// Read in the background: closing a session whose command neither
	// writes nor ends (a cat blocked opening a FIFO) does not end the read,
	// since sshd keeps the channel open while its child runs.
	done := make(chan sessionEnd, 1)
	go func() { done <- readSession(sess, stdout, max) }()
	var end sessionEnd
	select {
	case <-ctx.Done():
		// Best effort: the command must not outlive the audit (sudo
		// relays the signal to it).
		_ = sess.Signal(ssh.SIGTERM)
		return nil, fmt.Errorf("%s: %s: %w", s.Name(), argv[0], context.Cause(ctx))
	case end = <-done:
	}
	if int64(len(end.out)) > max {
		return nil, fmt.Errorf("%s: %s: %w", s.Name(), argv[0], ErrTooLarge)
	}
	return end.out, s.exitError(argv, end.err, stderr.buf.String())
}

// sessionEnd is what a command's session gave: its output (at most
// max+1 bytes) and how it ended.
type sessionEnd struct {
	out []byte
	err error
}

// readSession reads at most max+1 bytes of stdout, then waits for the
// command's end (not when over the bound: the caller closes the session).
func readSession(sess *ssh.Session, stdout io.Reader, max int64) sessionEnd {
	out, err := io.ReadAll(io.LimitReader(stdout, max+1))
	if int64(len(out)) > max {
		return sessionEnd{out: out}
	}
	return sessionEnd{out: out, err: errors.Join(err, sess.Wait())}
}

// exitError maps a command's end: a session without exit status is a
// lost connection; "No such file" and "Permission denied" become
// fs.ErrNotExist and fs.ErrPermission.
func (s *SSH) exitError(argv []string, err error, stderr string) error {
	if err == nil {
		return nil
	}
	var exit *ssh.ExitError
	if !errors.As(err, &exit) {
		s.markLost(err)
		return fmt.Errorf("%s: %s: %w", s.Name(), argv[0], err)
	}
	msg := strings.TrimSpace(stderr)
	about := aboutArg(msg, argv[len(argv)-1])
	switch {
	case exit.ExitStatus() == 127, strings.Contains(about, "No such file"):
		return fmt.Errorf("%s: %s: %w", s.Name(), argv[0], fs.ErrNotExist)
	case strings.Contains(about, "Permission denied"), strings.Contains(msg, "a password is required"):
		return fmt.Errorf("%s: %s: %w (give --ssh-sudo or an account that may read it)", s.Name(), argv[0], fs.ErrPermission)
	}
	return fmt.Errorf("%s: %s: exit %d: %s", s.Name(), argv[0], exit.ExitStatus(), clip(msg))
}

// commandLine quotes argv for the remote shell, under "sudo -n --" with
// --ssh-sudo.
func (s *SSH) commandLine(argv []string) string {
	if s.cfg.Sudo {
		argv = append([]string{"sudo", "-n", "--"}, argv...)
	}
	q := make([]string, len(argv))
	for i, a := range argv {
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}

// ReadFile reads a file with "cat", at most max bytes.
func (s *SSH) ReadFile(ctx context.Context, p string, max int64) ([]byte, error) {
	b, err := s.run(ctx, max, pathCommand("cat", p))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", s.Source(p), err)
	}
	return b, nil
}

// ReadDir lists a folder with "ls -1Ap".
func (s *SSH) ReadDir(ctx context.Context, p string) ([]Entry, error) {
	b, err := s.run(ctx, MaxOutput, pathCommand("ls", p))
	if err != nil {
		return nil, err
	}
	return ParseLs(b), nil
}

// ParseLs reads "ls -1Ap" output: one name a line, folders ending in "/".
func ParseLs(b []byte) []Entry {
	var out []Entry
	for _, name := range strings.Split(string(b), "\n") {
		dir := strings.HasSuffix(name, "/")
		name = strings.TrimSuffix(name, "/")
		// A host that answers "..", "." or a path is not listing a
		// folder: such names would walk out of it.
		if name == "" || name == "." || name == ".." || strings.ContainsRune(name, '/') {
			continue
		}
		out = append(out, Entry{Name: name, Dir: dir, Regular: !dir})
	}
	return out
}

// Stat describes a path with "stat -L -c %F|%s".
func (s *SSH) Stat(ctx context.Context, p string) (Entry, error) {
	b, err := s.run(ctx, 4096, pathCommand("stat", p))
	if err != nil {
		return Entry{}, err
	}
	kind, size, _ := strings.Cut(strings.TrimSpace(string(b)), "|")
	n, _ := strconv.ParseInt(size, 10, 64)
	name := p[strings.LastIndexByte(p, '/')+1:]
	return Entry{Name: name, Dir: kind == "directory", Regular: strings.HasPrefix(kind, "regular"), Size: n}, nil
}

// aboutArg keeps the stderr lines naming arg (the path of cat, ls,
// stat): the server's own messages ("Could not chdir to home directory
// /nonexistent: No such file or directory") are not about the file.
func aboutArg(stderr, arg string) string {
	var out []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.Contains(l, arg) && !strings.HasPrefix(l, "Could not chdir") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
