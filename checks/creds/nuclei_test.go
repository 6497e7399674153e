package creds

import (
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/creds"
	"conformscan/probes/lib/nucleifacts"
)

// hostWithNuclei builds a host with one web endpoint carrying nuclei facts
// (nil: the probe failed without facts) and no creds facts.
func hostWithNuclei(f *nucleifacts.Facts, run probes.ProbeRun) *checks.Input {
	h := probes.NewSubject(probes.SubjectHost, "10.0.0.5")
	ep := probes.NewSubject(probes.SubjectEndpoint, "10.0.0.5:8080")
	if f != nil {
		ep.SetFact(nucleifacts.ID, f)
	}
	ep.SetRun(nucleifacts.ID, run)
	h.AddChild(ep)
	return &checks.Input{Subject: h, Settings: checks.Settings{Lang: checks.English}}
}

func TestNucleiLogins(t *testing.T) {
	ok := probes.ProbeRun{Status: probes.RunOK}
	login := nucleifacts.Login{TemplateID: "conformscan-default-login-jenkins", Console: "Jenkins",
		URL: "http://10.0.0.5:8080/j_spring_security_check", Account: "admin", Secret: creds.Mask("admin"), Signal: "post-login answer"}
	base := func(logins ...nucleifacts.Login) *nucleifacts.Facts {
		return &nucleifacts.Facts{Target: "http://10.0.0.5:8080", Templates: 17, Sources: []string{"embedded"},
			Logins: logins, At: time.Unix(0, 0).UTC()}
	}
	rs := evalDefault(hostWithNuclei(base(login), ok))
	if rs[0].Status != checks.StatusFail || len(rs[0].Evidence) == 0 {
		t.Fatalf("login found: %+v", rs)
	}
	ev := rs[0].Evidence[0]
	if ev.Rule != RuleDefault || !strings.Contains(ev.Observed, "a****") || !strings.Contains(ev.Observed, login.TemplateID) ||
		!strings.Contains(ev.Observed, login.URL) || strings.Contains(ev.Observed, "secret admin") {
		t.Errorf("evidence: %+v", ev)
	}
	if rs := evalDefault(hostWithNuclei(base(), ok)); rs[0].Status != checks.StatusPass {
		t.Errorf("no login: %+v", rs)
	}
	failed := base()
	failed.Error = "nuclei run stopped: context deadline exceeded"
	if rs := evalDefault(hostWithNuclei(failed, probes.ProbeRun{Status: probes.RunError, Error: failed.Error})); rs[0].Status != checks.StatusError {
		t.Errorf("run failed: %+v", rs)
	}
}
