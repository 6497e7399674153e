package hostprotect

import (
	"strconv"
	"strings"
)

// EVR is an RPM epoch, version and release.
type EVR struct {
	Epoch   int
	Version string
	Release string
}

// String is "[epoch:]version-release".
func (e EVR) String() string {
	s := e.Version
	if e.Release != "" {
		s += "-" + e.Release
	}
	if e.Epoch != 0 {
		s = strconv.Itoa(e.Epoch) + ":" + s
	}
	return s
}

// Compare orders two EVRs as rpm does (rpmVersionCompare): epoch, then
// version, then release with rpmvercmp.
func (e EVR) Compare(o EVR) int {
	if e.Epoch != o.Epoch {
		if e.Epoch < o.Epoch {
			return -1
		}
		return 1
	}
	if c := RPMVerCmp(e.Version, o.Version); c != 0 {
		return c
	}
	return RPMVerCmp(e.Release, o.Release)
}

func isAlnum(c byte) bool { return isDigit(c) || isAlpha(c) }

// RPMVerCmp is rpm's lib/rpmvercmp.c: segments of digits or letters are
// compared in turn (numbers numerically, a number beats letters), '~'
// sorts before everything and '^' after the end but before anything else.
func RPMVerCmp(a, b string) int {
	if a == b {
		return 0
	}
	i, j := 0, 0
	at := func(s string, k int) byte {
		if k < len(s) {
			return s[k]
		}
		return 0
	}
	for i < len(a) || j < len(b) {
		for i < len(a) && !isAlnum(a[i]) && a[i] != '~' && a[i] != '^' {
			i++
		}
		for j < len(b) && !isAlnum(b[j]) && b[j] != '~' && b[j] != '^' {
			j++
		}
		ca, cb := at(a, i), at(b, j)
		if ca == '~' || cb == '~' {
			if ca != '~' {
				return 1
			}
			if cb != '~' {
				return -1
			}
			i, j = i+1, j+1
			continue
		}
		if ca == '^' || cb == '^' {
			switch {
			case ca == 0:
				return -1
			case cb == 0:
				return 1
			case ca != '^':
				return 1
			case cb != '^':
				return -1
			}
			i, j = i+1, j+1
			continue
		}
		if ca == 0 || cb == 0 {
			break
		}
		if c, done := segment(a, b, &i, &j); done {
			return c
		}
	}
	switch {
	case i >= len(a) && j >= len(b):
		return 0
	case i >= len(a):
		return -1
	}
	return 1
}

// segment compares the next segment of a and b (digits or letters, as
// a's next character is), advancing i and j; done when it decides.
func segment(a, b string, i, j *int) (int, bool) {
	class := isAlpha
	isnum := isDigit(a[*i])
	if isnum {
		class = isDigit
	}
	si, sj := *i, *j
	for *i < len(a) && class(a[*i]) {
		*i++
	}
	for *j < len(b) && class(b[*j]) {
		*j++
	}
	one, two := a[si:*i], b[sj:*j]
	if two == "" {
		if isnum {
			return 1, true
		}
		return -1, true
	}
	if isnum {
		one, two = strings.TrimLeft(one, "0"), strings.TrimLeft(two, "0")
		if len(one) != len(two) {
			if len(one) > len(two) {
				return 1, true
			}
			return -1, true
		}
	}
	if c := strings.Compare(one, two); c != 0 {
		return c, true
	}
	return 0, false
}
