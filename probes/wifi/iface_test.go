package wifi

import (
	"runtime"
	"testing"
)

// TestIfaceNames: --wifi-iface takes the names of the OS it runs on; on
// Linux, a name with a space or a slash is refused before any scan.
func TestIfaceNames(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("Linux interface names")
	}
	for name, ok := range map[string]bool{"wlan0": true, "wlp2s0": true, "": false, "Wi-Fi 2": false, "../x": false, "a\tb": false} {
		o := &Options{Ifaces: []string{name}}
		if err := o.Validate(t.Context()); (err == nil) != ok {
			t.Errorf("%q: %v", name, err)
		}
	}
}
