// Package list is the explicit list of every check family. Adding a
// capability means one line here (its family), one in probes/list (its
// probe), and its refs in the catalogue overlay; list_test.go validates the
// whole set.
package list

import (
	"conformscan/checks"
	cleartextcheck "conformscan/checks/cleartext"
	eolcheck "conformscan/checks/eol"
	remotecheck "conformscan/checks/remote"
	tlscheck "conformscan/checks/tls"
	wificheck "conformscan/checks/wifi"
)

// Network families judge hosts and their endpoints.
func Network() []checks.Family {
	return []checks.Family{
		cleartextcheck.Family(),
		tlscheck.Family(),
	}
}

// Lifecycle families judge operating systems and software support.
func Lifecycle() []checks.Family {
	return []checks.Family{
		eolcheck.Family(),
	}
}

// Remote families judge remote-control software and administration
// exposure.
func Remote() []checks.Family {
	return []checks.Family{
		remotecheck.Family(),
	}
}

// Wireless families judge Wi-Fi networks.
func Wireless() []checks.Family {
	return []checks.Family{
		wificheck.Family(),
	}
}

// Families returns a fresh set of every family, each with its own options.
func Families() []checks.Family {
	return concat(
		Network(),
		Lifecycle(),
		Remote(),
		Wireless(),
	)
}

func concat(groups ...[]checks.Family) []checks.Family {
	var out []checks.Family
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}
