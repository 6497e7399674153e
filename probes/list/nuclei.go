//go:build nuclei

package list

import (
	"conformscan/probes"
	"conformscan/probes/nuclei"
)

// Optional probes are built only with their build tag: the nuclei engine
// (-tags nuclei, as `make build` does).
func Optional() []probes.Probe {
	return []probes.Probe{
		nuclei.New(),
	}
}
