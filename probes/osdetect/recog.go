package osdetect

import (
	"embed"
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"
)

//go:embed data/*.xml data/LICENSE data/SOURCE
var recogFiles embed.FS

// Recog databases embedded (Rapid7 recog, BSD-2-Clause).
const (
	RecogSSH  = "ssh_banners.xml"
	RecogSMB  = "smb_native_os.xml"
	RecogSNMP = "snmp_sysdescr.xml"
)

// Fingerprint is one recog pattern with its parameters and examples.
type Fingerprint struct {
	Pattern     string
	Description string
	re          *regexp.Regexp
	params      []recogParam
	Examples    []RecogExample
}

type recogParam struct {
	Pos   int    `xml:"pos,attr"`
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

// RecogExample is a string recog says a fingerprint matches, with the
// parameters it must yield.
type RecogExample struct {
	Text  string
	Attrs map[string]string
}

type xmlDB struct {
	Fingerprints []struct {
		Pattern     string       `xml:"pattern,attr"`
		Flags       string       `xml:"flags,attr"`
		Description string       `xml:"description"`
		Params      []recogParam `xml:"param"`
		Examples    []struct {
			Attrs []xml.Attr `xml:",any,attr"`
			Text  string     `xml:",chardata"`
		} `xml:"example"`
	} `xml:"fingerprint"`
}

// Recog is one parsed recog database.
type Recog struct {
	Name string
	FPs  []Fingerprint
	// Skipped counts patterns Go's regexp cannot compile (Ruby-only syntax).
	Skipped int
}

// LoadRecog parses an embedded recog database.
func LoadRecog(name string) (*Recog, error) {
	raw, err := recogFiles.ReadFile("data/" + name)
	if err != nil {
		return nil, fmt.Errorf("recog database %s: %w", name, err)
	}
	var db xmlDB
	if err := xml.Unmarshal(raw, &db); err != nil {
		return nil, fmt.Errorf("recog database %s: %w", name, err)
	}
	r := &Recog{Name: name}
	for _, f := range db.Fingerprints {
		pat := f.Pattern
		if strings.Contains(f.Flags, "REG_ICASE") {
			pat = "(?i)" + pat
		}
		re, err := regexp.Compile(pat)
		if err != nil {
			r.Skipped++
			continue
		}
		fp := Fingerprint{Pattern: f.Pattern, Description: f.Description, re: re, params: f.Params}
		for _, e := range f.Examples {
			ex := RecogExample{Text: e.Text, Attrs: map[string]string{}}
			for _, a := range e.Attrs {
				ex.Attrs[a.Name.Local] = a.Value
			}
			fp.Examples = append(fp.Examples, ex)
		}
		r.FPs = append(r.FPs, fp)
	}
	return r, nil
}

// Match returns the parameters of the first fingerprint s matches (nil:
// none), with {name} templates filled.
func (r *Recog) Match(s string) map[string]string {
	if r == nil {
		return nil
	}
	for i := range r.FPs {
		if out := r.FPs[i].Match(s); out != nil {
			return out
		}
	}
	return nil
}

// Match returns the fingerprint's parameters for s (nil: no match).
func (f *Fingerprint) Match(s string) map[string]string {
	m := f.re.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	out := map[string]string{"fp.description": f.Description}
	for _, p := range f.params {
		switch {
		case p.Pos == 0:
			out[p.Name] = p.Value
		case p.Pos < len(m) && m[p.Pos] != "":
			out[p.Name] = m[p.Pos]
		}
	}
	for k, v := range out {
		for name, val := range out {
			v = strings.ReplaceAll(v, "{"+name+"}", val)
		}
		out[k] = v
	}
	return out
}
