//go:build darwin

package wifi

import (
	"context"
	"fmt"
)

// ScanIface reads the networks macOS lists for a Wi-Fi interface
// ('system_profiler SPAirPortDataType -json': the airport tool is gone
// since macOS 14.4) and parses them with ParseSystemProfiler.
func ScanIface(ctx context.Context, name string) ([]*BSS, Stats, error) {
	t := tool{path: "/usr/sbin/system_profiler", args: []string{"SPAirPortDataType", "-json"}, timeout: toolTimeout, limit: toolLimit}
	raw, err := t.run(ctx)
	if err != nil {
		return nil, Stats{}, fmt.Errorf("live Wi-Fi scan on %s: %w", name, err)
	}
	bss, err := ParseSystemProfiler(raw, "iface", name)
	sortBSS(bss)
	return bss, Stats{Frames: len(bss), BSS: len(bss)}, err
}

// CheckIfaceName accepts a BSD interface name such as en0.
func CheckIfaceName(name string) error {
	return checkUnixIfaceName(name, "en0", "networksetup -listallhardwareports")
}
