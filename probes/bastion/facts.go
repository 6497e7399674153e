// Package bastion reads, through the host-access layer, what decides
// whether a host can be administered only from the hospital's bastion
// (grid ref 8.20): sshd's source restrictions (AllowUsers user@host,
// Match Address blocks, ListenAddress), the host firewall's input rules
// (nftables JSON, iptables-save, Windows Firewall from the Windows
// snapshot) and which administration ports listen. Firewall rules are
// normalised into one model the check simulates; the probe judges
// nothing. A second probe (NewReach) measures from the network side
// which administration ports the scanner itself reaches, and from which
// source address.
package bastion

// Setting is one configuration value and where it was read.
type Setting struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Where string `json:"where"`
}

// MatchBlock is one sshd Match block: its criteria and its keywords.
type MatchBlock struct {
	Criteria string    `json:"criteria"`
	Where    string    `json:"where"`
	Settings []Setting `json:"settings,omitempty"`
}

// SSHD is the sshd configuration read (sshd_config and its Include files).
type SSHD struct {
	Config string `json:"config"`
	// Ports, ListenAddresses, AllowUsers, AllowGroups are the global
	// keywords (every occurrence, in file order).
	Ports           []Setting    `json:"ports,omitempty"`
	ListenAddresses []Setting    `json:"listen_addresses,omitempty"`
	AllowUsers      []Setting    `json:"allow_users,omitempty"`
	AllowGroups     []Setting    `json:"allow_groups,omitempty"`
	DenyUsers       []Setting    `json:"deny_users,omitempty"`
	Matches         []MatchBlock `json:"matches,omitempty"`
}

// PortRange is an inclusive range of ports.
type PortRange struct {
	Lo int `json:"lo"`
	Hi int `json:"hi"`
}

// Rule is one firewall rule, normalised: the conditions the check's
// simulation understands, and Unknown for those it does not.
type Rule struct {
	// Where names the rule ("nft inet filter input handle 7",
	// "iptables-save filter INPUT line 12", "Windows Firewall rule X").
	Where string `json:"where"`
	Text  string `json:"text"`
	// Proto: "" (any), "tcp", "udp"...
	Proto string `json:"proto,omitempty"`
	// Ports are the destination ports (nil: any); PortsNeg inverts them.
	Ports    []PortRange `json:"ports,omitempty"`
	PortsNeg bool        `json:"ports_neg,omitempty"`
	// Src are the source prefixes (nil: any); SrcNeg inverts them. A
	// prefix that is not an address or CIDR ("LocalSubnet") stays as
	// written: the check treats it as outside the bastion.
	Src    []string `json:"src,omitempty"`
	SrcNeg bool     `json:"src_neg,omitempty"`
	// IPv6Only: the rule matches IPv6 packets only (ip6 saddr, ip6 table).
	IPv6Only bool `json:"ipv6_only,omitempty"`
	// Iif is the input interface matched ("" any); IifNeg inverts it.
	Iif    string `json:"iif,omitempty"`
	IifNeg bool   `json:"iif_neg,omitempty"`
	// States are the conntrack states matched (nil: any).
	States    []string `json:"states,omitempty"`
	StatesNeg bool     `json:"states_neg,omitempty"`
	// Verdict: accept, drop, reject, jump, goto, return, "unknown" (a
	// verdict map, a queue...), or "" (the rule only counts or logs).
	// Target is the chain of jump and goto.
	Verdict string `json:"verdict,omitempty"`
	Target  string `json:"target,omitempty"`
	// Unknown names the conditions not understood.
	Unknown []string `json:"unknown,omitempty"`
}

// Chain is one chain; Hook is "input" for a base chain that filters the
// host's incoming packets ("" for a regular chain). Policy is accept or
// drop (base chains).
type Chain struct {
	Name   string `json:"name"`
	Hook   string `json:"hook,omitempty"`
	Policy string `json:"policy,omitempty"`
	// IPv6Only: the chain sees IPv6 packets only (an ip6 table).
	IPv6Only bool   `json:"ipv6_only,omitempty"`
	Rules    []Rule `json:"rules,omitempty"`
}

// Ruleset is one source of firewall rules.
type Ruleset struct {
	// Source names it ("nft -j list ruleset on ssh://h", a file).
	Source string  `json:"source"`
	Chains []Chain `json:"chains"`
	// BlockWins: the Windows Firewall model (a block rule wins over an
	// allow rule whatever their order; the default applies when no rule
	// matches). Otherwise rules apply in order.
	BlockWins bool `json:"block_wins,omitempty"`
}

// Unread is a source that exists, or may exist, but could not be read.
type Unread struct {
	What   string `json:"what"`
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// What an unread source feeds.
const (
	UnreadSSHD      = "sshd"
	UnreadFirewall  = "firewall"
	UnreadListening = "listening"
)

// Facts is what the host probe records.
type Facts struct {
	Access  string `json:"access"`
	Offline bool   `json:"offline,omitempty"`
	Windows bool   `json:"windows,omitempty"`
	// SSHD: nil when no sshd_config exists.
	SSHD *SSHD `json:"sshd,omitempty"`
	// Listening are the administration ports (22, 3389, 5985, 5986 and
	// sshd's own) listening on a non-loopback address; ListeningRead
	// tells they were read (never on an offline root).
	Listening     []int `json:"listening,omitempty"`
	ListeningRead bool  `json:"listening_read"`
	// Rulesets are the firewall rules read; FirewallTools name the
	// sources tried (a missing tool is "none installed").
	Rulesets      []Ruleset `json:"rulesets,omitempty"`
	FirewallTools []string  `json:"firewall_tools,omitempty"`
	Unread        []Unread  `json:"unread,omitempty"`
}

// UnreadOf returns the unread sources of one kind.
func (f *Facts) UnreadOf(what string) []Unread {
	var out []Unread
	for _, u := range f.Unread {
		if u.What == what {
			out = append(out, u)
		}
	}
	return out
}

// AdminPorts are the administration ports of ref 8.20: SSH, RDP, WinRM
// over HTTP and HTTPS.
func AdminPorts() []int { return []int{22, 3389, 5985, 5986} }
