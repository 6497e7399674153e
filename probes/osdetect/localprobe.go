package osdetect

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"conformscan/probes"
)

// LocalFiles are the files the local probe reads (tests point them at
// recorded copies).
type LocalFiles struct {
	OSRelease  string
	DpkgStatus string
}

// NewLocal returns the local probe reading /etc/os-release and dpkg's
// status.
func NewLocal() probes.Probe {
	return NewLocalWith(LocalFiles{OSRelease: "/etc/os-release", DpkgStatus: "/var/lib/dpkg/status"})
}

// NewLocalWith returns the local probe reading the given files.
func NewLocalWith(files LocalFiles) probes.Probe {
	return probes.Probe{
		ID:       LocalID,
		Doc:      "Operating system of the machine conformscan runs on (/etc/os-release) and its server packages (dpkg status).",
		Kind:     probes.SubjectLocal,
		Requires: probes.Requirements{OS: []string{"linux"}, OnHost: true},
		Run: func(ctx context.Context, _ *probes.Env, s *probes.Subject) error {
			f, err := readLocal(files)
			if f != nil {
				s.SetFact(LocalID, f)
			}
			return err
		},
	}
}

// serverPackages maps dpkg package names to the software products judged.
var serverPackages = map[string]string{
	"nginx": "nginx", "nginx-core": "nginx", "apache2": "apache-http-server", "redis-server": "redis",
	"openssh-server": "openssh", "mariadb-server": "mariadb", "mysql-server": "mysql", "openssl": "openssl",
	"tomcat9": "tomcat", "tomcat10": "tomcat",
}

func readLocal(files LocalFiles) (*Facts, error) {
	raw, err := os.ReadFile(files.OSRelease)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w (is this a Linux host with os-release?)", files.OSRelease, err)
	}
	f := &Facts{OS: []OS{}, Software: []Software{}}
	if o := ParseOSRelease(raw); o != nil {
		f.OS = append(f.OS, *o)
	}
	status, err := os.ReadFile(files.DpkgStatus)
	if errors.Is(err, fs.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return f, fmt.Errorf("read %s: %w (run as a user who can read it)", files.DpkgStatus, err)
	}
	for _, p := range ParseDpkgStatus(status) {
		if prod, ok := serverPackages[p.Name]; ok {
			f.Software = append(f.Software, dpkgSoftware(prod, p))
		}
	}
	return f, nil
}

// dpkgSoftware splits a Debian version ("1:1.22.1-9+deb12u1") into the
// upstream version and the package revision.
func dpkgSoftware(product string, p Package) Software {
	v := p.Version
	if _, after, ok := strings.Cut(v, ":"); ok {
		v = after
	}
	up, rev, _ := strings.Cut(v, "-")
	if i := strings.IndexAny(up, "+~"); i > 0 {
		up = up[:i]
	}
	return Software{Product: product, Version: up, Package: rev, Source: SourceDpkg, Seen: p.Name + " " + p.Version}
}
