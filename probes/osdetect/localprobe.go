package osdetect

import (
	"context"
	"fmt"
	"strings"

	"conformscan/probes"
	"conformscan/probes/hostaccess"
)

// LocalFiles are the files the local probe reads (tests point them at
// recorded copies).
type LocalFiles struct {
	OSRelease  string
	DpkgStatus string
}

// DefaultLocalFiles are the Linux locations.
func DefaultLocalFiles() LocalFiles {
	return LocalFiles{OSRelease: "/etc/os-release", DpkgStatus: "/var/lib/dpkg/status"}
}

// NewLocal returns the local probe reading /etc/os-release and the
// package databases.
func NewLocal() probes.Probe { return NewLocalWith(DefaultLocalFiles()) }

// NewLocalWith returns the local probe reading the given files on the
// local machine; a host audited over SSH or an offline root is read at
// the default locations through its access.
func NewLocalWith(files LocalFiles) probes.Probe {
	return probes.Probe{
		ID:       LocalID,
		Doc:      "Operating system of the machine conformscan runs on, or of a host audited over SSH or an offline root (/etc/os-release; macOS: SystemVersion.plist), and its server packages (dpkg status, rpm -qa, Alpine's apk database); a Windows host's release from its snapshot (CurrentVersion).",
		Kind:     probes.SubjectLocal,
		Requires: probes.Requirements{OS: []string{"linux", "windows", "darwin"}, OnHost: true},
		Needs:    []string{hostaccess.EndID, hostaccess.WindowsID},
		Run: func(ctx context.Context, _ *probes.Env, s *probes.Subject) error {
			if snap, windows, err := hostaccess.WindowsOf(s); windows {
				if err != nil {
					return err
				}
				f, err := WindowsFacts(snap)
				if f != nil {
					s.SetFact(LocalID, f)
				}
				return err
			}
			acc, fl := hostaccess.Access(hostaccess.Local{}), files
			if a := hostaccess.Of(s); a != nil {
				acc, fl = a, DefaultLocalFiles()
			}
			f, err := readLocal(ctx, acc, fl)
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

func readLocal(ctx context.Context, acc hostaccess.Access, files LocalFiles) (*Facts, error) {
	if f, err := macOS(ctx, acc); f != nil || err != nil {
		return f, err
	}
	raw, err := acc.ReadFile(ctx, files.OSRelease, hostaccess.MaxFile)
	if err != nil {
		return nil, fmt.Errorf("%w (is this a Linux host with os-release?)", err)
	}
	f := &Facts{OS: []OS{}, Software: []Software{}}
	if o := ParseOSRelease(raw); o != nil {
		f.OS = append(f.OS, *o)
	}
	return f, readPackages(ctx, acc, files.DpkgStatus, f)
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
