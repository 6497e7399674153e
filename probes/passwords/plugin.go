package passwords

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/pflag"

	"conformscan/inputs"
	"conformscan/probes"
	"conformscan/probes/hostaccess"
)

// ID is the local password probe's ID.
const ID = "passwords-local"

// Options are the probe's flags. Root points the Linux files at a copy of
// a file system (tests); the others are files the user gives.
type Options struct {
	Root        string
	Secedit     string
	NetAccounts string
	PolicyFile  string
	ConfigPaths []string
	// HostConfigPaths are paths on the hosts audited over SSH or offline
	// roots, read through their access (host.go).
	HostConfigPaths []string
	// declared is the --password-policy file, read by Validate so that a
	// file that does not read completely stops the scan before any probe.
	declared []Policy
}

// Register adds the probe's flags.
func (o *Options) Register(fs *pflag.FlagSet) {
	fs.StringVar(&o.Root, "passwords-root", "/", "root directory where /etc/login.defs, /etc/pam.d and /etc/security are read (--local)")
	fs.StringVar(&o.Secedit, "secedit", "", "Windows account policy exported by 'secedit /export /cfg FILE' (--local)")
	fs.StringVar(&o.NetAccounts, "net-accounts", "", "output of 'net accounts' saved to a file, English or French (--local)")
	fs.StringVar(&o.PolicyFile, "password-policy", "", "YAML password policy declared by the vendor for the application (--local)")
	fs.StringArrayVar(&o.ConfigPaths, "config-path", nil, "application configuration file or directory searched for cleartext passwords (--local, repeatable)")
	fs.StringArrayVar(&o.HostConfigPaths, "host-config-path", nil, "configuration file or directory, on each host audited over SSH or --host-root, searched for cleartext passwords (repeatable)")
}

// Validate checks, before any probe runs, that the given files are
// regular files within their caps and the given folders are folders, and
// reads the declared policy: a --password-policy that does not read
// completely is a usage error (a policy read in part, or dropped, would be
// judged on defaults).
func (o *Options) Validate(ctx context.Context) error {
	for kind, path := range map[inputs.Kind]string{inputs.Secedit: o.Secedit, inputs.NetAccounts: o.NetAccounts, inputs.PasswordPolicy: o.PolicyFile} {
		if path == "" {
			continue
		}
		if err := inputs.Check(ctx, kind, path); err != nil {
			return err
		}
	}
	for _, p := range o.ConfigPaths {
		if err := inputs.Check(ctx, inputs.ConfigPath, p); err != nil {
			return err
		}
	}
	if o.Root != "" && o.Root != "/" {
		if err := inputs.Check(ctx, inputs.PasswordsRoot, o.Root); err != nil {
			return err
		}
	}
	o.declared = nil
	if o.PolicyFile != "" {
		ps, err := ReadDeclared(ctx, o.PolicyFile)
		if err != nil {
			return err
		}
		o.declared = ps
	}
	return nil
}

// New returns the local password probe with its own options.
func New() probes.Probe { return NewWith(&Options{Root: "/"}) }

// NewWith returns the probe with the given options (tests).
func NewWith(o *Options) probes.Probe {
	return probes.Probe{
		ID:       ID,
		Doc:      "Password policies of the machine (PAM, pwquality, login.defs, faillock; a Windows host's snapshot: NetUserModalsGet, secedit, Administrators; Windows secedit/net accounts files), a vendor-declared policy, and cleartext passwords in configuration files.",
		Kind:     probes.SubjectLocal,
		Requires: probes.Requirements{OnHost: true},
		Needs:    []string{hostaccess.EndID, hostaccess.WindowsID},
		Options:  o,
		Run: func(ctx context.Context, _ *probes.Env, s *probes.Subject) error {
			if snap, windows, err := hostaccess.WindowsOf(s); windows {
				if err != nil {
					return err
				}
				f, err := CollectWindows(ctx, o, snap, hostaccess.Of(s) == nil)
				s.SetFact(ID, f)
				return err
			}
			if acc := hostaccess.Of(s); acc != nil {
				f, err := CollectHost(ctx, o, acc)
				s.SetFact(ID, f)
				return err
			}
			f, err := Collect(ctx, o)
			s.SetFact(ID, f)
			return err
		},
	}
}

// Collect reads every source the options name.
func Collect(ctx context.Context, o *Options) (*Facts, error) {
	f := &Facts{Policies: []Policy{}}
	var errs []error
	if p, err := ReadLinuxFrom(ctx, rootAccess(o.Root)); p != nil || err != nil {
		errs = append(errs, err)
		if p != nil {
			p.Scope = ScopeAll
			f.Policies = append(f.Policies, *p)
		}
	}
	errs = append(errs, readWindows(ctx, o, f))
	if o.PolicyFile != "" {
		ps, err := o.declared, error(nil)
		if ps == nil {
			ps, err = ReadDeclared(ctx, o.PolicyFile)
		}
		f.Policies = append(f.Policies, ps...)
		errs = append(errs, err)
	}
	if err := ctx.Err(); err != nil {
		return f, err
	}
	errs = append(errs, ScanConfigPaths(ctx, o.ConfigPaths, f))
	if err := errors.Join(errs...); err != nil {
		return f, fmt.Errorf("password policies: %w", err)
	}
	return f, nil
}

func readWindows(ctx context.Context, o *Options, f *Facts) error {
	for _, src := range []struct {
		kind  inputs.Kind
		path  string
		parse func(string, []byte) *Policy
	}{{inputs.Secedit, o.Secedit, ParseSecedit}, {inputs.NetAccounts, o.NetAccounts, ParseNetAccounts}} {
		if src.path == "" {
			continue
		}
		b, err := inputs.Read(ctx, src.kind, src.path)
		if err != nil {
			return err
		}
		p := src.parse(src.path, b)
		p.Scope = ScopeAll
		f.Policies = append(f.Policies, *p)
	}
	return nil
}

// FactsOf returns the probe's facts on a subject (nil when none).
func FactsOf(s *probes.Subject) *Facts {
	if s == nil {
		return nil
	}
	f, _ := s.Fact(ID).(*Facts)
	return f
}
