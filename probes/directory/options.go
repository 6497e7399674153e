package directory

import (
	"context"
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

// PasswordEnv is the environment variable holding the LDAP bind password
// (shared with the cleartext probe).
const PasswordEnv = "CONFORMSCAN_LDAP_PASSWORD"

// Options are the directory probe's flags. The bind DN and password file
// are the cleartext probe's --ldap-bind-dn and --ldap-password-file, read
// from the flag set, not registered twice.
type Options struct {
	Targets        []string
	AdminAccounts  []string
	AllowCleartext bool

	// BindDN and Password are filled by Validate (or tests); the password
	// is never reported.
	BindDN   string
	Password string

	fs     *pflag.FlagSet
	getenv func(string) string
}

// Register adds --directory, --admin-accounts and --ldap-allow-cleartext.
func (o *Options) Register(fs *pflag.FlagSet) {
	o.fs = fs
	fs.StringArrayVar(&o.Targets, "directory", nil, "LDAP directory to assess, ldap://host[:port] or ldaps://host[:port] (repeatable)")
	fs.StringSliceVar(&o.AdminAccounts, "admin-accounts", nil, "extra groups or accounts (CN or DN) whose password policy is judged as administrators' (5.2)")
	fs.BoolVar(&o.AllowCleartext, "ldap-allow-cleartext", false, "allow sending the bind password over a connection without TLS (to test whether the directory refuses it)")
}

// Validate parses the targets and reads the bind password when a DN is
// given (from $CONFORMSCAN_LDAP_PASSWORD or --ldap-password-file).
func (o *Options) Validate() error {
	for _, t := range o.Targets {
		if _, err := ParseTarget(t); err != nil {
			return err
		}
	}
	if o.fs == nil || len(o.Targets) == 0 {
		return nil
	}
	o.BindDN = flagValue(o.fs, "ldap-bind-dn")
	if o.BindDN == "" {
		return nil
	}
	getenv := o.getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	pw := getenv(PasswordEnv)
	if file := flagValue(o.fs, "ldap-password-file"); file != "" {
		b, err := inputs.Read(context.Background(), inputs.LDAPPassword, file)
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

func flagValue(fs *pflag.FlagSet, name string) string {
	if f := fs.Lookup(name); f != nil {
		return f.Value.String()
	}
	return ""
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
