package hostlog

import (
	"context"
	"os"
	"strings"
	"testing"

	"conformscan/probes/hostaccess"
	"conformscan/probes/winhost"
)

// snapAccess is a host access taking a recorded Windows snapshot.
type snapAccess struct {
	hostaccess.Local
	snap *winhost.Snapshot
}

func (s snapAccess) WindowsSnapshot(context.Context) (*winhost.Snapshot, error) { return s.snap, nil }

// windowsFacts collects the facts of a recorded snapshot.
func windowsFacts(t *testing.T, name string) *Facts {
	t.Helper()
	b, err := os.ReadFile("testdata/windows/" + name)
	if err != nil {
		t.Fatal(err)
	}
	s, err := winhost.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Collect(context.Background(), snapAccess{snap: s})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestCollectWindows(t *testing.T) {
	f := windowsFacts(t, "good.json")
	if f.Windows == nil || len(f.Windows.AuditPolicy) != 3 || len(f.Windows.Administrators) != 3 || len(f.Windows.LocalAccounts) != 2 || len(f.Unread) != 0 {
		t.Fatalf("good %+v", f)
	}
	if len(f.Forwards) != 1 || f.Forwards[0].Host != "wec.chm.example" || f.Forwards[0].Port != "5986" || f.Forwards[0].Protocol != "https" ||
		f.Forwards[0].Via != "wef" || !strings.Contains(f.Forwards[0].Where, "SubscriptionManager") {
		t.Fatalf("forwards %+v", f.Forwards)
	}
	f = windowsFacts(t, "bad.json")
	if len(f.Forwards) != 0 || f.Windows.WinRMState != "stopped" || len(f.Unread) != 0 {
		t.Fatalf("bad %+v", f)
	}
	f = windowsFacts(t, "notread.json")
	if len(f.UnreadOf(TopicLogging)) != 1 || len(f.UnreadOf(TopicForwarding)) != 1 || len(f.UnreadOf(TopicAdmins)) != 1 ||
		len(f.UnreadOf(TopicAccounts)) != 1 || !strings.Contains(f.UnreadOf(TopicAccounts)[0].Reason, "NetUserEnum") ||
		!strings.Contains(f.UnreadOf(TopicLogging)[0].Reason, "access denied") {
		t.Fatalf("not read %+v", f.Unread)
	}
}

func TestParseSubscriptionManager(t *testing.T) {
	for in, want := range map[string]string{
		"Server=http://wec.chm.example:5985/wsman/SubscriptionManager/WEC,Refresh=60": "wec.chm.example 5985 http",
		"Server=HTTP://10.0.0.5/wsman/SubscriptionManager/WEC":                        "10.0.0.5 5985 http",
		"Refresh=60, Server=https://[2001:db8::1]/wsman/":                             "2001:db8::1 5986 https",
		"garbage": "garbage  ",
	} {
		fw := ParseSubscriptionManager("w", in)
		if got := fw.Host + " " + fw.Port + " " + fw.Protocol; got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

func TestParseGroup(t *testing.T) {
	g := ParseGroup("g", []byte("root:x:0:\nsudo:x:27:alice, bob\nwheel:x:10:\nbad:line\nadmin:x:abc:eve\n"))
	if len(g) != 2 || g[0].Name != "sudo" || strings.Join(g[0].Members, ",") != "alice,bob" || g[1].Name != "wheel" || len(g[1].Members) != 0 {
		t.Fatalf("%+v", g)
	}
}
