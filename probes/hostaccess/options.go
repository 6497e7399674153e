package hostaccess

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"
	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"
	"golang.org/x/crypto/ssh/knownhosts"

	"conformscan/internal/sigkey"
	"conformscan/probes"

	"conformscan/inputs"
)

// PasswordEnv is the environment variable holding the SSH audit
// account's password.
const PasswordEnv = "CONFORMSCAN_SSH_PASSWORD"

// Options are the host-access flags: offline roots and the SSH audit
// account. Secrets are read by Validate and kept only in the
// authentication methods, never in a field that is printed.
type Options struct {
	// sshGate and winrmGate: each audit account is refused at most once
	// per scan, whatever the number of hosts (accountgate.go).
	sshGate, winrmGate *AccountGate
	HostRoots          []string
	HostExports        []string
	// HostExportKey is the public key every host export's signature is
	// verified with (none: bundles are judged as unverified).
	HostExportKey string
	SSHUser       string
	SSHKey        string
	SSHPassFile   string
	SSHPort       int
	KnownHosts    string
	AcceptNew     bool
	Sudo          bool
	auth          []ssh.AuthMethod
	hostKey       ssh.HostKeyCallback
	// WinRM audit account (winrm_options.go); winrmPass is read by
	// Validate and goes only to the targets' WinRM endpoints.
	WinRMUser      string
	WinRMPassFile  string
	WinRMPort      int
	WinRMAllowHTTP bool
	WinRMAuth      string
	winrmPass      string
	exports        []*Replay
}

// Register adds the flags.
func (o *Options) Register(fs *pflag.FlagSet) {
	fs.StringArrayVar(&o.HostRoots, "host-root", nil, "judge an offline root folder as a host (a mounted VM image, a container root, a backup; repeatable)")
	fs.StringArrayVar(&o.HostExports, "host-export", nil, "judge a host from the bundle 'conformscan collect -o FILE' wrote on it, as --local there (repeatable)")
	fs.StringVar(&o.HostExportKey, "host-export-key", "", "public key (NAME.pub of 'conformscan keygen') every --host-export must be signed with ('collect --sign NAME'); checked before any probe")
	fs.StringVar(&o.SSHUser, "ssh-user", "", "audit every --target as a host over SSH with this read-only account")
	fs.StringVar(&o.SSHKey, "ssh-key", "", "private key of the SSH audit account (unencrypted; otherwise use an SSH agent)")
	fs.StringVar(&o.SSHPassFile, "ssh-password-file", "", "file holding the SSH audit account's password (or $"+PasswordEnv+")")
	fs.IntVar(&o.SSHPort, "ssh-port", 22, "SSH port of the hosts audited with --ssh-user (a target's own port is the network scan's)")
	fs.StringVar(&o.KnownHosts, "ssh-known-hosts", "", "known_hosts file the hosts' keys are checked against (default ~/.ssh/known_hosts)")
	fs.BoolVar(&o.AcceptNew, "ssh-accept-new", false, "record the key of a host not yet in --ssh-known-hosts (a changed key is still refused)")
	fs.BoolVar(&o.Sudo, "ssh-sudo", false, "run the allow-listed commands with 'sudo -n' on the audited hosts")
	o.registerWinRM(fs)
}

// Validate checks the roots and, with --ssh-user, prepares the
// authentication and the host-key check.
func (o *Options) Validate(ctx context.Context) error {
	o.sshGate, o.winrmGate = &AccountGate{}, &AccountGate{}
	for _, r := range o.HostRoots {
		if err := inputs.Check(ctx, inputs.HostRoot, r); err != nil {
			return err
		}
	}
	if err := o.validateWinRM(ctx); err != nil {
		return err
	}
	if err := o.readExports(ctx); err != nil {
		return err
	}
	if o.SSHUser == "" {
		if o.SSHKey != "" || o.SSHPassFile != "" || o.Sudo || o.AcceptNew {
			return errors.New("--ssh-key, --ssh-password-file, --ssh-sudo and --ssh-accept-new need --ssh-user")
		}
		return nil
	}
	if o.SSHPort < 1 || o.SSHPort > 65535 {
		return errors.New("--ssh-port must be 1-65535")
	}
	auth, err := o.authMethods(ctx)
	if err != nil {
		return err
	}
	if len(auth) == 0 {
		return fmt.Errorf("--ssh-user needs --ssh-key, an SSH agent ($SSH_AUTH_SOCK), --ssh-password-file or $%s", PasswordEnv)
	}
	o.auth = auth
	o.hostKey, err = o.hostKeyCallback(ctx)
	return err
}

func (o *Options) authMethods(ctx context.Context) ([]ssh.AuthMethod, error) {
	var out []ssh.AuthMethod
	if o.SSHKey != "" {
		b, err := inputs.Read(ctx, inputs.SSHKey, o.SSHKey)
		if err != nil {
			return nil, err
		}
		signer, err := ssh.ParsePrivateKey(b)
		if err != nil {
			return nil, fmt.Errorf("--ssh-key %s: not an unencrypted private key (load it into an SSH agent instead)", o.SSHKey)
		}
		out = append(out, ssh.PublicKeys(signer))
	}
	if sock := os.Getenv("SSH_AUTH_SOCK"); sock != "" && o.SSHKey == "" {
		if c, err := net.Dial("unix", sock); err == nil {
			out = append(out, ssh.PublicKeysCallback(agent.NewClient(c).Signers))
		}
	}
	pw, err := o.password(ctx)
	if err != nil {
		return nil, err
	}
	if pw != "" {
		out = append(out, ssh.Password(pw))
	}
	return out, nil
}

// password reads --ssh-password-file (first line), else the environment.
func (o *Options) password(ctx context.Context) (string, error) {
	if o.SSHPassFile == "" {
		return os.Getenv(PasswordEnv), nil
	}
	b, err := inputs.Read(ctx, inputs.SSHPassword, o.SSHPassFile)
	if err != nil {
		return "", err
	}
	line, _, _ := bytes.Cut(b, []byte("\n"))
	return strings.TrimRight(string(line), "\r"), nil
}

func (o *Options) knownHostsPath() string {
	if o.KnownHosts != "" {
		return o.KnownHosts
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".ssh", "known_hosts")
}

// hostKeyCallback checks keys against known_hosts; with --ssh-accept-new a
// host absent from it is recorded, a changed key never.
func (o *Options) hostKeyCallback(ctx context.Context) (ssh.HostKeyCallback, error) {
	path := o.knownHostsPath()
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) && o.AcceptNew {
		if err := os.WriteFile(path, nil, 0o600); err != nil {
			return nil, fmt.Errorf("--ssh-known-hosts: %w", err)
		}
	}
	// The one reader checks the file first (a regular file within its
	// cap: a FIFO or /dev/zero would hang knownhosts.New).
	if err := inputs.Check(ctx, inputs.SSHKnownHosts, path); err != nil {
		return nil, err
	}
	check, err := knownhosts.New(path)
	if err != nil {
		return nil, fmt.Errorf("--ssh-known-hosts %s: %w", path, err)
	}
	return func(host string, remote net.Addr, key ssh.PublicKey) error {
		err := check(host, remote, key)
		var ke *knownhosts.KeyError
		if !errors.As(err, &ke) {
			return err
		}
		if len(ke.Want) > 0 {
			return fmt.Errorf("host key of %s CHANGED (%s, known_hosts has another at %s:%d): refused", host, ssh.FingerprintSHA256(key), ke.Want[0].Filename, ke.Want[0].Line)
		}
		if !o.AcceptNew {
			return fmt.Errorf("host key of %s unknown (%s) in %s: refused (check it, then add it or give --ssh-accept-new)", host, ssh.FingerprintSHA256(key), path)
		}
		return appendKnownHost(path, host, key)
	}, nil
}

func appendKnownHost(path, host string, key ssh.PublicKey) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("recording the host key of %s: %w", host, err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, knownhosts.Line([]string{knownhosts.Normalize(host)}, key))
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// readExports reads and checks every --host-export bundle whole: a bad
// one is an input error naming the file.
func (o *Options) readExports(ctx context.Context) error {
	o.exports = nil
	pub, err := o.exportKey(ctx)
	if err != nil {
		return err
	}
	for _, p := range o.HostExports {
		raw, err := inputs.Read(ctx, inputs.HostExport, p)
		if err != nil {
			return err
		}
		b, err := ReadBundle(raw)
		if err != nil {
			return &inputs.Error{Kind: inputs.HostExport, Path: p, Msg: err.Error(), Err: err}
		}
		r := NewReplay(p, b)
		if pub != nil {
			id, err := b.Verify(pub)
			if err != nil {
				msg := err.Error() + ": collect the bundle again on the host with 'conformscan collect --sign' and the matching key, or check --host-export-key names the right .pub"
				return &inputs.Error{Kind: inputs.HostExport, Path: p, Msg: msg, Err: err}
			}
			r.prov.Signature, r.prov.KeyID = probes.SignatureVerified, id
		}
		o.exports = append(o.exports, r)
	}
	return nil
}

// exportKey reads --host-export-key (nil when not given).
func (o *Options) exportKey(ctx context.Context) (ed25519.PublicKey, error) {
	if o.HostExportKey == "" {
		return nil, nil
	}
	data, err := inputs.Read(ctx, inputs.PublicKey, o.HostExportKey)
	if err != nil {
		return nil, err
	}
	pub, err := sigkey.ParsePublic(data)
	if err != nil {
		return nil, fmt.Errorf("--host-export-key %s: %w", o.HostExportKey, err)
	}
	if len(o.HostExports) == 0 {
		return nil, errors.New("--host-export-key needs --host-export (the bundles it verifies)")
	}
	return pub, nil
}

// RootSubjects returns one host subject per offline root and per host
// export.
func (o *Options) RootSubjects() []*probes.Subject {
	var out []*probes.Subject
	for _, r := range o.HostRoots {
		out = append(out, NewSubject(NewRoot(r)))
	}
	for _, r := range o.exports {
		out = append(out, NewSubject(r.Access()))
	}
	return out
}

// SSHSubjects returns, with --ssh-user, one host subject per target host,
// audited over SSH on --ssh-port: a target's own port (host:443, a URL)
// names a service to scan, not the SSH server.
func (o *Options) SSHSubjects(targets []probes.Target) []*probes.Subject {
	var out []*probes.Subject
	if o.SSHUser == "" {
		return out
	}
	seen := map[string]bool{}
	for _, t := range targets {
		acc := NewSSH(SSHConfig{Host: t.Host, Port: o.SSHPort, User: o.SSHUser, Sudo: o.Sudo, opts: o})
		if !seen[acc.Name()] {
			seen[acc.Name()] = true
			out = append(out, NewSubject(acc))
		}
	}
	return out
}
