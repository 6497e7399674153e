// Package list is the explicit list of every check family. Adding a
// capability means one line here (its family), one in probes/list (its
// probe), and its refs in the catalogue overlay; list_test.go validates the
// whole set.
//
// It imports checks and the families only: no probe (probes/list is the
// probes' list) and nothing above checks/.
package list

import (
	"conformscan/checks"
	"conformscan/checks/bastion"
	"conformscan/checks/cleartext"
	"conformscan/checks/creds"
	"conformscan/checks/diskcrypt"
	"conformscan/checks/eol"
	"conformscan/checks/hostlog"
	"conformscan/checks/hostprotect"
	"conformscan/checks/identify"
	"conformscan/checks/passwords"
	"conformscan/checks/remote"
	"conformscan/checks/svcmode"
	"conformscan/checks/tls"
	"conformscan/checks/wifi"
)

// Network families judge hosts and their endpoints.
func Network() []checks.Family {
	return []checks.Family{
		identify.Family(),
		cleartext.Family(),
		tls.Family(),
	}
}

// Lifecycle families judge operating systems and software support, and
// a host's malware protection and security patches.
func Lifecycle() []checks.Family {
	return []checks.Family{
		eol.Family(),
		hostprotect.Family(),
	}
}

// Remote families judge remote-control software and administration
// exposure.
func Remote() []checks.Family {
	return []checks.Family{
		remote.Family(),
		bastion.Family(),
		svcmode.Family(),
	}
}

// Wireless families judge Wi-Fi networks.
func Wireless() []checks.Family {
	return []checks.Family{
		wifi.Family(),
	}
}

// Identity families judge password policies, directories, and a host's
// authentication logging, log forwarding and local accounts.
func Identity() []checks.Family {
	return []checks.Family{
		passwords.Family(),
		hostlog.Family(),
	}
}

// Intrusive families judge what login tries found.
func Intrusive() []checks.Family {
	return []checks.Family{
		creds.Family(),
	}
}

// Encryption families judge a host's volume encryption.
func Encryption() []checks.Family {
	return []checks.Family{
		diskcrypt.Family(),
	}
}

// Families returns a fresh set of every family, each with its own options.
func Families() []checks.Family {
	return concat(
		Network(),
		Lifecycle(),
		Remote(),
		Wireless(),
		Identity(),
		Encryption(),
		Intrusive(),
	)
}

func concat(groups ...[]checks.Family) []checks.Family {
	var out []checks.Family
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}
