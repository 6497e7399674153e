package bastion

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
)

// nftDoc is the output of 'nft -j list ruleset'.
type nftDoc struct {
	Nftables []map[string]json.RawMessage `json:"nftables"`
}

type nftChain struct {
	Family, Table, Name, Hook, Policy string
	Type                              string `json:"type"`
}

type nftRule struct {
	Family, Table, Chain string
	Handle               int
	Expr                 []map[string]json.RawMessage `json:"expr"`
}

type nftSet struct {
	Family, Table, Name string
	Elem                []json.RawMessage `json:"elem"`
}

// ParseNftJSON normalises an 'nft -j list ruleset' document: the chains
// of the ip, ip6 and inet families with their rules. Anything not
// understood in a rule is named in the rule's Unknown; a document that
// is not nft's JSON is an error.
func ParseNftJSON(source string, b []byte) (*Ruleset, error) {
	var doc nftDoc
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("nft JSON: %w", err)
	}
	if doc.Nftables == nil {
		return nil, errors.New("nft JSON: no \"nftables\" array")
	}
	rs := &Ruleset{Source: source, Chains: []Chain{}}
	sets := map[string][]json.RawMessage{}
	index := map[string]int{}
	for _, obj := range doc.Nftables {
		switch {
		case obj["set"] != nil:
			var s nftSet
			if json.Unmarshal(obj["set"], &s) == nil {
				sets[s.Family+" "+s.Table+" "+s.Name] = s.Elem
			}
		case obj["chain"] != nil:
			var c nftChain
			if err := json.Unmarshal(obj["chain"], &c); err != nil {
				return nil, fmt.Errorf("nft JSON chain: %w", err)
			}
			if !ipFamily(c.Family) {
				continue
			}
			ch := Chain{Name: c.Family + " " + c.Table + " " + c.Name, IPv6Only: c.Family == "ip6"}
			if c.Hook == "input" && (c.Type == "filter" || c.Type == "") {
				ch.Hook, ch.Policy = "input", strings.ToLower(c.Policy)
				if ch.Policy == "" {
					ch.Policy = "accept"
				}
			}
			index[ch.Name] = len(rs.Chains)
			rs.Chains = append(rs.Chains, ch)
		}
	}
	for _, obj := range doc.Nftables {
		if obj["rule"] == nil {
			continue
		}
		var r nftRule
		if err := json.Unmarshal(obj["rule"], &r); err != nil {
			return nil, fmt.Errorf("nft JSON rule: %w", err)
		}
		i, ok := index[r.Family+" "+r.Table+" "+r.Chain]
		if !ok {
			continue
		}
		rs.Chains[i].Rules = append(rs.Chains[i].Rules, nftToRule(r, sets))
	}
	return rs, nil
}

func ipFamily(f string) bool { return f == "ip" || f == "ip6" || f == "inet" }

// nftToRule normalises one rule's expressions.
func nftToRule(r nftRule, sets map[string][]json.RawMessage) Rule {
	out := Rule{Where: fmt.Sprintf("nft %s %s %s handle %d", r.Family, r.Table, r.Chain, r.Handle), IPv6Only: r.Family == "ip6"}
	var text []string
	for _, e := range r.Expr {
		for k, v := range e {
			text = append(text, nftExpr(&out, k, v, r, sets))
		}
	}
	out.Text = strings.Join(text, " ")
	return out
}

// nftExpr applies one expression to the rule and returns its text.
func nftExpr(out *Rule, k string, v json.RawMessage, r nftRule, sets map[string][]json.RawMessage) string {
	switch k {
	case "accept", "drop", "return":
		out.Verdict = k
		return k
	case "reject":
		out.Verdict = "reject"
		return k
	case "jump", "goto":
		var t struct{ Target string }
		_ = json.Unmarshal(v, &t)
		out.Verdict, out.Target = k, r.Family+" "+r.Table+" "+t.Target
		return k + " " + t.Target
	case "vmap", "queue", "dnat", "redirect":
		// A verdict the simulation does not follow.
		out.Verdict = "unknown"
		out.Unknown = append(out.Unknown, k)
		return k
	case "counter", "log", "limit", "notrack", "meta_set", "mangle", "quota":
		return k
	case "match":
		return nftMatch(out, v, r, sets)
	}
	out.Unknown = append(out.Unknown, k)
	return k
}

type nftMatchExpr struct {
	Op    string          `json:"op"`
	Left  json.RawMessage `json:"left"`
	Right json.RawMessage `json:"right"`
}

// nftMatch reads one match: tcp/udp/th dport, ip/ip6 saddr, ct state,
// meta iif/iifname/l4proto.
func nftMatch(out *Rule, v json.RawMessage, r nftRule, sets map[string][]json.RawMessage) string {
	var m nftMatchExpr
	var left struct {
		Payload *struct{ Protocol, Field string } `json:"payload"`
		Meta    *struct{ Key string }             `json:"meta"`
		Ct      *struct{ Key string }             `json:"ct"`
	}
	if json.Unmarshal(v, &m) != nil || json.Unmarshal(m.Left, &left) != nil {
		out.Unknown = append(out.Unknown, "match")
		return "match ?"
	}
	neg := m.Op == "!="
	if m.Op != "==" && m.Op != "!=" && m.Op != "in" {
		out.Unknown = append(out.Unknown, "match op "+m.Op)
		return "match " + m.Op
	}
	right := nftValues(m.Right, r, sets)
	text := string(m.Left) + " " + m.Op + " " + strings.Join(right, ",")
	switch {
	case left.Payload != nil && left.Payload.Field == "dport":
		out.Ports, out.PortsNeg = parsePorts(right, out), neg
		if p := left.Payload.Protocol; p == "tcp" || p == "udp" {
			out.Proto = p
		}
		text = left.Payload.Protocol + " dport " + opText(neg) + strings.Join(right, ",")
	case left.Payload != nil && left.Payload.Field == "saddr" && (left.Payload.Protocol == "ip" || left.Payload.Protocol == "ip6"):
		out.Src, out.SrcNeg = right, neg
		out.IPv6Only = out.IPv6Only || left.Payload.Protocol == "ip6"
		text = left.Payload.Protocol + " saddr " + opText(neg) + strings.Join(right, ",")
	case left.Ct != nil && left.Ct.Key == "state":
		out.States, out.StatesNeg = right, neg
		text = "ct state " + opText(neg) + strings.Join(right, ",")
	case left.Meta != nil && (left.Meta.Key == "iif" || left.Meta.Key == "iifname") && len(right) == 1:
		out.Iif, out.IifNeg = right[0], neg
		text = left.Meta.Key + " " + opText(neg) + right[0]
	case left.Payload != nil && (left.Payload.Protocol == "ip" && left.Payload.Field == "protocol" || left.Payload.Protocol == "ip6" && left.Payload.Field == "nexthdr") && len(right) == 1 && !neg:
		out.Proto = right[0]
		out.IPv6Only = out.IPv6Only || left.Payload.Protocol == "ip6"
		text = left.Payload.Protocol + " " + left.Payload.Field + " " + right[0]
	case left.Meta != nil && left.Meta.Key == "l4proto" && len(right) == 1 && !neg:
		out.Proto = right[0]
		text = "meta l4proto " + right[0]
	default:
		out.Unknown = append(out.Unknown, text)
	}
	return text
}

func opText(neg bool) string {
	if neg {
		return "!= "
	}
	return ""
}

// nftValues flattens a match's right side: a value, a set, a range, a
// prefix, or a named set (@name) of the rule's table.
func nftValues(raw json.RawMessage, r nftRule, sets map[string][]json.RawMessage) []string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		if name, ok := strings.CutPrefix(s, "@"); ok {
			var out []string
			for _, e := range sets[r.Family+" "+r.Table+" "+name] {
				out = append(out, nftValues(e, r, sets)...)
			}
			if out == nil {
				return []string{"@" + name + "?"}
			}
			return out
		}
		return []string{s}
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return []string{n.String()}
	}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) == nil {
		var out []string
		for _, e := range list {
			out = append(out, nftValues(e, r, sets)...)
		}
		return out
	}
	var obj struct {
		Set    []json.RawMessage `json:"set"`
		Range  []json.RawMessage `json:"range"`
		Prefix *struct {
			Addr string
			Len  int
		} `json:"prefix"`
		Elem *struct {
			Val json.RawMessage `json:"val"`
		} `json:"elem"`
	}
	if json.Unmarshal(raw, &obj) != nil {
		return []string{"?"}
	}
	switch {
	case obj.Set != nil:
		var out []string
		for _, e := range obj.Set {
			out = append(out, nftValues(e, r, sets)...)
		}
		return out
	case len(obj.Range) == 2:
		lo, hi := nftValues(obj.Range[0], r, sets), nftValues(obj.Range[1], r, sets)
		if len(lo) == 1 && len(hi) == 1 {
			return []string{lo[0] + "-" + hi[0]}
		}
	case obj.Prefix != nil:
		return []string{obj.Prefix.Addr + "/" + strconv.Itoa(obj.Prefix.Len)}
	case obj.Elem != nil:
		return nftValues(obj.Elem.Val, r, sets)
	}
	return []string{"?"}
}

// parsePorts reads "22", "5985-5986", service names of the admin ports;
// anything else is recorded as unknown.
func parsePorts(vals []string, out *Rule) []PortRange {
	names := map[string]int{"ssh": 22, "ms-wbt-server": 3389, "rdp": 3389, "wsman": 5985, "wsmans": 5986, "http": 80, "https": 443}
	var ps []PortRange
	for _, v := range vals {
		lo, hi, isRange := strings.Cut(v, "-")
		a, errA := strconv.Atoi(lo)
		b := a
		var errB error
		if isRange {
			b, errB = strconv.Atoi(hi)
		}
		if n, ok := names[v]; ok {
			a, b, errA, errB = n, n, nil, nil
		}
		if errA != nil || errB != nil || a < 0 || b > 65535 || a > b {
			out.Unknown = append(out.Unknown, "port "+v)
			continue
		}
		ps = append(ps, PortRange{Lo: a, Hi: b})
	}
	if ps == nil {
		ps = []PortRange{}
	}
	return ps
}

// InPrefix tells whether addr (an address or CIDR) lies inside one of
// the bastion's prefixes; names ("LocalSubnet", "host.example") never do.
func InPrefix(addr string, bastion []netip.Prefix) bool {
	p, err := netip.ParsePrefix(addr)
	if err != nil {
		a, aerr := netip.ParseAddr(addr)
		if aerr != nil {
			return false
		}
		p = netip.PrefixFrom(a, a.BitLen())
	}
	for _, b := range bastion {
		if b.Bits() <= p.Bits() && b.Contains(p.Addr()) {
			return true
		}
	}
	return false
}
