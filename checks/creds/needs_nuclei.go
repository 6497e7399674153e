//go:build nuclei

package creds

import "conformscan/probes/lib/nucleifacts"

// optionalNeeds are the probes built only with a tag that feed 8.3: the
// nuclei probe (-tags nuclei).
func optionalNeeds() []string { return []string{nucleifacts.ID} }
