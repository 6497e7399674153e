package main

import "conformscan/checks"

// configureTLS applies --tls-profile (a built-in name or a YAML file).
func configureTLS(f *scanFlags, plan *checks.Plan) error {
	p, err := checks.LoadTLSProfile(f.tlsProfile)
	if err != nil {
		return usageError{err}
	}
	plan.Settings.TLSProfile = p
	return nil
}
