package directory

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"conformscan/inputs"
	"conformscan/probes"
)

// PasswordEnv is the environment variable holding the LDAP bind password.
const PasswordEnv = "CONFORMSCAN_LDAP_PASSWORD"

// Options are the directory probe's flags. The bind DN and its password go
// only to the --directory targets, over LDAPS or StartTLS with a verified
// certificate, in clear only to a directory --ldap-allow-cleartext names,
// and never under --safe.
type Options struct {
	Targets       []string
	AdminAccounts []string
	// AllowCleartext are the --directory URLs the bind password may be
	// sent to without TLS.
	AllowCleartext []string
	BindDN         string
	PasswordFile   string

	// Password is filled by Validate (or tests); it is never reported.
	Password string

	getenv func(string) string
}

// Register adds --directory, --admin-accounts, --ldap-bind-dn,
// --ldap-password-file and --ldap-allow-cleartext.
func (o *Options) Register(fs *pflag.FlagSet) {
	fs.StringArrayVar(&o.Targets, "directory", nil, "LDAP directory to assess, ldap://host[:port] or ldaps://host[:port] (repeatable)")
	fs.StringSliceVar(&o.AdminAccounts, "admin-accounts", nil, "extra groups or accounts (CN or DN) whose password policy is judged as administrators' (5.2)")
	fs.StringVar(&o.BindDN, "ldap-bind-dn", "", "DN to bind to the --directory targets with, over LDAPS or StartTLS only (password from $"+PasswordEnv+" or --ldap-password-file); never sent to scanned hosts nor under --safe")
	fs.StringVar(&o.PasswordFile, "ldap-password-file", "", "file holding the LDAP bind password (never logged)")
	fs.StringArrayVar(&o.AllowCleartext, "ldap-allow-cleartext", nil, "--directory URL (ldap://host[:port]) the bind password may be sent to without TLS, to read its policies when it offers no TLS (repeatable)")
}

// Validate parses the targets, checks that --ldap-allow-cleartext names
// ldap:// directories among them and reads the bind password when a DN is
// given (from $CONFORMSCAN_LDAP_PASSWORD or --ldap-password-file).
func (o *Options) Validate(ctx context.Context) error {
	for _, t := range o.Targets {
		if _, err := ParseTarget(t); err != nil {
			return err
		}
	}
	if err := o.validateCleartext(); err != nil {
		return err
	}
	if o.BindDN == "" {
		return nil
	}
	if len(o.Targets) == 0 {
		return errors.New("--ldap-bind-dn is used only with --directory: the account is sent to the directories given, never to scanned hosts")
	}
	getenv := o.getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	pw := getenv(PasswordEnv)
	if o.PasswordFile != "" {
		b, err := inputs.Read(ctx, inputs.LDAPPassword, o.PasswordFile)
		if err != nil {
			return err
		}
		pw = strings.TrimRight(string(b), "\r\n")
	}
	if pw == "" {
		return fmt.Errorf("--ldap-bind-dn needs a password: set %s or --ldap-password-file", PasswordEnv)
	}
	o.Password = pw
	return nil
}

// validateCleartext checks every --ldap-allow-cleartext value: an ldap://
// URL that is one of the --directory targets.
func (o *Options) validateCleartext() error {
	for _, a := range o.AllowCleartext {
		t, err := ParseTarget(a)
		if err != nil || t.TLS {
			return fmt.Errorf("--ldap-allow-cleartext %q: give the ldap://host[:port] of a --directory target", a)
		}
		if !o.inTargets(t) {
			return fmt.Errorf("--ldap-allow-cleartext %q: not one of the --directory targets", a)
		}
	}
	return nil
}

func (o *Options) inTargets(t Target) bool {
	for _, s := range o.Targets {
		if d, err := ParseTarget(s); err == nil && d.same(t) {
			return true
		}
	}
	return false
}

// allowsCleartext tells whether --ldap-allow-cleartext names t.
func (o *Options) allowsCleartext(t Target) bool {
	for _, a := range o.AllowCleartext {
		if d, err := ParseTarget(a); err == nil && !d.TLS && d.same(t) {
			return true
		}
	}
	return false
}

// Target is one parsed --directory value.
type Target struct {
	TLS  bool   `json:"ldaps"`
	Host string `json:"host"`
	Port int    `json:"port"`
}

// ID is the subject ID: "ldap://host:port" or "ldaps://host:port".
func (t Target) ID() string {
	scheme := "ldap"
	if t.TLS {
		scheme = "ldaps"
	}
	return scheme + "://" + net.JoinHostPort(t.Host, strconv.Itoa(t.Port))
}

// same tells whether two targets name one host and port.
func (t Target) same(u Target) bool {
	return t.TLS == u.TLS && t.Port == u.Port && strings.EqualFold(strings.TrimSuffix(t.Host, "."), strings.TrimSuffix(u.Host, "."))
}

// Addr is host:port.
func (t Target) Addr() string { return net.JoinHostPort(t.Host, strconv.Itoa(t.Port)) }

// ParseTarget reads ldap[s]://host[:port].
func ParseTarget(s string) (Target, error) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "ldap" && u.Scheme != "ldaps") || u.Hostname() == "" {
		return Target{}, fmt.Errorf("--directory %q: give ldap://host[:port] or ldaps://host[:port]", s)
	}
	t := Target{TLS: u.Scheme == "ldaps", Host: u.Hostname(), Port: 389}
	if t.TLS {
		t.Port = 636
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return Target{}, fmt.Errorf("--directory %q: port %q out of range", s, p)
		}
		t.Port = n
	}
	return t, nil
}

// Sources returns one directory subject per --directory target.
func Sources(o *Options) []*probes.Subject {
	var out []*probes.Subject
	seen := map[string]bool{}
	for _, s := range o.Targets {
		t, err := ParseTarget(s)
		if err != nil || seen[t.ID()] {
			continue
		}
		seen[t.ID()] = true
		sub := probes.NewSubject(probes.SubjectDirectory, t.ID())
		sub.Host, sub.Port, sub.Descriptor = t.Host, t.Port, &t
		out = append(out, sub)
	}
	return out
}
