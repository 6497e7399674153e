package cleartext

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"conformscan/inputs"
	"conformscan/probes"
	"conformscan/probes/discovery"
)

// ID is the cleartext probe's ID.
const ID = "cleartext"

// Flags are the cleartext probe's own options: optional LDAP credentials
// for the simple-bind test. The password comes from the environment or a
// file, never from the command line, and is never reported.
type Flags struct {
	LDAPBindDN       string
	LDAPPasswordFile string
	// LDAPPassword is read by Validate (or set by tests); it is never
	// reported.
	LDAPPassword string
	// getenv reads the environment (os.Getenv; tests inject one).
	getenv func(string) string
}

// PasswordEnv is the environment variable holding the LDAP bind password.
const PasswordEnv = "CONFORMSCAN_LDAP_PASSWORD"

// Register adds --ldap-bind-dn and --ldap-password-file.
func (f *Flags) Register(fs *pflag.FlagSet) {
	fs.StringVar(&f.LDAPBindDN, "ldap-bind-dn", "", "DN for the LDAP cleartext simple-bind test (password from $"+PasswordEnv+" or --ldap-password-file)")
	fs.StringVar(&f.LDAPPasswordFile, "ldap-password-file", "", "file holding the LDAP bind password (never logged)")
}

// Validate reads the bind password when a DN is given.
func (f *Flags) Validate() error {
	if f.LDAPBindDN == "" {
		return nil
	}
	pw := f.getenv(PasswordEnv)
	if f.LDAPPasswordFile != "" {
		b, err := inputs.Read(context.Background(), inputs.LDAPPassword, f.LDAPPasswordFile)
		if err != nil {
			return err
		}
		pw = strings.TrimRight(string(b), "\r\n")
	}
	if pw == "" {
		return fmt.Errorf("--ldap-bind-dn needs a password: set %s or --ldap-password-file", PasswordEnv)
	}
	f.LDAPPassword = pw
	return nil
}

// New returns the cleartext probe.
func New() probes.Probe { return NewWith(&Flags{}) }

// NewWith returns the cleartext probe with the given options.
func NewWith(f *Flags) probes.Probe {
	if f.getenv == nil {
		f.getenv = os.Getenv
	}
	return probes.Probe{
		ID:      ID,
		Doc:     "Talks the service's own protocol in clear to see whether credentials could cross unencrypted.",
		Kind:    probes.SubjectEndpoint,
		Needs:   []string{discovery.ID},
		Options: f,
		Applies: func(s *probes.Subject) bool { return Speaks(discovery.PortOf(s)) },
		Run: func(ctx context.Context, env *probes.Env, s *probes.Subject) error {
			p := discovery.PortOf(s)
			facts, err := Probe(ctx, s.ID, p.Service, Options{
				Timeout: env.ProbeTimeout, Dial: env.Dial, Now: env.Clock(),
				LDAPBindDN: f.LDAPBindDN, LDAPPassword: f.LDAPPassword,
			})
			if facts != nil {
				s.SetFact(ID, facts)
			}
			return err
		},
	}
}

// Speaks tells whether the probe speaks the endpoint's service.
func Speaks(p *discovery.Port) bool {
	if p == nil {
		return false
	}
	for _, s := range Services() {
		if s == p.Service {
			return true
		}
	}
	return false
}

// FactsOf returns the cleartext probe's facts on a subject (nil when none).
func FactsOf(s *probes.Subject) *Facts {
	if s == nil {
		return nil
	}
	f, _ := s.Fact(ID).(*Facts)
	return f
}
