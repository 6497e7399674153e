package hostaccess

import (
	"embed"
	"encoding/base64"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"conformscan/probes/winhost"
)

//go:embed winscripts/*.ps1
var winScripts embed.FS

// WinRule is one command a WinRM access runs: a fixed name (the argv
// Run accepts), the embedded, read-only PowerShell script it stands for,
// and whether it takes one absolute Windows path.
type WinRule struct {
	Argv   []string
	Path   bool
	Script string
	// Shared: the script is in winhost.Scripts (also run by the native
	// collector), not in winscripts/ here.
	Shared bool
	Doc    string
}

// WinAllowList is every command run over WinRM, all read-only, each a
// fixed PowerShell script run by 'powershell.exe -NoProfile
// -NonInteractive -EncodedCommand': anything else is refused with
// ErrNotAllowed before it reaches the host.
var WinAllowList = []WinRule{
	{Argv: []string{"windows-snapshot"}, Script: "snapshot.ps1", Doc: "the Windows snapshot: OS, programs, services, processes, sockets, administrators, local accounts"},
	{Argv: []string{"windows-security"}, Script: winhost.SecurityScriptName, Shared: true, Doc: "the Windows snapshot's security sections: Defender, Security Center, Windows Update, auditpol, Event Forwarding, BitLocker, chassis, Windows Firewall"},
	{Argv: []string{"net", "accounts"}, Script: "net-accounts.ps1", Doc: "local account policy"},
	{Argv: []string{"read-file"}, Path: true, Script: "pathop.ps1", Doc: "read a file (bounded)"},
	{Argv: []string{"list-dir"}, Path: true, Script: "pathop.ps1", Doc: "list a folder"},
	{Argv: []string{"stat"}, Path: true, Script: "pathop.ps1", Doc: "type and size of a path"},
}

// pathOps maps a path rule to the $op of pathop.ps1.
var pathOps = map[string]string{"read-file": "read", "list-dir": "list", "stat": "stat"}

// WinAllowed returns the rule argv matches, or ErrNotAllowed.
func WinAllowed(argv []string) (WinRule, error) {
	for _, r := range WinAllowList {
		n := len(r.Argv)
		if !r.Path && slices.Equal(argv, r.Argv) {
			return r, nil
		}
		if r.Path && len(argv) == n+1 && slices.Equal(argv[:n], r.Argv) && winPath(argv[n]) != "" {
			return r, nil
		}
	}
	return WinRule{}, fmt.Errorf("%w (WinRM): %s", ErrNotAllowed, clip(strings.Join(argv, " ")))
}

// winPath returns p as an absolute Windows path ("C:\Windows\win.ini";
// forward slashes accepted) or "" when it is not one: relative, UNC,
// device, with a ".." or "." component, a wildcard or a control
// character.
func winPath(p string) string {
	p = strings.ReplaceAll(p, "/", `\`)
	if len(p) < 3 || p[1] != ':' || p[2] != '\\' || !isLetter(p[0]) {
		return ""
	}
	if strings.ContainsFunc(p, func(r rune) bool { return r < 0x20 || r == 0x7f || strings.ContainsRune(`*?"<>|`, r) }) {
		return ""
	}
	for _, c := range strings.Split(p[3:], `\`) {
		if c == "." || c == ".." {
			return ""
		}
	}
	if strings.Contains(p[3:], ":") {
		return "" // alternate data streams
	}
	return p
}

func isLetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

// script returns the PowerShell text of rule r on path p (read bound max):
// the path goes in base64, never spliced into the script's syntax.
func (r WinRule) script(p string, max int64) (string, error) {
	fs := winScripts
	if r.Shared {
		fs = winhost.Scripts
	}
	b, err := fs.ReadFile("winscripts/" + r.Script)
	if err != nil {
		return "", err
	}
	text := minify(string(b))
	if !r.Path {
		return text, nil
	}
	b64 := base64.StdEncoding.EncodeToString([]byte(winPath(p)))
	head := "$p = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('" + b64 + "'))\n" +
		"$op = '" + pathOps[r.Argv[0]] + "'\n$max = " + strconv.FormatInt(max, 10) + "\n"
	return head + text, nil
}

// minify drops comment lines, indentation and blank lines: the command
// line of powershell.exe is bounded (32767 characters).
func minify(s string) string { return winhost.MinifyPowerShell(s) }

// powershellArgs is the command line running script.
func powershellArgs(script string) []string { return winhost.PowerShellArgs(script) }
