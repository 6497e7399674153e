package macos

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"conformscan/probes/hostaccess"
)

// Where macOS keeps what is read.
const (
	SystemVersion = "/System/Library/CoreServices/SystemVersion.plist"
	Applications  = "/Applications"
	// maxApps bounds the applications read.
	maxApps = 2000
)

// The read-only commands run (all on hostaccess.AllowList).
var (
	PkgutilArgv = []string{"pkgutil", "--pkgs"}
	PSArgv      = []string{"ps", "-axo", "comm="}
	LsofArgv    = []string{"lsof", "-nP", "-iTCP", "-sTCP:LISTEN"}
	NetstatArgv = []string{"netstat", "-anv", "-p", "tcp"}
)

// PasswordPolicyNotRead is why the password policy of a macOS host is not
// judged: it is read with 'pwpolicy getaccountpolicies', which needs an
// administrator, and nothing is run with privileges.
const PasswordPolicyNotRead = "macOS host: the password policy is read with 'pwpolicy getaccountpolicies', which needs an administrator; conformscan runs nothing privileged, so it is not read"

// LogsNotRead is why the authentication logging, log forwarding and
// local accounts of a macOS host are not judged: they live in the unified
// log and Open Directory, which this build does not read.
const LogsNotRead = "macOS host: authentication logging, log forwarding and local accounts (unified log, Open Directory) are not read on macOS by this build"

// IsHost tells whether the host read through acc is macOS: its
// SystemVersion.plist exists. An error other than "missing" is returned.
func IsHost(ctx context.Context, acc hostaccess.Access) (bool, error) {
	e, err := acc.Stat(ctx, SystemVersion)
	switch {
	case err == nil:
		return e.Regular, nil
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	}
	return false, err
}

// Version is the OS version of SystemVersion.plist.
type Version struct {
	Name    string // "macOS"
	Version string // "14.5"
	Build   string // "23F79"
	// Release is the endoflife.date cycle: the major version from 11 on
	// ("14"), major.minor before ("10.15").
	Release string
}

// ParseSystemVersion reads SystemVersion.plist (nil when it names no
// version).
func ParseSystemVersion(data []byte) (*Version, error) {
	kv, err := ParsePlist(data)
	if err != nil {
		return nil, err
	}
	v := &Version{Name: clean(kv["ProductName"]), Version: clean(kv["ProductVersion"]), Build: clean(kv["ProductBuildVersion"])}
	if v.Version == "" {
		return nil, errors.New("SystemVersion.plist: no ProductVersion")
	}
	parts := strings.Split(v.Version, ".")
	major, err := strconv.Atoi(parts[0])
	switch {
	case err != nil:
		return nil, fmt.Errorf("SystemVersion.plist: ProductVersion %q", v.Version)
	case major >= 11 || len(parts) == 1:
		v.Release = parts[0]
	default:
		v.Release = parts[0] + "." + parts[1]
	}
	if v.Name == "" {
		v.Name = "macOS"
	}
	return v, nil
}

// App is one application bundle.
type App struct {
	Path     string `json:"path"` // "/Applications/TeamViewer.app"
	Name     string `json:"name"` // CFBundleName, else the bundle's name
	Version  string `json:"version,omitempty"`
	BundleID string `json:"bundle_id,omitempty"`
	Exec     string `json:"executable,omitempty"` // CFBundleExecutable
}

// AppFromPlist builds an App from its Info.plist.
func AppFromPlist(bundle string, data []byte) (App, error) {
	kv, err := ParsePlist(data)
	if err != nil {
		return App{}, err
	}
	a := App{Path: bundle, Name: clean(kv["CFBundleName"]), Version: clean(kv["CFBundleShortVersionString"]),
		BundleID: clean(kv["CFBundleIdentifier"]), Exec: clean(kv["CFBundleExecutable"])}
	if a.Name == "" {
		a.Name = strings.TrimSuffix(path.Base(bundle), ".app")
	}
	return a, nil
}

// Listener is one listening TCP socket.
type Listener struct {
	Addr    string `json:"addr"`
	Port    int    `json:"port"`
	Command string `json:"command,omitempty"`
}

// Host is what was read of a macOS host; Problems name what could not be.
type Host struct {
	Version   *Version
	Apps      []App
	Packages  []string
	Processes []string
	Listening []Listener
	Read      []string
	Problems  []string
	// Failed maps each source that could not be read (SourceVersion,
	// SourceApps, ...) to why: what rests on it cannot be judged.
	Failed map[string]string
}

// Sources of a macOS host, the keys of Host.Failed.
const (
	SourceVersion   = "version"
	SourceApps      = "applications"
	SourcePackages  = "packages"
	SourceProcesses = "processes"
	SourceSockets   = "sockets"
)

// fail records that source could not be read.
func (h *Host) fail(source, what string, err error) {
	h.problem(what, err)
	h.Failed[source] = fmt.Sprintf("%s: %v", what, err)
}

// ReadHost reads a macOS host through acc. Each source that cannot be
// read is named in Problems; the caller decides what it can judge.
func ReadHost(ctx context.Context, acc hostaccess.Access) *Host {
	h := &Host{Apps: []App{}, Packages: []string{}, Processes: []string{}, Listening: []Listener{}, Failed: map[string]string{}}
	if b, err := acc.ReadFile(ctx, SystemVersion, MaxPlist); err != nil {
		h.fail(SourceVersion, acc.Source(SystemVersion), err)
	} else if h.Version, err = ParseSystemVersion(b); err != nil {
		h.fail(SourceVersion, acc.Source(SystemVersion), err)
	} else {
		h.Read = append(h.Read, acc.Source(SystemVersion))
	}
	h.readApps(ctx, acc)
	if acc.Offline() {
		h.readReceipts(ctx, acc)
	} else if out, ok := h.run(ctx, acc, SourcePackages, PkgutilArgv); ok {
		h.Packages = ParsePkgutil(out)
	}
	if !acc.Offline() {
		if out, ok := h.run(ctx, acc, SourceProcesses, PSArgv); ok {
			h.Processes = ParsePS(out)
		}
		h.readSockets(ctx, acc)
	}
	return h
}

func (h *Host) problem(what string, err error) {
	h.Problems = append(h.Problems, fmt.Sprintf("%s: %v", what, err))
}

func (h *Host) run(ctx context.Context, acc hostaccess.Access, source string, argv []string) ([]byte, bool) {
	out, err := acc.Run(ctx, argv...)
	what := acc.Name() + " " + strings.Join(argv, " ")
	if err != nil {
		h.fail(source, what, err)
		return nil, false
	}
	h.Read = append(h.Read, what)
	return out, true
}

// readApps reads each /Applications/*.app's Info.plist.
func (h *Host) readApps(ctx context.Context, acc hostaccess.Access) {
	ents, err := acc.ReadDir(ctx, Applications)
	if err != nil {
		h.fail(SourceApps, acc.Source(Applications), err)
		return
	}
	h.Read = append(h.Read, acc.Source(Applications)+"/*.app/Contents/Info.plist")
	sort.Slice(ents, func(i, j int) bool { return ents[i].Name < ents[j].Name })
	for _, e := range ents {
		if !e.Dir || !strings.HasSuffix(e.Name, ".app") {
			continue
		}
		if len(h.Apps) == maxApps {
			h.fail(SourceApps, acc.Source(Applications), fmt.Errorf("more than %d applications: the others are not read", maxApps))
			return
		}
		bundle := path.Join(Applications, e.Name)
		plist := path.Join(bundle, "Contents/Info.plist")
		b, err := acc.ReadFile(ctx, plist, MaxPlist)
		if err != nil {
			h.problem(acc.Source(plist), err)
			h.Apps = append(h.Apps, App{Path: bundle, Name: strings.TrimSuffix(e.Name, ".app")})
			continue
		}
		a, err := AppFromPlist(bundle, b)
		if err != nil {
			h.problem(acc.Source(plist), err)
			a = App{Path: bundle, Name: strings.TrimSuffix(e.Name, ".app")}
		}
		h.Apps = append(h.Apps, a)
	}
}

// Receipts is where the installer keeps one receipt per package
// ("com.teamviewer.teamviewer.plist"), what pkgutil --pkgs lists.
const Receipts = "/var/db/receipts"

// readReceipts lists the package receipts of an offline image, where no
// command runs.
func (h *Host) readReceipts(ctx context.Context, acc hostaccess.Access) {
	ents, err := acc.ReadDir(ctx, Receipts)
	if err != nil {
		h.fail(SourcePackages, acc.Source(Receipts), err)
		return
	}
	h.Read = append(h.Read, acc.Source(Receipts))
	var ids []byte
	for _, e := range ents {
		if id, ok := strings.CutSuffix(e.Name, ".plist"); ok && e.Regular {
			ids = append(ids, id+"\n"...)
		}
	}
	h.Packages = ParsePkgutil(ids)
}

// readSockets lists the listening TCP sockets with lsof, or netstat when
// lsof cannot run.
func (h *Host) readSockets(ctx context.Context, acc hostaccess.Access) {
	out, err := acc.Run(ctx, LsofArgv...)
	if err == nil {
		h.Read = append(h.Read, acc.Name()+" "+strings.Join(LsofArgv, " "))
		h.Listening = ParseLsof(out)
		return
	}
	out, nerr := acc.Run(ctx, NetstatArgv...)
	if nerr != nil {
		h.problem(acc.Name()+" "+strings.Join(LsofArgv, " "), err)
		h.fail(SourceSockets, acc.Name()+" "+strings.Join(NetstatArgv, " "), nerr)
		return
	}
	h.Read = append(h.Read, acc.Name()+" "+strings.Join(NetstatArgv, " "))
	h.Listening = ParseNetstat(out)
}
