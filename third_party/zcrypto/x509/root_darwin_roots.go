// conformscan patch: zcrypto's x509 returned no system roots on macOS;
// they are read from the system's root keychain with the security tool
// (no cgo needed), as Go's crypto/x509 did before it used the platform
// verifier.

//go:build darwin && !ios

package x509

import (
	"context"
	"os/exec"
	"time"
)

var keychains = []string{
	"/System/Library/Keychains/SystemRootCertificates.keychain",
	"/Library/Keychains/System.keychain",
}

func securityRoots() (*CertPool, error) {
	pool := NewCertPool()
	for _, kc := range keychains {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		out, err := exec.CommandContext(ctx, "/usr/bin/security", "find-certificate", "-a", "-p", kc).Output()
		cancel()
		if err != nil {
			continue
		}
		pool.AppendCertsFromPEM(out)
	}
	return pool, nil
}
