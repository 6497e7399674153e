package osdetect

import (
	"regexp"
	"strings"
)

var (
	opensshRe = regexp.MustCompile(`^SSH-[\d.]+-OpenSSH_(\d+\.\d+(?:\.\d+)?(?:p\d+)?)(?:\s+(\S+))?`)
	debRe     = regexp.MustCompile(`\+deb(\d+)u\d+`)
)

// debianOpenSSH maps the OpenSSH version a Debian release ships (before
// any +debNuM security update) to the release.
var debianOpenSSH = map[string]string{
	"7.4p1": "9", "7.9p1": "10", "8.4p1": "11", "9.2p1": "12", "10.0p1": "13",
}

// ubuntuOpenSSH maps the OpenSSH version an Ubuntu release ships to it.
var ubuntuOpenSSH = map[string]string{
	"7.2p2": "16.04", "7.6p1": "18.04", "8.2p1": "20.04", "8.9p1": "22.04",
	"9.6p1": "24.04", "9.7p1": "24.10", "9.9p1": "25.04", "10.0p1": "25.10",
}

// rhelOpenSSH maps the bare OpenSSH version RHEL releases announce
// ("OpenSSH_8.0", no suffix) to the release: a weak hint only.
var rhelOpenSSH = map[string]string{"7.4": "7", "8.0": "8", "8.7": "9"}

// ParseSSHBanner reads an SSH identification line: OpenSSH's version and,
// from the distribution suffix, the OS release.
func ParseSSHBanner(banner string) (*OS, *Software) {
	line := strings.TrimSpace(strings.SplitN(banner, "\n", 2)[0])
	m := opensshRe.FindStringSubmatch(line)
	if m == nil {
		return nil, nil
	}
	sw := &Software{Product: "openssh", Version: m[1], Source: SourceSSH, Seen: line}
	os := sshDistro(m[1], m[2])
	if os != nil {
		os.Source, os.Seen = SourceSSH, line
		if i := strings.Index(m[2], "-"); i >= 0 {
			sw.Package = m[2][i+1:]
		}
	}
	return os, sw
}

func sshDistro(version, comment string) *OS {
	lc := strings.ToLower(comment)
	switch {
	case strings.Contains(lc, "ubuntu"):
		if rel, ok := ubuntuOpenSSH[version]; ok {
			return &OS{Product: "ubuntu", Name: "Ubuntu " + rel, Release: rel, Confidence: Strong}
		}
		return &OS{Product: "ubuntu", Name: "Ubuntu", Confidence: Weak, Note: "OpenSSH " + version + " not in the table of Ubuntu releases"}
	case strings.HasPrefix(lc, "debian") || strings.HasPrefix(lc, "raspbian"):
		if d := debRe.FindStringSubmatch(comment); d != nil {
			return &OS{Product: "debian", Name: "Debian " + d[1], Release: d[1], Confidence: Strong}
		}
		if rel, ok := debianOpenSSH[version]; ok {
			return &OS{Product: "debian", Name: "Debian " + rel, Release: rel, Confidence: Strong}
		}
		return &OS{Product: "debian", Name: "Debian", Confidence: Weak, Note: "no +debN suffix and OpenSSH " + version + " not in the table of Debian releases"}
	case comment == "":
		if rel, ok := rhelOpenSSH[version]; ok {
			return &OS{Product: "rhel", Name: "RHEL " + rel + " (or a rebuild)", Release: rel, Confidence: Weak,
				Note: "bare OpenSSH " + version + " is what RHEL " + rel + " and its rebuilds announce"}
		}
	}
	return nil
}
