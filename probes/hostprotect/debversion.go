package hostprotect

import (
	"fmt"
	"strconv"
	"strings"
)

// DebVersion is a parsed Debian version: [epoch:]upstream[-revision].
type DebVersion struct {
	Epoch    int
	Upstream string
	Revision string
}

// ParseDebVersion parses a Debian version as dpkg does
// (lib/dpkg/parsehelp.c parseversion): the epoch is the digits before
// the first colon, the revision what follows the last hyphen.
func ParseDebVersion(s string) (DebVersion, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return DebVersion{}, fmt.Errorf("empty version")
	}
	if strings.ContainsAny(s, " \t\n") {
		return DebVersion{}, fmt.Errorf("version %q has embedded spaces", s)
	}
	var v DebVersion
	if e, rest, ok := strings.Cut(s, ":"); ok {
		n, err := strconv.Atoi(e)
		if err != nil || n < 0 || e == "" {
			return DebVersion{}, fmt.Errorf("version %q: bad epoch", s)
		}
		v.Epoch, s = n, rest
	}
	if i := strings.LastIndexByte(s, '-'); i >= 0 {
		v.Upstream, v.Revision = s[:i], s[i+1:]
	} else {
		v.Upstream = s
	}
	if v.Upstream == "" {
		return DebVersion{}, fmt.Errorf("version %q: empty upstream part", s)
	}
	return v, nil
}

// String is the version as dpkg writes it.
func (v DebVersion) String() string {
	s := v.Upstream
	if v.Epoch != 0 {
		s = strconv.Itoa(v.Epoch) + ":" + s
	}
	if v.Revision != "" {
		s += "-" + v.Revision
	}
	return s
}

// Compare returns <0, 0, >0 as v is older than, equal to or newer than w
// (dpkg's dpkg_version_compare).
func (v DebVersion) Compare(w DebVersion) int {
	if v.Epoch != w.Epoch {
		if v.Epoch < w.Epoch {
			return -1
		}
		return 1
	}
	if c := verrevcmp(v.Upstream, w.Upstream); c != 0 {
		return c
	}
	return verrevcmp(v.Revision, w.Revision)
}

// CompareDebVersions compares two version strings; an unparsable one is
// an error, never "equal".
func CompareDebVersions(a, b string) (int, error) {
	va, err := ParseDebVersion(a)
	if err != nil {
		return 0, err
	}
	vb, err := ParseDebVersion(b)
	if err != nil {
		return 0, err
	}
	return va.Compare(vb), nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlpha(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// order is dpkg's character weight: '~' sorts before everything, even
// the end of the string, letters before other characters.
func order(c byte) int {
	switch {
	case isDigit(c):
		return 0
	case isAlpha(c):
		return int(c)
	case c == '~':
		return -1
	case c != 0:
		return int(c) + 256
	}
	return 0
}

// verrevcmp is dpkg's lib/dpkg/version.c verrevcmp.
func verrevcmp(a, b string) int {
	at := func(s string, i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		for (i < len(a) && !isDigit(a[i])) || (j < len(b) && !isDigit(b[j])) {
			ac, bc := order(at(a, i)), order(at(b, j))
			if ac != bc {
				return ac - bc
			}
			i, j = i+1, j+1
		}
		for i < len(a) && a[i] == '0' {
			i++
		}
		for j < len(b) && b[j] == '0' {
			j++
		}
		firstDiff := 0
		for i < len(a) && j < len(b) && isDigit(a[i]) && isDigit(b[j]) {
			if firstDiff == 0 {
				firstDiff = int(a[i]) - int(b[j])
			}
			i, j = i+1, j+1
		}
		if i < len(a) && isDigit(a[i]) {
			return 1
		}
		if j < len(b) && isDigit(b[j]) {
			return -1
		}
		if firstDiff != 0 {
			return firstDiff
		}
	}
	return 0
}
