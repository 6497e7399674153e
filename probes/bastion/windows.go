package bastion

import (
	"fmt"
	"slices"
	"strings"

	"conformscan/probes/winhost"
)

// FromSnapshot fills the facts of a Windows host from its snapshot: the
// administration ports listening and the Windows Firewall as a ruleset
// where a block rule wins over an allow rule.
func FromSnapshot(f *Facts, s *winhost.Snapshot) {
	f.Windows = true
	for _, p := range s.Problems {
		switch p.Source {
		case "sockets":
			f.Unread = append(f.Unread, Unread{What: UnreadListening, Path: s.Host + " sockets", Reason: p.Error})
		case "firewall":
			f.Unread = append(f.Unread, Unread{What: UnreadFirewall, Path: s.Host + " firewall", Reason: p.Error})
		}
	}
	if s.Sockets != nil {
		f.ListeningRead = true
		for _, so := range s.Sockets {
			if so.Proto == "tcp" && slices.Contains(AdminPorts(), so.Port) && !loopback(so.Address) && !slices.Contains(f.Listening, so.Port) {
				f.Listening = append(f.Listening, so.Port)
			}
		}
		slices.Sort(f.Listening)
	}
	f.FirewallTools = []string{"Windows Firewall (" + s.Collector + " snapshot of " + s.Host + ")"}
	if s.Security == nil || s.Security.Firewall == nil {
		if len(f.UnreadOf(UnreadFirewall)) == 0 {
			f.Unread = append(f.Unread, Unread{What: UnreadFirewall, Path: s.Host + " firewall", Reason: "the snapshot holds no Windows Firewall section"})
		}
		return
	}
	f.Rulesets = append(f.Rulesets, windowsRuleset(s.Host, s.Security.Firewall))
}

// windowsRuleset is the inbound Windows Firewall as one base chain: its
// policy blocks only when every profile is enabled and blocks by default.
func windowsRuleset(host string, fw *winhost.Firewall) Ruleset {
	ch := Chain{Name: "Windows Firewall " + host, Hook: "input", Policy: "drop"}
	if len(fw.Profiles) == 0 {
		ch.Policy = "accept"
	}
	for _, p := range fw.Profiles {
		if !p.Enabled || !strings.EqualFold(p.DefaultInbound, "block") {
			ch.Policy = "accept"
		}
	}
	for _, wr := range fw.Rules {
		if !wr.Enabled || !strings.EqualFold(wr.Direction, "in") {
			continue
		}
		ch.Rules = append(ch.Rules, windowsRule(wr))
	}
	return Ruleset{Source: "Windows Firewall of " + host, Chains: []Chain{ch}, BlockWins: true}
}

func windowsRule(wr winhost.FirewallRule) Rule {
	r := Rule{Where: "Windows Firewall rule " + fmt.Sprintf("%q", wr.Name), Verdict: "accept"}
	if strings.EqualFold(wr.Action, "block") {
		r.Verdict = "drop"
	}
	if p := strings.ToLower(wr.Protocol); p != "any" && p != "" {
		r.Proto = p
	}
	if !anyValue(wr.LocalPorts) {
		r.Ports = parsePorts(wr.LocalPorts, &r)
	}
	if !anyValue(wr.RemoteAddresses) {
		r.Src = wr.RemoteAddresses
	}
	if r.Verdict == "drop" && !anyValue(wr.Profiles) {
		// A block rule of some profiles only does not block in the
		// others: never taken as a restriction.
		r.Unknown = append(r.Unknown, "profiles "+strings.Join(wr.Profiles, ","))
	}
	r.Text = fmt.Sprintf("%s in %s ports %s from %s", wr.Action, wr.Protocol, strings.Join(wr.LocalPorts, ","), strings.Join(wr.RemoteAddresses, ","))
	return r
}

func anyValue(v []string) bool {
	return len(v) == 0 || slices.ContainsFunc(v, func(s string) bool { return strings.EqualFold(s, "any") || s == "*" })
}
