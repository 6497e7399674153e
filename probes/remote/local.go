package remote

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"strconv"
	"strings"

	"conformscan/probes"
	"conformscan/probes/hostaccess"
	"conformscan/probes/macos"
)

// Inventory is what the local probe read of the machine: the software
// list of ref 2.9 and the remote-control tools found in it.
type Inventory struct {
	Hostname  string   `json:"hostname"`
	Packages  []string `json:"packages"`
	Processes []string `json:"processes"`
	Units     []string `json:"units"`
	// Listening are the TCP ports listening ("0.0.0.0:22").
	Listening []Listener `json:"listening"`
	// ListeningFrom names where Listening was read when it is not
	// /proc/net/tcp (a Windows snapshot).
	ListeningFrom string `json:"listening_from,omitempty"`
	// Windows: read from a Windows host's snapshot (Units are its
	// services, Packages its programs).
	Windows bool `json:"windows,omitempty"`
	// Tools are the catalogue's tools found, with where.
	Tools []Found `json:"tools"`
	// Read lists the sources read; Problems what could not be read.
	Read     []string `json:"read"`
	Problems []string `json:"problems,omitempty"`
}

// Listener is one listening TCP socket.
type Listener struct {
	Addr string `json:"addr"`
	Port int    `json:"port"`
}

// Found is one catalogue tool found on the machine.
type Found struct {
	Tool string `json:"tool"`
	// Kind is where it was seen: package, process, unit, service.
	Kind string `json:"kind"`
	What string `json:"what"`
}

// LocalFiles are what the local probe reads (tests point them at copies).
type LocalFiles struct {
	DpkgStatus string
	// RPM is the rpm command, run when present ("" or missing: skipped).
	RPM      string
	Proc     string
	UnitDirs []string
}

// DefaultLocalFiles are the Linux locations.
func DefaultLocalFiles() LocalFiles {
	return LocalFiles{DpkgStatus: "/var/lib/dpkg/status", RPM: "rpm", Proc: "/proc",
		UnitDirs: []string{"/etc/systemd/system", "/lib/systemd/system", "/usr/lib/systemd/system"}}
}

// NewLocal returns the local inventory probe (--local).
func NewLocal() probes.Probe { return NewLocalOptions(DefaultLocalFiles(), &LocalFlags{}) }

// NewLocalWith returns the local inventory probe reading files.
func NewLocalWith(files LocalFiles) probes.Probe { return NewLocalOptions(files, &LocalFlags{}) }

// NewLocalOptions returns the local inventory probe reading files, or the
// Windows exports of --windows-inventory when given.
func NewLocalOptions(files LocalFiles, fl *LocalFlags) probes.Probe {
	return probes.Probe{
		ID:       LocalID,
		Doc:      "Local inventory (dpkg and rpm packages, processes, systemd units, listening TCP sockets; a Windows host's snapshot: Uninstall keys of every view, services, processes, sockets; or a Windows machine's exports with --windows-inventory) matched against the LOLRMM-derived catalogue of remote-control tools, so outbound-only tools are found.",
		Kind:     probes.SubjectLocal,
		Options:  fl,
		Requires: probes.Requirements{OnHost: true},
		Needs:    []string{hostaccess.EndID, hostaccess.WindowsID},
		// Reading this machine needs Linux (its files) or Windows (its
		// snapshot); judging Windows exports needs neither.
		Ready: func() string {
			if fl.WindowsInventory == "" && runtime.GOOS != "linux" && runtime.GOOS != "windows" && runtime.GOOS != "darwin" {
				return "reads a Linux or macOS machine (dpkg, rpm, /proc, systemd; /Applications, pkgutil, ps, lsof) or a Windows one (its snapshot): runs on linux, darwin and windows only, not on " + runtime.GOOS + " (give --windows-inventory DIR to judge a Windows machine's exports)"
			}
			return ""
		},
		// A Windows export folder is judged as the local machine, with or
		// without --local.
		Roots: func() []*probes.Subject {
			if fl.WindowsInventory == "" {
				return nil
			}
			s := probes.NewSubject(probes.SubjectLocal, "local")
			s.Descriptor = &inventoryDescriptor{Provenance: &probes.Provenance{Source: probes.ProvenanceWindowsInventory, File: fl.WindowsInventory}}
			return []*probes.Subject{s}
		},
		Run: func(ctx context.Context, _ *probes.Env, s *probes.Subject) error {
			var inv *Inventory
			var err error
			snap, windows, werr := hostaccess.WindowsOf(s)
			switch acc := hostaccess.Of(s); {
			case fl.exports != nil && acc == nil:
				inv, err = WindowsInventory(fl.WindowsInventory, fl.exports)
			case windows && werr != nil:
				return werr
			case windows:
				inv, err = SnapshotInventory(snap)
			case acc != nil:
				inv, err = ReadInventoryFrom(ctx, acc, DefaultLocalFiles())
			default:
				inv, err = ReadInventory(ctx, files)
			}
			if inv != nil {
				s.SetFact(LocalID, inv)
			}
			return err
		},
	}
}

// inventoryDescriptor marks the local subject judged from the Windows
// exports of --windows-inventory: a handed-over folder.
type inventoryDescriptor struct {
	Provenance *probes.Provenance `json:"provenance"`
}

// HandedOver is the exports folder's provenance.
func (d *inventoryDescriptor) HandedOver() *probes.Provenance { return d.Provenance }

// InventoryOf returns the local inventory of a subject (nil when none).
func InventoryOf(s *probes.Subject) *Inventory {
	if s == nil {
		return nil
	}
	inv, _ := s.Fact(LocalID).(*Inventory)
	return inv
}

// ReadInventory reads the machine and matches it against the catalogue.
func ReadInventory(ctx context.Context, files LocalFiles) (*Inventory, error) {
	local := hostaccess.Local{}
	if files.RPM != "" {
		local.Programs = map[string]string{"rpm": files.RPM}
	}
	return ReadInventoryFrom(ctx, local, files)
}

// ReadInventoryFrom reads a host through acc and matches it against the
// catalogue: packages, then (on a running host) processes, units and
// listening sockets.
func ReadInventoryFrom(ctx context.Context, acc hostaccess.Access, files LocalFiles) (*Inventory, error) {
	cat, err := Catalogue()
	if err != nil {
		return nil, err
	}
	inv := &Inventory{Hostname: hostname(ctx, acc), Packages: []string{}, Processes: []string{}, Units: []string{}, Listening: []Listener{}, Tools: []Found{}}
	if mac, err := macos.IsHost(ctx, acc); err != nil || mac {
		if err != nil {
			return inv, fmt.Errorf("local inventory: is the host macOS? %w", err)
		}
		return readMacInventory(ctx, acc, inv, cat)
	}
	m := newMatcher(cat)
	r := hostReader{ctx: ctx, acc: acc, inv: inv, m: m}
	r.packages(files.DpkgStatus)
	var rpmErr error
	if files.RPM != "" {
		rpmErr = r.rpm()
	}
	if err := ctx.Err(); err != nil {
		return inv, fmt.Errorf("local inventory interrupted: %w", err)
	}
	r.processes(files.Proc)
	r.units(files.UnitDirs)
	if !acc.Offline() {
		for _, f := range []string{"net/tcp", "net/tcp6"} {
			r.sockets(path.Join(files.Proc, f))
		}
	}
	if err := acc.Lost(); err != nil {
		return inv, err
	}
	if rpmErr != nil {
		return inv, rpmErr
	}
	return inv, ctx.Err()
}

func (inv *Inventory) problem(what string, err error) {
	if !errors.Is(err, fs.ErrNotExist) {
		inv.Problems = append(inv.Problems, fmt.Sprintf("%s: %v", what, err))
	}
}

func (inv *Inventory) found(tool, kind, what string) {
	if tool == "" {
		return
	}
	for _, f := range inv.Tools {
		if f.Tool == tool && f.Kind == kind && f.What == what {
			return
		}
	}
	inv.Tools = append(inv.Tools, Found{Tool: tool, Kind: kind, What: what})
}

// ParseProcNetTCP reads /proc/net/tcp or tcp6: the sockets in state LISTEN
// (0A), with their local address and port.
func ParseProcNetTCP(data []byte) []Listener {
	var out []Listener
	for i, line := range strings.Split(string(data), "\n") {
		fields := strings.Fields(line)
		if i == 0 || len(fields) < 4 || fields[3] != "0A" {
			continue
		}
		addr, port, ok := strings.Cut(fields[1], ":")
		p, err := strconv.ParseUint(port, 16, 16)
		if !ok || err != nil {
			continue
		}
		out = append(out, Listener{Addr: decodeProcAddr(addr) + ":" + strconv.Itoa(int(p)), Port: int(p)})
	}
	return out
}

// decodeProcAddr turns /proc's hex address (host byte order, 32-bit
// words of a little-endian host) into dotted or bracketed text.
func decodeProcAddr(h string) string {
	b, err := hex.DecodeString(h)
	if err != nil || (len(b) != 4 && len(b) != 16) {
		return "?"
	}
	for i := 0; i+4 <= len(b); i += 4 {
		b[i], b[i+1], b[i+2], b[i+3] = b[i+3], b[i+2], b[i+1], b[i]
	}
	if len(b) == 4 {
		return fmt.Sprintf("%d.%d.%d.%d", b[0], b[1], b[2], b[3])
	}
	return "[" + netIP(b) + "]"
}
