package hostlog

import (
	"context"
	"strings"
	"testing"

	"conformscan/checks"
	"conformscan/probes/hostaccess"
	hl "conformscan/probes/hostlog"
)

// collect reads a recorded tree of the probe's testdata.
func collect(t *testing.T, tree string) *hl.Facts {
	t.Helper()
	acc := hostaccess.NewRoot("../../probes/hostlog/testdata/retention/" + tree)
	if err := acc.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	f, err := hl.Collect(context.Background(), acc)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// The recorded trees, judged: each verdict names what decided it.
func TestRetentionTrees(t *testing.T) {
	for tree, c := range map[string]struct {
		want  checks.Status
		texts []string
	}{
		"debian-default": {checks.StatusFail, []string{"/var/log/auth.log", "logrotate.d/rsyslog:8", "weekly", "28 days < 548 days"}},
		"weekly78":       {checks.StatusFail, []string{"546 days < 548 days"}},
		"weekly79":       {checks.StatusPass, []string{"rotate 79", "553 days"}},
		"monthly18":      {checks.StatusPass, []string{"monthly", "logrotate.d/syslog-ng:4", "548 days"}},
		"forward-short":  {checks.StatusWarn, []string{"logs.chm.example:6514", "28 days"}},
		"size-only":      {checks.StatusFail, []string{"size 100M", "retention unknown", "SystemMaxUse=2G"}},
		"maxage":         {checks.StatusFail, []string{"maxage 365", "365 days < 548 days"}},
		"bad-directive":  {checks.StatusError, []string{`unknown directive "retention"`, "logrotate.d/rsyslog:10"}},
		"truncated":      {checks.StatusError, []string{"block not closed"}},
	} {
		r := evalRetention(input(collect(t, tree)))[0]
		all := r.Summary + "\n" + evidenceText(r)
		if r.Status != c.want {
			t.Errorf("%s: %s %s\n%s", tree, r.Status, r.Summary, all)
		}
		for _, want := range c.texts {
			if !strings.Contains(all, want) {
				t.Errorf("%s: %q missing from\n%s", tree, want, all)
			}
		}
	}
}

func evidenceText(r checks.Result) string {
	var b strings.Builder
	for _, e := range r.Evidence {
		b.WriteString(e.Rule + " " + e.Observed + " @ " + e.Source + "\n")
	}
	return b.String()
}

func rot(rotate, crit, maxage string) *hl.Rotation {
	r := &hl.Rotation{Pattern: "/var/log/auth.log", Block: "root:/x/etc/logrotate.d/rsyslog:1",
		Rotate: &hl.Setting{Key: "rotate", Value: rotate, Where: "w:2"}, Criterion: &hl.Setting{Key: crit, Where: "w:3"}}
	if maxage != "" {
		r.MaxAge = &hl.Setting{Key: "maxage", Value: maxage, Where: "w:4"}
	}
	return r
}

// The judging table on facts: what guarantees a duration and what does
// not, and files unread or unparsed never pass.
func TestRetentionFacts(t *testing.T) {
	file := func(r *hl.Rotation) func(f *hl.Facts) {
		return func(f *hl.Facts) {
			f.Retention.Logrotate = true
			f.Retention.Files = []hl.AuthFile{{Path: "/var/log/auth.log", Rule: "root:/x/etc/rsyslog.conf:3", Rotation: r}}
		}
	}
	fwd := func(f *hl.Facts) { f.Forwards = []hl.Forward{{Via: "rsyslog", Host: "siem", Where: "w"}} }
	both := func(a, b func(f *hl.Facts)) func(f *hl.Facts) { return func(f *hl.Facts) { a(f); b(f) } }
	for name, c := range map[string]struct {
		mod  func(f *hl.Facts)
		want checks.Status
	}{
		"daily 548":             {file(rot("548", "daily", "")), checks.StatusPass},
		"daily 547":             {file(rot("547", "daily", "")), checks.StatusFail},
		"yearly 2":              {file(rot("2", "yearly", "")), checks.StatusPass},
		"rotate -1 weekly":      {file(rot("-1", "weekly", "")), checks.StatusPass},
		"rotate -1, maxage 100": {file(rot("-1", "weekly", "100")), checks.StatusFail},
		"hourly 9000":           {file(rot("9000", "hourly", "")), checks.StatusFail},
		"no rotate: default 0":  {file(&hl.Rotation{Criterion: &hl.Setting{Key: "monthly"}}), checks.StatusFail},
		"no criterion: size 1M": {file(&hl.Rotation{Rotate: &hl.Setting{Value: "99"}}), checks.StatusFail},
		"maxsize": {file(func() *hl.Rotation {
			r := rot("79", "weekly", "")
			r.MaxSize = &hl.Setting{Key: "maxsize", Value: "1G"}
			return r
		}()), checks.StatusFail},
		"no block":                 {file(nil), checks.StatusFail},
		"no block, forwarded":      {both(file(nil), fwd), checks.StatusWarn},
		"kept and forwarded":       {both(file(rot("18", "monthly", "")), fwd), checks.StatusPass},
		"nothing at all":           {func(f *hl.Facts) {}, checks.StatusFail},
		"forward only":             {fwd, checks.StatusWarn},
		"journal volatile":         {func(f *hl.Facts) { f.Journal, f.JournalStorage = true, &hl.Setting{Value: "volatile"} }, checks.StatusFail},
		"journal persistent":       {func(f *hl.Facts) { f.Journal, f.Retention.JournalDir = true, true }, checks.StatusFail},
		"journal persistent, fwd":  {both(func(f *hl.Facts) { f.Journal, f.Retention.JournalDir = true, true }, fwd), checks.StatusWarn},
		"auditd":                   {func(f *hl.Facts) { f.Auditd = true }, checks.StatusFail},
		"kept, logrotate unparsed": {both(file(rot("18", "monthly", "")), func(f *hl.Facts) { f.Unread = []hl.Unread{unread(hl.TopicRetention)} }), checks.StatusError},
		"kept, rsyslog unread":     {both(file(rot("18", "monthly", "")), func(f *hl.Facts) { f.Unread = []hl.Unread{unread(hl.TopicLogging)} }), checks.StatusError},
		"journal retention unparsed": {func(f *hl.Facts) {
			f.Journal, f.Retention.JournalDir = true, true
			f.Retention.JournalKeys = map[string]hl.Setting{"MaxRetentionSec": {Value: "1 fortnight", Where: "j:3"}}
		}, checks.StatusError},
		"windows":          {func(f *hl.Facts) { f.Windows = &hl.Windows{Host: "w"} }, checks.StatusManual},
		"not a Linux root": {func(f *hl.Facts) { f.PasswdRead = false }, checks.StatusError},
	} {
		f := base()
		c.mod(f)
		r := evalRetention(input(f))[0]
		if r.Status != c.want || r.Ref != "8.15" {
			t.Errorf("%s: %s %s\n%s", name, r.Status, r.Summary, evidenceText(r))
		}
	}
	f := base()
	f.Journal, f.Retention.JournalDir = true, true
	f.Retention.JournalKeys = map[string]hl.Setting{"MaxRetentionSec": {Value: "1y", Where: "j:3"}}
	if r := evalRetention(input(f))[0]; r.Status != checks.StatusFail || !strings.Contains(evidenceText(r), "MaxRetentionSec=1y = 365 days < 548 days @ j:3") {
		t.Errorf("MaxRetentionSec: %s\n%s", r.Status, evidenceText(r))
	}
	if r := evalRetention(input(nil))[0]; r.Status != checks.StatusManual {
		t.Errorf("no facts: %s", r.Status)
	}
}
