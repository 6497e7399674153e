// Package eol judges operating systems (2.19) and server software (8.10)
// against end-of-life dates; unsupported components are evidence for 2.17.
//
// A family: it reads the facts of the probes it needs through their accessors
// and must not import another family (checks/endpoint is the shared view),
// reports/, history/, serve/ or cmd/.
package eol

import (
	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/osdetect"
)

// Check IDs.
const (
	CheckOS            = "eol-os"
	CheckSoftware      = "eol-software"
	CheckOSLocal       = "eol-os-local"
	CheckSoftwareLocal = "eol-software-local"
)

// Family returns the end-of-life checks, rules and options.
func Family() checks.Family {
	o := &Options{Extended: string(PolicyWarn)}
	return checks.Family{
		Name:    "eol",
		Options: o,
		Rules:   Rules(),
		Checks: []checks.Check{
			{ID: CheckOS, Title: "Operating system still supported", Refs: []string{"2.19", "2.17"},
				Needs: []string{osdetect.ID}, Eval: o.evalOS(osdetect.ID)},
			{ID: CheckSoftware, Title: "Server software still supported", Refs: []string{"8.10", "2.17"},
				Needs: []string{osdetect.ID}, Eval: o.evalSoftware(osdetect.ID)},
			{ID: CheckOSLocal, Title: "Local operating system still supported", Refs: []string{"2.19", "2.17"},
				Kind: probes.SubjectLocal, Needs: []string{osdetect.LocalID}, Eval: o.evalOS(osdetect.LocalID)},
			{ID: CheckSoftwareLocal, Title: "Local server packages still supported", Refs: []string{"8.10", "2.17"},
				Kind: probes.SubjectLocal, Needs: []string{osdetect.LocalID}, Eval: o.evalSoftware(osdetect.LocalID)},
		},
	}
}

// facts returns the probe's facts, or the results saying why there are
// none.
func (o *Options) facts(in *checks.Input, probe string, refs ...string) (*osdetect.Facts, []checks.Result) {
	f := osdetect.FactsOf(in.Subject)
	if f != nil {
		return f, nil
	}
	why := in.ProbeNotRun(probe)
	if why == "" {
		why = in.Settings.Lang.T("la sonde "+probe+" n'a rien relevé", "probe "+probe+" recorded nothing")
	}
	return nil, perRef(checks.StatusManual, in.Settings.Lang.T("Non mesuré : ", "Not measured: ")+why, refs...)
}

func (o *Options) evalOS(probe string) func(in *checks.Input) []checks.Result {
	return func(in *checks.Input) []checks.Result {
		f, none := o.facts(in, probe, "2.19", "2.17")
		if f == nil {
			return none
		}
		policy, db, err := o.settings()
		if err != nil {
			return perRef(checks.StatusError, err.Error(), "2.19", "2.17")
		}
		v := judgeOS(f, db, in.Settings.RefDate, policy)
		ev := []checks.Evidence{v.Evidence}
		for _, d := range f.OS {
			ev = append(ev, checks.Evidence{Rule: RuleOS, Observed: d.String(), Expected: "OS release identified",
				Source: d.Source, Excerpt: d.Note, At: in.Settings.RefDate})
		}
		for i := range ev {
			ev[i].Source = sourceOf(ev[i].Source, db)
		}
		return results(in, v.Status, in.Settings.Lang.T(v.FR, v.EN), ev, Rules()[0])
	}
}
