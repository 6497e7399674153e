package hostlog

import (
	"errors"
	"strings"
	"testing"
)

// The recorded trees: where auth traces go and the logrotate settings in
// force for them, globals inherited from /etc/logrotate.conf.
func TestCollectRetention(t *testing.T) {
	for _, c := range []struct {
		tree, file, rotate, criterion, maxage string
	}{
		{"debian-default", "/var/log/auth.log", "4", "weekly", ""},
		{"weekly79", "/var/log/auth.log", "79", "weekly", ""},
		{"monthly18", "/var/log/auth.log", "18", "monthly", ""},
		{"forward-short", "/var/log/auth.log", "4", "weekly", ""},
		{"size-only", "/var/log/auth.log", "10", "size", ""},
		{"maxage", "/var/log/auth.log", "79", "weekly", "365"},
	} {
		f := collectRoot(t, "testdata/retention/"+c.tree)
		rt := f.Retention
		if !rt.Logrotate || len(rt.Files) != 1 || rt.Files[0].Path != c.file || len(f.UnreadOf(TopicRetention)) != 0 {
			t.Fatalf("%s: %+v unread %+v", c.tree, rt, f.Unread)
		}
		rot := rt.Files[0].Rotation
		if rot == nil || rot.Rotate == nil || rot.Rotate.Value != c.rotate || rot.Criterion == nil || rot.Criterion.Key != c.criterion {
			t.Fatalf("%s: rotation %+v", c.tree, rot)
		}
		if (rot.MaxAge == nil) != (c.maxage == "") || (rot.MaxAge != nil && rot.MaxAge.Value != c.maxage) {
			t.Fatalf("%s: maxage %+v", c.tree, rot.MaxAge)
		}
		if !strings.HasSuffix(rot.Block, "/etc/logrotate.d/"+map[bool]string{true: "syslog-ng", false: "rsyslog"}[c.tree == "monthly18"]+":1") {
			t.Fatalf("%s: block %q", c.tree, rot.Block)
		}
	}
	f := collectRoot(t, "testdata/retention/size-only")
	if !f.Journal || !f.Retention.JournalDir || f.Retention.JournalKeys["SystemMaxUse"].Value != "2G" {
		t.Fatalf("journal %+v", f.Retention)
	}
	if f := collectRoot(t, "testdata/retention/forward-short"); len(f.Forwards) != 1 {
		t.Fatalf("forwards %+v", f.Forwards)
	}
}

// An unknown directive or a truncated file is recorded under the
// retention topic, naming the file and line.
func TestCollectRetentionUnparsed(t *testing.T) {
	for tree, want := range map[string]string{
		"bad-directive": `logrotate.d/rsyslog:10: unknown directive "retention"`,
		"truncated":     "logrotate.d/rsyslog:1: block not closed",
	} {
		f := collectRoot(t, "testdata/retention/"+tree)
		u := f.UnreadOf(TopicRetention)
		if len(u) != 1 || !strings.Contains(u[0].Reason, want) {
			t.Fatalf("%s: %+v", tree, u)
		}
	}
}

func TestParseLogrotate(t *testing.T) {
	items, err := ParseLogrotate("f", []byte("weekly\nrotate 4\ninclude /etc/logrotate.d\n\"/var/log/a b.log\" /var/log/c.log {\n  monthly\n  prerotate\n    weird } stuff\n  endscript\n  rotate -1\n}\n/var/log/d.log\n{\n size 10M\n}\n"))
	if err != nil || len(items) != 5 || items[2].Directive.Key != "include" || items[3].Block.Patterns[0] != "/var/log/a b.log" ||
		len(items[3].Block.Directives) != 2 || items[4].Block.Where != "f:11" {
		t.Fatalf("%v %+v", err, items)
	}
	for _, bad := range []string{
		"/var/log/x {\n rotate 18 }\n",  // logrotate: bad rotation count
		"/var/log/x {\n rotate\n}\n",    // no count
		"/var/log/x {\n rotate -2\n}\n", // below -1
		"/var/log/x {\n size 10X\n}\n",  // bad size
		"}\n",                           // brace out of place
		"{\n}\n",                        // no file names
		"/var/log/x\nweekly\n{\n}\n",    // directive between names and brace
		"/var/log/x {\n /var/log/y\n}\n",
		"/var/log/x {\n include /etc/x\n}\n",
		"/var/log/x {\n postrotate\n",
		"\"/var/log/x {\n}\n",
		"/var/log/x\n",
		"postrotate\nendscript\n",
		"%weekly\n",
	} {
		if _, err := ParseLogrotate("f", []byte(bad)); !errors.Is(err, ErrLogrotate) {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

func TestTimespanDays(t *testing.T) {
	for v, want := range map[string]float64{"548d": 548, "1y 6month": 365.25 + 6*30.44, "86400": 1, "2w": 14, "12h": 0.5, "1.5y": 547.875} {
		if got, err := TimespanDays(v); err != nil || got != want {
			t.Errorf("%q: %v %v", v, got, err)
		}
	}
	for _, v := range []string{"", "1 fortnight", "d", "-1d", "1y x"} {
		if _, err := TimespanDays(v); err == nil {
			t.Errorf("%q accepted", v)
		}
	}
}

func TestSyslogNGAuthFiles(t *testing.T) {
	got := SyslogNGAuthFiles("ng", []byte("destination d_auth { file(\"/var/log/secure\" perm(0600)); };\nfilter f_auth { facility(authpriv); };\nlog { source(s); filter(f_auth); destination(d_auth); };\n"))
	if len(got) != 1 || syslogFile(got[0]) != "/var/log/secure" || got[0].Where != "ng:3" {
		t.Fatalf("%+v", got)
	}
}
