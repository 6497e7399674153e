package eol

import (
	"regexp"
	"strings"

	"conformscan/probes/osdetect"
)

// shipped is what each distribution release ships (upstream version, or
// the version prefix the release keeps updating within), read from the
// distributions' archives. Read-only.
var shipped = map[string]map[string]string{
	"debian/11": {"nginx": "1.18.0", "redis": "6.0.16", "apache-http-server": "2.4", "openssh": "8.4p1",
		"mariadb": "10.5", "php": "7.4", "openssl": "1.1.1", "postgresql": "13", "tomcat": "9.0"},
	"debian/12": {"nginx": "1.22.1", "redis": "7.0.15", "apache-http-server": "2.4", "openssh": "9.2p1",
		"mariadb": "10.11", "php": "8.2", "openssl": "3.0", "postgresql": "15", "tomcat": "10.1"},
	"debian/13": {"nginx": "1.26.3", "redis": "8.0", "apache-http-server": "2.4", "openssh": "10.0p1",
		"mariadb": "11.8", "php": "8.4", "openssl": "3.5", "postgresql": "17", "tomcat": "10.1"},
	"ubuntu/20.04": {"nginx": "1.18.0", "redis": "5.0.7", "apache-http-server": "2.4.41", "openssh": "8.2p1",
		"mariadb": "10.3", "php": "7.4", "openssl": "1.1.1f", "postgresql": "12"},
	"ubuntu/22.04": {"nginx": "1.18.0", "redis": "6.0.16", "apache-http-server": "2.4.52", "openssh": "8.9p1",
		"mariadb": "10.6", "php": "8.1", "openssl": "3.0.2", "postgresql": "14"},
	"ubuntu/24.04": {"nginx": "1.24.0", "redis": "7.0.15", "apache-http-server": "2.4.58", "openssh": "9.6p1",
		"mariadb": "10.11", "php": "8.3", "openssl": "3.0.13", "postgresql": "16"},
	"rhel/8": {"nginx": "1.14.1", "redis": "5.0.3", "apache-http-server": "2.4.37", "openssh": "8.0p1",
		"php": "7.2", "openssl": "1.1.1k", "postgresql": "10"},
	"rhel/9": {"nginx": "1.20.1", "redis": "6.2.7", "apache-http-server": "2.4.57", "openssh": "8.7p1",
		"php": "8.0", "openssl": "3.0", "postgresql": "13"},
}

var pkgRelease = regexp.MustCompile(`(?:deb(\d+)u\d+|ubuntu[\d.]+)`)

// FromDistro tells whether sw, seen on a host running os, is the
// distribution's own package, and why ("" when it is not).
func FromDistro(sw osdetect.Software, os *osdetect.OS) string {
	if os == nil || os.Release == "" {
		return ""
	}
	if m := pkgRelease.FindStringSubmatch(sw.Package); m != nil && os.Product == "debian" && m[1] == os.Release {
		return "package revision " + sw.Package + " is Debian " + os.Release + "'s"
	}
	if sw.Source == osdetect.SourceDpkg && (os.Product == "debian" || os.Product == "ubuntu") {
		return "installed from the distribution's archive (dpkg " + sw.Seen + ")"
	}
	want, ok := shipped[os.Product+"/"+os.Release][sw.Product]
	if ok && (sw.Version == want || strings.HasPrefix(sw.Version, want+".")) {
		return sw.Version + " is the version " + os.Name + " ships"
	}
	return ""
}
