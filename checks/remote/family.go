// Package remote judges remote-control software and the exposure of
// administration services: ref 8.6 (no unauthorised remote-control tool),
// 8.1 and 13.18 (administration reachable from the scanning point), 2.11
// (only the declared services listen) and 2.9 (software inventory).
//
// A family: it reads the facts of the probes it needs through their accessors
// and must not import another family (checks/endpoint is the shared view),
// reports/, history/, serve/ or cmd/.
package remote

import (
	"fmt"
	"strings"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/discovery"
	remoteprobe "conformscan/probes/remote"
)

// Check IDs.
const (
	CheckControl  = "remote-control"
	CheckExposure = "remote-exposure"
	CheckDeclared = "remote-declared-services"
)

// Family returns the remote-access checks, rules and options.
func Family() checks.Family {
	o := &Options{}
	return checks.Family{
		Name:    "remote",
		Options: o,
		Rules:   Rules(),
		Checks: append([]checks.Check{
			{ID: CheckControl, Title: "No unauthorised remote-control service listening", Refs: []string{"8.6"},
				Needs: []string{remoteprobe.ID, remoteprobe.NmapPortsID}, Eval: o.evalControl},
			{ID: CheckExposure, Title: "Administration services reachable from the scanning point", Refs: []string{"8.1", "13.18"},
				Needs: []string{remoteprobe.ID, remoteprobe.NmapPortsID}, Eval: o.evalExposure},
			{ID: CheckDeclared, Title: "Listening services declared in the vendor's manifest", Refs: []string{"2.11"},
				Needs: []string{discovery.ID}, Eval: o.evalDeclared},
		}, o.localChecks()...),
	}
}

// service is one endpoint's remote facts.
type service struct {
	id string
	f  *remoteprobe.Facts
}

// servicesOf returns the host's endpoints with a known remote or
// administration tool.
func servicesOf(s *probes.Subject, keep func(*remoteprobe.Facts) bool) []service {
	var out []service
	for _, c := range s.Children() {
		if f := remoteprobe.FactsOf(c); f != nil && f.Tool != "" && keep(f) {
			out = append(out, service{id: c.ID, f: f})
		}
	}
	return out
}

// notMeasured is the manual result when the probe did not run.
func notMeasured(in *checks.Input, probe string, refs ...string) []checks.Result {
	why := in.ProbeNotRun(probe)
	if why == "" {
		return nil
	}
	var out []checks.Result
	for _, r := range refs {
		out = append(out, checks.Result{Ref: r, Status: checks.StatusManual,
			Summary: in.Settings.Lang.T("Non mesuré : ", "Not measured: ") + why})
	}
	return out
}

// observed describes one service for evidence.
func observed(sv service) string {
	f := sv.f
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", f.Display, sv.id)
	if f.Protocol != "" {
		fmt.Fprintf(&b, " — %s", f.Protocol)
	}
	if len(f.Details) > 0 {
		fmt.Fprintf(&b, "; %s", strings.Join(f.Details, "; "))
	}
	if f.Nmap != nil {
		fmt.Fprintf(&b, "; nmap: %s", strings.TrimSpace(strings.Join([]string{f.Nmap.Name, f.Nmap.Product, f.Nmap.Version, f.Nmap.ExtraInfo}, " ")))
	}
	if !f.Identified {
		b.WriteString("; identified by its port only")
		if f.Error != "" {
			fmt.Fprintf(&b, " (%s)", f.Error)
		}
	}
	return b.String()
}

// vantage names the scanning point.
func vantage(f *remoteprobe.Facts, l checks.Lang) string {
	return fmt.Sprintf(l.T("point d'analyse %s (%s)", "scanning point %s (%s)"), f.Vantage.Hostname, f.Vantage.LocalAddr)
}

func remediation(st checks.Status, r checks.Rule, l checks.Lang) string {
	if st == checks.StatusPass {
		return ""
	}
	return r.Remediation(l)
}
