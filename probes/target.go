// Package probes holds what every probe shares: targets, endpoints and the
// taxonomy of "could not measure" errors. Sub-packages gather facts
// (discovery, cleartext, tls); none of them judges.
package probes

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
)

// DefaultMaxHosts is the largest number of addresses a scan accepts unless
// the user raises it with --max-hosts.
const DefaultMaxHosts = 1024

// Target is one host to scan, as the user named it.
type Target struct {
	// Input is the text the user gave (one line of --target or the file).
	Input string `json:"input"`
	// Host is a hostname or an IP literal (without brackets).
	Host string `json:"host"`
	// Port restricts the scan to one port; 0 means the discovery port list.
	Port int `json:"port,omitempty"`
	// Scheme comes from a URL target ("http", "https"...).
	Scheme string `json:"scheme,omitempty"`
	// Path comes from a URL target.
	Path string `json:"path,omitempty"`
}

// String is the canonical name of the target used in reports: host, or
// host:port when a port was given.
func (t Target) String() string {
	if t.Port == 0 {
		return t.Host
	}
	return net.JoinHostPort(t.Host, strconv.Itoa(t.Port))
}

// IsIP tells whether Host is an IP literal.
func (t Target) IsIP() bool {
	_, err := netip.ParseAddr(t.Host)
	return err == nil
}

// Endpoint is the canonical host:port of a service.
func Endpoint(host string, port int) string {
	return net.JoinHostPort(host, strconv.Itoa(port))
}

// schemePorts gives the default port of URL schemes.
var schemePorts = map[string]int{"http": 80, "https": 443, "ftp": 21, "ftps": 990, "ldap": 389, "ldaps": 636, "smtp": 25, "smtps": 465, "imap": 143, "imaps": 993, "pop3": 110, "pop3s": 995, "ssh": 22, "telnet": 23}

// ParseTarget parses one target: a hostname, an IPv4/IPv6 literal
// (brackets allowed), host:port, [v6]:port, a CIDR range or a URL. A CIDR
// expands to its addresses (network and broadcast included for ranges
// smaller than /31 are skipped as in nmap). maxHosts bounds the expansion.
func ParseTarget(s string, maxHosts int) ([]Target, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return nil, fmt.Errorf("empty target: give a host, host:port, CIDR range or URL")
	}
	if maxHosts <= 0 {
		maxHosts = DefaultMaxHosts
	}
	if strings.Contains(in, "://") {
		return parseURLTarget(in)
	}
	if strings.Contains(in, "/") {
		return expandCIDR(in, maxHosts)
	}
	if addr, err := netip.ParseAddr(strings.Trim(in, "[]")); err == nil {
		if addr.Zone() != "" {
			return nil, fmt.Errorf("target %q: IPv6 zones are not supported; give a global or loopback address", in)
		}
		return []Target{{Input: in, Host: addr.String()}}, nil
	}
	if host, portStr, err := net.SplitHostPort(in); err == nil {
		port, perr := parsePort(portStr)
		if perr != nil {
			return nil, fmt.Errorf("target %q: %w", in, perr)
		}
		h, herr := checkHost(host)
		if herr != nil {
			return nil, fmt.Errorf("target %q: %w", in, herr)
		}
		return []Target{{Input: in, Host: h, Port: port}}, nil
	}
	h, err := checkHost(in)
	if err != nil {
		return nil, fmt.Errorf("target %q: %w", in, err)
	}
	return []Target{{Input: in, Host: h}}, nil
}

func parseURLTarget(in string) ([]Target, error) {
	u, err := url.Parse(in)
	if err != nil {
		return nil, fmt.Errorf("target %q: not a valid URL: %w", in, err)
	}
	scheme := strings.ToLower(u.Scheme)
	def, ok := schemePorts[scheme]
	if !ok {
		return nil, fmt.Errorf("target %q: unknown URL scheme %q; use http, https, ftp, ldap, ldaps, smtp, imap, pop3, ssh or give host:port", in, u.Scheme)
	}
	if u.Hostname() == "" {
		return nil, fmt.Errorf("target %q: the URL has no host", in)
	}
	h, err := checkHost(u.Hostname())
	if err != nil {
		return nil, fmt.Errorf("target %q: %w", in, err)
	}
	port := def
	if p := u.Port(); p != "" {
		if port, err = parsePort(p); err != nil {
			return nil, fmt.Errorf("target %q: %w", in, err)
		}
	}
	return []Target{{Input: in, Host: h, Port: port, Scheme: scheme, Path: u.Path}}, nil
}

func parsePort(s string) (int, error) {
	p, err := strconv.Atoi(s)
	if err != nil || p < 1 || p > 65535 {
		return 0, fmt.Errorf("port %q is not a number between 1 and 65535", s)
	}
	return p, nil
}

// checkHost accepts IP literals and RFC 1123 hostnames.
func checkHost(h string) (string, error) {
	h = strings.Trim(h, "[]")
	if addr, err := netip.ParseAddr(h); err == nil {
		return addr.String(), nil
	}
	if len(h) == 0 || len(h) > 253 {
		return "", fmt.Errorf("%q is not a valid hostname or IP address", h)
	}
	labels := strings.Split(strings.TrimSuffix(h, "."), ".")
	if strings.Trim(labels[len(labels)-1], "0123456789") == "" {
		// An all-numeric last label is a mistyped IP address, not a name.
		return "", fmt.Errorf("%q is not a valid hostname or IP address", h)
	}
	for _, label := range labels {
		if len(label) == 0 || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return "", fmt.Errorf("%q is not a valid hostname or IP address", h)
		}
		for _, c := range label {
			if !(c == '-' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return "", fmt.Errorf("%q is not a valid hostname or IP address (character %q)", h, c)
			}
		}
	}
	return strings.ToLower(strings.TrimSuffix(h, ".")), nil
}

func expandCIDR(in string, maxHosts int) ([]Target, error) {
	prefix, err := netip.ParsePrefix(in)
	if err != nil {
		return nil, fmt.Errorf("target %q: not a valid CIDR range (example: 192.0.2.0/28): %v", in, err)
	}
	prefix = prefix.Masked()
	hostBits := prefix.Addr().BitLen() - prefix.Bits()
	if hostBits > 30 || 1<<hostBits > maxHosts {
		size := "more than 2^30"
		if hostBits <= 30 {
			size = strconv.Itoa(1 << hostBits)
		}
		return nil, fmt.Errorf("target %q: the range has %s addresses, over the limit of %d; narrow it or raise --max-hosts", in, size, maxHosts)
	}
	var out []Target
	addr := prefix.Addr()
	n := 1 << hostBits
	for i := 0; i < n; i++ {
		// Skip network and broadcast addresses of IPv4 ranges wider than /31.
		skip := addr.Is4() && hostBits >= 2 && (i == 0 || i == n-1)
		if !skip {
			out = append(out, Target{Input: in, Host: addr.String()})
		}
		addr = addr.Next()
	}
	return out, nil
}

// ParseTargets parses every input (flags and file lines), removes
// duplicates, and refuses more than maxHosts targets in total.
func ParseTargets(inputs []string, maxHosts int) ([]Target, error) {
	if maxHosts <= 0 {
		maxHosts = DefaultMaxHosts
	}
	var out []Target
	seen := map[string]bool{}
	for _, in := range inputs {
		ts, err := ParseTarget(in, maxHosts)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			key := t.String() + "|" + t.Scheme
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, t)
		}
		if len(out) > maxHosts {
			return nil, fmt.Errorf("%d targets exceed the limit of %d; narrow the ranges or raise --max-hosts", len(out), maxHosts)
		}
	}
	return out, nil
}

// ReadTargetsFile reads one target per line; blank lines and lines starting
// with # are ignored. Errors name the line.
func ReadTargetsFile(r io.Reader, name string) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 64*1024)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if i := strings.Index(s, " #"); i >= 0 {
			s = strings.TrimSpace(s[:i])
		}
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if _, err := ParseTarget(s, 1<<30); err != nil && !strings.Contains(err.Error(), "over the limit") {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading targets file %s: %w", name, err)
	}
	return out, nil
}
