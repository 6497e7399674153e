package hostaccess

import (
	"bytes"
	"strings"
)

// What a recording keeps of the files and outputs that hold secrets the
// host probes do not need. The probes read the redacted copy during the
// recording too, so the replay gives them exactly what they saw.
//
//   - /etc/shadow, /etc/gshadow, /etc/passwd: each password field is
//     reduced to its state (8.2 needs "empty", "locked" or "set"): empty
//     stays empty, "x" stays "x", a field starting with "!" or "*" becomes
//     that one character, any other (a hash) becomes "$redacted$".
//   - ps output: each line keeps the command name and, when the first
//     argument is an absolute path, that path (8.6 matches those); the
//     other arguments (which may carry passwords) are dropped.
const redactedHash = "$redacted$"

// passwordFiles are the files whose second field is a password.
var passwordFiles = map[string]bool{"/etc/shadow": true, "/etc/gshadow": true, "/etc/passwd": true}

// redact returns what a recording keeps of file p, and what it removed
// ("" when nothing).
func redact(p string, b []byte) ([]byte, string) {
	if !passwordFiles[p] {
		return b, ""
	}
	lines := bytes.SplitAfter(b, []byte("\n"))
	changed := false
	for i, l := range lines {
		f := bytes.SplitN(l, []byte(":"), 3)
		if len(f) < 3 {
			continue
		}
		if st := passwordState(string(f[1])); st != string(f[1]) {
			changed = true
			lines[i] = bytes.Join([][]byte{f[0], []byte(st), f[2]}, []byte(":"))
		}
	}
	if !changed {
		return b, ""
	}
	return bytes.Join(lines, nil), "password hashes replaced by " + redactedHash + " (the state is kept: empty, locked, set)"
}

// passwordState reduces a password field to what 8.2 tells apart.
func passwordState(f string) string {
	switch {
	case f == "" || f == "x":
		return f
	case strings.HasPrefix(f, "!"), strings.HasPrefix(f, "*"):
		return f[:1]
	}
	return redactedHash
}

// redactRun returns what a recording keeps of a command's output.
func redactRun(argv []string, out []byte) ([]byte, string) {
	if len(argv) < 2 || argv[0] != "ps" || !strings.Contains(argv[len(argv)-1], "args") {
		return out, ""
	}
	var b bytes.Buffer
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
			continue
		case len(f) > 1 && strings.HasPrefix(f[1], "/"):
			b.WriteString(f[0] + " " + f[1] + "\n")
		default:
			b.WriteString(f[0] + "\n")
		}
	}
	return b.Bytes(), "process arguments after the executable's path"
}
