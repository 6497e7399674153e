package passwords

import (
	"bytes"
	"context"
	"regexp"
	"strings"

	"conformscan/inputs"
)

// Secret is one password value found in a configuration file. The value
// itself is never kept: only its first character, masked.
type Secret struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Key  string `json:"key"`
	// Masked is the value's first character then "****".
	Masked string `json:"masked"`
	// Form is "cleartext" or the hash scheme recognised (bcrypt, argon2...).
	Form string `json:"form"`
}

// secretRE finds "key = value", "key: value", "key => value" and
// "key=value" inside connection strings, for keys naming a password.
var secretRE = regexp.MustCompile(`(?i)([A-Za-z0-9_.\-]*(?:passw(?:or)?d|pwd|secret)[A-Za-z0-9_.\-]*)["']?\s*(?:=>|=|:)\s*("[^"]*"|'[^']*'|[^\s;,&"'<>]+)`)

// xmlSecretRE finds <password>value</password>.
var xmlSecretRE = regexp.MustCompile(`(?i)<([A-Za-z0-9_.\-]*(?:passw(?:or)?d|pwd|secret)[A-Za-z0-9_.\-]*)>([^<]+)</`)

// userinfoRE finds the password of a URL's user information
// (postgres://user:password@host).
var userinfoRE = regexp.MustCompile(`([a-z][a-z0-9+.\-]*)://[^:/@\s]+:([^@/\s]+)@`)

// hashForms recognise password hashes, which are not cleartext.
var hashForms = []struct {
	name string
	re   *regexp.Regexp
}{
	{"bcrypt", regexp.MustCompile(`^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$`)},
	{"argon2", regexp.MustCompile(`^\$argon2(id|i|d)\$`)},
	{"pbkdf2", regexp.MustCompile(`(?i)^(\$pbkdf2(-sha\d+)?\$|pbkdf2_sha\d+\$|\{PBKDF2[^}]*\})`)},
	{"sha512-crypt", regexp.MustCompile(`^\$6\$(rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{86}$`)},
	{"sha256-crypt", regexp.MustCompile(`^\$5\$(rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43}$`)},
	{"yescrypt", regexp.MustCompile(`^\$y\$`)},
	{"scrypt", regexp.MustCompile(`^\$(scrypt|7)\$`)},
	{"ssha", regexp.MustCompile(`(?i)^\{(SSHA|SSHA256|SSHA512|CRYPT)\}`)},
}

// HashForm names the hash scheme of v ("" when v looks like cleartext).
func HashForm(v string) string {
	for _, h := range hashForms {
		if h.re.MatchString(v) {
			return h.name
		}
	}
	return ""
}

// Mask returns the first character of v then "****" (never the value).
func Mask(v string) string {
	for _, r := range v {
		return string(r) + "****"
	}
	return "****"
}

// ScanConfig finds password values in one file's content.
func ScanConfig(path string, b []byte) []Secret {
	var out []Secret
	for n, raw := range bytes.Split(b, []byte("\n")) {
		text := string(raw)
		if t := strings.TrimSpace(text); strings.HasPrefix(t, "#") || strings.HasPrefix(t, "//") || strings.HasPrefix(t, ";") {
			continue
		}
		for _, m := range userinfoRE.FindAllStringSubmatch(text, 8) {
			if s, ok := secretOf(path, n+1, m[1]+" URL userinfo", m[2]); ok {
				out = append(out, s)
			}
		}
		for _, re := range []*regexp.Regexp{secretRE, xmlSecretRE} {
			for _, m := range re.FindAllStringSubmatch(text, 8) {
				if s, ok := secretOf(path, n+1, m[1], m[2]); ok {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// secretOf classifies one value; references to the environment, vaults
// and empty values are not secrets.
func secretOf(path string, n int, key, v string) (Secret, bool) {
	v = strings.Trim(strings.TrimSpace(v), `"'`)
	if v == "" || isReference(v) {
		return Secret{}, false
	}
	form := HashForm(v)
	if form == "" {
		form = "cleartext"
	}
	return Secret{File: path, Line: n, Key: clip(key, 80), Masked: Mask(v), Form: form}, true
}

func isReference(v string) bool {
	return strings.HasPrefix(v, "${") || strings.HasPrefix(v, "$(") || strings.HasPrefix(v, "%") ||
		strings.HasPrefix(v, "{{") || strings.HasPrefix(v, "ENC(") || strings.HasPrefix(v, "vault:") ||
		strings.HasPrefix(v, "env:") || strings.HasPrefix(v, "file:") || v == "null" || v == "~" || v == "*****"
}

// ScanConfigPaths reads each path (a file, or a directory walked up to
// its cap of files). A file that cannot be read whole (too large,
// unreadable, binary, a FIFO or a device) does not stop the walk: it is
// recorded in f.Skipped, and the refs fed by the walk cannot pass.
func ScanConfigPaths(ctx context.Context, paths []string, f *Facts) error {
	for _, root := range paths {
		skipped, err := inputs.Walk(ctx, inputs.ConfigPath, root, func(path string, b []byte) error {
			scanOne(path, b, f)
			return nil
		})
		f.Skipped = append(f.Skipped, skipped...)
		if err != nil {
			return err
		}
	}
	return nil
}

func scanOne(path string, b []byte, f *Facts) {
	b = []byte(decodeText(b)) // a UTF-16 file (Windows tools) as UTF-8
	f.ConfigFiles = append(f.ConfigFiles, path)
	for _, s := range ScanConfig(path, b) {
		if s.Form == "cleartext" {
			f.Secrets = append(f.Secrets, s)
		} else {
			f.Hashed = append(f.Hashed, s)
		}
	}
}
