package remote

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/discovery"
	remoteprobe "conformscan/probes/remote"
)

// evalExposure reports every administration or remote-control service
// reachable from the scanning point, for 8.1 and 13.18: cleartext,
// unauthenticated or legacy-security ones fail, the others warn (their
// reachability must match the hospital's remote-maintenance means).
func (o *Options) evalExposure(in *checks.Input) []checks.Result {
	if r := notMeasured(in, remoteprobe.ID, "8.1", "13.18"); r != nil {
		return r
	}
	l := in.Settings.Lang
	svcs := servicesOf(in.Subject, func(f *remoteprobe.Facts) bool { return f.Admin })
	if len(svcs) == 0 {
		s := l.T("Aucun service d'administration ni de prise en main joignable depuis le point d'analyse",
			"No administration nor remote-control service reachable from the scanning point")
		return []checks.Result{{Ref: "8.1", Status: checks.StatusPass, Summary: s}, {Ref: "13.18", Status: checks.StatusPass, Summary: s}}
	}
	var out []checks.Result
	for _, sv := range svcs {
		st, why := exposureStatus(sv.f, l)
		ev := checks.Evidence{Rule: RuleExposure, Observed: observed(sv), Source: "remote " + sv.id + ", " + vantage(sv.f, l),
			Expected: l.T("joignable uniquement via les moyens de télémaintenance de l'établissement, chiffré et authentifié",
				"reachable only through the hospital's remote-maintenance means, encrypted and authenticated"),
			At: in.Settings.RefDate}
		summary := fmt.Sprintf(l.T("%s %s joignable depuis %s : %s", "%s %s reachable from %s: %s"), sv.f.Display, sv.id, sv.f.Vantage.Hostname, why)
		for _, ref := range []string{"8.1", "13.18"} {
			out = append(out, checks.Result{Ref: ref, Target: sv.id, Status: st, Summary: summary,
				Remediation: remediation(st, Rules()[ruleExposure], l), Evidence: []checks.Evidence{ev}})
		}
	}
	return out
}

// exposureStatus: what was measured to be wrong fails; what was not
// measured is an error (never "encrypted and authenticated"); a tool whose
// protocol never tells its authentication warns without claiming it.
func exposureStatus(f *remoteprobe.Facts, l checks.Lang) (checks.Status, string) {
	switch {
	case f.Unauthenticated():
		return checks.StatusFail, l.T("sans authentification", "without authentication")
	case f.Cleartext:
		return checks.StatusFail, l.T("en clair", "in clear")
	case f.Weak:
		return checks.StatusFail, l.T("sécurité héritée acceptée", "legacy security accepted")
	case !f.AuthMeasured():
		why := l.T("chiffrement et authentification non mesurés", "encryption and authentication not measured")
		if f.Error != "" {
			why += " : " + f.Error
		}
		return checks.StatusError, why
	case !f.Identified:
		return checks.StatusError, l.T("service non identifié (numéro de port seul) : chiffrement et authentification non mesurés",
			"service not identified (port number only): encryption and authentication not measured")
	case f.Auth == remoteprobe.AuthUnknown:
		return checks.StatusWarn, l.T("authentification non observable par le réseau pour cet outil ; vérifier sa configuration et qu'il ne passe que par les moyens de l'établissement",
			"authentication not observable over the network for this tool; check its configuration and that it only goes through the hospital's means")
	}
	return checks.StatusWarn, l.T("chiffré et authentifié ; vérifier qu'il ne passe que par les moyens de l'établissement",
		"encrypted and authenticated; check it only goes through the hospital's means")
}

// listening returns the host's open TCP ports with discovery's service.
func listening(s *probes.Subject) map[int]string {
	out := map[int]string{}
	for _, c := range s.Children() {
		if p := discovery.PortOf(c); p != nil {
			out[c.Port] = p.Service
		}
	}
	return out
}

// evalDeclared compares the listening services with the manifest (2.11).
func (o *Options) evalDeclared(in *checks.Input) []checks.Result {
	l := in.Settings.Lang
	open := listening(in.Subject)
	ports := make([]int, 0, len(open))
	for p := range open {
		ports = append(ports, p)
	}
	sort.Ints(ports)
	list := portList(ports, open)
	ev := checks.Evidence{Rule: RuleDeclared, Observed: l.T("à l'écoute : ", "listening: ") + list,
		Source: "discovery", At: in.Settings.RefDate}
	if o.manifest == nil {
		ev.Expected = l.T("manifeste de l'éditeur (--manifest)", "the vendor's manifest (--manifest)")
		return []checks.Result{{Ref: "2.11", Status: checks.StatusManual, Evidence: []checks.Evidence{ev},
			Summary: l.T("Sans manifeste : services à l'écoute relevés, à comparer à la liste de l'éditeur : ", "No manifest: listening services recorded, to compare with the vendor's list: ") + list}}
	}
	decl, named := o.declared(in.Subject.Host)
	if !named {
		decl, named = o.declared(in.Subject.ID)
	}
	return []checks.Result{judgeDeclared(ports, open, decl, named, ev, l)}
}

func judgeDeclared(ports []int, open map[int]string, decl []DeclaredService, named bool, ev checks.Evidence, l checks.Lang) checks.Result {
	declared := map[int]bool{}
	var exp []string
	for _, d := range decl {
		if d.Protocol == "tcp" {
			declared[d.Port] = true
		}
		exp = append(exp, fmt.Sprintf("%d/%s (%s)", d.Port, d.Protocol, d.Purpose))
	}
	ev.Expected = l.T("déclarés : ", "declared: ") + strings.Join(exp, ", ")
	var extra, absent []string
	for _, p := range ports {
		if !declared[p] {
			extra = append(extra, portList([]int{p}, open))
		}
	}
	for _, d := range decl {
		if _, ok := open[d.Port]; !ok && d.Protocol == "tcp" {
			absent = append(absent, strconv.Itoa(d.Port)+"/tcp")
		}
	}
	r := checks.Result{Ref: "2.11", Status: checks.StatusPass, Evidence: []checks.Evidence{ev},
		Summary: l.T("Tous les services à l'écoute sont déclarés", "Every listening service is declared")}
	if len(extra) > 0 {
		r.Status, r.Remediation = checks.StatusFail, Rules()[ruleDeclared].Remediation(l)
		r.Summary = l.T("Services à l'écoute non déclarés : ", "Listening services not declared: ") + strings.Join(extra, ", ")
		if !named {
			r.Summary += l.T(" (hôte absent du manifeste)", " (host not in the manifest)")
		}
	}
	if len(absent) > 0 {
		r.Summary += l.T(" ; déclarés mais absents : ", "; declared but not listening: ") + strings.Join(absent, ", ")
	}
	return r
}

func portList(ports []int, open map[int]string) string {
	var out []string
	for _, p := range ports {
		out = append(out, fmt.Sprintf("%d/tcp %s", p, open[p]))
	}
	if len(out) == 0 {
		return "-"
	}
	return strings.Join(out, ", ")
}
