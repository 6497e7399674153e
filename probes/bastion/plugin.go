package bastion

import (
	"conformscan/probes"
	"conformscan/probes/hostaccess"
)

// ID is the host probe's ID.
const ID = "bastion"

// New returns the host probe: on the local machine (--local), over SSH,
// on an offline root or from a Windows snapshot.
func New() probes.Probe {
	return hostaccess.HostProbe(ID,
		"What restricts a host's administration to the bastion: sshd AllowUsers user@host, Match Address and ListenAddress (with Include files), nftables (nft -j list ruleset) and iptables (iptables-save) input rules, Windows Firewall inbound rules, and the administration ports listening.",
		nil, Collect)
}

// FactsOf returns the host probe's facts on a subject (nil when none).
func FactsOf(s *probes.Subject) *Facts { return hostaccess.FactOf[Facts](s, ID) }
