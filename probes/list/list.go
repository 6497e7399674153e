// Package list is the explicit list of every probe, grouped by family.
// Adding a probe means adding one line here; a test validates the whole set.
package list

import (
	"conformscan/probes"
	"conformscan/probes/cleartext"
	"conformscan/probes/discovery"
	tlsprobe "conformscan/probes/tls"
	"conformscan/probes/wifi"
)

// Network probes run on hosts and their open endpoints.
func Network() []probes.Probe {
	return []probes.Probe{
		discovery.New(),
		cleartext.New(),
		tlsprobe.New(),
		wifi.New(),
	}
}

// All returns a fresh set of every probe, each with its own options, in
// the order they run on a subject.
func All() []probes.Probe {
	return concat(
		Network(),
	)
}

func concat(groups ...[]probes.Probe) []probes.Probe {
	var out []probes.Probe
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}
