package macos

import (
	"sort"
	"strconv"
	"strings"
)

// ParsePkgutil reads 'pkgutil --pkgs': one package identifier a line
// ("com.teamviewer.teamviewer"), sorted, once each.
func ParsePkgutil(out []byte) []string {
	seen := map[string]bool{}
	ids := []string{}
	for _, l := range strings.Split(string(out), "\n") {
		id := clean(l)
		if id == "" || strings.ContainsAny(id, " \t") || seen[id] {
			continue
		}
		seen[id] = true
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// ParsePS reads 'ps -axo comm=': one executable (a full path, which may
// hold spaces, or a name) a line, sorted, once each.
func ParsePS(out []byte) []string {
	seen := map[string]bool{}
	ps := []string{}
	for _, l := range strings.Split(string(out), "\n") {
		c := clean(l)
		if c == "" || seen[c] {
			continue
		}
		seen[c] = true
		ps = append(ps, c)
	}
	sort.Strings(ps)
	return ps
}

// ParseLsof reads 'lsof -nP -iTCP -sTCP:LISTEN': the NAME column
// ("*:22", "127.0.0.1:631", "[::1]:631") before "(LISTEN)", with the
// COMMAND.
func ParseLsof(out []byte) []Listener {
	var ls []Listener
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		if len(f) < 3 || f[len(f)-1] != "(LISTEN)" {
			continue
		}
		addr := f[len(f)-2]
		i := strings.LastIndex(addr, ":")
		if i < 0 {
			continue
		}
		if p, ok := port(addr[i+1:]); ok {
			ls = append(ls, Listener{Addr: addr, Port: p, Command: unescapeLsof(f[0])})
		}
	}
	return dedupe(ls)
}

// ParseNetstat reads 'netstat -anv -p tcp': the lines in state LISTEN,
// whose local address ends with ".port" ("*.22", "127.0.0.1.631",
// "::1.631").
func ParseNetstat(out []byte) []Listener {
	var ls []Listener
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		if len(f) < 6 || !strings.HasPrefix(f[0], "tcp") || f[5] != "LISTEN" {
			continue
		}
		i := strings.LastIndex(f[3], ".")
		if i < 0 {
			continue
		}
		host := f[3][:i]
		if strings.Contains(host, ":") {
			host = "[" + host + "]"
		}
		if p, ok := port(f[3][i+1:]); ok {
			ls = append(ls, Listener{Addr: host + ":" + strconv.Itoa(p), Port: p})
		}
	}
	return dedupe(ls)
}

func port(s string) (int, bool) {
	p, err := strconv.Atoi(s)
	return p, err == nil && p > 0 && p < 65536
}

// unescapeLsof turns lsof's "\x20" escapes back into characters.
func unescapeLsof(s string) string {
	if !strings.Contains(s, `\x`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) && s[i+1] == 'x' {
			if v, err := strconv.ParseUint(s[i+2:i+4], 16, 8); err == nil {
				b.WriteByte(byte(v))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return clean(b.String())
}

func dedupe(ls []Listener) []Listener {
	seen := map[string]bool{}
	out := []Listener{}
	for _, l := range ls {
		k := l.Addr + "|" + l.Command
		if !seen[k] {
			seen[k] = true
			out = append(out, l)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Port != out[j].Port {
			return out[i].Port < out[j].Port
		}
		return out[i].Addr < out[j].Addr
	})
	return out
}
