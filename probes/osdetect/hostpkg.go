package osdetect

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"conformscan/probes/hostaccess"
)

// Sources of installed packages other than dpkg.
const (
	SourceRPM = "rpm-qa"
	SourceAPK = "apk-installed"
)

// APKInstalled is Alpine's package database (BusyBox-based appliances).
const APKInstalled = "/lib/apk/db/installed"

// maxPackageDB bounds a package database read.
const maxPackageDB = 64 << 20

// rpmServerPackages maps RPM names that differ from Debian's.
var rpmServerPackages = map[string]string{
	"httpd": "apache-http-server", "redis": "redis", "mysql-community-server": "mysql", "tomcat": "tomcat",
}

// ParseAPKInstalled reads /lib/apk/db/installed: "P:" name and "V:"
// version of each paragraph.
func ParseAPKInstalled(data []byte) []Package {
	var out []Package
	for _, para := range strings.Split(string(data), "\n\n") {
		var p Package
		for _, line := range strings.Split(para, "\n") {
			switch {
			case strings.HasPrefix(line, "P:"):
				p.Name = strings.TrimSpace(line[2:])
			case strings.HasPrefix(line, "V:"):
				p.Version = strings.TrimSpace(line[2:])
			}
		}
		if p.Name != "" && p.Version != "" {
			out = append(out, p)
		}
	}
	return out
}

// ParseRPMList reads the output of 'rpm -qa --qf "%{NAME} %{VERSION}-%{RELEASE}\n"'.
func ParseRPMList(data []byte) []Package {
	var out []Package
	for _, line := range strings.Split(string(data), "\n") {
		name, version, ok := strings.Cut(strings.TrimSpace(line), " ")
		if ok && name != "" && version != "" {
			out = append(out, Package{Name: name, Version: version})
		}
	}
	return out
}

// readPackages adds the server packages of every package database found
// on the host: dpkg status, Alpine's database, and rpm -qa where
// commands run and neither of the others is there.
func readPackages(ctx context.Context, acc hostaccess.Access, dpkgStatus string, f *Facts) error {
	var errs []error
	found := false
	if status, err := acc.ReadFile(ctx, dpkgStatus, maxPackageDB); err == nil {
		found = true
		for _, p := range ParseDpkgStatus(status) {
			if prod, ok := serverPackages[p.Name]; ok {
				f.Software = append(f.Software, dpkgSoftware(prod, p))
			}
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, fmt.Errorf("%w (run as a user who can read it)", err))
	}
	if db, err := acc.ReadFile(ctx, APKInstalled, maxPackageDB); err == nil {
		found = true
		for _, p := range ParseAPKInstalled(db) {
			if prod, ok := serverPackages[p.Name]; ok {
				f.Software = append(f.Software, packageSoftware(prod, p, SourceAPK))
			}
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, err)
	}
	if !found {
		errs = append(errs, readRPM(ctx, acc, f))
	}
	return errors.Join(errs...)
}

// readRPM runs rpm -qa where the host runs commands and has rpm, and
// reads an offline root's rpm database.
func readRPM(ctx context.Context, acc hostaccess.Access, f *Facts) error {
	pkgs, source := []Package(nil), SourceRPM
	if acc.Offline() {
		var err error
		if pkgs, _, err = ReadRPMDB(ctx, acc); err != nil {
			return err
		}
		source = SourceRPMDB
	} else {
		out, err := acc.Run(ctx, "rpm", "-qa", "--qf", "%{NAME} %{VERSION}-%{RELEASE}\\n")
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		pkgs = ParseRPMList(out)
	}
	for _, p := range pkgs {
		prod, ok := rpmServerPackages[p.Name]
		if !ok {
			prod, ok = serverPackages[p.Name]
		}
		if ok {
			f.Software = append(f.Software, packageSoftware(prod, p, source))
		}
	}
	return nil
}

// packageSoftware splits "1.20.1-14.el9" or "1.24.0-r7" into the upstream
// version and the package revision.
func packageSoftware(product string, p Package, source string) Software {
	s := dpkgSoftware(product, p)
	s.Source = source
	return s
}
