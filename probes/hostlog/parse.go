package hostlog

import (
	"bufio"
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// maxFile bounds every file the probe reads.
const maxFile = 1 << 20

// line is one meaningful line of a file.
type line struct {
	N    int
	Text string
}

// lines splits b into trimmed lines without blanks and # comments.
func lines(b []byte) []line {
	var out []line
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 4096), maxFile+1)
	for n := 1; sc.Scan(); n++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		out = append(out, line{N: n, Text: t})
	}
	return out
}

func where(label string, n int) string { return fmt.Sprintf("%s:%d", label, n) }

// sshdLine is one sshd_config keyword before the first Match block.
type sshdLine struct {
	Key, Value string
	N          int
}

// ParseSSHD returns the global keywords of an sshd_config file (lowercase
// keys), stopping at the first Match block, whose keywords are
// conditional.
func ParseSSHD(b []byte) []sshdLine {
	var out []sshdLine
	for _, l := range lines(b) {
		k, v, _ := strings.Cut(strings.Join(strings.Fields(strings.Replace(l.Text, "=", " ", 1)), " "), " ")
		k = strings.ToLower(k)
		if k == "match" {
			break
		}
		out = append(out, sshdLine{Key: k, Value: strings.Trim(v, `"`), N: l.N})
	}
	return out
}

// ParseKeyValues reads an INI-like systemd file: Key=Value lines of any
// section (the files read have one), last value wins.
func ParseKeyValues(label string, b []byte) map[string]Setting {
	out := map[string]Setting{}
	for _, l := range lines(b) {
		k, v, ok := strings.Cut(l.Text, "=")
		if !ok || strings.HasPrefix(l.Text, "[") || strings.HasPrefix(l.Text, ";") {
			continue
		}
		k = strings.TrimSpace(k)
		out[k] = Setting{Key: k, Value: strings.TrimSpace(v), Where: where(label, l.N)}
	}
	return out
}

var (
	rsyslogAction = regexp.MustCompile(`(?is)action\s*\(([^)]*)\)`)
	rsyslogParam  = regexp.MustCompile(`(?i)([a-z.]+)\s*=\s*"([^"]*)"`)
)

// ParseRsyslog returns the rules of an rsyslog file (legacy selector
// lines and RainerScript actions) that write the auth/authpriv facility,
// and the forwarding actions (@host, @@host:port, omfwd, omrelp).
func ParseRsyslog(label string, b []byte) (auth []Setting, fwd []Forward) {
	b = blankBlockComments(b)
	for _, l := range lines(b) {
		f := strings.Fields(l.Text)
		if len(f) < 2 || strings.HasPrefix(f[0], "$") || strings.ContainsAny(f[0], "()") || !strings.Contains(f[0], ".") {
			continue
		}
		action := strings.Join(f[1:], " ")
		if coversAuth(f[0]) && (strings.HasPrefix(action, "/") || strings.HasPrefix(action, "-/") || strings.HasPrefix(action, "@")) {
			auth = append(auth, Setting{Key: f[0], Value: action, Where: where(label, l.N)})
		}
		if file := omfileOf(action); coversAuth(f[0]) && file != "" {
			auth = append(auth, Setting{Key: f[0], Value: file, Where: where(label, l.N)})
		}
		if strings.HasPrefix(action, "@") {
			fw := legacyForward(action)
			fw.Where = where(label, l.N)
			if fw.Host != "" {
				fwd = append(fwd, fw)
			}
		}
	}
	text := stripComments(b)
	for _, m := range rsyslogAction.FindAllStringSubmatchIndex(text, -1) {
		params := map[string]string{}
		for _, p := range rsyslogParam.FindAllStringSubmatch(text[m[2]:m[3]], -1) {
			params[strings.ToLower(p[1])] = p[2]
		}
		typ := strings.ToLower(params["type"])
		if (typ == "omfwd" || typ == "omrelp") && params["target"] != "" {
			n := 1 + strings.Count(text[:m[0]], "\n")
			fwd = append(fwd, Forward{Via: "rsyslog", Host: params["target"], Port: params["port"],
				Protocol: firstOf(params["protocol"], typ), Where: where(label, n)})
		}
	}
	return auth, fwd
}

// omfileOf returns the file of an omfile action written on the
// selector's line ('action(type="omfile" file="/var/log/auth.log")').
func omfileOf(action string) string {
	if !strings.HasPrefix(strings.ToLower(action), "action(") {
		return ""
	}
	params := map[string]string{}
	for _, p := range rsyslogParam.FindAllStringSubmatch(action, -1) {
		params[strings.ToLower(p[1])] = p[2]
	}
	if strings.EqualFold(params["type"], "omfile") && strings.HasPrefix(params["file"], "/") {
		return params["file"]
	}
	return ""
}

// blankBlockComments blanks /* */ comments (RainerScript), keeping
// newlines so that line numbers stay; an unclosed comment runs to the
// end. A comment opens only after a blank or at a line's start, outside
// quotes and legacy $ directives ("$IncludeConfig /etc/rsyslog.d/*.conf").
func blankBlockComments(b []byte) []byte {
	out := append([]byte(nil), b...)
	in, quoted, legacy, start := false, false, false, true
	for i := 0; i < len(out); i++ {
		c := out[i]
		next := i+1 < len(out) && ((!in && out[i+1] == '*') || (in && out[i+1] == '/'))
		switch {
		case in && c == '*' && next:
			in = false
			out[i], out[i+1] = ' ', ' '
			i++
		case in:
			if c != '\n' {
				out[i] = ' '
			}
		case c == '\n':
			quoted, legacy, start = false, false, true
		case c == '"':
			quoted, start = !quoted, false
		case c == '/' && next && !quoted && !legacy && (start || out[i-1] == ' ' || out[i-1] == '\t'):
			in = true
			out[i], out[i+1] = ' ', ' '
			i++
		case c == '$' && start:
			legacy, start = true, false
		case c != ' ' && c != '\t':
			start = false
		}
	}
	return out
}

// stripComments blanks # comments, keeping line numbers.
func stripComments(b []byte) string {
	ls := strings.Split(string(b), "\n")
	for i, l := range ls {
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			ls[i] = ""
		}
	}
	return strings.Join(ls, "\n")
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// coversAuth tells whether a syslog selector ("auth,authpriv.*",
// "*.*;auth,authpriv.none") selects auth or authpriv messages.
func coversAuth(sel string) bool {
	state := map[string]bool{"auth": false, "authpriv": false}
	for _, seg := range strings.Split(sel, ";") {
		facs, prio, ok := strings.Cut(seg, ".")
		if !ok {
			continue
		}
		on := prio != "none" && prio != "!*"
		for _, fac := range strings.Split(facs, ",") {
			for k := range state {
				if fac == k || fac == "*" || (k == "auth" && fac == "security") {
					state[k] = on
				}
			}
		}
	}
	return state["auth"] || state["authpriv"]
}

// legacyForward parses "@host", "@@host:port", "@@(o)[::1]:514;Template".
func legacyForward(a string) Forward {
	fw := Forward{Via: "rsyslog", Protocol: "udp"}
	if strings.HasPrefix(a, "@@") {
		fw.Protocol, a = "tcp", a[2:]
	} else {
		a = a[1:]
	}
	if strings.HasPrefix(a, "(") {
		if i := strings.Index(a, ")"); i >= 0 {
			a = a[i+1:]
		}
	}
	a, _, _ = strings.Cut(a, ";")
	fields := strings.Fields(a)
	if len(fields) == 0 {
		return fw
	}
	a = fields[0]
	if strings.HasPrefix(a, "[") {
		if i := strings.Index(a, "]"); i > 0 {
			fw.Host, fw.Port = a[1:i], strings.TrimPrefix(a[i+1:], ":")
			return fw
		}
	}
	fw.Host, fw.Port, _ = strings.Cut(a, ":")
	return fw
}

var (
	ngBlock  = regexp.MustCompile(`(?s)\b(destination|filter)\s+([A-Za-z0-9_.-]+)\s*\{(.*?)\}\s*;`)
	ngLog    = regexp.MustCompile(`(?s)\blog\s*\{(.*?)\}\s*;`)
	ngRef    = regexp.MustCompile(`\b(destination|filter)\s*\(\s*([A-Za-z0-9_.-]+)\s*\)`)
	ngDriver = regexp.MustCompile(`\b(network|syslog|tcp|udp|tcp6|udp6)\s*\(\s*"?([A-Za-z0-9_.:\[\]-]+)"?([^;]*)`)
	ngPort   = regexp.MustCompile(`\bport\s*\(\s*(\d+)\s*\)`)
	ngTrans  = regexp.MustCompile(`\btransport\s*\(\s*"?([a-z]+)"?\s*\)`)
	ngAuth   = regexp.MustCompile(`\bfacility\s*\([^)]*\bauth(priv)?\b`)
	ngNotFac = regexp.MustCompile(`\bnot\s+facility\s*\([^)]*\)`)
)

// ParseSyslogNG returns, from a syslog-ng file, the log paths whose filter
// selects auth/authpriv and the network destinations used by a log path.
// Definitions and log paths must be in the same file.
func ParseSyslogNG(label string, b []byte) (auth []Setting, fwd []Forward) {
	text := stripComments(b)
	dests, authFilters := map[string][]Forward{}, map[string]bool{}
	for _, m := range ngBlock.FindAllStringSubmatchIndex(text, -1) {
		kind, name, body := text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]]
		n := 1 + strings.Count(text[:m[0]], "\n")
		if kind == "filter" {
			// "not facility(auth, authpriv, mail)" (Debian's f_syslog3)
			// excludes auth: only a facility not negated selects it.
			authFilters[name] = ngAuth.MatchString(ngNotFac.ReplaceAllString(body, ""))
			continue
		}
		for _, d := range ngDriver.FindAllStringSubmatch(body, -1) {
			fw := Forward{Via: "syslog-ng", Host: d[2], Protocol: d[1], Where: where(label, n)}
			if p := ngPort.FindStringSubmatch(d[3]); p != nil {
				fw.Port = p[1]
			}
			if t := ngTrans.FindStringSubmatch(d[3]); t != nil {
				fw.Protocol = t[1]
			}
			dests[name] = append(dests[name], fw)
		}
	}
	used := map[string]bool{}
	for _, m := range ngLog.FindAllStringSubmatchIndex(text, -1) {
		body, n := text[m[2]:m[3]], 1+strings.Count(text[:m[0]], "\n")
		isAuth := false
		for _, r := range ngRef.FindAllStringSubmatch(body, -1) {
			if r[1] == "filter" && authFilters[r[2]] {
				isAuth = true
			}
		}
		for _, r := range ngRef.FindAllStringSubmatch(body, -1) {
			if r[1] != "destination" {
				continue
			}
			if isAuth {
				auth = append(auth, Setting{Key: "log", Value: "destination(" + r[2] + ")", Where: where(label, n)})
			}
			if !used[r[2]] {
				used[r[2]] = true
				fwd = append(fwd, dests[r[2]]...)
			}
		}
	}
	return auth, fwd
}

// ParsePasswd reads /etc/passwd lines: name, UID, shell.
func ParsePasswd(label string, b []byte) []Account {
	var out []Account
	for _, l := range lines(b) {
		f := strings.Split(l.Text, ":")
		if len(f) != 7 || f[0] == "" || strings.HasPrefix(f[0], "+") || strings.HasPrefix(f[0], "-") {
			continue
		}
		uid, err := strconv.Atoi(f[2])
		if err != nil {
			continue
		}
		gid, _ := strconv.Atoi(f[3])
		out = append(out, Account{Name: f[0], UID: uid, GID: gid, Shell: f[6], Password: "unknown", Where: where(label, l.N)})
	}
	return out
}

// ParseShadow maps each account of /etc/shadow to its password state:
// "hash", "empty" or "locked" (a field starting with ! or *).
func ParseShadow(b []byte) map[string]string {
	out := map[string]string{}
	for _, l := range lines(b) {
		f := strings.Split(l.Text, ":")
		if len(f) < 2 || f[0] == "" {
			continue
		}
		switch p := f[1]; {
		case p == "":
			out[f[0]] = "empty"
		case strings.HasPrefix(p, "!") || strings.HasPrefix(p, "*"):
			out[f[0]] = "locked"
		default:
			out[f[0]] = "hash"
		}
	}
	return out
}

// AdminGroupNames are the groups whose members administer a Linux host
// (sudo on Debian/Ubuntu, wheel on RHEL-family, admin on older Ubuntu).
var AdminGroupNames = []string{"sudo", "wheel", "admin"}

// ParseGroup returns the administration groups of /etc/group.
func ParseGroup(label string, b []byte) []Group {
	var out []Group
	for _, l := range lines(b) {
		f := strings.Split(l.Text, ":")
		if len(f) != 4 || !slices.Contains(AdminGroupNames, f[0]) {
			continue
		}
		gid, err := strconv.Atoi(f[2])
		if err != nil {
			continue
		}
		g := Group{Name: f[0], GID: gid, Members: []string{}, Where: where(label, l.N)}
		for _, m := range strings.Split(f[3], ",") {
			if m = strings.TrimSpace(m); m != "" {
				g.Members = append(g.Members, m)
			}
		}
		out = append(out, g)
	}
	return out
}
