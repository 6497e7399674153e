package diskcrypt

import (
	"errors"
	"strings"
)

var errNoFstab = errors.New("no /etc/fstab: not a Linux root, volumes unknown")

// macOS reads the model (MacBook: portable) and `fdesetup status`.
func (r reader) macOS() {
	if b, err := r.acc.Run(r.ctx, "sysctl", "-n", "hw.model"); err == nil {
		model := strings.TrimSpace(string(b))
		c := &Chassis{Source: "sysctl -n hw.model", Value: model, Name: model}
		c.Portable = strings.HasPrefix(model, "MacBook")
		switch {
		case strings.HasPrefix(model, "VMware") || strings.HasPrefix(model, "Parallels") || strings.HasPrefix(model, "VirtualMac"):
			r.f.Virtual = "sysctl hw.model " + model + " (a virtual machine)"
		case model != "":
			r.f.Chassis = c
		}
	} else {
		r.f.Unread = append(r.f.Unread, Unread{Path: "sysctl -n hw.model", Reason: err.Error()})
	}
	b, err := r.acc.Run(r.ctx, "fdesetup", "status")
	if err != nil {
		r.f.Unread = append(r.f.Unread, Unread{Path: "fdesetup status", Reason: err.Error()})
		return
	}
	state, line := ParseFdesetup(b)
	r.f.Volumes = []Volume{{Device: "/", Mounts: []string{"/"}, FSType: "apfs", State: state, How: "FileVault: " + line, Where: "fdesetup status"}}
}
