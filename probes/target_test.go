package probes

import (
	"strings"
	"testing"
)

func TestParseTarget(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		host string
		port int
		err  string
	}{
		{"127.0.0.1", 1, "127.0.0.1", 0, ""},
		{"127.0.0.1:8443", 1, "127.0.0.1", 8443, ""},
		{"::1", 1, "::1", 0, ""},
		{"[::1]:22", 1, "::1", 22, ""},
		{"[2001:db8::1]", 1, "2001:db8::1", 0, ""},
		{"Lab.Example.ORG", 1, "lab.example.org", 0, ""},
		{"lab.example.org:21", 1, "lab.example.org", 21, ""},
		{"https://dpi.example.org/login", 1, "dpi.example.org", 443, ""},
		{"http://127.0.0.1:8080", 1, "127.0.0.1", 8080, ""},
		{"ldaps://[::1]", 1, "::1", 636, ""},
		{"192.0.2.0/30", 2, "192.0.2.1", 0, ""},
		{"192.0.2.7/32", 1, "192.0.2.7", 0, ""},
		{"2001:db8::/126", 4, "2001:db8::", 0, ""},
		{"10.0.0.0/8", 0, "", 0, "over the limit of 1024"},
		{"192.0.2.0/33", 0, "", 0, "not a valid CIDR"},
		{"300.1.1.1", 0, "", 0, "not a valid hostname"},
		{"host:0", 0, "", 0, "between 1 and 65535"},
		{"host:99999", 0, "", 0, "between 1 and 65535"},
		{"gopher://x", 0, "", 0, "unknown URL scheme"},
		{"https://", 0, "", 0, "no host"},
		{"bad_host!", 0, "", 0, "not a valid hostname"},
		{"", 0, "", 0, "empty target"},
		{"-lead.example.org", 0, "", 0, "not a valid hostname"},
	} {
		ts, err := ParseTarget(tc.in, 0)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseTarget(%q) err = %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseTarget(%q): %v", tc.in, err)
			continue
		}
		if len(ts) != tc.n || ts[0].Host != tc.host || ts[0].Port != tc.port {
			t.Errorf("ParseTarget(%q) = %d targets, first %+v; want %d, %s:%d", tc.in, len(ts), ts[0], tc.n, tc.host, tc.port)
		}
	}
}

func TestParseTargetsLimitAndDedupe(t *testing.T) {
	ts, err := ParseTargets([]string{"127.0.0.1", "127.0.0.1", "127.0.0.1:80"}, 0)
	if err != nil || len(ts) != 2 {
		t.Fatalf("got %d targets, %v; want 2", len(ts), err)
	}
	if _, err := ParseTargets([]string{"192.0.2.0/24", "198.51.100.0/24"}, 300); err == nil || !strings.Contains(err.Error(), "--max-hosts") {
		t.Fatalf("limit not enforced: %v", err)
	}
	if ts, err := ParseTargets([]string{"192.0.2.0/22"}, 2000); err != nil || len(ts) != 1022 {
		t.Fatalf("raised limit: %d, %v", len(ts), err)
	}
}

func TestReadTargetsFile(t *testing.T) {
	in := "# lab\n127.0.0.1\n\n  ::1 # loopback v6\nhttps://lab.example.org\n"
	got, err := ReadTargetsFile(strings.NewReader(in), "cibles.txt")
	if err != nil || len(got) != 3 || got[1] != "::1" {
		t.Fatalf("got %q, %v", got, err)
	}
	_, err = ReadTargetsFile(strings.NewReader("127.0.0.1\nnot a host\n"), "cibles.txt")
	if err == nil || !strings.Contains(err.Error(), "cibles.txt:2") {
		t.Fatalf("error must name the line: %v", err)
	}
}

func FuzzParseTarget(f *testing.F) {
	for _, s := range []string{"127.0.0.1", "[::1]:22", "https://a.b/c", "10.0.0.0/8", "x:1", "::ffff:1.2.3.4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ts, err := ParseTarget(s, 16)
		if err == nil && len(ts) > 16 {
			t.Fatalf("%q expanded to %d targets past the limit", s, len(ts))
		}
	})
}
