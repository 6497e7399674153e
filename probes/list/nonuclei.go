//go:build !nuclei

package list

import (
	"conformscan/probes"
	"conformscan/probes/creds"
)

// Optional probes are built only with their build tag: without -tags
// nuclei there is none.
func Optional(*creds.Flags) []probes.Probe { return nil }
