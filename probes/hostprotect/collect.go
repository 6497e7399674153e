package hostprotect

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"conformscan/probes/hostaccess"
	"conformscan/probes/winhost"
)

// maxList bounds one dpkg status or apt list (decompressed).
const maxList = 256 << 20

// reader reads a host through its access, recording what could not be
// read under a topic.
type reader struct {
	ctx context.Context
	acc hostaccess.Access
	f   *Facts
}

func (r reader) unread(topic, p string, err error) {
	r.f.Unread = append(r.f.Unread, Unread{Topic: topic, Path: r.acc.Source(p), Reason: err.Error()})
}

// read returns a file's content; nil when absent (found false) or not
// read (recorded).
func (r reader) read(topic, p string, max int64) (b []byte, found bool) {
	b, err := r.acc.ReadFile(r.ctx, p, max)
	if err == nil {
		return b, true
	}
	if !errors.Is(err, fs.ErrNotExist) {
		r.unread(topic, p, err)
		return nil, true
	}
	return nil, false
}

// exists tells whether p exists; an error other than absence is recorded.
func (r reader) exists(topic, p string) bool {
	_, err := r.acc.Stat(r.ctx, p)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		r.unread(topic, p, err)
	}
	return err == nil
}

// list returns the names of a folder's entries, sorted; a missing folder
// has none.
func (r reader) list(topic, dir string) []hostaccess.Entry {
	ents, err := r.acc.ReadDir(r.ctx, dir)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			r.unread(topic, dir, err)
		}
		return nil
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].Name < ents[j].Name })
	return ents
}

// Collect reads the host's protection and patch state through acc.
// Sources that cannot be read are recorded, not fatal: only the end of
// ctx stops it.
func Collect(ctx context.Context, acc hostaccess.Access) (*Facts, error) {
	f := &Facts{Access: acc.Name(), Offline: acc.Offline(), Catalogue: len(Catalogue)}
	r := reader{ctx: ctx, acc: acc, f: f}
	if src, ok := acc.(winhost.Source); ok {
		readWindows(r, src)
		return f, ctx.Err()
	}
	installed := readDpkg(r)
	for _, step := range []func(reader, map[string]string){readProducts, readClamDB, readApt, readRPM} {
		if err := ctx.Err(); err != nil {
			return f, err
		}
		step(r, installed)
	}
	return f, ctx.Err()
}

// readWindows takes the Windows snapshot's malware and update state.
func readWindows(r reader, src winhost.Source) {
	r.f.System = "windows"
	snap, err := src.WindowsSnapshot(r.ctx)
	switch {
	case err != nil:
		r.unread(TopicProtection, "windows snapshot", err)
		r.unread(TopicPatches, "windows snapshot", err)
		return
	case snap.Security == nil || snap.Security.Malware == nil:
		why := errors.New("the snapshot has no security.malware section")
		r.unread(TopicProtection, "windows snapshot", why)
		r.unread(TopicPatches, "windows snapshot", why)
		return
	}
	m := snap.Security.Malware
	r.f.Windows = m
	windowsAgents(r, snap)
	for _, p := range snap.Problems {
		if strings.Contains(p.Source, "defender") || strings.Contains(p.Source, "antivirus") {
			r.unread(TopicProtection, "windows snapshot: "+p.Source, errors.New(p.Error))
		}
		if strings.Contains(p.Source, "update") || strings.Contains(p.Source, "hotfix") {
			r.unread(TopicPatches, "windows snapshot: "+p.Source, errors.New(p.Error))
		}
	}
	if m.Defender == nil {
		r.unread(TopicProtection, "windows snapshot: defender", errors.New("Defender status not collected"))
	}
	if m.Updates == nil {
		r.unread(TopicPatches, "windows snapshot: updates", errors.New("Windows Update state not collected"))
	}
}

// readDpkg reads the dpkg status: installed packages by "name:arch".
func readDpkg(r reader) map[string]string {
	const status = "/var/lib/dpkg/status"
	b, found := r.read(TopicPatches, status, maxList)
	if !found {
		if r.exists(TopicPatches, "/var/lib/rpm") || r.exists(TopicPatches, "/usr/lib/sysimage/rpm") {
			r.f.System = "rpm"
		}
		return nil
	}
	r.f.System = "dpkg"
	r.f.Debian = &Debian{Status: r.acc.Source(status)}
	if b == nil {
		return nil
	}
	installed, err := ParseStatus(b)
	if err != nil {
		r.unread(TopicPatches, status, err)
		return nil
	}
	r.f.Debian.Installed = len(installed)
	return installed
}

// ParseStatus reads a dpkg status file: "name:arch" → version of the
// packages whose files are on disk (not config-files or not-installed).
func ParseStatus(b []byte) (map[string]string, error) {
	ss, err := ParseDeb822(b)
	if err != nil {
		return nil, err
	}
	if err := requireFields(ss, "Package", "Status"); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, s := range ss {
		st := strings.Fields(s.Get("Status"))
		if len(st) != 3 {
			return nil, fmt.Errorf("package %s: Status %q is not 'want flag status'", clip(s.Get("Package")), clip(s.Get("Status")))
		}
		if st[2] == "not-installed" || st[2] == "config-files" {
			continue
		}
		if _, err := ParseDebVersion(s.Get("Version")); err != nil {
			return nil, fmt.Errorf("package %s: %w", clip(s.Get("Package")), err)
		}
		arch := s.Get("Architecture")
		if arch == "" {
			arch = "all"
		}
		out[s.Get("Package")+":"+arch] = s.Get("Version")
	}
	return out, nil
}

// unitDirs are where systemd unit files are installed.
var unitDirs = []string{"/etc/systemd/system", "/lib/systemd/system", "/usr/lib/systemd/system"}

// readProducts looks for every catalogue product, then, on a running
// host, for its processes and active units.
func readProducts(r reader, installed map[string]string) {
	wants, units := r.wanted(), r.unitFiles()
	for _, p := range Catalogue {
		var seen []string
		enabled := false
		for _, pkg := range p.Packages {
			for k, v := range installed {
				if name, _, _ := strings.Cut(k, ":"); name == pkg {
					seen = append(seen, "package "+pkg+" "+v)
				}
			}
		}
		for _, u := range p.Units {
			if src, ok := units[u]; ok {
				seen = append(seen, "unit "+src)
			}
			if w, ok := wants[u]; ok {
				enabled = true
				seen = append(seen, "enabled "+w)
			}
		}
		for _, pa := range p.Paths {
			if r.exists(TopicProtection, pa) {
				seen = append(seen, "path "+r.acc.Source(pa))
			}
		}
		if len(seen) > 0 {
			sort.Strings(seen)
			r.f.Products = append(r.f.Products, Found{Product: p.Name, Kind: p.Kind, Source: p.Source, Seen: seen, Enabled: enabled})
		}
	}
	if !r.acc.Offline() {
		readRunning(r)
	}
}

// unitFiles maps the unit files installed to where they are (the first
// folder of unitDirs wins, as for systemd).
func (r reader) unitFiles() map[string]string {
	out := map[string]string{}
	for _, d := range unitDirs {
		for _, e := range r.list(TopicProtection, d) {
			if _, ok := out[e.Name]; !ok && !e.Dir {
				out[e.Name] = r.acc.Source(path.Join(d, e.Name))
			}
		}
	}
	return out
}

// wanted maps unit names to the boot-target link that enables them.
func (r reader) wanted() map[string]string {
	out := map[string]string{}
	for _, e := range r.list(TopicProtection, "/etc/systemd/system") {
		if !e.Dir || !strings.HasSuffix(e.Name, ".wants") {
			continue
		}
		dir := path.Join("/etc/systemd/system", e.Name)
		for _, u := range r.list(TopicProtection, dir) {
			out[u.Name] = r.acc.Source(path.Join(dir, u.Name))
		}
	}
	return out
}

// windowsAgents marks the catalogue agents whose Windows service runs.
func windowsAgents(r reader, snap *winhost.Snapshot) {
	if snap.Services == nil {
		r.unread(TopicProtection, "windows snapshot: services", errors.New("services not collected"))
		return
	}
	r.f.ProcessesRead = true
	for _, p := range Catalogue {
		for _, svc := range snap.Services {
			if !slices.ContainsFunc(p.WindowsServices, func(n string) bool { return strings.EqualFold(n, svc.Name) }) {
				continue
			}
			running := strings.EqualFold(svc.State, "running")
			r.f.Products = append(r.f.Products, Found{Product: p.Name, Kind: p.Kind, Source: p.Source,
				Seen: []string{"service " + svc.Name + " (" + svc.StartType + ", " + svc.State + ")"}, Running: &running,
				Why: []string{"service " + svc.Name + " " + svc.State}})
		}
	}
}
