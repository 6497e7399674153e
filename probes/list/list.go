// Package list is the explicit list of every probe, grouped by family.
// Adding a probe means adding one line here; a test validates the whole set.
//
// It imports probes and the capabilities only: nothing of checks/ or above.
package list

import (
	"conformscan/probes"
	"conformscan/probes/bastion"
	"conformscan/probes/cleartext"
	"conformscan/probes/creds"
	"conformscan/probes/directory"
	"conformscan/probes/discovery"
	"conformscan/probes/diskcrypt"
	"conformscan/probes/hostaccess"
	"conformscan/probes/hostlog"
	"conformscan/probes/hostprotect"
	"conformscan/probes/osdetect"
	"conformscan/probes/passwords"
	"conformscan/probes/remote"
	"conformscan/probes/svcmode"
	tlsprobe "conformscan/probes/tls"
	"conformscan/probes/wifi"
)

// Network probes run on hosts and their open endpoints.
func Network() []probes.Probe {
	return []probes.Probe{
		discovery.New(),
		cleartext.New(),
		tlsprobe.New(),
	}
}

// Lifecycle probes identify operating systems and software versions, from
// the network and on the local machine, and a host's malware protection
// and security patches.
func Lifecycle() []probes.Probe {
	return []probes.Probe{
		osdetect.New(),
		osdetect.NewLocal(),
		hostprotect.New(),
	}
}

// Remote probes fingerprint remote-control and administration services,
// add the remote ports an imported nmap report shows, and inventory the
// remote-control tools installed on the local machine.
func Remote() []probes.Probe {
	fl := &remote.Flags{} // --nmap-xml serves both network probes
	return []probes.Probe{
		remote.NewWith(fl),
		remote.NewLocal(),
		remote.NewNmapPorts(fl),
		bastion.NewReach(),
		bastion.New(),
		svcmode.New(),
	}
}

// Wireless probes read Wi-Fi captures, interfaces and netsh exports.
func Wireless() []probes.Probe {
	return []probes.Probe{
		wifi.New(),
	}
}

// Identity probes read password policies, directories, and a host's
// authentication logging and local accounts.
func Identity() []probes.Probe {
	return []probes.Probe{
		passwords.New(),
		directory.New(),
		hostlog.New(),
	}
}

// Encryption probes read a host's form factor and volume encryption.
func Encryption() []probes.Probe {
	return []probes.Probe{
		diskcrypt.New(),
	}
}

// Intrusive probes try logins: the plan leaves them out under --safe.
// The optional ones (nuclei's default-login templates) share the login
// probes' options: --no-creds turns them off too.
func Intrusive() []probes.Probe {
	f := creds.DefaultFlags()
	return append(creds.ProbesWith(f), Optional(f)...)
}

// All returns a fresh set of every probe, each with its own options, in
// the order they run on a subject. The host-access gates open a host
// audited over SSH or an offline root before the host probes and close it
// after them; a Windows host's snapshot is taken right after the opening,
// before the host probes that read it.
func All() []probes.Probe {
	return concat(
		Network(),
		[]probes.Probe{hostaccess.NewOpen(&hostaccess.Options{SSHPort: 22}), hostaccess.NewWindows(&hostaccess.WindowsOptions{})},
		Lifecycle(),
		Remote(),
		Wireless(),
		Identity(),
		Encryption(),
		Intrusive(),
		[]probes.Probe{hostaccess.NewEnd()},
	)
}

func concat(groups ...[]probes.Probe) []probes.Probe {
	var out []probes.Probe
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}
