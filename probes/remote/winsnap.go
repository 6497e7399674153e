package remote

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"

	"conformscan/probes/winhost"
)

// SnapshotInventory builds the local inventory of a Windows host from its
// snapshot: the programs of every Uninstall view as packages, services as
// units, processes, listening TCP sockets, and the catalogue's tools found
// in them (a program's display name, a service's name or binary, a
// process's image). A source the snapshot could not read (nil, or named
// in its problems) makes the inventory an error: a list not read is never
// "nothing found".
func SnapshotInventory(snap *winhost.Snapshot) (*Inventory, error) {
	cat, err := Catalogue()
	if err != nil {
		return nil, err
	}
	m := newMatcher(cat)
	inv := &Inventory{Hostname: snap.Host, Packages: []string{}, Processes: []string{}, Units: []string{},
		Listening: []Listener{}, Tools: []Found{}, Windows: true}
	from := fmt.Sprintf("Windows snapshot (%s) of %s: ", snap.Collector, snap.Host)
	for _, p := range snap.Programs {
		label := strings.TrimSpace(p.Name + " " + p.Version)
		inv.Packages = append(inv.Packages, label)
		inv.found(m.program(label, cat), "program", label+" (Uninstall view "+p.View+")")
	}
	for _, s := range snap.Services {
		inv.Units = append(inv.Units, s.Name)
		t := m.service(s.Name)
		if t == "" {
			t = m.exec(serviceImage(s.BinaryPath))
		}
		inv.found(t, "service", fmt.Sprintf("%s (%s, %s, %s) %s", s.Name, s.DisplayName, s.StartType, s.State, s.BinaryPath))
	}
	for _, p := range snap.Processes {
		what := strings.TrimSpace(p.Name + " " + p.Path)
		inv.Processes = append(inv.Processes, what)
		t := m.exec(p.Name)
		if t == "" && p.Path != "" {
			t = m.exec(p.Path)
		}
		inv.found(t, "process", what)
	}
	for _, s := range snap.Sockets {
		if s.Proto == "tcp" {
			inv.Listening = append(inv.Listening, Listener{Addr: net.JoinHostPort(s.Address, strconv.Itoa(s.Port)), Port: s.Port})
		}
	}
	inv.ListeningFrom = from + "sockets (TCP, IPv4 and IPv6, listening)"
	for _, p := range snap.Problems {
		inv.Problems = append(inv.Problems, p.Source+": "+p.Error)
	}
	var errs []error
	for _, src := range []struct {
		name string
		read bool
	}{{"programs", snap.Programs != nil}, {"services", snap.Services != nil}, {"processes", snap.Processes != nil}, {"sockets", snap.Sockets != nil}} {
		why, failed := snap.Failed(src.name)
		if src.read && !failed {
			inv.Read = append(inv.Read, from+src.name)
			continue
		}
		if why == "" {
			why = src.name + ": absent from the snapshot"
		}
		errs = append(errs, errors.New(why))
	}
	if err := errors.Join(errs...); err != nil {
		return inv, fmt.Errorf("local inventory of %s incomplete, no tool can be said absent: %w", snap.Host, err)
	}
	return inv, nil
}

// serviceImage returns the executable of a service's command line
// (`"C:\Program Files\X\x.exe" -service` → `C:\Program Files\X\x.exe`).
func serviceImage(cmd string) string {
	cmd = strings.TrimSpace(cmd)
	if rest, ok := strings.CutPrefix(cmd, `"`); ok {
		img, _, _ := strings.Cut(rest, `"`)
		return img
	}
	if i := strings.Index(strings.ToLower(cmd), ".exe"); i > 0 {
		return cmd[:i+4]
	}
	img, _, _ := strings.Cut(cmd, " ")
	return img
}
