package osdetect

import (
	"regexp"
	"strings"
)

// serverTokens are the product/version tokens of Server and X-Powered-By
// headers, with the endoflife.date product they name.
var serverTokens = []struct {
	re      *regexp.Regexp
	product string
}{
	{regexp.MustCompile(`(?i)\bnginx/(\d+\.\d+\.\d+)`), "nginx"},
	{regexp.MustCompile(`\bApache/(\d+\.\d+\.\d+)`), "apache-http-server"},
	{regexp.MustCompile(`(?i)\bApache Tomcat/(\d+\.\d+\.\d+)`), "tomcat"},
	{regexp.MustCompile(`\bOpenSSL/(\d+\.\d+\.\d+[a-z]?)`), "openssl"},
	{regexp.MustCompile(`\bPHP/(\d+\.\d+\.\d+)`), "php"},
	{regexp.MustCompile(`\bMicrosoft-IIS/(\d+\.\d+)`), "iis"},
}

// iisWindows maps IIS versions to the Windows Server release that ships
// them; 10.0 ships with 2016, 2019, 2022 and 2025 alike.
var iisWindows = map[string]string{
	"6.0": "2003", "7.0": "2008", "7.5": "2008-r2-sp1", "8.0": "2012", "8.5": "2012-r2",
}

var iisRe = regexp.MustCompile(`Microsoft-IIS/(\d+\.\d+)`)

var distroComment = regexp.MustCompile(`\((Debian|Ubuntu|CentOS|Red Hat|Red Hat Enterprise Linux|Rocky Linux|AlmaLinux)\)`)

// ParseHTTP reads an HTTP response's Server and X-Powered-By headers (and
// a Tomcat error page's title): software versions, and the OS they hint.
func ParseHTTP(resp string) (*OS, []Software) {
	if !strings.HasPrefix(resp, "HTTP/") {
		return nil, nil
	}
	var sws []Software
	var os *OS
	for _, line := range strings.Split(resp, "\n") {
		h := strings.TrimSpace(line)
		lh := strings.ToLower(h)
		if !strings.HasPrefix(lh, "server:") && !strings.HasPrefix(lh, "x-powered-by:") && !strings.Contains(lh, "tomcat/") {
			continue
		}
		sws = append(sws, tokens(h)...)
		if o := httpOS(h); o != nil && os == nil {
			os = o
		}
	}
	return os, sws
}

func tokens(h string) []Software {
	var out []Software
	for _, t := range serverTokens {
		for _, m := range t.re.FindAllStringSubmatch(h, -1) {
			out = append(out, Software{Product: t.product, Version: m[1], Source: SourceHTTP, Seen: h})
		}
	}
	return out
}

func httpOS(h string) *OS {
	if m := iisRe.FindStringSubmatch(h); m != nil {
		if rel, ok := iisWindows[m[1]]; ok {
			return &OS{Product: "windows-server", Name: "Windows Server " + strings.ToUpper(strings.ReplaceAll(rel, "-", " ")),
				Release: rel, Confidence: Strong, Source: SourceHTTP, Seen: h, Note: "IIS " + m[1] + " ships with this release only"}
		}
		return &OS{Product: "windows-server", Name: "Windows Server 2016 or later", Confidence: Weak, Source: SourceHTTP, Seen: h,
			Note: "IIS " + m[1] + " ships with several Windows Server releases"}
	}
	if m := distroComment.FindStringSubmatch(h); m != nil {
		return &OS{Product: distroProduct(m[1]), Name: m[1], Confidence: Weak, Source: SourceHTTP, Seen: h,
			Note: "the Server header names the distribution, not its release"}
	}
	return nil
}

func distroProduct(name string) string {
	switch {
	case strings.HasPrefix(name, "Red Hat"):
		return "rhel"
	case name == "Rocky Linux":
		return "rocky-linux"
	}
	return strings.ToLower(name)
}

var mysqlRe = regexp.MustCompile(`^.{0,24}?\\x0a(\d+\.\d+\.\d+)(-[0-9A-Za-z.+~-]+)?\\x00`)

// ParseMySQLGreeting reads a MySQL/MariaDB handshake as discovery keeps it
// (printable, other bytes as \xNN): the server version, MariaDB's
// "5.5.5-" prefix removed, and a Debian/Ubuntu package suffix.
func ParseMySQLGreeting(banner string) (*OS, *Software) {
	m := mysqlRe.FindStringSubmatch(banner)
	if m == nil {
		return nil, nil
	}
	version, suffix := m[1], strings.TrimPrefix(m[2], "-")
	product := "mysql"
	if version == "5.5.5" && strings.Contains(suffix, "MariaDB") {
		rest := strings.SplitN(suffix, "-", 2)
		version, suffix, product = rest[0], "", "mariadb"
		if len(rest) == 2 {
			suffix = rest[1]
		}
	}
	sw := &Software{Product: product, Version: version, Source: SourceMySQL, Seen: version + "-" + suffix}
	var os *OS
	if d := debRe.FindStringSubmatch(suffix); d != nil {
		sw.Package = strings.TrimPrefix(suffix, "MariaDB-")
		os = &OS{Product: "debian", Name: "Debian " + d[1], Release: d[1], Confidence: Strong, Source: SourceMySQL, Seen: sw.Seen}
	}
	return os, sw
}
