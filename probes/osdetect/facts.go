// Package osdetect tells a host's operating system and server software
// versions from what discovery saw (SSH banners, HTTP headers, database
// greetings), from Windows NTLM version structures, SMB native OS and SNMP
// sysDescr strings, and, locally, from /etc/os-release and dpkg's status.
//
// A probe gathers facts and judges nothing: it must not import checks/,
// reports/, history/, serve/, cmd/, demo/ or fixtures/ (layout/layout_test.go
// guards checks/ and fixtures/).
package osdetect

import "conformscan/probes"

// Confidence says how sure a detection is.
type Confidence string

// Confidences, strongest first.
const (
	// Exact: read on the machine itself (os-release, registry).
	Exact Confidence = "exact"
	// Strong: a network string that names the release (a distro package
	// suffix, an NTLM build, an IIS version tied to one Windows release).
	Strong Confidence = "strong"
	// Weak: a hint (an upstream version a release happens to ship, IIS
	// 10.0, "(Debian)" without release).
	Weak Confidence = "weak"
)

// Rank orders confidences: higher is stronger.
func (c Confidence) Rank() int {
	switch c {
	case Exact:
		return 3
	case Strong:
		return 2
	case Weak:
		return 1
	}
	return 0
}

// Sources of a detection.
const (
	SourceSSH       = "ssh-banner"
	SourceHTTP      = "http-server-header"
	SourceNTLM      = "ntlm-version"
	SourceSMBNTLM   = "smb-ntlm"
	SourceHTTPNTLM  = "http-ntlm"
	SourceSMB       = "smb-native-os"
	SourceSNMP      = "snmp-sysdescr"
	SourceMySQL     = "mysql-greeting"
	SourceOSRelease = "os-release"
	SourceRegistry  = "windows-registry"
	SourceDpkg      = "dpkg-status"
)

// OS is one detection of the operating system.
type OS struct {
	// Product is the endoflife.date product ID (debian, ubuntu, rhel,
	// windows-server...); Release its release cycle ("12", "22.04",
	// "2012-r2"); empty when the source does not tell.
	Product    string     `json:"product"`
	Name       string     `json:"name"`
	Release    string     `json:"release,omitempty"`
	Build      string     `json:"build,omitempty"`
	Confidence Confidence `json:"confidence"`
	Source     string     `json:"source"`
	// Endpoint is where it was seen (empty: locally).
	Endpoint string `json:"endpoint,omitempty"`
	// Seen is the string it rests on.
	Seen string `json:"seen"`
	Note string `json:"note,omitempty"`
}

// Software is one server software version seen.
type Software struct {
	// Product is the endoflife.date product ID (nginx, redis, php...).
	Product string `json:"product"`
	Version string `json:"version"`
	// Package is the distribution package revision when shown
	// ("2+deb12u3"), which ties the version to a distribution release.
	Package  string `json:"package,omitempty"`
	Source   string `json:"source"`
	Endpoint string `json:"endpoint,omitempty"`
	Seen     string `json:"seen"`
}

// Facts are what osdetect saw on a host or the local machine.
type Facts struct {
	OS       []OS       `json:"os"`
	Software []Software `json:"software"`
	// NTLM are the CHALLENGE messages read (SMB2 session setup, HTTP).
	NTLM []NTLMInfo `json:"ntlm,omitempty"`
	// Notes say what an exchange tried did not tell, and why.
	Notes []string `json:"notes,omitempty"`
}

// Best returns the strongest detection that names a release (or, failing
// that, the strongest at all); nil when there is none. Ties keep the
// first seen.
func (f *Facts) Best() *OS {
	if f == nil {
		return nil
	}
	var best *OS
	for i := range f.OS {
		o := &f.OS[i]
		if best == nil || better(o, best) {
			best = o
		}
	}
	return best
}

func better(a, b *OS) bool {
	if (a.Release != "") != (b.Release != "") {
		return a.Release != ""
	}
	return a.Confidence.Rank() > b.Confidence.Rank()
}

// FactsOf returns osdetect's facts on s (host or local), nil when none.
// On a host, the detections its endpoints' remote facts tell (RDP NTLM,
// nmap OS matches) are added to a copy: remote runs on the endpoints after
// osdetect has run on the host, so they are read when the facts are.
func FactsOf(s *probes.Subject) *Facts {
	if s == nil {
		return nil
	}
	for _, id := range []string{ID, LocalID} {
		if f, ok := s.Fact(id).(*Facts); ok {
			return withRemote(f, s)
		}
	}
	return nil
}

// withRemote returns f, or a copy of f with the OS detections of s's
// endpoints' remote facts appended.
func withRemote(f *Facts, s *probes.Subject) *Facts {
	var extra []OS
	for _, c := range s.Children() {
		extra = append(extra, RemoteOS(c.Fact(RemoteID), c.ID)...)
	}
	if len(extra) == 0 {
		return f
	}
	cp := *f
	cp.OS = append(append([]OS{}, f.OS...), extra...)
	return &cp
}
