package bastion

import (
	"fmt"
	"net/netip"
	"slices"
	"strings"

	"conformscan/checks"
	"conformscan/probes"
	bp "conformscan/probes/bastion"
)

// adminPort is one administration port to judge on a host.
type adminPort struct {
	port int
	sshd bool
}

// portsOf returns the administration ports to judge: those listening
// off loopback (sshd's ports on an offline root, where nothing listens).
func portsOf(f *bp.Facts) []adminPort {
	var sshd []int
	if f.SSHD != nil {
		sshd = sshdPorts(f.SSHD)
	}
	var out []adminPort
	if f.Offline && !f.Windows {
		for _, p := range sshd {
			out = append(out, adminPort{port: p, sshd: true})
		}
		return out
	}
	for _, p := range f.Listening {
		out = append(out, adminPort{port: p, sshd: slices.Contains(sshd, p)})
	}
	return out
}

// evalHost judges every administration port of the host.
func (o *Options) evalHost(in *checks.Input) []checks.Result {
	if len(o.Prefixes) == 0 {
		return documentary(in)
	}
	l := in.Settings.Lang
	f := bp.FactsOf(in.Subject)
	if f == nil {
		why := in.ProbeNotRun(bp.ID)
		if why == "" {
			why = l.T("la sonde "+bp.ID+" n'a rien relevé", "probe "+bp.ID+" recorded nothing")
		}
		return []checks.Result{{Ref: "8.20", Status: checks.StatusManual, Summary: l.T("Non mesuré : ", "Not measured: ") + why}}
	}
	if !f.ListeningRead && !(f.Offline && !f.Windows) {
		return []checks.Result{{Ref: "8.20", Status: checks.StatusError, Evidence: o.unreadEvidence(in, f, bp.UnreadListening),
			Summary: l.T("Ports d'administration à l'écoute non lus : impossible de conclure", "Listening administration ports not read: no conclusion")}}
	}
	ports := portsOf(f)
	if len(ports) == 0 {
		return []checks.Result{o.noAdminPort(in, f)}
	}
	var out []checks.Result
	for _, p := range ports {
		out = append(out, o.judgeHostPort(in, f, p))
	}
	return out
}

// noAdminPort: nothing to restrict on a running host; not observable on
// an offline root without sshd.
func (o *Options) noAdminPort(in *checks.Input, f *bp.Facts) checks.Result {
	l := in.Settings.Lang
	if f.Offline {
		return checks.Result{Ref: "8.20", Status: checks.StatusManual,
			Summary: l.T("Racine hors ligne sans sshd configuré : les ports d'administration à l'écoute ne sont pas observables hors fonctionnement ; auditer la machine démarrée",
				"Offline root without sshd configured: listening administration ports are not observable on an image; audit the running machine")}
	}
	return checks.Result{Ref: "8.20", Status: checks.StatusPass,
		Summary:  l.T("Aucun port d'administration (22, 3389, 5985, 5986) à l'écoute hors boucle locale", "No administration port (22, 3389, 5985, 5986) listening off loopback"),
		Evidence: []checks.Evidence{ev(in, RuleHost, "listening administration ports: none", "only the bastion "+o.bastionText(), f.Access)}}
}

// judgeHostPort: sshd or the firewall restricting to the bastion passes;
// the firewall proved open while sshd does not restrict fails; anything
// not decided is an error.
func (o *Options) judgeHostPort(in *checks.Input, f *bp.Facts, p adminPort) checks.Result {
	l := in.Settings.Lang
	expected := "only the bastion " + o.bastionText()
	r := checks.Result{Ref: "8.20"}
	var sv sshdVerdict
	if p.sshd {
		sv = judgeSSHD(f.SSHD, o.Prefixes)
		r.Evidence = append(r.Evidence, ev(in, RuleHost, fmt.Sprintf("sshd port %d: %s", p.port, sv.text), expected, sv.where))
	}
	fw := judgePort(f.Rulesets, p.port, o.Prefixes)
	unread := f.UnreadOf(bp.UnreadFirewall)
	if fw.out != restricted && len(unread) > 0 {
		fw = fwVerdict{out: unknown, where: unread[0].Path, text: "not read: " + unread[0].Reason}
	}
	r.Evidence = append(r.Evidence, ev(in, RuleHost, fmt.Sprintf("firewall, port %d from outside the bastion: %s", p.port, fw.describe()),
		expected, strings.Join(f.FirewallTools, ", ")))
	r.Evidence = append(r.Evidence, o.unreadEvidence(in, f, bp.UnreadFirewall)...)
	switch {
	case sv.restricted:
		r.Status, r.Summary = checks.StatusPass, fmt.Sprintf(l.T("Port %d : sshd n'accepte que le bastion (%s)", "Port %d: sshd accepts the bastion only (%s)"), p.port, sv.text)
	case fw.out == restricted:
		r.Status, r.Summary = checks.StatusPass, fmt.Sprintf(l.T("Port %d : le pare-feu rejette les sources hors bastion (%s)", "Port %d: the firewall drops sources outside the bastion (%s)"), p.port, fw.describe())
	case fw.out == open:
		r.Status, r.Remediation = checks.StatusFail, remediation(RuleHost, l)
		r.Summary = fmt.Sprintf(l.T("Port d'administration %d ouvert hors bastion : %s", "Administration port %d open outside the bastion: %s"), p.port, fw.describe())
		if p.sshd {
			r.Summary += " ; sshd : " + sv.text
		}
	default:
		r.Status = checks.StatusError
		r.Summary = fmt.Sprintf(l.T("Port %d : filtrage non déterminé (%s)", "Port %d: filtering not decided (%s)"), p.port, fw.describe())
	}
	return r
}

func (o *Options) unreadEvidence(in *checks.Input, f *bp.Facts, what string) []checks.Evidence {
	var out []checks.Evidence
	for _, u := range f.UnreadOf(what) {
		out = append(out, ev(in, RuleHost, "not read: "+u.Reason, "read whole", u.Path))
	}
	return out
}

// evalNetwork judges the administration ports the scanner reached: from
// outside the bastion each one fails; from inside it, reachability is
// what the bastion needs.
func (o *Options) evalNetwork(in *checks.Input) []checks.Result {
	if len(o.Prefixes) == 0 {
		return documentary(in)
	}
	l := in.Settings.Lang
	rf := bp.ReachOf(in.Subject)
	if rf == nil {
		why := in.ProbeNotRun(bp.ReachID)
		if why == "" {
			why = l.T("la sonde "+bp.ReachID+" n'a rien relevé", "probe "+bp.ReachID+" recorded nothing")
		}
		return []checks.Result{{Ref: "8.20", Status: checks.StatusManual, Summary: l.T("Non mesuré : ", "Not measured: ") + why}}
	}
	if tp := in.Subject.Target.Port; len(rf.Ports) == 0 && tp != 0 && !slices.Contains(bp.AdminPorts(), tp) {
		return []checks.Result{{Ref: "8.20", Status: checks.StatusError,
			Summary: fmt.Sprintf(l.T("Ports d'administration non analysés : la cible ne nomme que le port %d (cibler l'hôte sans port pour mesurer 8.20)",
				"Administration ports not scanned: the target names port %d only (target the host without a port to measure 8.20)"), tp)}}
	}
	if len(rf.Ports) == 0 {
		return []checks.Result{{Ref: "8.20", Status: checks.StatusPass,
			Summary:  l.T("Aucun port d'administration ouvert parmi les ports analysés", "No administration port open among the ports scanned"),
			Evidence: []checks.Evidence{ev(in, RuleReach, "administration ports open: none", "none reachable outside the bastion", "discovery "+in.Subject.ID)}}}
	}
	var out []checks.Result
	for _, p := range rf.Ports {
		out = append(out, o.judgeReached(in, p))
	}
	return out
}

func (o *Options) judgeReached(in *checks.Input, p bp.Reached) checks.Result {
	l := in.Settings.Lang
	src := fmt.Sprintf("%s port %d (%s)", in.Subject.ID, p.Port, p.Service)
	r := checks.Result{Ref: "8.20", Target: probesEndpoint(in.Subject.Host, p.Port)}
	if p.From == "" {
		r.Status = checks.StatusError
		r.Summary = fmt.Sprintf(l.T("Port %d (%s) ouvert à la découverte mais connexion impossible ensuite : %s", "Port %d (%s) open at discovery but the connection then failed: %s"), p.Port, p.Service, p.Error)
		r.Evidence = []checks.Evidence{ev(in, RuleReach, "connect failed: "+p.Error, "a measured reachability", src)}
		return r
	}
	from, err := netip.ParseAddrPort(p.From)
	if err != nil {
		r.Status, r.Summary = checks.StatusError, fmt.Sprintf(l.T("Adresse source %q illisible", "Source address %q unreadable"), p.From)
		return r
	}
	inside := bp.InPrefix(from.Addr().Unmap().String(), o.Prefixes)
	r.Evidence = []checks.Evidence{ev(in, RuleReach, fmt.Sprintf("port %d (%s) reachable from %s", p.Port, p.Service, p.From),
		"not reachable from outside the bastion "+o.bastionText(), src)}
	if inside {
		r.Status = checks.StatusPass
		r.Summary = fmt.Sprintf(l.T("Port %d (%s) joignable depuis %s, dans le bastion %s (attendu) ; le filtrage des autres sources se juge sur l'hôte",
			"Port %d (%s) reachable from %s, inside the bastion %s (expected); filtering of other sources is judged on the host"), p.Port, p.Service, p.From, o.bastionText())
		return r
	}
	r.Status, r.Remediation = checks.StatusFail, remediation(RuleReach, l)
	r.Summary = fmt.Sprintf(l.T("Port d'administration %d (%s) joignable depuis %s, hors du bastion %s", "Administration port %d (%s) reachable from %s, outside the bastion %s"),
		p.Port, p.Service, p.From, o.bastionText())
	return r
}

func probesEndpoint(host string, port int) string { return probes.Endpoint(host, port) }
