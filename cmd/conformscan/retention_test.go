//go:build linux

package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// 8.15 through --host-root: monthly rotate 18 of the auth file passes;
// Debian's default weekly rotate 4 fails naming the file, the logrotate
// file and line, and the days.
func TestScanHostRootLoggingRetention(t *testing.T) {
	pass, _ := filepath.Abs("../../probes/hostlog/testdata/retention/monthly18")
	_, rep, _ := scanHost(t, "--host-root", pass, "--refs", "8.15", "--lang", "en")
	if got := statusesOf(rep, "root:"+pass); got["8.15"] != "pass" {
		t.Fatalf("monthly rotate 18: %v in %+v", got, rep.Results)
	}
	fail, _ := filepath.Abs("../../probes/hostlog/testdata/retention/debian-default")
	_, rep, raw := scanHost(t, "--host-root", fail, "--refs", "8.15", "--lang", "en")
	if got := statusesOf(rep, "root:"+fail); got["8.15"] != "fail" {
		t.Fatalf("weekly rotate 4: %v in %+v", got, rep.Results)
	}
	for _, want := range []string{"/var/log/auth.log", "root:" + fail + "/etc/logrotate.d/rsyslog:8", "28 days < 548 days", "GRID-8.15-RETENTION"} {
		if !strings.Contains(raw, want) && !strings.Contains(raw, strings.ReplaceAll(want, "<", `\u003c`)) {
			t.Errorf("the report lacks %q", want)
		}
	}
}
