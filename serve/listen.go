package serve

import (
	"fmt"
	"net"
	"net/netip"
)

// Loopback tells whether a listen address binds the loopback interface
// only: its host must be a loopback IP address (a name, "localhost"
// included, or an empty host binding every interface is not).
func Loopback(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, fmt.Errorf("--listen %q: write host:port (127.0.0.1:8443): %w", addr, err)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return false, nil
	}
	return ip.Unmap().IsLoopback(), nil
}

// CheckListen refuses to serve on anything but loopback without TLS and a
// login: the history holds every weakness found in the solutions audited.
func CheckListen(addr string, tls bool, a Auth) error {
	if a.ProxyHeader != "" && len(a.TrustedProxies) == 0 {
		return fmt.Errorf("--trust-proxy-header needs --trusted-proxy CIDR: the proxy's address")
	}
	lo, err := Loopback(addr)
	if err != nil || lo {
		return err
	}
	switch {
	case !tls && !a.Required():
		return fmt.Errorf("--listen %s is not a loopback address: give TLS (--tls-cert and --tls-key, or --tls-self-signed) and a login (--users FILE, or --trust-proxy-header with --trusted-proxy)", addr)
	case !tls:
		return fmt.Errorf("--listen %s is not a loopback address: give TLS (--tls-cert and --tls-key, or --tls-self-signed)", addr)
	case !a.Required():
		return fmt.Errorf("--listen %s is not a loopback address: give a login (--users FILE, or --trust-proxy-header with --trusted-proxy)", addr)
	}
	return nil
}
