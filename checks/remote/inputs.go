package remote

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"conformscan/checks"
	"conformscan/inputs"
)

// Authorisation is one remote-control tool the hospital's IT department
// (DSI) allowed on some hosts, until a date.
type Authorisation struct {
	Tool         string   `yaml:"tool"`
	Hosts        []string `yaml:"hosts"`
	AuthorisedBy string   `yaml:"authorised_by"`
	Reference    string   `yaml:"reference"`
	ValidUntil   string   `yaml:"valid_until"`
	// Until is ValidUntil parsed (the authorisation covers that whole day).
	Until time.Time `yaml:"-"`
}

// AuthorisationsFile is the file --authorisations reads.
type AuthorisationsFile struct {
	Version        int             `yaml:"version"`
	Authorisations []Authorisation `yaml:"authorisations"`
}

// DeclaredService is one service the vendor's manifest declares.
type DeclaredService struct {
	Port     int    `yaml:"port"`
	Protocol string `yaml:"protocol"`
	Purpose  string `yaml:"purpose"`
}

// DeclaredHost lists the services declared on one host.
type DeclaredHost struct {
	Host     string            `yaml:"host"`
	Services []DeclaredService `yaml:"services"`
}

// Manifest is the file --manifest reads.
type Manifest struct {
	Version int            `yaml:"version"`
	Hosts   []DeclaredHost `yaml:"hosts"`
}

// locator names "file:line: field" for messages (the shared one of
// package inputs).
type locator = inputs.Locator

// decode reads path through the inputs package's bounds and strict
// decoding into v (duplicate keys, unknown fields and wrong types are
// refused with file, line and field) and refuses versions other than 1
// (version reads it from v once decoded); what names the file in messages.
func decode(ctx context.Context, kind inputs.Kind, path, what, initCmd string, v any, version func() int) (locator, error) {
	data, err := inputs.Read(ctx, kind, path)
	if err != nil {
		return locator{}, err
	}
	file, err := inputs.Decode(data, path, v)
	if errors.Is(err, inputs.ErrLimit) {
		return locator{}, fmt.Errorf("%s %w", what, err)
	}
	if err != nil {
		return locator{}, fmt.Errorf("%s %s\n(check the YAML syntax and the field names; '%s' prints a valid template)",
			what, checks.Clip(err.Error(), 2000), initCmd)
	}
	loc := locator{Source: path, File: file}
	if n := version(); n != 0 && n != 1 {
		return loc, fmt.Errorf("%s: version %d is not supported (use 1)", loc.At("version"), n)
	}
	return loc, nil
}

// LoadAuthorisations reads and validates an authorisations file.
func LoadAuthorisations(ctx context.Context, path string) (*AuthorisationsFile, error) {
	var af AuthorisationsFile
	loc, err := decode(ctx, inputs.Authorisations, path, "authorisations file", "conformscan authorisations init", &af, func() int { return af.Version })
	if err != nil {
		return nil, err
	}
	for i := range af.Authorisations {
		if err := af.Authorisations[i].validate(loc, fmt.Sprintf("authorisations[%d]", i)); err != nil {
			return nil, err
		}
	}
	return &af, nil
}

func (a *Authorisation) validate(loc locator, at string) error {
	a.Tool = strings.TrimSpace(a.Tool)
	switch {
	case a.Tool == "":
		return fmt.Errorf("%s: the tool is missing (vnc, rdp, x11, teamviewer, anydesk... or a LOLRMM tool name)", loc.At(at+".tool"))
	case len(a.Hosts) == 0:
		return fmt.Errorf("%s: list the hosts covered (addresses or names as scanned, \"local\", or \"*\")", loc.At(at+".hosts"))
	case strings.TrimSpace(a.AuthorisedBy) == "":
		return fmt.Errorf("%s: say who authorised it (the DSI's signatory)", loc.At(at+".authorised_by"))
	case strings.TrimSpace(a.Reference) == "":
		return fmt.Errorf("%s: give the authorisation's reference (ticket, letter, contract clause)", loc.At(at+".reference"))
	}
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(a.ValidUntil))
	if err != nil {
		return fmt.Errorf("%s: %q is not a date YYYY-MM-DD (an authorisation must end)", loc.At(at+".valid_until"), checks.Clip(a.ValidUntil, 40))
	}
	a.Until = t.AddDate(0, 0, 1)
	return nil
}

// LoadManifest reads and validates a manifest of declared services.
func LoadManifest(ctx context.Context, path string) (*Manifest, error) {
	var m Manifest
	loc, err := decode(ctx, inputs.Manifest, path, "manifest", "conformscan manifest init", &m, func() int { return m.Version })
	if err != nil {
		return nil, err
	}
	for i := range m.Hosts {
		h := &m.Hosts[i]
		if strings.TrimSpace(h.Host) == "" {
			return nil, fmt.Errorf("%s: the host is missing (address or name as scanned)", loc.At(fmt.Sprintf("hosts[%d].host", i)))
		}
		for j := range h.Services {
			if err := h.Services[j].validate(loc, fmt.Sprintf("hosts[%d].services[%d]", i, j)); err != nil {
				return nil, err
			}
		}
	}
	return &m, nil
}

func (d *DeclaredService) validate(loc locator, at string) error {
	if d.Port < 1 || d.Port > 65535 {
		return fmt.Errorf("%s: port %d is not between 1 and 65535", loc.At(at+".port"), d.Port)
	}
	d.Protocol = strings.ToLower(strings.TrimSpace(d.Protocol))
	if d.Protocol == "" {
		d.Protocol = "tcp"
	}
	if d.Protocol != "tcp" && d.Protocol != "udp" {
		return fmt.Errorf("%s: protocol %q: use tcp or udp", loc.At(at+".protocol"), checks.Clip(d.Protocol, 20))
	}
	if strings.TrimSpace(d.Purpose) == "" {
		return fmt.Errorf("%s: say what the service is for (the grid asks for the purpose of every service)", loc.At(at+".purpose"))
	}
	return nil
}
