package remote

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"conformscan/probes/hostaccess"
	"conformscan/probes/osdetect"
)

// maxPackageDB bounds a package database read.
const maxPackageDB = 64 << 20

// hostReader reads one host's inventory through its access.
type hostReader struct {
	ctx context.Context
	acc hostaccess.Access
	inv *Inventory
	m   matcher
}

// hostname is the local machine's name, a running host's kernel name, or
// an image's /etc/hostname.
func hostname(ctx context.Context, acc hostaccess.Access) string {
	if _, local := acc.(hostaccess.Local); local {
		h, _ := os.Hostname()
		return h
	}
	for _, p := range []string{"/proc/sys/kernel/hostname", "/etc/hostname"} {
		if acc.Offline() && strings.HasPrefix(p, "/proc/") {
			continue
		}
		if b, err := acc.ReadFile(ctx, p, 4096); err == nil {
			return strings.TrimSpace(string(b))
		}
	}
	return ""
}

func (r hostReader) read(p string) ([]byte, bool) {
	b, err := r.acc.ReadFile(r.ctx, p, maxPackageDB)
	if err != nil {
		r.inv.problem(r.acc.Source(p), err)
		return nil, false
	}
	r.inv.Read = append(r.inv.Read, r.acc.Source(p))
	return b, true
}

func (r hostReader) addPackage(name, version string) {
	r.inv.Packages = append(r.inv.Packages, name+" "+version)
	r.inv.found(r.m.pkg(name), "package", name+" "+version)
}

// addPackageFrom adds a package read from a database file, which the
// finding names.
func (r hostReader) addPackageFrom(name, version, source string) {
	r.inv.Packages = append(r.inv.Packages, name+" "+version)
	r.inv.found(r.m.pkg(name), "package", name+" "+version+" ("+source+")")
}

// packages reads dpkg's status and Alpine's database.
func (r hostReader) packages(dpkgStatus string) {
	if data, ok := r.read(dpkgStatus); ok {
		for _, p := range osdetect.ParseDpkgStatus(data) {
			r.addPackage(p.Name, p.Version)
		}
	}
	if data, err := r.acc.ReadFile(r.ctx, osdetect.APKInstalled, maxPackageDB); err == nil {
		r.inv.Read = append(r.inv.Read, r.acc.Source(osdetect.APKInstalled))
		for _, p := range osdetect.ParseAPKInstalled(data) {
			r.addPackage(p.Name, p.Version)
		}
	} else {
		r.inv.problem(r.acc.Source(osdetect.APKInstalled), err)
	}
}

// rpm lists the RPM packages with 'rpm -qa' where the host runs commands
// and has rpm; an offline root's are read from its rpm database, and a
// database that does not read completely is an error (never an empty
// list).
func (r hostReader) rpm() error {
	if r.acc.Offline() {
		pkgs, src, err := osdetect.ReadRPMDB(r.ctx, r.acc)
		if err != nil {
			return fmt.Errorf("rpm database: %w", err)
		}
		if src != "" {
			r.inv.Read = append(r.inv.Read, src)
		}
		for _, p := range pkgs {
			r.addPackageFrom(p.Name, p.Version, src)
		}
		return nil
	}
	out, err := r.acc.Run(r.ctx, "rpm", "-qa", "--qf", "%{NAME} %{VERSION}-%{RELEASE}\\n")
	if err != nil {
		r.inv.problem("rpm -qa", err)
		return nil
	}
	what := "rpm -qa"
	if !isLocal(r.acc) {
		what = r.acc.Name() + " " + what
	}
	r.inv.Read = append(r.inv.Read, what)
	for _, p := range osdetect.ParseRPMList(out) {
		r.addPackage(p.Name, p.Version)
	}
	return nil
}

// processes reads /proc on the local machine, 'ps' over SSH, nothing in
// an offline image.
func (r hostReader) processes(proc string) {
	switch {
	case r.acc.Offline():
		return
	case isLocal(r.acc):
		r.inv.readProcesses(r.ctx, proc, r.m)
	default:
		r.ps()
	}
}

func isLocal(acc hostaccess.Access) bool {
	_, ok := acc.(hostaccess.Local)
	return ok
}

// ps lists the processes of a running host: procps first, BusyBox's ps
// otherwise.
func (r hostReader) ps() {
	out, err := r.acc.Run(r.ctx, "ps", "-eo", "comm=,args=")
	what := "ps -eo comm=,args="
	if err != nil {
		out, err = r.acc.Run(r.ctx, "ps", "-o", "comm,args")
		what = "ps -o comm,args"
	}
	if err != nil {
		r.inv.problem("ps", err)
		return
	}
	r.inv.Read = append(r.inv.Read, r.acc.Name()+" "+what)
	for _, p := range ParsePS(out) {
		r.inv.Processes = append(r.inv.Processes, strings.TrimSpace(p.Name+" "+p.Exe))
		if t := r.m.exec(p.Name); t != "" {
			r.inv.found(t, "process", strings.TrimSpace(p.Name+" "+p.Exe))
		} else if p.Exe != "" {
			r.inv.found(r.m.exec(p.Exe), "process", p.Name+" "+p.Exe)
		}
	}
	sort.Strings(r.inv.Processes)
}

// Process is one line of ps: the command name and, when the first
// argument is an absolute path, that path.
type Process struct {
	Name, Exe string
}

// ParsePS reads "ps -eo comm=,args=" or BusyBox "ps -o comm,args" output,
// once per distinct line.
func ParsePS(out []byte) []Process {
	var ps []Process
	seen := map[string]bool{}
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || f[0] == "COMMAND" || seen[line] {
			continue
		}
		seen[line] = true
		p := Process{Name: f[0]}
		if len(f) > 1 && strings.HasPrefix(f[1], "/") {
			p.Exe = f[1]
		}
		ps = append(ps, p)
	}
	return ps
}

func (r hostReader) units(dirs []string) {
	for _, d := range dirs {
		ents, err := r.acc.ReadDir(r.ctx, d)
		if err != nil {
			r.inv.problem(r.acc.Source(d), err)
			continue
		}
		r.inv.Read = append(r.inv.Read, r.acc.Source(d))
		for _, e := range ents {
			if !strings.HasSuffix(e.Name, ".service") {
				continue
			}
			r.inv.Units = append(r.inv.Units, e.Name)
			r.inv.found(r.m.service(e.Name), "unit", r.acc.Source(path.Join(d, e.Name)))
		}
	}
}

func (r hostReader) sockets(p string) {
	if data, ok := r.read(p); ok {
		r.inv.Listening = append(r.inv.Listening, ParseProcNetTCP(data)...)
	}
}

func (inv *Inventory) readProcesses(ctx context.Context, proc string, m matcher) {
	ents, err := os.ReadDir(proc)
	if err != nil {
		inv.problem(proc, err)
		return
	}
	inv.Read = append(inv.Read, proc+"/*/comm, exe")
	seen := map[string]bool{}
	for _, e := range ents {
		if _, err := strconv.Atoi(e.Name()); err != nil || ctx.Err() != nil {
			continue
		}
		comm, _ := os.ReadFile(filepath.Join(proc, e.Name(), "comm"))
		name := strings.TrimSpace(string(comm))
		exe, _ := os.Readlink(filepath.Join(proc, e.Name(), "exe"))
		if name == "" || seen[name+exe] {
			continue
		}
		seen[name+exe] = true
		inv.Processes = append(inv.Processes, strings.TrimSpace(name+" "+exe))
		if t := m.exec(name); t != "" {
			inv.found(t, "process", strings.TrimSpace(name+" "+exe))
		} else if exe != "" {
			inv.found(m.exec(exe), "process", name+" "+exe)
		}
	}
	sort.Strings(inv.Processes)
}
