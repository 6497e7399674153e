package eol

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/pflag"

	"conformscan/inputs"
)

// Policy says how extended or paid support counts.
type Policy string

// Policies for --extended-support.
const (
	PolicyCount Policy = "count"
	PolicyWarn  Policy = "warn"
	PolicyFail  Policy = "fail"
)

// warnWithin is how close an end of support turns a pass into a warning.
const warnWithin = 6

// Options are the family's flags: --extended-support and --eol-data.
type Options struct {
	Extended string
	DataDir  string
	policy   Policy
	db       *DB
}

// Register adds the family's flags.
func (o *Options) Register(fs *pflag.FlagSet) {
	fs.StringVar(&o.Extended, "extended-support", string(PolicyWarn),
		"how extended or paid support (Debian LTS, RHEL ELS, Windows ESU) counts for 2.19/8.10: count, warn or fail")
	fs.StringVar(&o.DataDir, "eol-data", "", "directory of endoflife.date product files newer than the embedded snapshot ("+Snapshot+")")
}

// Validate reads the policy and loads the end-of-life data.
func (o *Options) Validate(ctx context.Context) error {
	switch p := Policy(o.Extended); p {
	case PolicyCount, PolicyWarn, PolicyFail:
		o.policy = p
	default:
		return fmt.Errorf("--extended-support %q: use count, warn or fail", o.Extended)
	}
	var err error
	if o.db, err = Embedded(); err != nil || o.DataDir == "" {
		return err
	}
	if err := inputs.Check(ctx, inputs.EOLData, o.DataDir); err != nil {
		return err
	}
	newer, err := LoadDir(ctx, o.DataDir)
	if err != nil {
		return err
	}
	o.db = o.db.Overlay(newer)
	return nil
}

// settings returns the validated policy and data (the defaults when
// Validate was not called).
func (o *Options) settings() (Policy, *DB, error) {
	if o.db != nil {
		return o.policy, o.db, nil
	}
	db, err := Embedded()
	if err != nil {
		return "", nil, fmt.Errorf("embedded end-of-life data unreadable (rebuild conformscan): %w", err)
	}
	return PolicyWarn, db, nil
}

// Support is where a cycle stands at a date.
type Support int

// Support stages.
const (
	Supported Support = iota
	EndingSoon
	ExtendedOnly
	Ended
	NoDates
)

// Stage says where c stands at t under policy, and the end that matters
// (zero when no end is announced).
func Stage(c *Cycle, at time.Time, policy Policy) (Support, time.Time) {
	soon := at.AddDate(0, warnWithin, 0)
	extended := c.ExtendedOpen || (!c.Extended.IsZero() && at.Before(c.Extended))
	switch {
	case c.SecurityOpen || (!c.Security.IsZero() && at.Before(c.Security)):
		end := c.Security
		if policy == PolicyCount && c.ExtendedOpen {
			return Supported, time.Time{}
		}
		if policy == PolicyCount && c.Extended.After(end) {
			end = c.Extended
		}
		if !end.IsZero() && end.Before(soon) {
			return EndingSoon, end
		}
		return Supported, end
	case extended:
		if policy == PolicyCount && !c.ExtendedOpen && c.Extended.Before(soon) {
			return EndingSoon, c.Extended
		}
		return ExtendedOnly, c.Extended
	case c.SecurityEnded:
		return Ended, c.Extended
	case c.Security.IsZero() && c.Extended.IsZero():
		return NoDates, time.Time{}
	}
	return Ended, c.Extended
}
