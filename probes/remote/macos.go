package remote

import (
	"context"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"conformscan/probes/hostaccess"
	"conformscan/probes/macos"
)

// appPath is a catalogue path naming a macOS application bundle.
var appPath = regexp.MustCompile(`^/Applications/([^/*]+)\.app(?:/.*)?$`)

// appTools maps the lower-case names of the application bundles the
// catalogue lists ("/Applications/AnyDesk.app") to their tools.
func appTools(cat []Tool) map[string]string {
	out := map[string]string{}
	for _, t := range cat {
		for _, p := range t.Paths {
			if m := appPath.FindStringSubmatch(p); m != nil {
				out[strings.ToLower(m[1])] = t.Name
			}
		}
	}
	return out
}

// macMatch finds the tool of an application bundle: its path in the
// catalogue, its executable, the last part of its bundle identifier
// ("com.philandro.anydesk"), its name.
func macMatch(m matcher, apps map[string]string, cat []Tool, a macos.App) string {
	if t := apps[strings.ToLower(strings.TrimSuffix(path.Base(a.Path), ".app"))]; t != "" {
		return t
	}
	id := strings.Split(a.BundleID, ".")
	for _, name := range []string{a.Exec, id[len(id)-1]} {
		if name == "" {
			continue
		}
		if t := m.exec(name); t != "" {
			return t
		}
	}
	return m.program(a.Name, cat)
}

// readMacInventory reads a macOS host (applications, installer packages,
// processes, listening sockets) and matches it against the catalogue. A
// source 8.6 rests on that could not be read is an error: no verdict on a
// partial inventory.
func readMacInventory(ctx context.Context, acc hostaccess.Access, inv *Inventory, cat []Tool) (*Inventory, error) {
	h := macos.ReadHost(ctx, acc)
	m, apps := newMatcher(cat), appTools(cat)
	inv.Read, inv.Problems = h.Read, h.Problems
	for _, a := range h.Apps {
		inv.Packages = append(inv.Packages, strings.TrimSpace(a.Name+" "+a.Version)+" ("+a.Path+")")
		inv.found(macMatch(m, apps, cat, a), "application", a.Path)
	}
	for _, id := range h.Packages {
		inv.Packages = append(inv.Packages, id)
		parts := strings.Split(id, ".")
		inv.found(m.exec(parts[len(parts)-1]), "package", id)
	}
	for _, p := range h.Processes {
		inv.Processes = append(inv.Processes, p)
		t := ""
		if mm := appPath.FindStringSubmatch(p); mm != nil {
			t = apps[strings.ToLower(mm[1])]
		}
		if t == "" {
			t = m.exec(p)
		}
		inv.found(t, "process", p)
	}
	for _, l := range h.Listening {
		inv.Listening = append(inv.Listening, Listener{Addr: l.Addr, Port: l.Port})
	}
	var failed []string
	for _, src := range []string{macos.SourceApps, macos.SourcePackages, macos.SourceProcesses, macos.SourceSockets} {
		if why, ok := h.Failed[src]; ok {
			failed = append(failed, why)
		}
	}
	sort.Strings(inv.Packages)
	if len(failed) > 0 {
		return inv, fmt.Errorf("macOS inventory incomplete: %s", strings.Join(failed, "; "))
	}
	return inv, ctx.Err()
}
