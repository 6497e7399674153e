package diskcrypt

import (
	"strings"
	"testing"

	"conformscan/probes/hostaccess"
)

// laptop is a recorded notebook: root and /home on LVM over LUKS2 on an
// NVMe partition, /boot and the EFI partition in clear, swap on LVM.
func laptop() map[string]string {
	return map[string]string{
		"sys/class/dmi/id/chassis_type": "10\n",
		"proc/cpuinfo":                  "processor\t: 0\nflags\t\t: fpu vme sse2\n",
		"proc/self/mountinfo": "22 27 0:21 / /proc rw - proc proc rw\n" +
			"27 1 254:1 / / rw,relatime - ext4 /dev/mapper/vg-root rw\n" +
			"28 27 259:2 / /boot rw - ext4 /dev/nvme0n1p2 rw\n" +
			"29 28 259:1 / /boot/efi rw - vfat /dev/nvme0n1p1 rw\n" +
			"30 27 254:2 / /home rw - ext4 /dev/mapper/vg-home rw\n" +
			"31 27 254:1 /srv /srv rw - ext4 /dev/mapper/vg-root rw\n" +
			"32 27 0:40 / /tmp rw - tmpfs tmpfs rw\n",
		"proc/swaps": "Filename\tType\tSize\tUsed\tPriority\n/dev/dm-3 partition 100 0 -2\n/swapfile file 10 0 -3\n/dev/zram0 partition 10 0 100\n",
		// dm-1 (vg-root), dm-2 (vg-home), dm-3 (vg-swap) are LVM over
		// dm-0, the LUKS2 mapping of nvme0n1p3.
		"sys/dev/block/254:1/uevent":            "MAJOR=254\nMINOR=1\nDEVNAME=dm-1\n",
		"sys/dev/block/254:1/dm/uuid":           "LVM-abcdef\n",
		"sys/dev/block/254:1/slaves/dm-0":       "",
		"sys/dev/block/254:2/uevent":            "DEVNAME=dm-2\n",
		"sys/dev/block/254:2/dm/uuid":           "LVM-ghijkl\n",
		"sys/dev/block/254:2/slaves/dm-0":       "",
		"sys/class/block/dm-0/uevent":           "DEVNAME=dm-0\n",
		"sys/class/block/dm-0/dm/uuid":          "CRYPT-LUKS2-0123456789abcdef0123456789abcdef-luks-0123\n",
		"sys/class/block/dm-0/dm/name":          "luks-0123\n",
		"sys/class/block/dm-0/slaves/nvme0n1p3": "",
		"sys/class/block/nvme0n1p3/uevent":      "DEVNAME=nvme0n1p3\n",
		"sys/class/block/dm-3/uevent":           "DEVNAME=dm-3\n",
		"sys/class/block/dm-3/dm/uuid":          "LVM-swap\n",
		"sys/class/block/dm-3/slaves/dm-0":      "",
	}
}

func TestCollectLaptopLUKS(t *testing.T) {
	f := collect(t, liveRoot{Root: hostaccess.NewRoot(tree(t, laptop()))})
	if f.Platform != PlatformLinux || f.Chassis == nil || !f.Chassis.Portable || f.Chassis.Name != "Notebook" {
		t.Fatalf("chassis %+v", f.Chassis)
	}
	got := states(f)
	want := map[string]string{"/dev/mapper/vg-root": Encrypted, "/dev/mapper/vg-home": Encrypted, "/dev/dm-3": Encrypted}
	if len(got) != len(want) || len(f.Unread) != 0 {
		t.Fatalf("volumes %+v unread %+v", f.Volumes, f.Unread)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %s, want %s", k, got[k], v)
		}
	}
	root := f.Volumes[0]
	if strings.Join(root.Mounts, ",") != "/,/srv" || !strings.Contains(root.How, "LUKS2") || !strings.Contains(root.How, "/dev/mapper/luks-0123") {
		t.Errorf("root %+v", root)
	}
	if len(f.Skipped) != 2 {
		t.Errorf("skipped %v", f.Skipped)
	}
}

// /home on a plain partition, swap on dm-verity (integrity only), root
// on LVM over two PVs of which one is plain.
func TestCollectLaptopPlain(t *testing.T) {
	files := laptop()
	delete(files, "sys/dev/block/254:2/slaves/dm-0")
	files["sys/dev/block/254:2/slaves/nvme0n1p4"] = ""
	files["sys/class/block/nvme0n1p4/uevent"] = "DEVNAME=nvme0n1p4\n"
	files["sys/class/block/dm-3/dm/uuid"] = "CRYPT-VERITY-abc-swap\n"
	delete(files, "sys/class/block/dm-3/slaves/dm-0")
	files["sys/class/block/dm-3/slaves/sda1"] = ""
	files["sys/dev/block/254:1/slaves/sdb1"] = ""
	f := collect(t, liveRoot{Root: hostaccess.NewRoot(tree(t, files))})
	got := states(f)
	if got["/dev/mapper/vg-home"] != Unencrypted || got["/dev/dm-3"] != Unencrypted || got["/dev/mapper/vg-root"] != Unencrypted {
		t.Fatalf("volumes %+v", f.Volumes)
	}
}

// A desktop chassis, a virtual machine, nothing: the facts say which.
func TestCollectChassis(t *testing.T) {
	files := laptop()
	files["sys/class/dmi/id/chassis_type"] = "3\n"
	if f := collect(t, liveRoot{Root: hostaccess.NewRoot(tree(t, files))}); f.Chassis == nil || f.Chassis.Portable || f.Chassis.Name != "Desktop" {
		t.Errorf("desktop: %+v", f.Chassis)
	}
	delete(files, "sys/class/dmi/id/chassis_type")
	files["proc/cpuinfo"] = "flags\t\t: fpu hypervisor sse2\n"
	if f := collect(t, liveRoot{Root: hostaccess.NewRoot(tree(t, files))}); f.Chassis != nil || !strings.Contains(f.Virtual, "hypervisor") {
		t.Errorf("vm: %+v %q", f.Chassis, f.Virtual)
	}
	files["proc/cpuinfo"] = "flags\t\t: fpu\n"
	files["sys/class/dmi/id/chassis_type"] = "2\n" // Unknown says nothing
	if f := collect(t, liveRoot{Root: hostaccess.NewRoot(tree(t, files))}); f.Chassis != nil || f.Virtual != "" {
		t.Errorf("unknown: %+v %q", f.Chassis, f.Virtual)
	}
}

// An overlay root, a ZFS dataset, a device missing from sysfs and a
// missing mountinfo are unknown or unread, never encrypted.
func TestCollectUnknown(t *testing.T) {
	files := laptop()
	files["proc/self/mountinfo"] = "1 0 0:50 / / rw - overlay overlay rw\n2 1 0:51 / /data rw - zfs tank/data rw\n3 1 8:17 / /mnt rw - ext4 /dev/sdb1 rw\nbroken line\n"
	f := collect(t, liveRoot{Root: hostaccess.NewRoot(tree(t, files))})
	got := states(f)
	if got["overlay"] != Unknown || got["tank/data"] != Unknown || len(f.Unread) != 1 {
		t.Fatalf("volumes %+v unread %+v", f.Volumes, f.Unread)
	}
	// 8:17 is not in the recorded sysfs: no dm layer, no slaves: the
	// chain ends on a plain device.
	if got["/dev/sdb1"] != Unencrypted {
		t.Errorf("/dev/sdb1: %s", got["/dev/sdb1"])
	}
	delete(files, "proc/self/mountinfo")
	f = collect(t, liveRoot{Root: hostaccess.NewRoot(tree(t, files))})
	if f.Volumes != nil || len(f.Unread) != 1 {
		t.Fatalf("no mountinfo: %+v %+v", f.Volumes, f.Unread)
	}
}

func TestCollectOffline(t *testing.T) {
	dir := tree(t, map[string]string{
		"etc/fstab": "# comment\n/dev/mapper/cryptroot / ext4 defaults 0 1\nUUID=1234 /boot ext4 defaults 0 2\n" +
			"/dev/mapper/vg-data /data xfs defaults 0 2\nproc /proc proc defaults 0 0\n",
		"etc/crypttab": "cryptroot UUID=abcd none luks,discard\n",
	})
	f := collect(t, hostaccess.NewRoot(dir))
	got := states(f)
	if got["/dev/mapper/cryptroot"] != Encrypted || got["/dev/mapper/vg-data"] != Unknown || len(f.Volumes) != 2 || f.Chassis != nil {
		t.Fatalf("offline %+v", f.Volumes)
	}
	dir = tree(t, map[string]string{"etc/fstab": "/dev/sda1 / ext4 defaults 0 1\n"})
	if f := collect(t, hostaccess.NewRoot(dir)); states(f)["/dev/sda1"] != Unencrypted {
		t.Fatalf("offline plain %+v", f.Volumes)
	}
	if f := collect(t, hostaccess.NewRoot(t.TempDir())); f.Volumes != nil || len(f.Unread) != 1 {
		t.Fatalf("no fstab %+v", f)
	}
}

// macOS, recorded outputs of sysctl and fdesetup (hand-written from
// Apple's documented messages).
func TestCollectMacOS(t *testing.T) {
	dir := tree(t, map[string]string{"System/Library/CoreServices/SystemVersion.plist": "<plist/>"})
	for out, want := range map[string]string{
		"FileVault is On.\n":                               Encrypted,
		"FileVault is Off.\n":                              Unencrypted,
		"Encryption in progress: Percent completed = 40\n": Unencrypted,
		"something else\n":                                 Unknown,
	} {
		acc := liveRoot{Root: hostaccess.NewRoot(dir), out: map[string]string{"sysctl -n hw.model": "MacBookAir10,1\n", "fdesetup status": out}}
		f := collect(t, acc)
		if f.Platform != PlatformMacOS || f.Chassis == nil || !f.Chassis.Portable || states(f)["/"] != want {
			t.Errorf("%q: %+v %+v", out, f.Chassis, f.Volumes)
		}
	}
	f := collect(t, liveRoot{Root: hostaccess.NewRoot(dir)})
	if f.Volumes != nil || len(f.Unread) != 2 {
		t.Errorf("no commands: %+v", f)
	}
}
