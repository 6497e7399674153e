package bastion

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// ParseIptablesSave normalises the filter table of an iptables-save
// output (or /etc/iptables/rules.v4): its chains, the INPUT chain as the
// input base chain with its policy, and each -A rule. Options not
// understood are named in the rule's Unknown.
func ParseIptablesSave(source string, b []byte) *Ruleset {
	rs := &Ruleset{Source: source, Chains: []Chain{}}
	index := map[string]int{}
	table := ""
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 4096), maxFile+1)
	for n := 1; sc.Scan(); n++ {
		t := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(t, "*"):
			table = t[1:]
		case table != "filter":
		case strings.HasPrefix(t, ":"):
			f := strings.Fields(t[1:])
			if len(f) < 2 {
				continue
			}
			ch := Chain{Name: "filter " + f[0]}
			if f[0] == "INPUT" {
				ch.Hook, ch.Policy = "input", strings.ToLower(f[1])
			}
			index[f[0]] = len(rs.Chains)
			rs.Chains = append(rs.Chains, ch)
		case strings.HasPrefix(t, "-A "):
			f := strings.Fields(t)
			if len(f) < 2 {
				continue
			}
			i, ok := index[f[1]]
			if !ok {
				index[f[1]] = len(rs.Chains)
				rs.Chains = append(rs.Chains, Chain{Name: "filter " + f[1]})
				i = len(rs.Chains) - 1
			}
			r := iptRule(f[2:])
			r.Where, r.Text = fmt.Sprintf("%s filter %s line %d", source, f[1], n), t
			rs.Chains[i].Rules = append(rs.Chains[i].Rules, r)
		}
	}
	return rs
}

// iptRule reads one rule's options.
func iptRule(f []string) Rule {
	var r Rule
	for i := 0; i < len(f); i++ {
		neg := false
		if f[i] == "!" && i+1 < len(f) {
			neg = true
			i++
		}
		opt := f[i]
		arg := ""
		if i+1 < len(f) {
			arg = f[i+1]
		}
		used := true
		switch opt {
		case "-p", "--protocol":
			r.Proto = strings.ToLower(arg)
		case "-s", "--source":
			r.Src, r.SrcNeg = strings.Split(arg, ","), neg
		case "-i", "--in-interface":
			r.Iif, r.IifNeg = arg, neg
		case "--dport", "--destination-port", "--dports", "--destination-ports":
			r.Ports, r.PortsNeg = parsePorts(strings.Split(strings.ReplaceAll(arg, ":", "-"), ","), &r), neg
		case "--state", "--ctstate":
			r.States, r.StatesNeg = strings.Split(strings.ToLower(arg), ","), neg
		case "-m", "--match":
			if !knownModule(arg) {
				r.Unknown = append(r.Unknown, "-m "+arg)
			}
		case "-j", "--jump", "-g", "--goto":
			r.Verdict, r.Target = iptTarget(opt, arg)
		case "--reject-with", "--log-prefix", "--log-level":
		case "--comment":
			i += quotedLen(f[i+1:])
			continue
		default:
			used = false
			r.Unknown = append(r.Unknown, opt)
		}
		if used && i+1 < len(f) {
			i++
		}
	}
	return r
}

func knownModule(m string) bool {
	switch m {
	case "tcp", "udp", "multiport", "state", "conntrack", "comment":
		return true
	}
	return false
}

// iptTarget maps -j/-g to a verdict; another chain is a jump or goto.
func iptTarget(opt, arg string) (string, string) {
	switch arg {
	case "ACCEPT":
		return "accept", ""
	case "DROP":
		return "drop", ""
	case "REJECT":
		return "reject", ""
	case "RETURN":
		return "return", ""
	case "LOG", "NFLOG":
		return "", ""
	}
	if opt == "-g" || opt == "--goto" {
		return "goto", "filter " + arg
	}
	return "jump", "filter " + arg
}

// quotedLen counts the fields of a quoted comment argument.
func quotedLen(f []string) int {
	if len(f) == 0 || !strings.HasPrefix(f[0], `"`) {
		return 1
	}
	for i, w := range f {
		if (i > 0 || len(w) > 1) && strings.HasSuffix(w, `"`) {
			return i + 1
		}
	}
	return len(f)
}
