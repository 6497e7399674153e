package diskcrypt

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
)

// maxFile bounds every file the probe reads.
const maxFile = 1 << 20

// Mount is one line of /proc/self/mountinfo (or of /etc/fstab, where
// Major is -1).
type Mount struct {
	Major, Minor int
	MountPoint   string
	FSType       string
	Source       string
	N            int
}

// Key names the mounted device: MAJ:MIN when block-backed, else the
// source.
func (m Mount) Key() string {
	if m.Major > 0 {
		return strconv.Itoa(m.Major) + ":" + strconv.Itoa(m.Minor)
	}
	return m.Source
}

// ParseMountinfo reads /proc/self/mountinfo: "ID PARENT MAJ:MIN ROOT
// MOUNTPOINT OPTIONS [OPTIONAL...] - FSTYPE SOURCE SUPEROPTIONS". Lines
// that do not have this shape are skipped and counted in bad.
func ParseMountinfo(b []byte) (out []Mount, bad int) {
	for n, l := range splitLines(b) {
		if l == "" {
			continue
		}
		f := strings.Fields(l)
		sep := indexOf(f, "-")
		if len(f) < 6 || sep < 6 || sep+2 >= len(f) {
			bad++
			continue
		}
		maj, min, ok := majMin(f[2])
		if !ok {
			bad++
			continue
		}
		out = append(out, Mount{Major: maj, Minor: min, MountPoint: unescape(f[4]), FSType: f[sep+1], Source: unescape(f[sep+2]), N: n + 1})
	}
	return out, bad
}

// ParseFstab reads /etc/fstab: "SOURCE MOUNTPOINT FSTYPE ...".
func ParseFstab(b []byte) []Mount {
	var out []Mount
	for n, l := range splitLines(b) {
		f := strings.Fields(l)
		if len(f) < 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		out = append(out, Mount{Major: -1, MountPoint: unescape(f[1]), FSType: f[2], Source: unescape(f[0]), N: n + 1})
	}
	return out
}

// ParseCrypttab reads /etc/crypttab: "NAME DEVICE [KEYFILE [OPTIONS]]",
// mapping each mapped name to its line (1-based). Entries whose options
// make no encrypted volume (plain dm-verity/integrity are not in
// crypttab) are all dm-crypt.
func ParseCrypttab(b []byte) map[string]int {
	out := map[string]int{}
	for n, l := range splitLines(b) {
		f := strings.Fields(l)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		out[f[0]] = n + 1
	}
	return out
}

// ParseSwaps reads /proc/swaps: the swap devices and files.
func ParseSwaps(b []byte) []string {
	var out []string
	for i, l := range splitLines(b) {
		f := strings.Fields(l)
		if i == 0 || len(f) < 2 {
			continue
		}
		out = append(out, unescape(f[0])+" "+f[1])
	}
	return out
}

// ParseFdesetup reads `fdesetup status`: Encrypted for "FileVault is
// On.", Unencrypted for "FileVault is Off.", Unknown otherwise (an
// encryption or decryption in progress is not a protected volume yet).
func ParseFdesetup(b []byte) (state, line string) {
	first := strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0])
	switch first {
	case "FileVault is On.":
		return Encrypted, first
	case "FileVault is Off.":
		return Unencrypted, first
	}
	if strings.HasPrefix(first, "FileVault is Off") || strings.Contains(first, "Encryption in progress") ||
		strings.Contains(first, "Decryption in progress") {
		return Unencrypted, first
	}
	return Unknown, first
}

// ParseUevent returns DEVNAME= of a sysfs uevent file.
func ParseUevent(b []byte) string {
	for _, l := range splitLines(b) {
		if v, ok := strings.CutPrefix(l, "DEVNAME="); ok {
			return v
		}
	}
	return ""
}

// ParseCPUHypervisor tells whether /proc/cpuinfo's flags include
// "hypervisor" (the CPU runs under a hypervisor).
func ParseCPUHypervisor(b []byte) bool {
	for _, l := range splitLines(b) {
		k, v, ok := strings.Cut(l, ":")
		if ok && strings.TrimSpace(k) == "flags" {
			return indexOf(strings.Fields(v), "hypervisor") >= 0
		}
	}
	return false
}

// chassisTypes are the SMBIOS 3.x System Enclosure types (DSP0134
// 7.4.1) and whether each is a portable, mobile device.
var chassisTypes = map[int]struct {
	name     string
	portable bool
}{
	1: {"Other", false}, 2: {"Unknown", false}, 3: {"Desktop", false}, 4: {"Low Profile Desktop", false},
	5: {"Pizza Box", false}, 6: {"Mini Tower", false}, 7: {"Tower", false}, 8: {"Portable", true},
	9: {"Laptop", true}, 10: {"Notebook", true}, 11: {"Hand Held", true}, 12: {"Docking Station", false},
	13: {"All in One", false}, 14: {"Sub Notebook", true}, 15: {"Space-saving", false}, 16: {"Lunch Box", false},
	17: {"Main Server Chassis", false}, 18: {"Expansion Chassis", false}, 19: {"SubChassis", false},
	20: {"Bus Expansion Chassis", false}, 21: {"Peripheral Chassis", false}, 22: {"RAID Chassis", false},
	23: {"Rack Mount Chassis", false}, 24: {"Sealed-case PC", false}, 25: {"Multi-system chassis", false},
	26: {"Compact PCI", false}, 27: {"Advanced TCA", false}, 28: {"Blade", false}, 29: {"Blade Enclosure", false},
	30: {"Tablet", true}, 31: {"Convertible", true}, 32: {"Detachable", true}, 33: {"IoT Gateway", false},
	34: {"Embedded PC", false}, 35: {"Mini PC", false}, 36: {"Stick PC", false},
}

// ChassisOf names an SMBIOS chassis type; known is false for a value
// outside the table, and for Other (1) and Unknown (2), which say nothing
// of the form factor.
func ChassisOf(t int) (name string, portable, known bool) {
	c, ok := chassisTypes[t]
	if !ok || t <= 2 {
		return c.name, false, false
	}
	return c.name, c.portable, true
}

func splitLines(b []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 4096), maxFile+1)
	for sc.Scan() {
		out = append(out, strings.TrimSpace(sc.Text()))
	}
	return out
}

func indexOf(f []string, s string) int {
	for i, x := range f {
		if x == s {
			return i
		}
	}
	return -1
}

func majMin(s string) (int, int, bool) {
	a, b, ok := strings.Cut(s, ":")
	maj, err1 := strconv.Atoi(a)
	min, err2 := strconv.Atoi(b)
	return maj, min, ok && err1 == nil && err2 == nil && maj >= 0 && min >= 0
}

// unescape decodes the octal escapes (\040) of mountinfo and fstab.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+4 <= len(s) {
			if v, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(v))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
