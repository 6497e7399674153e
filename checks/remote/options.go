package remote

import (
	"context"
	"strings"
	"time"

	"github.com/spf13/pflag"
)

// Options are the family's flags: the authorisations file and the
// vendor's manifest, loaded by Validate.
type Options struct {
	AuthorisationsPath string
	ManifestPath       string
	auth               *AuthorisationsFile
	manifest           *Manifest
}

// Register adds --authorisations and --manifest.
func (o *Options) Register(fs *pflag.FlagSet) {
	fs.StringVar(&o.AuthorisationsPath, "authorisations", "", "YAML file of remote-control tools the DSI authorised (tool, hosts, authorised_by, reference, valid_until); 'conformscan authorisations init' prints a template")
	fs.StringVar(&o.ManifestPath, "manifest", "", "YAML manifest of the services the vendor declares per host (port, protocol, purpose); 'conformscan manifest init' prints a template")
}

// Validate loads and checks both files.
func (o *Options) Validate(ctx context.Context) error {
	if o.AuthorisationsPath != "" {
		a, err := LoadAuthorisations(ctx, o.AuthorisationsPath)
		if err != nil {
			return err
		}
		o.auth = a
	}
	if o.ManifestPath != "" {
		m, err := LoadManifest(ctx, o.ManifestPath)
		if err != nil {
			return err
		}
		o.manifest = m
	}
	return nil
}

// coverage is what the authorisations say of one tool on one host at a
// date: the authorisation in force, or the latest expired one.
type coverage struct {
	valid, expired *Authorisation
}

// cover finds the authorisations of tool (any of its names) on host (any
// of its names).
func (o *Options) cover(names, hosts []string, at time.Time) coverage {
	var c coverage
	if o == nil || o.auth == nil {
		return c
	}
	for i := range o.auth.Authorisations {
		a := &o.auth.Authorisations[i]
		if !matchesAny(a.Tool, names) || !hostCovered(a.Hosts, hosts) {
			continue
		}
		if at.Before(a.Until) {
			c.valid = a
			return c
		}
		if c.expired == nil || a.Until.After(c.expired.Until) {
			c.expired = a
		}
	}
	return c
}

func matchesAny(tool string, names []string) bool {
	for _, n := range names {
		if n != "" && strings.EqualFold(strings.TrimSpace(tool), n) {
			return true
		}
	}
	return false
}

func hostCovered(list, hosts []string) bool {
	for _, h := range list {
		h = strings.TrimSpace(h)
		if h == "*" || matchesAny(h, hosts) {
			return true
		}
	}
	return false
}

// declared returns the manifest's services of host, and whether the
// manifest names the host at all.
func (o *Options) declared(host string) ([]DeclaredService, bool) {
	if o == nil || o.manifest == nil {
		return nil, false
	}
	for _, h := range o.manifest.Hosts {
		if strings.EqualFold(strings.TrimSpace(h.Host), host) {
			return h.Services, true
		}
	}
	return nil, false
}

// AuthorisationsTemplate is what 'conformscan authorisations init' prints.
func AuthorisationsTemplate() string {
	return `# Remote-control tools the hospital's IT department (DSI) authorised (grid ref 8.6).
# conformscan scan --authorisations this-file.yaml
# An authorisation turns a remote-control finding into a PASS shown with it,
# until valid_until (included); an expired one no longer covers. VNC without
# password and X11 without access control fail even when authorised.
version: 1
authorisations:
  - tool: rdp                  # vnc, rdp, x11, ssh, winrm, teamviewer, anydesk, radmin... or a LOLRMM tool name
    hosts: ["10.1.2.3", "srv-pacs-01"]   # as scanned; "local" for --local, "ssh://host" or "root:/mnt/img" for audited hosts; "*" for every host
    authorised_by: "DSI - Jeanne Martin, RSSI"
    reference: "DSI-2026-042"  # ticket, letter or contract clause
    valid_until: 2027-06-30
`
}

// ManifestTemplate is what 'conformscan manifest init' prints.
func ManifestTemplate() string {
	return `# Services the vendor declares per host (grid refs 2.9 and 2.11).
# conformscan scan --manifest this-file.yaml
# A listening service not declared here fails 2.11; a declared one not seen is reported.
version: 1
hosts:
  - host: "10.1.2.3"           # as scanned (--target)
    services:
      - port: 443
        protocol: tcp          # tcp or udp
        purpose: "Web interface of the application"
      - port: 22
        protocol: tcp
        purpose: "Vendor administration through the hospital's bastion"
`
}
