// Package hostprotect reads, through the host-access layer, what protects
// a host against malware and how current its security patches are: the
// antivirus and EDR agents of an embedded catalogue (packages, systemd
// units, install paths, processes), the ClamAV signature databases'
// build time, the Debian/Ubuntu security updates pending (apt lists of
// the security origin against the dpkg status), and on Windows the
// snapshot's Defender and Windows Update state. It records facts only;
// checks/hostprotect judges them (refs 2.17 and 13.17).
package hostprotect

import (
	"time"

	"conformscan/probes/winhost"
)

// Topics of what could not be read: the refs they feed cannot pass.
const (
	TopicProtection = "protection"
	TopicPatches    = "patches"
)

// Unread is a source that exists, or may exist, but could not be read
// whole (permission, lost connection, a list that does not parse).
type Unread struct {
	Topic  string `json:"topic"`
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Found is one catalogue product seen on the host.
type Found struct {
	Product string `json:"product"`
	Kind    string `json:"kind"`
	Source  string `json:"source"`
	// Seen lists what showed it ("package mdatp 101.24.1", "unit
	// /lib/systemd/system/mdatp.service", "path /opt/microsoft/mdatp").
	Seen []string `json:"seen"`
	// Enabled: one of its units is wanted by a boot target.
	Enabled bool `json:"enabled,omitempty"`
	// Running: one of its processes runs or one of its units is active;
	// nil when not observable (an offline root).
	Running *bool    `json:"running,omitempty"`
	Why     []string `json:"why_running,omitempty"`
}

// SignatureDB is one ClamAV database header.
type SignatureDB struct {
	Engine  string    `json:"engine"`
	File    string    `json:"file"`
	Version int       `json:"version"`
	Built   time.Time `json:"built"`
	Builder string    `json:"builder,omitempty"`
}

// AptList is one apt Release file of the host and its Packages lists.
type AptList struct {
	Release  string    `json:"release"`
	Origin   string    `json:"origin,omitempty"`
	Label    string    `json:"label,omitempty"`
	Suite    string    `json:"suite,omitempty"`
	Codename string    `json:"codename,omitempty"`
	Date     time.Time `json:"date"`
	Security bool      `json:"security"`
	Packages []string  `json:"packages,omitempty"`
	// Verified: every Packages list matched the Release's SHA256.
	Verified bool `json:"verified"`
}

// Pending is one installed package with a newer version in a security
// list.
type Pending struct {
	Package   string `json:"package"`
	Arch      string `json:"arch"`
	Installed string `json:"installed"`
	Candidate string `json:"candidate"`
	Suite     string `json:"suite"`
	// Since is the Date of the list that offers it (zero: no Date): the
	// update has been available at least since then.
	Since time.Time `json:"since"`
	List  string    `json:"list"`
	// Advisory and Severity name the RPM advisory (RHSA-2024:1234).
	Advisory string `json:"advisory,omitempty"`
	Severity string `json:"severity,omitempty"`
}

// RPMRepo is one repository of the dnf/yum metadata cache.
type RPMRepo struct {
	Repomd string `json:"repomd"`
	// Updateinfo names the advisories file ("" when the repository has
	// none); Timestamp is its generation time from repomd.xml.
	Updateinfo string    `json:"updateinfo,omitempty"`
	Timestamp  time.Time `json:"timestamp"`
	// Verified: the file matched repomd.xml's checksum.
	Verified   bool `json:"verified"`
	Advisories int  `json:"security_advisories"`
}

// RPM is the patch state of an RPM host.
type RPM struct {
	Installed int       `json:"installed"`
	Repos     []RPMRepo `json:"repos"`
	Pending   []Pending `json:"pending"`
}

// Debian is the patch state of a dpkg host.
type Debian struct {
	Status    string    `json:"status"`
	Installed int       `json:"installed"`
	Lists     []AptList `json:"lists"`
	Pending   []Pending `json:"pending"`
}

// Facts is what the probe records on a host.
type Facts struct {
	Access  string `json:"access"`
	Offline bool   `json:"offline,omitempty"`
	// Catalogue is the number of products looked for.
	Catalogue int     `json:"catalogue"`
	Products  []Found `json:"products"`
	// ProcessesRead: the process list was read (online hosts).
	ProcessesRead bool          `json:"processes_read"`
	Signatures    []SignatureDB `json:"signatures,omitempty"`
	// System is the package system: "dpkg", "rpm", "windows" or "".
	System string  `json:"system"`
	Debian *Debian `json:"debian,omitempty"`
	RPM    *RPM    `json:"rpm,omitempty"`
	// Windows is the snapshot's malware and update state (Windows hosts).
	Windows *winhost.Malware `json:"windows,omitempty"`
	Unread  []Unread         `json:"unread,omitempty"`
}

// UnreadOf returns the unread sources of a topic.
func (f *Facts) UnreadOf(topic string) []Unread {
	var out []Unread
	for _, u := range f.Unread {
		if u.Topic == topic {
			out = append(out, u)
		}
	}
	return out
}
