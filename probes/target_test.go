package probes

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
	"time"
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
		{"[::1", 0, "", 0, "unbalanced brackets"},
		{"::1]", 0, "", 0, "unbalanced brackets"},
		{"[::1]]", 0, "", 0, "brackets hold an IPv6 address"},
		{"http://[::1/", 0, "", 0, "not a valid URL"},
		{"::", 0, "", 0, "unspecified address"},
		{"0.0.0.0", 0, "", 0, "unspecified address"},
		{"[::]:22", 0, "", 0, "unspecified address"},
		{"0.0.0.0:80", 0, "", 0, "unspecified address"},
		{"::ffff:0.0.0.0", 0, "", 0, "unspecified address"},
		{"https://0.0.0.0/login", 0, "", 0, "unspecified address"},
		{"0.0.0.0/30", 0, "", 0, "unspecified address"},
		{"::/0", 0, "", 0, "unspecified address"},
		{"[fe80::1%eth0]:22", 0, "", 0, "zones are not supported"},
		{"8000::/1", 0, "", 0, "2^127 addresses"},
		{"127.0.0.0/2", 0, "", 0, "1073741822 addresses"},
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
	// Duplicates are removed before the total is judged.
	if ts, err := ParseTargets([]string{"192.0.2.0/22", "192.0.2.0/22", "192.0.2.7"}, 1022); err != nil || len(ts) != 1022 {
		t.Fatalf("duplicated range: %d, %v", len(ts), err)
	}
}

// TestRangesSizedBeforeExpansion: a huge range is refused arithmetically,
// at once and without allocating, wherever it comes from.
func TestRangesSizedBeforeExpansion(t *testing.T) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	for _, in := range []string{"10.0.0.0/8", "127.0.0.0/2", "2001:db8::/32", "8000::/1"} {
		if _, err := ParseTargets([]string{"127.0.0.1", in}, 1024); err == nil || !strings.Contains(err.Error(), "--max-hosts") {
			t.Errorf("%s: %v", in, err)
		}
		if _, err := ReadTargetsFile(strings.NewReader(in+"\n"), "t.txt"); err != nil {
			t.Errorf("the file reader must size %s, not refuse it: %v", in, err)
		}
	}
	// Many ranges each under the limit, over it together.
	many := []string{}
	for i := 0; i < 64; i++ {
		many = append(many, fmt.Sprintf("10.%d.0.0/22", i))
	}
	if _, err := ParseTargets(many, 1024); err == nil || !strings.Contains(err.Error(), "more than 1024 addresses (65408 before") {
		t.Errorf("sum of ranges: %v", err)
	}
	runtime.ReadMemStats(&after)
	if d, alloc := time.Since(start), after.TotalAlloc-before.TotalAlloc; d > time.Second || alloc > 10<<20 {
		t.Errorf("refusing took %v and %d kB", d, alloc>>10)
	}
}

func TestTargetSpecCount(t *testing.T) {
	for in, want := range map[string]uint64{
		"192.0.2.1": 1, "192.0.2.0/32": 1, "192.0.2.0/31": 2, "192.0.2.0/30": 2, "10.0.0.0/8": 1<<24 - 2,
		"2001:db8::/128": 1, "2001:db8::/120": 256, "2001:db8::/65": 1 << 63, "2001:db8::/64": math.MaxUint64, "https://h/": 1,
	} {
		spec, err := ParseTargetSpec(in)
		if err != nil || spec.Count() != want {
			t.Errorf("%s: count %d, %v; want %d", in, spec.Count(), err, want)
		}
	}
	// The iterator stops when asked, even on a range too large to list.
	spec, _ := ParseTargetSpec("2001:db8::/64")
	n := 0
	for range spec.Targets() {
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("iterated %d", n)
	}
}

func TestReadTargetsFile(t *testing.T) {
	in := "# lab\n127.0.0.1\n\n  ::1 # loopback v6\nhttps://lab.example.org\n"
	got, err := ReadTargetsFile(strings.NewReader(in), "cibles.txt")
	if err != nil || len(got) != 3 || got[1] != "::1" {
		t.Fatalf("got %q, %v", got, err)
	}
	// As people write them: BOM, CRLF, comments after a tab or glued on.
	in = "\uFEFF127.0.0.1\r\n10.0.0.1\t# db\r\n10.0.0.2# web\r\n\t# indented comment\r\n[::1]:22 #ssh\r\n"
	got, err = ReadTargetsFile(strings.NewReader(in), "cibles.txt")
	if err != nil || strings.Join(got, ",") != "127.0.0.1,10.0.0.1,10.0.0.2,[::1]:22" {
		t.Fatalf("got %q, %v", got, err)
	}
	for in, want := range map[string]string{"127.0.0.1\n[::1\n": "cibles.txt:2", "\n\n0.0.0.0 # any\n": "cibles.txt:3: target \"0.0.0.0\""} {
		if _, err := ReadTargetsFile(strings.NewReader(in), "cibles.txt"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", in, err, want)
		}
	}
	_, err = ReadTargetsFile(strings.NewReader("127.0.0.1\nnot a host\n"), "cibles.txt")
	if err == nil || !strings.Contains(err.Error(), "cibles.txt:2") {
		t.Fatalf("error must name the line: %v", err)
	}
}

func FuzzParseTarget(f *testing.F) {
	for _, s := range []string{"127.0.0.1", "[::1]:22", "https://a.b/c", "10.0.0.0/8", "x:1", "::ffff:1.2.3.4", "[::1", "2001:db8::/120", "0.0.0.0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ts, err := ParseTarget(s, 16)
		if err == nil && len(ts) > 16 {
			t.Fatalf("%q expanded to %d targets past the limit", s, len(ts))
		}
		spec, serr := ParseTargetSpec(s)
		if (serr == nil) != (err == nil || strings.Contains(err.Error(), "over the limit")) {
			t.Fatalf("%q: ParseTargetSpec %v, ParseTarget %v", s, serr, err)
		}
		if err == nil && uint64(len(ts)) != spec.Count() {
			t.Fatalf("%q: count %d, expanded %d", s, spec.Count(), len(ts))
		}
	})
}
