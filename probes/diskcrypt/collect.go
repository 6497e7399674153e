package diskcrypt

import (
	"context"
	"errors"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"conformscan/probes/hostaccess"
	"conformscan/probes/winhost"
)

// reader reads a host through its access, recording what could not be
// read.
type reader struct {
	ctx context.Context
	acc hostaccess.Access
	f   *Facts
}

// read returns a file's content and whether it exists; a read error
// other than absence is recorded.
func (r reader) read(p string) ([]byte, bool) {
	b, err := r.acc.ReadFile(r.ctx, p, maxFile)
	if err == nil {
		return b, true
	}
	if !errors.Is(err, fs.ErrNotExist) {
		r.unread(p, err)
	}
	return nil, false
}

func (r reader) unread(p string, err error) {
	r.f.Unread = append(r.f.Unread, Unread{Path: r.acc.Source(p), Reason: err.Error()})
}

// Collect reads the host's form factor and volumes through acc: a
// Windows snapshot when the access takes one, FileVault on macOS, the
// mounts and the sysfs device chain on Linux (/etc/fstab and
// /etc/crypttab on an offline root).
func Collect(ctx context.Context, acc hostaccess.Access) (*Facts, error) {
	f := &Facts{Access: acc.Name()}
	r := reader{ctx: ctx, acc: acc, f: f}
	if src, ok := acc.(winhost.Source); ok {
		f.Platform = PlatformWindows
		snap, err := src.WindowsSnapshot(ctx)
		if err != nil {
			return f, err
		}
		FromSnapshot(f, snap)
		return f, ctx.Err()
	}
	if _, err := acc.Stat(ctx, macMarker); err == nil {
		f.Platform = PlatformMacOS
		r.macOS()
		return f, ctx.Err()
	}
	f.Platform = PlatformLinux
	r.chassis()
	if err := ctx.Err(); err != nil {
		return f, err
	}
	if acc.Offline() {
		r.offlineVolumes()
	} else {
		r.liveVolumes()
	}
	return f, ctx.Err()
}

// Paths read on Linux.
const (
	chassisPath   = "/sys/class/dmi/id/chassis_type"
	cpuinfoPath   = "/proc/cpuinfo"
	mountinfoPath = "/proc/self/mountinfo"
	swapsPath     = "/proc/swaps"
	macMarker     = "/System/Library/CoreServices/SystemVersion.plist"
)

// chassis reads the DMI chassis type, or, when the firmware gives none,
// whether the CPU runs under a hypervisor.
func (r reader) chassis() {
	if b, ok := r.read(chassisPath); ok {
		v := strings.TrimSpace(string(b))
		c := &Chassis{Source: r.acc.Source(chassisPath), Value: v}
		if n, err := strconv.Atoi(v); err == nil {
			if name, portable, known := ChassisOf(n); known {
				c.Name, c.Portable = name, portable
				r.f.Chassis = c
				return
			}
		}
	}
	if b, ok := r.read(cpuinfoPath); ok && ParseCPUHypervisor(b) {
		r.f.Virtual = r.acc.Source(cpuinfoPath) + ": hypervisor CPU flag (a virtual machine)"
	}
}

// skipMount tells whether a mount point is left out on purpose: the boot
// partitions a boot loader reads in clear.
func skipMount(mp string) bool {
	return mp == "/boot" || mp == "/efi" || strings.HasPrefix(mp, "/boot/")
}

// diskFS are local disk filesystems whose device may be unresolvable
// (btrfs and ZFS report anonymous device numbers).
var diskFS = map[string]bool{"btrfs": true, "zfs": true, "bcachefs": true}

// volumeMount tells whether a mount is a local volume to judge: the root,
// any block-backed mount, a btrfs/ZFS mount.
func volumeMount(m Mount) bool {
	return m.MountPoint == "/" || m.Major > 0 || diskFS[m.FSType]
}

// liveVolumes groups the mounts by device and judges each device once.
func (r reader) liveVolumes() {
	b, ok := r.read(mountinfoPath)
	if !ok {
		if len(r.f.Unread) == 0 {
			r.unread(mountinfoPath, fs.ErrNotExist)
		}
		return
	}
	mounts, bad := ParseMountinfo(b)
	if bad > 0 {
		r.unread(mountinfoPath, errors.New(strconv.Itoa(bad)+" line(s) not understood"))
	}
	r.f.Volumes = []Volume{}
	index := map[string]int{}
	for _, m := range mounts {
		switch {
		case !volumeMount(m):
			continue
		case skipMount(m.MountPoint):
			r.f.Skipped = append(r.f.Skipped, m.MountPoint+" ("+m.Source+")")
			continue
		}
		if i, seen := index[m.Key()]; seen {
			r.f.Volumes[i].Mounts = append(r.f.Volumes[i].Mounts, m.MountPoint)
			continue
		}
		v := Volume{Device: m.Source, Mounts: []string{m.MountPoint}, FSType: m.FSType,
			Where: r.acc.Source(mountinfoPath) + ":" + strconv.Itoa(m.N)}
		v.State, v.How = r.mountState(m)
		index[m.Key()] = len(r.f.Volumes)
		r.f.Volumes = append(r.f.Volumes, v)
	}
	r.swaps()
}

// mountState follows a mount's device down its sysfs chain.
func (r reader) mountState(m Mount) (string, string) {
	switch {
	case m.Major > 0:
		return r.chain("/sys/dev/block/"+m.Key(), 0)
	case strings.HasPrefix(m.Source, "/dev/"):
		if dir := r.devDir(m.Source); dir != "" {
			return r.chain(dir, 0)
		}
		return Unknown, m.Source + ": not found under /sys/class/block"
	}
	return Unknown, m.FSType + " " + m.Source + ": no block device to read (ZFS native encryption, overlay and network filesystems are not read)"
}

// swaps adds the swap partitions (a swap file is on a volume already
// judged; zram is memory).
func (r reader) swaps() {
	b, ok := r.read(swapsPath)
	if !ok {
		return
	}
	for _, s := range ParseSwaps(b) {
		dev, kind, _ := strings.Cut(s, " ")
		if kind != "partition" || strings.HasPrefix(path.Base(dev), "zram") {
			continue
		}
		v := Volume{Device: dev, Mounts: []string{"[swap]"}, FSType: "swap", Where: r.acc.Source(swapsPath)}
		if dir := r.devDir(dev); dir != "" {
			v.State, v.How = r.chain(dir, 0)
		} else {
			v.State, v.How = Unknown, dev+": not found under /sys/class/block"
		}
		r.f.Volumes = append(r.f.Volumes, v)
	}
}

// devDir finds the sysfs folder of /dev/NAME or /dev/mapper/NAME ("" when
// none).
func (r reader) devDir(dev string) string {
	if name, ok := strings.CutPrefix(dev, "/dev/mapper/"); ok {
		ents, err := r.acc.ReadDir(r.ctx, "/sys/block")
		if err != nil {
			r.unread("/sys/block", err)
			return ""
		}
		for _, e := range ents {
			if !strings.HasPrefix(e.Name, "dm-") {
				continue
			}
			if b, ok := r.read("/sys/block/" + e.Name + "/dm/name"); ok && strings.TrimSpace(string(b)) == name {
				return "/sys/block/" + e.Name
			}
		}
		return ""
	}
	dir := "/sys/class/block/" + path.Base(dev)
	if _, err := r.acc.Stat(r.ctx, dir); err != nil {
		return ""
	}
	return dir
}
