package diskcrypt

import (
	"fmt"
	"strconv"
	"strings"

	"conformscan/probes/winhost"
)

// virtualModels are Win32_ComputerSystem.Model values of virtual
// machines.
var virtualModels = []string{"Virtual Machine", "VMware", "VirtualBox", "KVM", "QEMU", "HVM domU", "Standard PC"}

// FromSnapshot fills f from a Windows snapshot's disk encryption fields.
func FromSnapshot(f *Facts, s *winhost.Snapshot) {
	src := "windows:" + s.Host
	for _, p := range s.Problems {
		if p.Source == "disk_encryption" {
			f.Unread = append(f.Unread, Unread{Path: src + " disk_encryption", Reason: p.Error})
		}
	}
	var d *winhost.DiskEncryption
	if s.Security != nil {
		d = s.Security.DiskEncryption
	}
	if d == nil {
		if len(f.Unread) == 0 {
			f.Unread = append(f.Unread, Unread{Path: src + " disk_encryption", Reason: "not in the snapshot (collector " + s.Collector + ")"})
		}
		return
	}
	windowsChassis(f, src, d)
	if d.Volumes == nil {
		return
	}
	f.Volumes = []Volume{}
	for _, v := range d.Volumes {
		if v.VolumeType == "Removable" {
			f.Skipped = append(f.Skipped, v.MountPoint+" (removable)")
			continue
		}
		state, how := bitLocker(v)
		f.Volumes = append(f.Volumes, Volume{Device: v.MountPoint, Mounts: []string{v.VolumeType}, State: state, How: how, Where: src + " Get-BitLockerVolume"})
	}
}

// windowsChassis keeps the first known chassis type (a portable one
// wins), or the virtual machine's model.
func windowsChassis(f *Facts, src string, d *winhost.DiskEncryption) {
	for _, t := range d.ChassisTypes {
		name, portable, known := ChassisOf(t)
		if known && (f.Chassis == nil || portable) {
			f.Chassis = &Chassis{Source: src + " Win32_SystemEnclosure.ChassisTypes", Value: strconv.Itoa(t), Name: name, Portable: portable}
		}
	}
	if f.Chassis != nil {
		return
	}
	for _, m := range virtualModels {
		if strings.HasPrefix(d.Model, m) {
			f.Virtual = src + " Win32_ComputerSystem.Model " + d.Model + " (a virtual machine)"
		}
	}
}

// bitLocker judges one volume: protected only when BitLocker protection
// is on and the volume fully encrypted (suspended protection leaves the
// key in clear on the disk).
func bitLocker(v winhost.BitLockerVolume) (string, string) {
	how := fmt.Sprintf("BitLocker ProtectionStatus %s, VolumeStatus %s, %d%%", v.ProtectionStatus, v.VolumeStatus, v.EncryptionPercentage)
	if v.EncryptionMethod != "" {
		how += ", " + v.EncryptionMethod
	}
	switch {
	case v.ProtectionStatus == "On" && v.VolumeStatus == "FullyEncrypted":
		return Encrypted, how
	case v.ProtectionStatus == "Off" || v.VolumeStatus == "FullyDecrypted":
		return Unencrypted, how
	}
	return Unknown, how
}
