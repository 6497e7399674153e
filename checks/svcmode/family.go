// Package svcmode judges grid ref 2.18 (permanent services run as
// services on a server OS, not in a user session) from the svcmode
// probe's facts: on Linux each listening process's systemd unit or login
// session, on Windows the edition and each listening process's session
// and service. An offline root runs no process: not observable, said so.
package svcmode

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"conformscan/checks"
	"conformscan/checks/remote"
	"conformscan/probes"
	sm "conformscan/probes/svcmode"
)

// CheckService is the check's ID.
const CheckService = "service-mode"

// Options reads the vendor's manifest of ref 2.11 (--manifest, the
// remote family's flag) to name the solution's processes in evidence.
type Options struct {
	fs       *pflag.FlagSet
	manifest *remote.Manifest
}

// Register keeps the flag set: --manifest belongs to the remote family.
func (o *Options) Register(fs *pflag.FlagSet) { o.fs = fs }

// Validate loads the manifest when --manifest is given.
func (o *Options) Validate(ctx context.Context) error {
	o.manifest = nil
	if o.fs == nil {
		return nil
	}
	fl := o.fs.Lookup("manifest")
	if fl == nil || fl.Value.String() == "" {
		return nil
	}
	m, err := remote.LoadManifest(ctx, fl.Value.String())
	if err != nil {
		return err
	}
	o.manifest = m
	return nil
}

// Family returns the service-mode check.
func Family() checks.Family {
	o := &Options{}
	return checks.Family{
		Name:    "svcmode",
		Options: o,
		Rules:   Rules(),
		Checks: []checks.Check{
			{ID: CheckService, Title: "Listening processes run as services on a server OS", Refs: []string{"2.18"},
				Kind: probes.SubjectLocal, Needs: []string{sm.ID}, Eval: o.evalService},
		},
	}
}

// declaredOf names the manifest's services a process listens for.
func (o *Options) declaredOf(in *checks.Input, p sm.Process) string {
	if o.manifest == nil {
		return ""
	}
	var out []string
	for _, h := range o.manifest.Hosts {
		if !strings.EqualFold(strings.TrimSpace(h.Host), in.Subject.ID) {
			continue
		}
		for _, d := range h.Services {
			for _, port := range p.Ports {
				if strings.HasSuffix(port, ":"+strconv.Itoa(d.Port)) && strings.HasPrefix(port, d.Protocol) {
					out = append(out, fmt.Sprintf("port %d: %s", d.Port, d.Purpose))
				}
			}
		}
	}
	if out == nil {
		return ""
	}
	return " — solution's process per the manifest (" + strings.Join(out, "; ") + ")"
}

func ev(in *checks.Input, rule, observed, expected, source string) checks.Evidence {
	return checks.Evidence{Rule: rule, Observed: observed, Expected: expected, Source: source, At: in.Settings.RefDate}
}
