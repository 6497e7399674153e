// conformscan patch: a darwin/arm64 build without cgo (any cross-build)
// had no loadSystemRoots; it reads the roots with the security tool, as
// the amd64 build without cgo does.

//go:build darwin && !cgo && (arm || arm64) && !ios

package x509

func loadSystemRoots() (*CertPool, error) {
	return execSecurityRoots()
}
