//go:build !linux

package wifi

import (
	"context"
	"fmt"
)

// ScanIface is available on Linux only.
func ScanIface(_ context.Context, name string) ([]*BSS, Stats, error) {
	return nil, Stats{}, fmt.Errorf("live Wi-Fi scan on %s: works on Linux only; on Windows save 'netsh wlan show networks mode=bssid' and give it with --wifi-netsh", name)
}
