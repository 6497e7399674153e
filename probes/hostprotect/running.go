package hostprotect

import (
	"path"
	"strings"
)

// readRunning reads the process list (ps, authoritative: a running agent
// has a process) and the active units (systemctl, when systemd runs), and
// marks each catalogue product running or not.
func readRunning(r reader) {
	out, err := r.acc.Run(r.ctx, "ps", "-eo", "comm=,args=")
	if err != nil {
		r.unread(TopicProtection, "ps -eo comm=,args=", err)
		return
	}
	r.f.ProcessesRead = true
	procs := ParsePS(out)
	active := map[string]bool{}
	if units, err := r.acc.Run(r.ctx, "systemctl", "list-units", "--type=service", "--all", "--no-legend", "--no-pager", "--plain"); err == nil {
		active = ParseUnits(units)
	}
	for _, p := range Catalogue {
		var why []string
		for _, name := range p.Processes {
			if procs[name] {
				why = append(why, "process "+name)
			}
		}
		for _, u := range p.Units {
			if active[u] {
				why = append(why, "unit "+u+" active (running)")
			}
		}
		running := len(why) > 0
		i := r.found(p)
		if i < 0 {
			if !running {
				continue
			}
			r.f.Products = append(r.f.Products, Found{Product: p.Name, Kind: p.Kind, Source: p.Source, Seen: why})
			i = len(r.f.Products) - 1
		}
		r.f.Products[i].Running, r.f.Products[i].Why = &running, why
	}
}

func (r reader) found(p Product) int {
	for i, f := range r.f.Products {
		if f.Product == p.Name {
			return i
		}
	}
	return -1
}

// ParsePS reads "ps -eo comm=,args=" into the set of command names (comm,
// and the base name of the first argument: comm is cut at 15 bytes).
func ParsePS(b []byte) map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		out[f[0]] = true
		if len(f) > 1 && !strings.HasPrefix(f[1], "[") {
			out[path.Base(f[1])] = true
		}
	}
	return out
}

// ParseUnits reads "systemctl list-units --plain --no-legend": the units
// whose active state is active and sub-state running.
func ParseUnits(b []byte) map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Fields(strings.TrimLeft(l, "● *"))
		if len(f) >= 4 && f[2] == "active" && f[3] == "running" {
			out[f[0]] = true
		}
	}
	return out
}
