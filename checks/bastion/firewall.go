package bastion

import (
	"fmt"
	"net/netip"
	"slices"
	"strings"

	bp "conformscan/probes/bastion"
)

// outcome is what the host firewall does with a new TCP connection from
// an IPv4 address outside the bastion to one port.
type outcome int

const (
	unknown outcome = iota
	open
	restricted
	fallthrough_ // end of a chain reached: its policy, or the caller's next rule
)

// fwVerdict is an outcome and the rule or policy that decides it.
type fwVerdict struct {
	out   outcome
	where string
	text  string
}

// coverage is how much of the non-bastion traffic a rule's conditions
// match: none, some of it, or all of it.
type coverage int

const (
	none coverage = iota
	some
	all
)

// maxJumps bounds chains followed by jump and goto.
const maxJumps = 16

// judgePort simulates the host's input base chains for port: one that
// drops is enough (a packet must pass every base chain); one that cannot
// be decided makes the port unknown unless another drops; no base chain
// at all is no filtering.
func judgePort(rss []bp.Ruleset, port int, b []netip.Prefix) fwVerdict {
	var first *fwVerdict
	var unk *fwVerdict
	bases := 0
	for _, rs := range rss {
		for _, ch := range rs.Chains {
			if ch.Hook != "input" || ch.IPv6Only {
				continue
			}
			bases++
			v := baseChain(rs, ch, port, b)
			switch v.out {
			case restricted:
				return v
			case unknown:
				if unk == nil {
					unk = &v
				}
			default:
				if first == nil {
					first = &v
				}
			}
		}
	}
	switch {
	case unk != nil:
		return *unk
	case bases == 0:
		return fwVerdict{out: open, where: "-", text: "no input filtering rule (no nftables, iptables or Windows Firewall input chain)"}
	}
	return *first
}

func baseChain(rs bp.Ruleset, ch bp.Chain, port int, b []netip.Prefix) fwVerdict {
	var v fwVerdict
	if rs.BlockWins {
		v = blockWins(ch, port, b)
	} else {
		v = walk(rs, ch, port, b, 0)
	}
	if v.out != fallthrough_ {
		return v
	}
	if ch.Policy == "drop" {
		return fwVerdict{out: restricted, where: rs.Source + ": " + ch.Name, text: "policy drop"}
	}
	return fwVerdict{out: open, where: rs.Source + ": " + ch.Name, text: "policy " + ch.Policy}
}

// walk applies a chain's rules in order. Once a rule has returned part
// of the traffic, a later drop no longer covers all of it: the chain
// then falls through, and the caller (or the base chain's policy)
// decides.
func walk(rs bp.Ruleset, ch bp.Chain, port int, b []netip.Prefix, depth int) fwVerdict {
	returned := false
	for _, r := range ch.Rules {
		c := matches(r, port, b)
		if c == none {
			continue
		}
		if len(r.Unknown) > 0 {
			c = some
		}
		here := fwVerdict{where: r.Where, text: r.Text}
		switch r.Verdict {
		case "accept":
			if len(r.Unknown) > 0 {
				here.out, here.text = unknown, r.Text+" (not interpreted: "+strings.Join(r.Unknown, ", ")+")"
				return here
			}
			here.out = open
			return here
		case "drop", "reject":
			if c == all && returned {
				return fwVerdict{out: fallthrough_}
			}
			if c == all {
				here.out = restricted
				return here
			}
		case "jump", "goto":
			sub, ok := chainOf(rs, r.Target)
			if !ok || depth >= maxJumps {
				here.out, here.text = unknown, r.Text+" (target chain not found or too deep)"
				return here
			}
			v := walk(rs, sub, port, b, depth+1)
			if v.out == open || v.out == unknown || (v.out == restricted && c == all && !returned) {
				return v
			}
			if r.Verdict == "goto" && v.out == fallthrough_ {
				// The end of a goto's chain ends this one too.
				if c == all {
					return v
				}
				returned = true
			}
		case "unknown":
			here.out, here.text = unknown, r.Text+" (verdict not followed: "+strings.Join(r.Unknown, ", ")+")"
			return here
		case "return":
			if c == all {
				return fwVerdict{out: fallthrough_}
			}
			returned = true
		}
	}
	return fwVerdict{out: fallthrough_}
}

// blockWins applies the Windows Firewall model: a block rule matching
// the traffic wins, else an allow rule, else the default.
func blockWins(ch bp.Chain, port int, b []netip.Prefix) fwVerdict {
	for _, r := range ch.Rules {
		if r.Verdict == "drop" && len(r.Unknown) == 0 && matches(r, port, b) == all {
			return fwVerdict{out: restricted, where: r.Where, text: r.Text}
		}
	}
	for _, r := range ch.Rules {
		if r.Verdict == "accept" && matches(r, port, b) != none {
			if len(r.Unknown) > 0 {
				return fwVerdict{out: unknown, where: r.Where, text: r.Text + " (not interpreted: " + strings.Join(r.Unknown, ", ") + ")"}
			}
			return fwVerdict{out: open, where: r.Where, text: r.Text}
		}
	}
	return fwVerdict{out: fallthrough_}
}

func chainOf(rs bp.Ruleset, name string) (bp.Chain, bool) {
	for _, c := range rs.Chains {
		if c.Name == name {
			return c, true
		}
	}
	return bp.Chain{}, false
}

// matches tells how much of the new IPv4 TCP traffic from outside the
// bastion to port a rule's conditions cover.
func matches(r bp.Rule, port int, b []netip.Prefix) coverage {
	if r.IPv6Only || (r.Proto != "" && r.Proto != "tcp") {
		return none
	}
	if r.Ports != nil && inPorts(r.Ports, port) == r.PortsNeg {
		return none
	}
	if r.States != nil && slices.Contains(r.States, "new") == r.StatesNeg {
		return none
	}
	c := all
	switch {
	case r.Iif == "lo" && !r.IifNeg:
		return none
	case r.Iif != "" && r.Iif != "lo":
		c = some
	}
	return min(c, srcCoverage(r, b))
}

func inPorts(ps []bp.PortRange, port int) bool {
	for _, p := range ps {
		if port >= p.Lo && port <= p.Hi {
			return true
		}
	}
	return false
}

// srcCoverage: a source list inside the bastion covers no outside
// traffic (all of it when negated); one reaching outside covers some of
// it (0.0.0.0/0 all of it).
func srcCoverage(r bp.Rule, b []netip.Prefix) coverage {
	if r.Src == nil {
		return all
	}
	inside := true
	for _, s := range r.Src {
		if s == "0.0.0.0/0" && !r.SrcNeg {
			return all
		}
		inside = inside && bp.InPrefix(s, b)
	}
	switch {
	case inside && r.SrcNeg:
		return all
	case inside:
		return none
	}
	return some
}

// describe renders a verdict for evidence.
func (v fwVerdict) describe() string {
	if v.text == "" {
		return v.where
	}
	return fmt.Sprintf("%s « %s »", v.where, v.text)
}
