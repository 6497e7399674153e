package hostaccess

import (
	"fmt"
	"path"
	"slices"
	"strings"
)

// Rule is one allow-listed command: a fixed argument vector, optionally
// followed by exactly one absolute, clean path.
type Rule struct {
	Argv []string
	Path bool
	Doc  string
}

// AllowList is every command the layer runs, all read-only. Anything else
// is refused with ErrNotAllowed before it reaches a host.
var AllowList = []Rule{
	{Argv: []string{"cat", "--"}, Path: true, Doc: "read a file"},
	{Argv: []string{"ls", "-1Ap", "--"}, Path: true, Doc: "list a folder"},
	{Argv: []string{"stat", "-L", "-c", "%F|%s", "--"}, Path: true, Doc: "type and size of a path"},
	{Argv: []string{"dpkg-query", "-W", "-f", "${Package} ${Version}\\n"}, Doc: "Debian/Ubuntu packages"},
	{Argv: []string{"rpm", "-qa", "--qf", "%{NAME} %{VERSION}-%{RELEASE}\\n"}, Doc: "RHEL-family/SUSE packages"},
	{Argv: []string{"apk", "info", "-v"}, Doc: "Alpine packages"},
	{Argv: []string{"ss", "-ltnupH"}, Doc: "listening sockets"},
	{Argv: []string{"systemctl", "list-units", "--type=service", "--all", "--no-legend", "--no-pager", "--plain"}, Doc: "systemd services"},
	{Argv: []string{"ps", "-eo", "comm=,args="}, Doc: "processes (procps)"},
	{Argv: []string{"ps", "-o", "comm,args"}, Doc: "processes (BusyBox)"},
	{Argv: []string{"uname", "-a"}, Doc: "kernel and machine"},
	{Argv: []string{"sysctl", "-n", "hw.model"}, Doc: "macOS: the Mac model (MacBook: portable)"},
	{Argv: []string{"fdesetup", "status"}, Doc: "macOS: FileVault status"},
	{Argv: []string{"head", "-c", "512", "--"}, Path: true, Doc: "the start of a file (a ClamAV database header)"},
	{Argv: []string{"rpm", "-qa", "--qf", "%{NAME}\\t%{EPOCHNUM}\\t%{VERSION}\\t%{RELEASE}\\t%{ARCH}\\n"}, Doc: "RHEL-family packages with epoch and architecture (patch currency)"},
	{Argv: []string{"nft", "-j", "list", "ruleset"}, Doc: "nftables rules as JSON (read-only listing; root needed)"},
	{Argv: []string{"iptables-save"}, Doc: "iptables rules of every table (prints, changes nothing; root needed)"},
	{Argv: []string{"pkgutil", "--pkgs"}, Doc: "macOS installer packages"},
	{Argv: []string{"ps", "-axo", "comm="}, Doc: "processes (macOS, BSD)"},
	{Argv: []string{"lsof", "-nP", "-iTCP", "-sTCP:LISTEN"}, Doc: "listening TCP sockets (macOS)"},
	{Argv: []string{"netstat", "-anv", "-p", "tcp"}, Doc: "TCP sockets (macOS, when lsof cannot run)"},
}

// Allowed tells whether argv is on the allow-list (nil) or why not.
func Allowed(argv []string) error {
	for _, r := range AllowList {
		if r.matches(argv) {
			return nil
		}
	}
	return fmt.Errorf("%w: %s", ErrNotAllowed, clip(strings.Join(argv, " ")))
}

func (r Rule) matches(argv []string) bool {
	n := len(r.Argv)
	if !r.Path {
		return slices.Equal(argv, r.Argv)
	}
	return len(argv) == n+1 && slices.Equal(argv[:n], r.Argv) && safePath(argv[n])
}

// safePath accepts an absolute, clean path without control characters.
func safePath(p string) bool {
	if !strings.HasPrefix(p, "/") || path.Clean(p) != p {
		return false
	}
	return !strings.ContainsFunc(p, func(r rune) bool { return r < 0x20 || r == 0x7f })
}

func clip(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}

// Command is the allow-listed command for a path operation.
func pathCommand(op, p string) []string {
	for _, r := range AllowList {
		if r.Path && r.Argv[0] == op {
			return append(slices.Clone(r.Argv), p)
		}
	}
	return []string{op, p}
}
