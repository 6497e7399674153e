package hostaccess

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"conformscan/inputs"
	"conformscan/probes"
)

// WinRMPasswordEnv is the environment variable holding the WinRM audit
// account's password.
const WinRMPasswordEnv = "CONFORMSCAN_WINRM_PASSWORD"

func (o *Options) registerWinRM(fs *pflag.FlagSet) {
	fs.StringVar(&o.WinRMUser, "winrm-user", "", "audit every --target as a Windows host over WinRM (HTTPS 5986) with this account (DOMAIN\\user or user)")
	fs.StringVar(&o.WinRMPassFile, "winrm-password-file", "", "file holding the WinRM audit account's password (or $"+WinRMPasswordEnv+")")
	fs.IntVar(&o.WinRMPort, "winrm-port", 0, "WinRM port of the hosts audited with --winrm-user (default 5986, 5985 with --winrm-allow-http)")
	fs.BoolVar(&o.WinRMAllowHTTP, "winrm-allow-http", false, "speak WinRM over plain HTTP (cleartext session; NTLM only, never Basic): named winrm+http:// in the evidence")
	fs.StringVar(&o.WinRMAuth, "winrm-auth", WinRMNTLM, "WinRM authentication: ntlm or basic (basic over HTTPS only)")
}

// validateWinRM checks the WinRM flags and reads the password.
func (o *Options) validateWinRM(ctx context.Context) error {
	if o.WinRMUser == "" {
		if o.WinRMPassFile != "" || o.WinRMAllowHTTP || o.WinRMPort != 0 {
			return errors.New("--winrm-password-file, --winrm-port and --winrm-allow-http need --winrm-user")
		}
		return nil
	}
	if o.WinRMPort < 0 || o.WinRMPort > 65535 {
		return errors.New("--winrm-port must be 1-65535")
	}
	switch o.WinRMAuth {
	case WinRMNTLM:
	case WinRMBasic:
		if o.WinRMAllowHTTP {
			return errors.New("--winrm-auth basic over --winrm-allow-http would send the password in the clear: refused (use ntlm, or HTTPS)")
		}
	default:
		return fmt.Errorf("--winrm-auth must be %s or %s", WinRMNTLM, WinRMBasic)
	}
	pw, err := o.winrmPassword(ctx)
	if err != nil {
		return err
	}
	if pw == "" {
		return fmt.Errorf("--winrm-user needs --winrm-password-file or $%s", WinRMPasswordEnv)
	}
	o.winrmPass = pw
	return nil
}

// winrmPassword reads --winrm-password-file (first line), else the
// environment.
func (o *Options) winrmPassword(ctx context.Context) (string, error) {
	if o.WinRMPassFile == "" {
		return os.Getenv(WinRMPasswordEnv), nil
	}
	b, err := inputs.Read(ctx, inputs.WinRMPassword, o.WinRMPassFile)
	if err != nil {
		return "", err
	}
	line, _, _ := bytes.Cut(b, []byte("\n"))
	return strings.TrimRight(string(line), "\r"), nil
}

// WinRMSubjects returns, with --winrm-user, one Windows host subject per
// target host, read over WinRM on --winrm-port: a target's own port names
// a service to scan, not the WinRM endpoint.
func (o *Options) WinRMSubjects(targets []probes.Target) []*probes.Subject {
	var out []*probes.Subject
	if o.WinRMUser == "" {
		return out
	}
	seen := map[string]bool{}
	for _, t := range targets {
		acc := NewWinRM(WinRMConfig{Host: t.Host, Port: o.WinRMPort, User: o.WinRMUser, Auth: o.WinRMAuth,
			Cleartext: o.WinRMAllowHTTP, opts: o})
		if !seen[acc.Name()] {
			seen[acc.Name()] = true
			out = append(out, NewSubject(acc))
		}
	}
	return out
}
