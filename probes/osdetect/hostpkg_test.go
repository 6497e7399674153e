package osdetect

import (
	"context"
	"testing"

	"conformscan/probes/hostaccess"
)

// An offline Alpine root: os-release and the apk database.
func TestOfflineAlpineRoot(t *testing.T) {
	f, err := readLocal(context.Background(), hostaccess.NewRoot("../hostaccess/testdata/alpine"), DefaultLocalFiles())
	if err != nil {
		t.Fatal(err)
	}
	if len(f.OS) != 1 || f.OS[0].Product != "alpine" || f.OS[0].Release != "3.19.1" {
		t.Fatalf("os %+v", f.OS)
	}
	got := map[string]Software{}
	for _, s := range f.Software {
		got[s.Product] = s
	}
	if got["nginx"].Version != "1.24.0" || got["nginx"].Source != SourceAPK || got["openssh"].Version != "9.6_p1" {
		t.Fatalf("software %+v", f.Software)
	}
}

// An offline Debian root whose /etc/os-release is a relative link, as on
// Debian itself, and whose dpkg status lists a removed package.
func TestOfflineDebianRoot(t *testing.T) {
	f, err := readLocal(context.Background(), hostaccess.NewRoot("../hostaccess/testdata/debian-weak"), DefaultLocalFiles())
	if err != nil {
		t.Fatal(err)
	}
	if len(f.OS) != 1 || f.OS[0].Product != "debian" || f.OS[0].Release != "12" {
		t.Fatalf("os %+v", f.OS)
	}
	if len(f.Software) != 1 || f.Software[0].Product != "openssh" || f.Software[0].Source != SourceDpkg {
		t.Fatalf("software %+v", f.Software)
	}
}
