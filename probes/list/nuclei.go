//go:build nuclei

package list

import (
	"conformscan/probes"
	"conformscan/probes/creds"
	"conformscan/probes/nuclei"
)

// Optional probes are built only with their build tag: the nuclei engine
// (-tags nuclei, as `make build` does). It is off with --no-creds.
func Optional(logins *creds.Flags) []probes.Probe {
	f := nuclei.DefaultFlags()
	f.Off = func() string {
		if logins.NoCreds {
			return "--no-creds: no login tried"
		}
		return ""
	}
	// One lockout budget for the native login tries and the templates.
	f.Budget = logins.Ledger
	return []probes.Probe{nuclei.NewWith(f)}
}
