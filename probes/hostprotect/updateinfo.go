package hostprotect

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Advisory is one <update> of updateinfo.xml.
type Advisory struct {
	ID       string
	Type     string // "security", "bugfix", "enhancement"
	Severity string
	// Issued is the advisory's issue date (zero when absent or not
	// understood: its age is then unknown).
	Issued   time.Time
	Packages []AdvisoryPackage
}

// AdvisoryPackage is one fixed package of an advisory.
type AdvisoryPackage struct {
	Name    string `xml:"name,attr"`
	Epoch   string `xml:"epoch,attr"`
	Version string `xml:"version,attr"`
	Release string `xml:"release,attr"`
	Arch    string `xml:"arch,attr"`
}

// EVR is the package's epoch, version and release.
func (p AdvisoryPackage) EVR() EVR {
	e, _ := strconv.Atoi(p.Epoch)
	return EVR{Epoch: e, Version: p.Version, Release: p.Release}
}

// ParseUpdateinfo reads updateinfo.xml strictly: an <updates> root, every
// update with an id and a type, every package with a name, a version and
// an architecture; a truncated document is an XML error.
func ParseUpdateinfo(b []byte) ([]Advisory, error) {
	var doc struct {
		XMLName xml.Name `xml:"updates"`
		Updates []struct {
			Type     string `xml:"type,attr"`
			ID       string `xml:"id"`
			Severity string `xml:"severity"`
			Issued   struct {
				Date string `xml:"date,attr"`
			} `xml:"issued"`
			Packages []AdvisoryPackage `xml:"pkglist>collection>package"`
		} `xml:"update"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("updateinfo: %w", err)
	}
	out := make([]Advisory, 0, len(doc.Updates))
	for _, u := range doc.Updates {
		if u.ID == "" || u.Type == "" {
			return nil, fmt.Errorf("updateinfo: an update without an id or a type (%q)", clip(u.ID))
		}
		a := Advisory{ID: u.ID, Type: strings.ToLower(u.Type), Severity: u.Severity, Issued: parseIssued(u.Issued.Date)}
		for _, p := range u.Packages {
			if p.Name == "" || p.Version == "" || p.Arch == "" {
				return nil, fmt.Errorf("updateinfo %s: a package without a name, version or arch", clip(u.ID))
			}
			if _, err := strconv.Atoi(p.Epoch); p.Epoch != "" && err != nil {
				return nil, fmt.Errorf("updateinfo %s: epoch %q", clip(u.ID), clip(p.Epoch))
			}
			a.Packages = append(a.Packages, p)
		}
		out = append(out, a)
	}
	return out, nil
}

// parseIssued reads an advisory date: "2024-03-01 00:00:00" (Red Hat,
// Rocky, Alma), "2024-03-01", or seconds since 1970 (Fedora, SUSE).
func parseIssued(s string) time.Time {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "UTC"))
	for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	if secs, err := strconv.ParseInt(s, 10, 64); err == nil && secs > 0 {
		return time.Unix(secs, 0).UTC()
	}
	return time.Time{}
}
