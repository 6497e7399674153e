package diskcrypt

import (
	"strconv"
	"strings"
)

// offlineFS are the filesystems of /etc/fstab judged on an offline root.
var offlineFS = map[string]bool{"ext2": true, "ext3": true, "ext4": true, "xfs": true, "btrfs": true, "f2fs": true,
	"jfs": true, "reiserfs": true, "bcachefs": true, "swap": true, "zfs": true}

// offlineVolumes judges an offline root from /etc/fstab and
// /etc/crypttab: a volume mounted from /dev/mapper/NAME that crypttab
// opens is encrypted; without any crypttab entry nothing is decrypted at
// boot; a volume crypttab may hide (UUID=, LVM) is unknown.
func (r reader) offlineVolumes() {
	fb, ok := r.read("/etc/fstab")
	if !ok {
		if len(r.f.Unread) == 0 {
			r.unread("/etc/fstab", errNoFstab)
		}
		return
	}
	ct := map[string]int{}
	if cb, ok := r.read("/etc/crypttab"); ok {
		ct = ParseCrypttab(cb)
	}
	r.f.Volumes = []Volume{}
	for _, m := range ParseFstab(fb) {
		if !offlineFS[m.FSType] {
			continue
		}
		if skipMount(m.MountPoint) {
			r.f.Skipped = append(r.f.Skipped, m.MountPoint+" ("+m.Source+")")
			continue
		}
		v := Volume{Device: m.Source, Mounts: []string{m.MountPoint}, FSType: m.FSType, Where: r.acc.Source("/etc/fstab") + ":" + strconv.Itoa(m.N)}
		name, mapped := strings.CutPrefix(m.Source, "/dev/mapper/")
		switch n, inTab := ct[name]; {
		case mapped && inTab:
			v.State, v.How = Encrypted, "opened by "+r.acc.Source("/etc/crypttab")+":"+strconv.Itoa(n)
		case len(ct) == 0:
			v.State, v.How = Unencrypted, "no /etc/crypttab entry: nothing is decrypted at boot"
		default:
			v.State, v.How = Unknown, "not a /dev/mapper name of /etc/crypttab: whether it lies on one of its volumes (LVM, UUID=) is not read offline"
		}
		r.f.Volumes = append(r.f.Volumes, v)
	}
}
