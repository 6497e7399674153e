package bastion

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// maxFile bounds every file the probe reads.
const maxFile = 1 << 20

// Directive is one sshd_config keyword: lowercase key, value, line, and
// the Match block it belongs to (-1: global).
type Directive struct {
	Key, Value string
	N          int
	Match      int
}

// ParseSSHD returns the directives of an sshd_config file in order,
// Match blocks numbered from 0 (their criteria is the "match"
// directive's value). Keys are lowercase; "Key=Value" is accepted.
func ParseSSHD(b []byte) []Directive {
	var out []Directive
	block := -1
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 4096), maxFile+1)
	for n := 1; sc.Scan(); n++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		k, v, _ := strings.Cut(strings.Join(strings.Fields(strings.Replace(t, "=", " ", 1)), " "), " ")
		k = strings.ToLower(k)
		if k == "match" {
			block++
		}
		out = append(out, Directive{Key: k, Value: strings.Trim(v, `"`), N: n, Match: block})
	}
	return out
}

func where(label string, n int) string { return fmt.Sprintf("%s:%d", label, n) }

// apply adds one file's directives to s; label names the file. Include
// directives are returned for the caller to read in place (global ones
// only: an Include inside a Match block is read as part of it).
func (s *SSHD) apply(label string, ds []Directive, blockBase int) (includes []Directive) {
	for _, d := range ds {
		set := Setting{Key: d.Key, Value: d.Value, Where: where(label, d.N)}
		if d.Key == "match" {
			s.Matches = append(s.Matches, MatchBlock{Criteria: d.Value, Where: set.Where})
			continue
		}
		if d.Match >= 0 || blockBase >= 0 {
			if len(s.Matches) > 0 {
				m := &s.Matches[len(s.Matches)-1]
				m.Settings = append(m.Settings, set)
			}
			if d.Key == "include" {
				includes = append(includes, d)
			}
			continue
		}
		switch d.Key {
		case "port":
			s.Ports = append(s.Ports, set)
		case "listenaddress":
			s.ListenAddresses = append(s.ListenAddresses, set)
		case "allowusers":
			s.AllowUsers = append(s.AllowUsers, set)
		case "allowgroups":
			s.AllowGroups = append(s.AllowGroups, set)
		case "denyusers":
			s.DenyUsers = append(s.DenyUsers, set)
		case "include":
			includes = append(includes, d)
		}
	}
	return includes
}
