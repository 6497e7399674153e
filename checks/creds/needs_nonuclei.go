//go:build !nuclei

package creds

// optionalNeeds are the probes built only with a tag that feed 8.3: none
// without -tags nuclei.
func optionalNeeds() []string { return nil }
