// Package diskcrypt reads, through the host-access layer, whether a host
// is a mobile device (DMI chassis type on Linux, Win32_SystemEnclosure on
// Windows, the model name on macOS) and whether its volumes are encrypted
// (dm-crypt/LUKS under the root and data volumes on Linux, BitLocker on
// Windows, FileVault on macOS). It records facts only; checks/diskcrypt
// judges them for 13.1.
package diskcrypt

// Encryption states of a volume.
const (
	Encrypted   = "encrypted"
	Unencrypted = "unencrypted"
	// Unknown: the volume's encryption could not be read (a ZFS dataset,
	// a device the sysfs chain does not describe, BitLocker status not
	// read): never taken as encrypted.
	Unknown = "unknown"
)

// Platforms.
const (
	PlatformLinux   = "linux"
	PlatformWindows = "windows"
	PlatformMacOS   = "macos"
)

// Chassis is what the host says of its form factor.
type Chassis struct {
	// Source names what was read ("/sys/class/dmi/id/chassis_type",
	// "Win32_SystemEnclosure.ChassisTypes", "sysctl hw.model").
	Source string `json:"source"`
	// Value is the raw value read ("10", "MacBookPro18,1").
	Value string `json:"value"`
	// Name is the SMBIOS name of the type ("Notebook").
	Name string `json:"name,omitempty"`
	// Portable: the type is a laptop, notebook, tablet, convertible...
	Portable bool `json:"portable"`
}

// Volume is one volume and how it is protected.
type Volume struct {
	// Device names the volume ("/dev/mapper/root", "C:", "/").
	Device string `json:"device"`
	// Mounts are its mount points (Linux), its role (Windows: OS, data).
	Mounts []string `json:"mounts,omitempty"`
	FSType string   `json:"fs_type,omitempty"`
	// State is Encrypted, Unencrypted or Unknown.
	State string `json:"state"`
	// How says what proves the state ("dm-0 CRYPT-LUKS2-... under
	// dm-1", "BitLocker ProtectionStatus On, XtsAes256").
	How   string `json:"how"`
	Where string `json:"where"`
}

// Unread is a source that exists, or may exist, but could not be read.
type Unread struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Facts is what the probe records on a host.
type Facts struct {
	Access   string `json:"access"`
	Platform string `json:"platform"`
	// Chassis: nil when no form factor could be read.
	Chassis *Chassis `json:"chassis,omitempty"`
	// Virtual names what shows the host is a virtual machine (the
	// hypervisor CPU flag, a Hyper-V/VMware model) when no chassis was
	// read: a virtual machine is not a mobile device.
	Virtual string `json:"virtual,omitempty"`
	// Volumes: nil when none could be listed.
	Volumes []Volume `json:"volumes,omitempty"`
	// Skipped are mount points left out on purpose (/boot, the EFI
	// partition: a boot loader needs them in clear).
	Skipped []string `json:"skipped,omitempty"`
	Unread  []Unread `json:"unread,omitempty"`
}
