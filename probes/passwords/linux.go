package passwords

import (
	"strconv"
	"strings"
)

// Linux files read, as absolute paths under the probe's root.
const (
	LoginDefs    = "/etc/login.defs"
	PwqualityCnf = "/etc/security/pwquality.conf"
	FaillockConf = "/etc/security/faillock.conf"
)

// pamPasswordFiles hold the password stack (Debian, then Red Hat).
var pamPasswordFiles = []string{"/etc/pam.d/common-password", "/etc/pam.d/system-auth", "/etc/pam.d/password-auth"}

// pamAuthFiles hold the auth stack (faillock, tally2).
var pamAuthFiles = []string{"/etc/pam.d/common-auth", "/etc/pam.d/system-auth", "/etc/pam.d/password-auth"}

// pamLine is one module line of a PAM stack.
type pamLine struct {
	Type, Module string
	Args         map[string]string
	Where        string
}

// parsePAM reads the module lines of a PAM file.
func parsePAM(path string, b []byte) []pamLine {
	var out []pamLine
	for _, l := range lines(b) {
		fields := strings.Fields(l.Text)
		if len(fields) < 3 || strings.HasPrefix(fields[0], "@") {
			continue
		}
		typ := strings.TrimPrefix(fields[0], "-")
		rest := fields[2:]
		if strings.HasPrefix(fields[1], "[") { // [success=1 default=ignore]
			i := 1
			for i < len(fields) && !strings.HasSuffix(fields[i], "]") {
				i++
			}
			if i+1 >= len(fields) {
				continue
			}
			rest = fields[i+1:]
		}
		p := pamLine{Type: typ, Module: moduleName(rest[0]), Args: map[string]string{}, Where: where(path, l)}
		for _, a := range rest[1:] {
			k, v, _ := strings.Cut(a, "=")
			p.Args[k] = v
		}
		out = append(out, p)
	}
	return out
}

// moduleName turns "/lib/security/pam_unix.so" into "pam_unix".
func moduleName(s string) string {
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	return strings.TrimSuffix(s, ".so")
}

// keyValues reads "KEY value" or "key = value" lines, keys lower-cased.
func keyValues(path string, b []byte) map[string]kv {
	out := map[string]kv{}
	for _, l := range lines(b) {
		k, v, ok := strings.Cut(l.Text, "=")
		if !ok {
			f := strings.Fields(l.Text)
			if len(f) == 0 {
				continue
			}
			k, v = f[0], strings.TrimSpace(strings.TrimPrefix(l.Text, f[0]))
		}
		out[strings.ToLower(strings.TrimSpace(k))] = kv{Value: strings.TrimSpace(v), Where: where(path, l)}
	}
	return out
}

// kv is one setting and where it was read.
type kv struct {
	Value string
	Where string
}

func atoi(s string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	return n, err == nil
}
