// conformscan patch: zcrypto's x509 had no system roots on Windows (the
// build failed: loadSystemRoots undefined). They are read from the
// current user's and the machine's ROOT stores (what the certificate
// manager shows as trusted roots, the hospital's PKI among them when
// deployed by group policy).

//go:build windows

package x509

import (
	"syscall"
	"unsafe"
)

func loadSystemRoots() (*CertPool, error) {
	pool := NewCertPool()
	for _, name := range []string{"ROOT", "CA"} {
		if err := addStore(pool, name, name == "ROOT"); err != nil {
			return nil, err
		}
	}
	return pool, nil
}

// addStore adds the certificates of one system store; intermediates
// ("CA") are added only when they are self-signed roots.
func addStore(pool *CertPool, name string, all bool) error {
	store, err := syscall.CertOpenSystemStore(0, syscall.StringToUTF16Ptr(name))
	if err != nil {
		return err
	}
	defer syscall.CertCloseStore(store, 0)
	var cur *syscall.CertContext
	for {
		cur, err = syscall.CertEnumCertificatesInStore(store, cur)
		if err != nil || cur == nil {
			return nil // the end of the store
		}
		if cur.Length == 0 {
			continue
		}
		der := unsafe.Slice(cur.EncodedCert, cur.Length)
		c, err := ParseCertificate(append([]byte(nil), der...))
		if err != nil {
			continue
		}
		if all || c.SelfSigned {
			pool.AddCert(c)
		}
	}
}
