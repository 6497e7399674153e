// Package diskcrypt judges 13.1 (mobile devices encrypted) from the
// diskcrypt probe's facts: whether the host is a mobile device, then
// whether its volumes are encrypted.
package diskcrypt

import (
	"context"

	"github.com/spf13/pflag"

	"conformscan/checks"
	"conformscan/probes"
	dc "conformscan/probes/diskcrypt"
)

// CheckID is the check's ID.
const CheckID = "host-disk-encryption"

// Options are the family's flags.
type Options struct {
	// Mobile: the hospital says the audited hosts are mobile devices,
	// whatever their chassis.
	Mobile bool
}

// Register adds --mobile.
func (o *Options) Register(fs *pflag.FlagSet) {
	fs.BoolVar(&o.Mobile, "mobile", false, "the audited hosts are mobile devices (laptops, tablets): 13.1 applies whatever their chassis type")
}

// Validate has nothing to check.
func (o *Options) Validate(context.Context) error { return nil }

// Family returns the disk encryption check.
func Family() checks.Family {
	o := &Options{}
	return checks.Family{
		Name:    "diskcrypt",
		Options: o,
		Rules:   Rules(),
		Checks: []checks.Check{
			{ID: CheckID, Title: "Mobile devices have their volumes encrypted", Refs: []string{"13.1"},
				Kind: probes.SubjectLocal, Needs: []string{dc.ID}, Eval: o.eval},
		},
	}
}
