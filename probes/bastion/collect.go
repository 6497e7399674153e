package bastion

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/netip"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"conformscan/probes/hostaccess"
	"conformscan/probes/svcmode"
	"conformscan/probes/winhost"
)

// Commands the probe runs (on hostaccess's allow-list).
func nftArgv() []string      { return []string{"nft", "-j", "list", "ruleset"} }
func iptablesArgv() []string { return []string{"iptables-save"} }

type reader struct {
	ctx context.Context
	acc hostaccess.Access
	f   *Facts
}

func (r reader) unread(what, p string, err error) {
	r.f.Unread = append(r.f.Unread, Unread{What: what, Path: p, Reason: err.Error()})
}

// read returns a file, nil when absent or unreadable (then recorded).
func (r reader) read(what, p string) []byte {
	b, err := r.acc.ReadFile(r.ctx, p, maxFile)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		r.unread(what, r.acc.Source(p), err)
	}
	return b
}

// Collect reads the host through acc. What cannot be read is recorded,
// not fatal: only the end of ctx stops it.
func Collect(ctx context.Context, acc hostaccess.Access) (*Facts, error) {
	f := &Facts{Access: acc.Name(), Offline: acc.Offline()}
	r := reader{ctx: ctx, acc: acc, f: f}
	if src, ok := acc.(winhost.Source); ok {
		snap, err := src.WindowsSnapshot(ctx)
		if err != nil {
			return f, fmt.Errorf("Windows snapshot: %w", err)
		}
		FromSnapshot(f, snap)
		return f, ctx.Err()
	}
	r.sshd()
	if !acc.Offline() {
		r.listening()
	}
	r.firewall()
	return f, ctx.Err()
}

// maxIncludeDepth bounds nested sshd Include directives.
const maxIncludeDepth = 4

func (r reader) sshd() {
	const cfg = "/etc/ssh/sshd_config"
	b := r.read(UnreadSSHD, cfg)
	if b == nil {
		return
	}
	r.f.SSHD = &SSHD{Config: r.acc.Source(cfg)}
	r.sshdFile(cfg, b, 0, -1)
}

func (r reader) sshdFile(p string, b []byte, depth, block int) {
	for _, inc := range r.f.SSHD.apply(r.acc.Source(p), ParseSSHD(b), block) {
		if depth >= maxIncludeDepth {
			r.unread(UnreadSSHD, r.acc.Source(p), errors.New("sshd Include nested too deep"))
			return
		}
		for _, pat := range strings.Fields(inc.Value) {
			if !path.IsAbs(pat) {
				pat = path.Join("/etc/ssh", pat)
			}
			for _, file := range r.glob(path.Dir(pat), path.Base(pat)) {
				if ib := r.read(UnreadSSHD, file); ib != nil {
					r.sshdFile(file, ib, depth+1, inc.Match)
				}
			}
		}
	}
}

func (r reader) glob(dir, pattern string) []string {
	ents, err := r.acc.ReadDir(r.ctx, dir)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			r.unread(UnreadSSHD, r.acc.Source(dir), err)
		}
		return nil
	}
	var out []string
	for _, e := range ents {
		if ok, _ := path.Match(pattern, e.Name); ok && !e.Dir {
			out = append(out, path.Join(dir, e.Name))
		}
	}
	sort.Strings(out)
	return out
}

// listening reads the administration ports listening off loopback.
func (r reader) listening() {
	out, err := r.acc.Run(r.ctx, svcmode.SSArgv()...)
	if err != nil {
		r.unread(UnreadListening, strings.Join(svcmode.SSArgv(), " "), err)
		return
	}
	ports := AdminPorts()
	if r.f.SSHD != nil {
		for _, p := range r.f.SSHD.Ports {
			if n, err := strconv.Atoi(p.Value); err == nil {
				ports = append(ports, n)
			}
		}
	}
	r.f.ListeningRead = true
	for _, s := range svcmode.ParseSS(out) {
		if s.Proto == "tcp" && slices.Contains(ports, s.Port) && !loopback(s.Addr) && !slices.Contains(r.f.Listening, s.Port) {
			r.f.Listening = append(r.f.Listening, s.Port)
		}
	}
	sort.Ints(r.f.Listening)
}

// loopback tells whether a listening address is loopback only.
func loopback(a string) bool {
	a = strings.Trim(a, "[]")
	if i := strings.IndexByte(a, '%'); i >= 0 {
		a = a[:i]
	}
	ip, err := netip.ParseAddr(a)
	return err == nil && ip.IsLoopback()
}

// firewall reads nftables and iptables rules: the commands on a running
// host, the saved files on an offline root.
func (r reader) firewall() {
	if r.acc.Offline() {
		if b := r.read(UnreadFirewall, "/etc/iptables/rules.v4"); b != nil {
			r.f.Rulesets = append(r.f.Rulesets, *ParseIptablesSave(r.acc.Source("/etc/iptables/rules.v4"), b))
		}
		r.f.FirewallTools = append(r.f.FirewallTools, r.acc.Source("/etc/iptables/rules.v4"))
		if _, err := r.acc.Stat(r.ctx, "/etc/nftables.conf"); err == nil {
			r.unread(UnreadFirewall, r.acc.Source("/etc/nftables.conf"),
				errors.New("nftables text configuration not interpreted on an offline root; audit the running host (nft -j list ruleset)"))
		} else if len(r.f.Rulesets) == 0 && len(r.f.UnreadOf(UnreadFirewall)) == 0 {
			r.unread(UnreadFirewall, r.acc.Source("/etc"),
				errors.New("no saved iptables rules (/etc/iptables/rules.v4) on the image; firewalld, ufw and scripts are not interpreted offline: audit the running host"))
		}
		return
	}
	for _, argv := range [][]string{nftArgv(), iptablesArgv()} {
		name := strings.Join(argv, " ")
		out, err := r.acc.Run(r.ctx, argv...)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			if at := r.installed(argv[0]); at != "" {
				// Installed but not found by the account's PATH (sbin
				// missing for a non-root account): not "no firewall".
				r.unread(UnreadFirewall, name, fmt.Errorf("%s is installed but the audit account could not run it: %w", at, err))
				continue
			}
			r.f.FirewallTools = append(r.f.FirewallTools, name+": not installed")
			continue
		case err != nil:
			r.unread(UnreadFirewall, name, err)
			continue
		}
		r.f.FirewallTools = append(r.f.FirewallTools, name)
		src := name + " on " + r.acc.Name()
		if argv[0] == "nft" {
			rs, perr := ParseNftJSON(src, out)
			if perr != nil {
				r.unread(UnreadFirewall, src, perr)
				continue
			}
			r.f.Rulesets = append(r.f.Rulesets, *rs)
			continue
		}
		r.f.Rulesets = append(r.f.Rulesets, *ParseIptablesSave(src, out))
	}
}

// installed returns where a program's binary is on the host ("" when in
// none of the usual folders).
func (r reader) installed(prog string) string {
	for _, dir := range []string{"/usr/sbin", "/sbin", "/usr/bin", "/bin", "/usr/local/sbin"} {
		if e, err := r.acc.Stat(r.ctx, path.Join(dir, prog)); err == nil && e.Regular {
			return path.Join(dir, prog)
		}
	}
	return ""
}
