//go:build !nuclei

package list

import "conformscan/probes"

// Optional probes are built only with their build tag: without -tags
// nuclei there is none.
func Optional() []probes.Probe { return nil }
