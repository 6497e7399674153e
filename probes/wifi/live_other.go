//go:build !linux && !windows && !darwin

package wifi

import (
	"context"
	"fmt"
	"runtime"
)

// ScanIface is available on Linux, Windows and macOS only.
func ScanIface(_ context.Context, name string) ([]*BSS, Stats, error) {
	return nil, Stats{}, fmt.Errorf("live Wi-Fi scan on %s: not available on %s (Linux, Windows and macOS only): give a capture with --wifi-capture", name, runtime.GOOS)
}

// CheckIfaceName accepts an interface name without spaces or slashes.
func CheckIfaceName(name string) error { return checkUnixIfaceName(name, "wlan0", "ifconfig") }
