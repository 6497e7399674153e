package bastion

import (
	"net/netip"
	"strconv"
	"strings"

	bp "conformscan/probes/bastion"
)

// sshdVerdict says whether sshd itself refuses logins from outside the
// bastion, with the directive that proves it or the one that does not.
type sshdVerdict struct {
	restricted bool
	where      string
	text       string
}

// judgeSSHD: sshd listening on loopback only, AllowUsers whose every
// entry is user@host inside the bastion, or a Match Address block that
// covers every other address and denies every user.
func judgeSSHD(s *bp.SSHD, b []netip.Prefix) sshdVerdict {
	if v, ok := loopbackOnly(s); ok {
		return v
	}
	if v, ok := allowUsers(s, b); ok {
		return v
	}
	for _, m := range s.Matches {
		if matchOutside(m.Criteria, b) && deniesAll(m) {
			return sshdVerdict{restricted: true, where: m.Where, text: "Match " + m.Criteria + " + DenyUsers/DenyGroups *"}
		}
	}
	why := "no AllowUsers user@bastion, no Match Address block denying other addresses, ListenAddress not loopback only"
	if len(s.AllowUsers) > 0 {
		why = "AllowUsers " + joinValues(s.AllowUsers) + " admits addresses outside the bastion"
	}
	return sshdVerdict{where: s.Config, text: why}
}

func loopbackOnly(s *bp.SSHD) (sshdVerdict, bool) {
	if len(s.ListenAddresses) == 0 {
		return sshdVerdict{}, false
	}
	for _, l := range s.ListenAddresses {
		host := strings.Fields(l.Value + " ")[0]
		if h, _, err := splitHostPort(host); err == nil {
			host = h
		}
		a, err := netip.ParseAddr(strings.Trim(host, "[]"))
		if err != nil || !a.IsLoopback() {
			return sshdVerdict{}, false
		}
	}
	return sshdVerdict{restricted: true, where: s.ListenAddresses[0].Where, text: "ListenAddress " + joinValues(s.ListenAddresses) + " (loopback only)"}, true
}

// splitHostPort splits "addr:port" and "[v6]:port"; a bare address is
// an error (the caller keeps it).
func splitHostPort(s string) (string, string, error) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 || strings.Count(s, ":") > 1 && !strings.HasPrefix(s, "[") {
		return "", "", strconv.ErrSyntax
	}
	return s[:i], s[i+1:], nil
}

// allowUsers: every AllowUsers entry names a host inside the bastion.
func allowUsers(s *bp.SSHD, b []netip.Prefix) (sshdVerdict, bool) {
	if len(s.AllowUsers) == 0 {
		return sshdVerdict{}, false
	}
	for _, a := range s.AllowUsers {
		for _, e := range strings.Fields(a.Value) {
			_, host, ok := strings.Cut(e, "@")
			if !ok || !bp.InPrefix(host, b) {
				return sshdVerdict{}, false
			}
		}
	}
	return sshdVerdict{restricted: true, where: s.AllowUsers[0].Where, text: "AllowUsers " + joinValues(s.AllowUsers)}, true
}

// matchOutside tells whether Match criteria cover every address outside
// the bastion: Address with a positive "*" (or 0.0.0.0/0) and negations
// inside the bastion only. sshd never matches a list of negations alone.
func matchOutside(criteria string, b []netip.Prefix) bool {
	f := strings.Fields(criteria)
	if len(f) != 2 || !strings.EqualFold(f[0], "address") {
		return false
	}
	star := false
	for _, p := range strings.Split(f[1], ",") {
		switch {
		case p == "*" || p == "0.0.0.0/0":
			star = true
		case strings.HasPrefix(p, "!"):
			if !bp.InPrefix(p[1:], b) {
				return false
			}
		default:
			return false
		}
	}
	return star
}

func deniesAll(m bp.MatchBlock) bool {
	for _, s := range m.Settings {
		if (s.Key == "denyusers" || s.Key == "denygroups") && strings.TrimSpace(s.Value) == "*" {
			return true
		}
	}
	return false
}

// sshdPorts are sshd's ports (22 by default).
func sshdPorts(s *bp.SSHD) []int {
	var out []int
	for _, p := range s.Ports {
		if n, err := strconv.Atoi(p.Value); err == nil {
			out = append(out, n)
		}
	}
	if out == nil {
		out = []int{22}
	}
	return out
}

func joinValues(ss []bp.Setting) string {
	var v []string
	for _, s := range ss {
		v = append(v, s.Value)
	}
	return strings.Join(v, " ")
}
