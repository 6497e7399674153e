// Package creds is the intrusive login probe (refs 8.3, 5.9): on SSH,
// FTP, HTTP Basic/Digest, Redis, VNC, Telnet, PostgreSQL, MySQL/MariaDB
// and SQL Server endpoints it tries a handful of vendor default pairs (or
// the user's own list), and it asks Redis, VNC, LDAP and MongoDB once
// whether they let anyone in without credentials; one connection at a
// time per host, paced,
// at most --creds-max-tries per account per machine in 15 minutes across
// services and scans (the lockout budget, budget.go), stopping at the
// first success,
// which a post-login signal and a negative control (a random password)
// confirm. Secrets are masked in its facts: no password is ever reported.
//
// A probe gathers facts and judges nothing: it must not import checks/,
// reports/, history/, serve/, cmd/, demo/ or fixtures/ (layout/layout_test.go
// guards checks/ and fixtures/).
package creds

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/spf13/pflag"

	"conformscan/inputs"
	"conformscan/probes"
	"conformscan/probes/discovery"
)

// ID is the creds probe's ID.
const ID = "creds"

// MinPace is the shortest pause allowed between two tries on one host.
const MinPace = 300 * time.Millisecond

// Flags are the creds probe's own options.
type Flags struct {
	NoCreds  bool
	Level    string
	MaxTries int
	File     string
	Pace     time.Duration
	// State is the lockout budget's state file (--creds-state; default
	// under the user's state directory, see DefaultStatePath).
	State string
	// Warning, set by Validate, names the lockout risk of a budget raised
	// above the default.
	Warning string
	// budget holds the ledger every login probe (nuclei's too) charges.
	budget *budgetOnce
	// catalogue is loaded by Validate: the embedded one, or --creds FILE.
	catalogue *Catalogue
	// snmpPort is the agents' UDP port (161; tests use another).
	snmpPort uint16
}

// Register adds --no-creds, --creds-level, --creds-max-tries, --creds and
// --creds-pace.
func (f *Flags) Register(fs *pflag.FlagSet) {
	fs.BoolVar(&f.NoCreds, "no-creds", false, "try no login (ref 8.3 then stays manual)")
	fs.StringVar(&f.Level, "creds-level", LevelQuick, "default-credential pairs tried: quick (a handful per service) or thorough")
	fs.IntVar(&f.MaxTries, "creds-max-tries", DefaultMaxTries, "most login tries per account per host within 15 minutes, across services and scans (the negative control included; 3 to 5 risk locking accounts)")
	fs.StringVar(&f.State, "creds-state", "", "lockout budget state file, shared by scans (default: $XDG_STATE_HOME/conformscan/lockout.json, or beside --store)")
	fs.StringVar(&f.File, "creds", "", "CSV file of service,username,password to try instead of the embedded defaults (service: "+supportedNames()+" or *; directory accounts only from ldap lines, DN in quotes, over TLS)")
	fs.DurationVar(&f.Pace, "creds-pace", 500*time.Millisecond, "pause between two login tries on one host (at least 300ms)")
}

// Validate checks the numbers and loads the catalogue.
func (f *Flags) Validate(ctx context.Context) error {
	if f.Level != LevelQuick && f.Level != LevelThorough {
		return fmt.Errorf("--creds-level %q: use quick or thorough", f.Level)
	}
	if err := f.validateBudget(); err != nil {
		return err
	}
	if f.Pace < MinPace {
		return fmt.Errorf("--creds-pace %s: use at least %s so as not to load the service", f.Pace, MinPace)
	}
	if f.snmpPort == 0 {
		f.snmpPort = 161
	}
	cat, err := loadCatalogue(ctx, f.File)
	if err != nil {
		return err
	}
	f.catalogue = cat
	return nil
}

func loadCatalogue(ctx context.Context, file string) (*Catalogue, error) {
	if file == "" {
		return Embedded()
	}
	raw, err := inputs.Read(ctx, inputs.Creds, file)
	if err != nil {
		return nil, err
	}
	pairs, err := ParseCSV(raw, false)
	if err != nil {
		return nil, fmt.Errorf("--creds %s: %w", file, err)
	}
	if len(pairs) == 0 {
		return nil, fmt.Errorf("--creds %s: no pair found (one service,username,password per line)", file)
	}
	return &Catalogue{Pairs: pairs, Source: "--creds " + file}, nil
}

// Probes returns the login probes sharing one set of options and one
// per-host gate: the endpoint probe (SSH, FTP, HTTP, Redis) and the SNMP
// community probe (UDP 161 of each host).
func Probes() []probes.Probe { return ProbesWith(DefaultFlags()) }

// DefaultFlags are the login probes' options before the command line.
func DefaultFlags() *Flags {
	return &Flags{Level: LevelQuick, MaxTries: DefaultMaxTries, Pace: 500 * time.Millisecond, snmpPort: 161, budget: &budgetOnce{}}
}

// New returns the endpoint login probe alone, with its default options.
func New() probes.Probe { return Probes()[0] }

// ProbesWith returns both login probes with the given options.
func ProbesWith(f *Flags) []probes.Probe {
	if f.budget == nil {
		f.budget = &budgetOnce{}
	}
	// The gate is made on first use, once --creds-pace is parsed.
	var once sync.Once
	var gate *hostGate
	gateOf := func() *hostGate {
		once.Do(func() { gate = newHostGate(f.Pace) })
		return gate
	}
	return []probes.Probe{endpointProbe(f, gateOf), newSNMP(f, gateOf)}
}

// NewWith returns the endpoint login probe with the given options.
func NewWith(f *Flags) probes.Probe { return ProbesWith(f)[0] }

func endpointProbe(f *Flags, gateOf func() *hostGate) probes.Probe {
	return probes.Probe{
		ID:       ID,
		Doc:      "Tries a few vendor default logins (SSH, FTP, HTTP Basic/Digest, Redis, VNC, Telnet, PostgreSQL, MySQL/MariaDB, SQL Server) and access without credentials (Redis, VNC, LDAP anonymous read, MongoDB), paced and bounded per account, confirmed by a post-login signal and a negative control.",
		Kind:     probes.SubjectEndpoint,
		Needs:    []string{discovery.ID},
		Requires: probes.Requirements{Intrusive: true},
		Options:  f,
		Ready:    func() string { return notReady(f) },
		Applies:  func(s *probes.Subject) bool { return protocolOf(discovery.PortOf(s)) != "" },
		Admit: func(ctx context.Context, s *probes.Subject) (context.Context, func(), error) {
			return gateOf().admit(ctx, s.Host)
		},
		Run: func(ctx context.Context, env *probes.Env, s *probes.Subject) error {
			return run(ctx, env, f, gateOf(), s)
		},
	}
}

func notReady(f *Flags) string {
	if f.NoCreds {
		return "--no-creds: no login tried"
	}
	return ""
}

func run(ctx context.Context, env *probes.Env, f *Flags, gate *hostGate, s *probes.Subject) error {
	if f.catalogue == nil {
		if err := f.Validate(ctx); err != nil {
			return err
		}
	}
	port := discovery.PortOf(s)
	facts := &Facts{Service: protocolOf(port), Level: f.Level, Source: f.catalogue.Source, PaceMS: f.Pace.Milliseconds(),
		MaxTries: f.MaxTries, Tried: []Tried{}, Findings: []Finding{}, At: env.Clock()(), Warning: f.Warning}
	s.SetFact(ID, facts)
	p, release, err := gate.turn(ctx, s.Host)
	if err != nil {
		facts.Error = err.Error()
		return &probes.Error{Kind: probes.KindIOTimeout, Op: "login tests", Err: err}
	}
	defer release()
	err = test(ctx, env, f, p, s, port, facts)
	err = facts.unmeasured(err)
	var nt *notTestableError
	if errors.As(err, &nt) {
		facts.Testable, facts.Note = false, nt.why
		return nil
	}
	if err != nil {
		facts.Error = err.Error()
		return fmt.Errorf("login tests on %s stopped after %d tries: %w", s.ID, facts.TotalTries(), err)
	}
	return nil
}
