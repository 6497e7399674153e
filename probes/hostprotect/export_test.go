package hostprotect

import (
	"os"
	"strings"
)

// ReadListForTest reads a list file as the probe does (decompressed).
func ReadListForTest(p string) ([]byte, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	_, ext := cutCompression(p)
	if !strings.Contains(p, "_Packages") {
		return b, nil
	}
	return decompress(b, ext)
}
