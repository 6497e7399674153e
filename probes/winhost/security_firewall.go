package winhost

// Firewall is the Windows Firewall as the collectors read it
// (Get-NetFirewallProfile, Get-NetFirewallRule with its port and address
// filters): the profiles and the inbound rules. Nil when not collected.
type Firewall struct {
	Profiles []FirewallProfile `json:"profiles"`
	Rules    []FirewallRule    `json:"rules"`
}

// FirewallProfile is one profile (Domain, Private, Public).
type FirewallProfile struct {
	Name    string `json:"name"`
	Enabled bool   `json:"enabled"`
	// DefaultInbound is "block" or "allow" (Windows' default: block).
	DefaultInbound string `json:"default_inbound"`
}

// FirewallRule is one inbound rule.
type FirewallRule struct {
	Name    string `json:"name"`
	Enabled bool   `json:"enabled"`
	// Direction is "in" or "out"; Action "allow" or "block".
	Direction string `json:"direction"`
	Action    string `json:"action"`
	// Protocol is "tcp", "udp" or "any".
	Protocol string `json:"protocol"`
	// LocalPorts are "3389", "5985-5986" or "any".
	LocalPorts []string `json:"local_ports"`
	// RemoteAddresses are addresses, CIDRs, ranges, keywords
	// ("LocalSubnet") or "any".
	RemoteAddresses []string `json:"remote_addresses"`
	// Profiles the rule applies to ("any", "domain", "private", "public").
	Profiles []string `json:"profiles,omitempty"`
}
