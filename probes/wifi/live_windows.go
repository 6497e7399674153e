//go:build windows

package wifi

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
)

// ScanIface reads the networks Windows lists for a wireless interface
// ('netsh wlan show networks mode=bssid interface="NAME"', the results of
// the system's last background scan) and parses them as --wifi-netsh does.
func ScanIface(ctx context.Context, name string) ([]*BSS, Stats, error) {
	root := os.Getenv("SystemRoot")
	if root == "" {
		root = `C:\Windows`
	}
	netsh := filepath.Join(root, "System32", "netsh.exe")
	t := tool{path: netsh, timeout: toolTimeout, limit: toolLimit, prepare: func(c *exec.Cmd) {
		// netsh reads its own command line: the name is quoted its way.
		c.SysProcAttr = &syscall.SysProcAttr{CmdLine: `netsh wlan show networks mode=bssid interface="` + name + `"`}
	}}
	raw, err := t.run(ctx)
	if err != nil {
		return nil, Stats{}, fmt.Errorf("live Wi-Fi scan on %s: %w (Windows 11 24H2 and later: allow location access for desktop apps)", name, err)
	}
	bss, err := ParseNetsh(raw, "iface:"+name)
	if err != nil && len(bss) == 0 {
		err = fmt.Errorf("%w; netsh said: %s", err, excerpt(raw))
	}
	sortBSS(bss)
	return bss, Stats{Frames: len(bss), BSS: len(bss)}, err
}

// CheckIfaceName accepts a Windows interface name ("Wi-Fi", "Wi-Fi 2"),
// as 'netsh wlan show interfaces' lists them.
func CheckIfaceName(name string) error {
	if strings.TrimSpace(name) == "" || strings.ContainsAny(name, "\"\r\n\t") {
		return fmt.Errorf("--wifi-iface %q: give an interface name such as \"Wi-Fi\" (see 'netsh wlan show interfaces')", name)
	}
	return nil
}
