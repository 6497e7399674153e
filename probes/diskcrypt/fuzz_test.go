package diskcrypt

import "testing"

func FuzzParseMountinfo(f *testing.F) {
	f.Add([]byte("27 1 254:1 / / rw,relatime - ext4 /dev/mapper/vg-root rw\n28 27 0:5 / /a\\040b rw shared:1 - tmpfs x rw\n"))
	f.Add([]byte("1 2 3:4 5 6 - \n - - - - - -\n1 1 -1:0 / / x - a b c\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ms, _ := ParseMountinfo(b)
		for _, m := range ms {
			_ = m.Key()
		}
	})
}

func FuzzParseTables(f *testing.F) {
	f.Add([]byte("/dev/mapper/x / ext4 defaults 0 1\ncryptroot UUID=a none luks\n\\04\\0\\777"))
	f.Add([]byte("Filename Type Size\n/dev/dm-1 partition 1 0 -2\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = ParseFstab(b)
		_ = ParseCrypttab(b)
		_ = ParseSwaps(b)
		_, _ = ParseFdesetup(b)
		_ = ParseUevent(b)
		_ = ParseCPUHypervisor(b)
		_ = cryptType(string(b))
	})
}
