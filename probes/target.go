// Package probes holds what every probe shares: targets, endpoints and the
// taxonomy of "could not measure" errors. Sub-packages gather facts
// (discovery, cleartext, tls); none of them judges.
//
// It imports, of this module, only inputs and probes/lib/services: never a
// concrete probe, checks/, reports/ or cmd/.
package probes

import (
	"bufio"
	"conformscan/probes/lib/services"
	"fmt"
	"io"
	"iter"
	"math"
	"net"
	"net/netip"
	"net/url"
	"slices"
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

// urlSchemes are the URL schemes a target may use; their default port is
// the service registry's first port for that service.
var urlSchemes = []string{"http", "https", "ftp", "ftps", "ldap", "ldaps", "smtp", "smtps", "imap", "imaps", "pop3", "pop3s", "ssh", "telnet"}

// schemePort gives the default port of a URL scheme.
func schemePort(scheme string) (int, bool) {
	for _, sc := range urlSchemes {
		if sc == scheme {
			s, ok := services.ByName(scheme)
			if ok && len(s.Ports) > 0 {
				return s.Ports[0], true
			}
		}
	}
	return 0, false
}

// ParseTarget parses one target: a hostname, an IPv4/IPv6 literal
// (brackets allowed), host:port, [v6]:port, a CIDR range or a URL. A CIDR
// expands to its addresses (the network and broadcast addresses of IPv4
// ranges wider than /31 are skipped, as in nmap); a range of more than
// maxHosts addresses is refused before anything is expanded.
func ParseTarget(s string, maxHosts int) ([]Target, error) {
	if maxHosts <= 0 {
		maxHosts = DefaultMaxHosts
	}
	spec, err := ParseTargetSpec(s)
	if err != nil {
		return nil, err
	}
	if err := spec.within(maxHosts); err != nil {
		return nil, err
	}
	return slices.Collect(spec.Targets()), nil
}

// TargetSpec is one parsed target: a single host, or a CIDR range that is
// sized arithmetically and expanded only on demand.
type TargetSpec struct {
	// Input is the text the user gave.
	Input  string
	single Target
	prefix netip.Prefix // valid for a range
}

// ParseTargetSpec parses one target without expanding ranges.
func ParseTargetSpec(s string) (TargetSpec, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return TargetSpec{}, fmt.Errorf("empty target: give a host, host:port, CIDR range or URL")
	}
	if strings.Contains(in, "/") && !strings.Contains(in, "://") {
		return parseRange(in)
	}
	t, err := parseSingle(in)
	if err != nil {
		return TargetSpec{}, err
	}
	return TargetSpec{Input: in, single: t}, nil
}

// Count is the number of targets the spec stands for, computed without
// expanding it; ranges of 2^64 addresses or more count math.MaxUint64.
func (s TargetSpec) Count() uint64 {
	if !s.prefix.IsValid() {
		return 1
	}
	h := s.hostBits()
	if h >= 64 {
		return math.MaxUint64
	}
	n := uint64(1) << h
	if s.skipsEnds() {
		n -= 2
	}
	return n
}

// Targets yields the spec's targets one by one, in address order.
func (s TargetSpec) Targets() iter.Seq[Target] {
	return func(yield func(Target) bool) {
		if !s.prefix.IsValid() {
			yield(s.single)
			return
		}
		addr := s.prefix.Addr()
		if s.skipsEnds() {
			addr = addr.Next()
		}
		for i := uint64(0); i < s.Count() && addr.IsValid() && s.prefix.Contains(addr); i++ {
			if !yield(Target{Input: s.Input, Host: addr.String()}) {
				return
			}
			addr = addr.Next()
		}
	}
}

func (s TargetSpec) hostBits() int { return s.prefix.Addr().BitLen() - s.prefix.Bits() }

// skipsEnds: the network and broadcast addresses of IPv4 ranges wider
// than /31 are not hosts.
func (s TargetSpec) skipsEnds() bool { return s.prefix.Addr().Is4() && s.hostBits() >= 2 }

// within refuses a range of more than maxHosts addresses.
func (s TargetSpec) within(maxHosts int) error {
	if n := s.Count(); n > uint64(maxHosts) {
		size := strconv.FormatUint(n, 10)
		if n == math.MaxUint64 {
			size = fmt.Sprintf("2^%d", s.hostBits())
		}
		return fmt.Errorf("target %q: the range has %s addresses, over the limit of %d; narrow it or raise --max-hosts", s.Input, size, maxHosts)
	}
	return nil
}

// parseSingle parses every form but a range.
func parseSingle(in string) (Target, error) {
	if strings.Contains(in, "://") {
		return parseURLTarget(in)
	}
	if inner, ok := strings.CutPrefix(in, "["); ok && strings.HasSuffix(inner, "]") {
		addr, err := netip.ParseAddr(strings.TrimSuffix(inner, "]"))
		if err != nil {
			return Target{}, fmt.Errorf("target %q: brackets hold an IPv6 address, as in [2001:db8::1] or [2001:db8::1]:443", in)
		}
		return ipTarget(in, addr, 0)
	}
	if addr, err := netip.ParseAddr(in); err == nil {
		return ipTarget(in, addr, 0)
	}
	if host, portStr, err := net.SplitHostPort(in); err == nil {
		port, perr := parsePort(portStr)
		if perr != nil {
			return Target{}, fmt.Errorf("target %q: %w", in, perr)
		}
		h, herr := checkHost(host)
		if herr != nil {
			return Target{}, fmt.Errorf("target %q: %w", in, herr)
		}
		return Target{Input: in, Host: h, Port: port}, nil
	}
	h, err := checkHost(in)
	if err != nil {
		return Target{}, fmt.Errorf("target %q: %w", in, err)
	}
	return Target{Input: in, Host: h}, nil
}

func ipTarget(in string, addr netip.Addr, port int) (Target, error) {
	if err := checkAddr(addr); err != nil {
		return Target{}, fmt.Errorf("target %q: %w", in, err)
	}
	return Target{Input: in, Host: addr.String(), Port: port}, nil
}

// checkAddr refuses addresses that name no single remote host.
func checkAddr(addr netip.Addr) error {
	if addr.Zone() != "" {
		return fmt.Errorf("IPv6 zones are not supported; give a global or loopback address")
	}
	if addr.Unmap().IsUnspecified() {
		return fmt.Errorf("%s is the unspecified address, not a host: give the address of the machine to scan (127.0.0.1 or ::1 for this one)", addr)
	}
	return nil
}

func parseURLTarget(in string) (Target, error) {
	u, err := url.Parse(in)
	if err != nil {
		return Target{}, fmt.Errorf("target %q: not a valid URL: %w", in, err)
	}
	scheme := strings.ToLower(u.Scheme)
	def, ok := schemePort(scheme)
	if !ok {
		return Target{}, fmt.Errorf("target %q: unknown URL scheme %q; use http, https, ftp, ldap, ldaps, smtp, imap, pop3, ssh or give host:port", in, u.Scheme)
	}
	if u.Hostname() == "" {
		return Target{}, fmt.Errorf("target %q: the URL has no host", in)
	}
	h, err := checkHost(u.Hostname())
	if err != nil {
		return Target{}, fmt.Errorf("target %q: %w", in, err)
	}
	port := def
	if p := u.Port(); p != "" {
		if port, err = parsePort(p); err != nil {
			return Target{}, fmt.Errorf("target %q: %w", in, err)
		}
	}
	return Target{Input: in, Host: h, Port: port, Scheme: scheme, Path: u.Path}, nil
}

func parsePort(s string) (int, error) {
	p, err := strconv.Atoi(s)
	if err != nil || p < 1 || p > 65535 {
		return 0, fmt.Errorf("port %q is not a number between 1 and 65535", s)
	}
	return p, nil
}

// checkHost accepts IP literals (without brackets) and RFC 1123
// hostnames.
func checkHost(h string) (string, error) {
	if strings.ContainsAny(h, "[]") {
		return "", fmt.Errorf("%q has unbalanced brackets: write an IPv6 address as [2001:db8::1] or [2001:db8::1]:443", h)
	}
	if addr, err := netip.ParseAddr(h); err == nil {
		if err := checkAddr(addr); err != nil {
			return "", err
		}
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

// parseRange parses a CIDR range, sized but not expanded.
func parseRange(in string) (TargetSpec, error) {
	prefix, err := netip.ParsePrefix(in)
	if err != nil {
		return TargetSpec{}, fmt.Errorf("target %q: not a valid CIDR range (example: 192.0.2.0/28): %v", in, err)
	}
	prefix = prefix.Masked()
	unspecified := netip.IPv4Unspecified()
	if prefix.Addr().Is6() {
		unspecified = netip.IPv6Unspecified()
	}
	if prefix.Contains(unspecified) {
		return TargetSpec{}, fmt.Errorf("target %q: the range holds the unspecified address %s, which is not a host: give the range of the machines to scan", in, unspecified)
	}
	return TargetSpec{Input: in, prefix: prefix}, nil
}

// ParseTargets parses every input (flags and file lines), removes
// duplicates, and refuses more than maxHosts targets in total. Ranges are
// sized before anything is expanded, then expanded one address at a time,
// so that a refused input costs no memory.
func ParseTargets(inputs []string, maxHosts int) ([]Target, error) {
	if maxHosts <= 0 {
		maxHosts = DefaultMaxHosts
	}
	specs := make([]TargetSpec, 0, len(inputs))
	var total uint64
	for _, in := range inputs {
		spec, err := ParseTargetSpec(in)
		if err != nil {
			return nil, err
		}
		if err := spec.within(maxHosts); err != nil {
			return nil, err
		}
		specs = append(specs, spec)
		total = min(total+spec.Count(), math.MaxUint64/2)
	}
	var out []Target
	seen := map[string]bool{}
	for _, spec := range specs {
		for t := range spec.Targets() {
			key := t.String() + "|" + t.Scheme
			if seen[key] {
				continue
			}
			seen[key] = true
			if out = append(out, t); len(out) > maxHosts {
				return nil, fmt.Errorf("the targets add up to more than %d addresses (%d before removing duplicates); narrow the ranges or raise --max-hosts", maxHosts, total)
			}
		}
	}
	return out, nil
}

// maxTargetLines bounds the targets a file may list.
const maxTargetLines = 1 << 20

// ReadTargetsFile reads one target per line, as people write them: a UTF-8
// byte order mark, CR LF line ends, blank lines and comments from # to the
// end of the line are ignored. Every target is checked and sized, none is
// expanded; errors name the line.
func ReadTargetsFile(r io.Reader, name string) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 64*1024)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if line == 1 {
			s = strings.TrimPrefix(s, "\uFEFF")
		}
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if _, err := ParseTargetSpec(s); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if out = append(out, s); len(out) > maxTargetLines {
			return nil, fmt.Errorf("%s:%d: more than %d targets in one file: split it, or give ranges (192.0.2.0/24)", name, line, maxTargetLines)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading targets file %s:%d: %w", name, line+1, err)
	}
	return out, nil
}
