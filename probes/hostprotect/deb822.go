package hostprotect

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Stanza is one paragraph of a deb822 file (dpkg status, apt Packages and
// Release files); keys are lower-cased field names.
type Stanza map[string]string

// Get returns a field's value, its name in any case.
func (s Stanza) Get(name string) string { return s[strings.ToLower(name)] }

// ParseDeb822 reads deb822 paragraphs strictly: every line is a field, a
// continuation of the previous field or a blank separator; a file that
// does not end with a newline, a NUL byte or a line of neither form is an
// error naming the line (a truncated or corrupt list never reads as
// "fewer packages").
func ParseDeb822(b []byte) ([]Stanza, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if b[len(b)-1] != '\n' {
		return nil, errors.New("truncated: the last line does not end with a newline")
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, errors.New("NUL byte: not a text list")
	}
	var out []Stanza
	var cur Stanza
	last := ""
	for n, line := range strings.Split(string(b[:len(b)-1]), "\n") {
		line = strings.TrimSuffix(line, "\r")
		switch {
		case strings.TrimSpace(line) == "":
			cur, last = nil, ""
			continue
		case line[0] == '#' && cur == nil:
			continue
		case line[0] == ' ' || line[0] == '\t':
			if last == "" {
				return nil, fmt.Errorf("line %d: continuation without a field", n+1)
			}
			cur[last] += "\n" + strings.TrimSpace(line)
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || name == "" || strings.ContainsAny(name, " \t") {
			return nil, fmt.Errorf("line %d: %q is not a field", n+1, clip(line))
		}
		if cur == nil {
			cur = Stanza{}
			out = append(out, cur)
		}
		last = strings.ToLower(name)
		if _, dup := cur[last]; dup {
			return nil, fmt.Errorf("line %d: field %s twice in one paragraph", n+1, name)
		}
		cur[last] = strings.TrimSpace(value)
	}
	return out, nil
}

// requireFields checks that every stanza has the named fields.
func requireFields(ss []Stanza, fields ...string) error {
	for i, s := range ss {
		for _, f := range fields {
			if s.Get(f) == "" {
				return fmt.Errorf("paragraph %d (%s): no %s field: incomplete list", i+1, clip(s.Get("Package")), f)
			}
		}
	}
	return nil
}

// Release is an apt Release or InRelease file.
type Release struct {
	Origin   string `json:"origin,omitempty"`
	Label    string `json:"label,omitempty"`
	Suite    string `json:"suite,omitempty"`
	Codename string `json:"codename,omitempty"`
	// Date is the Date field (zero when absent).
	Date time.Time `json:"date"`
	// Files maps a path ("main/binary-amd64/Packages") to its SHA256
	// and size, from the SHA256 field.
	Files map[string]IndexFile `json:"-"`
}

// IndexFile is one SHA256 line of a Release file.
type IndexFile struct {
	SHA256 string
	Size   int64
}

// Security tells whether the release is a security origin: its Label,
// Suite or Codename says "security" (Debian-Security, bookworm-security,
// jammy-security, stable-security).
func (r Release) Security() bool {
	for _, v := range []string{r.Label, r.Suite, r.Codename} {
		if strings.Contains(strings.ToLower(v), "security") {
			return true
		}
	}
	return false
}

// ParseRelease reads a Release file, or an InRelease file whose
// clear-signed armour it removes (the signature was apt's to check).
func ParseRelease(b []byte) (Release, error) {
	body, err := unarmor(b)
	if err != nil {
		return Release{}, err
	}
	ss, err := ParseDeb822(body)
	if err != nil {
		return Release{}, err
	}
	if len(ss) != 1 {
		return Release{}, fmt.Errorf("%d paragraphs, a Release file has one", len(ss))
	}
	s := ss[0]
	r := Release{Origin: s.Get("Origin"), Label: s.Get("Label"), Suite: s.Get("Suite"), Codename: s.Get("Codename"), Files: map[string]IndexFile{}}
	if d := s.Get("Date"); d != "" {
		if r.Date, err = ParseReleaseDate(d); err != nil {
			return Release{}, err
		}
	}
	for _, l := range strings.Split(s.Get("SHA256"), "\n") {
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		size, err := strconv.ParseInt(fieldAt(f, 1), 10, 64)
		if len(f) != 3 || err != nil || size < 0 {
			return Release{}, fmt.Errorf("SHA256 line %q: want hash size path", clip(l))
		}
		r.Files[f[2]] = IndexFile{SHA256: strings.ToLower(f[0]), Size: size}
	}
	return r, nil
}

func fieldAt(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

// ParseReleaseDate reads a Release Date (RFC 2822 in UTC, as apt writes
// it: "Sat, 02 Dec 2026 10:00:00 UTC").
func ParseReleaseDate(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC1123, time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("Date %q: not an RFC 2822 date", clip(s))
}

const (
	armorBegin = "-----BEGIN PGP SIGNED MESSAGE-----"
	armorSig   = "-----BEGIN PGP SIGNATURE-----"
)

// unarmor returns the signed text of a clear-signed message, or b itself
// when it is not armoured.
func unarmor(b []byte) ([]byte, error) {
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	if !strings.HasPrefix(s, armorBegin) {
		return b, nil
	}
	_, rest, ok := strings.Cut(s, "\n\n") // armour headers end at a blank line
	if !ok {
		return nil, errors.New("InRelease: no end of the armour headers: truncated")
	}
	body, _, ok := strings.Cut(rest, "\n"+armorSig)
	if !ok {
		return nil, errors.New("InRelease: no signature block: truncated")
	}
	var out strings.Builder
	for _, l := range strings.Split(body, "\n") {
		out.WriteString(strings.TrimPrefix(l, "- "))
		out.WriteByte('\n')
	}
	return []byte(out.String()), nil
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
