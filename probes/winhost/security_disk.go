package winhost

// DiskEncryption is the machine's form factor and its BitLocker volumes
// (13.1). A nil slice was not read (the source is then in Problems as
// "disk_encryption").
type DiskEncryption struct {
	// ChassisTypes are Win32_SystemEnclosure.ChassisTypes (SMBIOS codes:
	// 9 Laptop, 10 Notebook, 30 Tablet...).
	ChassisTypes []int `json:"chassis_types"`
	// Model is Win32_ComputerSystem.Model ("Virtual Machine" on Hyper-V,
	// "VMware7,1").
	Model string `json:"model,omitempty"`
	// Volumes are Get-BitLockerVolume (Win32_EncryptableVolume).
	Volumes []BitLockerVolume `json:"volumes"`
}

// BitLockerVolume is one volume as Get-BitLockerVolume reports it.
type BitLockerVolume struct {
	MountPoint string `json:"mount_point"` // "C:"
	// VolumeType: "OperatingSystem", "FixedData", "Removable".
	VolumeType string `json:"volume_type"`
	// ProtectionStatus: "On", "Off" (also when suspended), "Unknown".
	ProtectionStatus string `json:"protection_status"`
	// VolumeStatus: "FullyEncrypted", "FullyDecrypted",
	// "EncryptionInProgress", "DecryptionInProgress", ...
	VolumeStatus         string `json:"volume_status"`
	EncryptionPercentage int    `json:"encryption_percentage"`
	EncryptionMethod     string `json:"encryption_method,omitempty"` // "XtsAes256"
}
