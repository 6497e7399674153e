package creds

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/creds"
)

// hostWith builds a host whose endpoints carry the given creds facts (nil:
// the probe failed without facts).
func hostWith(eps map[string]*creds.Facts, runs map[string]probes.ProbeRun) *checks.Input {
	h := probes.NewSubject(probes.SubjectHost, "10.0.0.5")
	for id, f := range eps {
		ep := probes.NewSubject(probes.SubjectEndpoint, id)
		if f != nil {
			ep.SetFact(creds.ID, f)
		}
		run, ok := runs[id]
		if !ok {
			run = probes.ProbeRun{Status: probes.RunOK}
		}
		ep.SetRun(creds.ID, run)
		h.AddChild(ep)
	}
	return &checks.Input{Subject: h, Settings: checks.Settings{Lang: checks.English}}
}

func tried(service string, found ...creds.Finding) *creds.Facts {
	return &creds.Facts{Service: service, Testable: true, Source: "embedded", At: time.Unix(0, 0).UTC(),
		Tried: []creds.Tried{{Account: "root", Tries: 3, Failures: 3}}, Findings: found}
}

func TestVerdicts(t *testing.T) {
	found := creds.Finding{Kind: creds.FindingDefault, Account: "admin", Secret: creds.Mask("admin"), Signal: "session opened", Control: creds.ControlRefused}
	for _, tc := range []struct {
		name string
		eps  map[string]*creds.Facts
		runs map[string]probes.ProbeRun
		want checks.Status
	}{
		{"found", map[string]*creds.Facts{"10.0.0.5:22": tried("ssh", found), "10.0.0.5:21": tried("ftp")}, nil, checks.StatusFail},
		{"none accepted", map[string]*creds.Facts{"10.0.0.5:22": tried("ssh")}, nil, checks.StatusPass},
		{"one untestable", map[string]*creds.Facts{"10.0.0.5:22": tried("ssh"), "10.0.0.5:80": {Service: "http", Note: "no Basic challenge"}}, nil, checks.StatusPass},
		{"error", map[string]*creds.Facts{"10.0.0.5:22": tried("ssh"), "10.0.0.5:21": nil},
			map[string]probes.ProbeRun{"10.0.0.5:21": {Status: probes.RunError, Error: "connect: refused"}}, checks.StatusError},
		{"nothing testable", map[string]*creds.Facts{"10.0.0.5:80": {Service: "http", Note: "no Basic challenge"}}, nil, checks.StatusManual},
		{"no endpoint", nil, nil, checks.StatusManual},
	} {
		rs := evalDefault(hostWith(tc.eps, tc.runs))
		if len(rs) != 1 || rs[0].Ref != "8.3" || rs[0].Status != tc.want {
			t.Errorf("%s: %+v", tc.name, rs)
		}
	}
}

func TestFindingEvidenceMasked(t *testing.T) {
	// Even a secret stored in clear by mistake reaches the result masked.
	f := tried("redis", creds.Finding{Kind: creds.FindingDefault, Account: "default", Secret: "foobared", Signal: "INFO answered"})
	rs := evalDefault(hostWith(map[string]*creds.Facts{"10.0.0.5:6379": f}, nil))
	raw, _ := json.Marshal(rs)
	if strings.Contains(string(raw), "foobared") || strings.Contains(string(raw), "oobared") || !strings.Contains(string(raw), "f****") {
		t.Fatalf("%s", raw)
	}
	if rs[0].Evidence[0].Rule != RuleDefault {
		t.Errorf("rule %s", rs[0].Evidence[0].Rule)
	}
}

func TestAnyPasswordSaidAsSuch(t *testing.T) {
	f := tried("http", creds.Finding{Kind: creds.FindingAnyPassword, Account: "admin", Secret: "a****", Control: creds.ControlAccepted})
	rs := evalDefault(hostWith(map[string]*creds.Facts{"10.0.0.5:80": f}, nil))
	if rs[0].Status != checks.StatusFail || rs[0].Evidence[0].Rule != RuleAnyPassword || !strings.Contains(rs[0].Summary, "any password") {
		t.Fatalf("%+v", rs[0])
	}
}

func TestSNMPSilenceIsNotAPass(t *testing.T) {
	in := hostWith(nil, nil)
	in.Subject.SetFact(creds.SNMPID, &creds.Facts{Service: "snmp", Testable: true, Note: "no answer / no answer",
		Tried: []creds.Tried{{Account: "v2c", Tries: 2, Failures: 2}}})
	in.Subject.SetRun(creds.SNMPID, probes.ProbeRun{Status: probes.RunOK})
	if rs := evalDefault(in); rs[0].Status != checks.StatusManual || len(rs[0].Evidence) != 1 {
		t.Fatalf("%+v", rs)
	}
	in.Subject.SetFact(creds.SNMPID, &creds.Facts{Service: "snmp", Testable: true,
		Findings: []creds.Finding{{Kind: creds.FindingDefault, Account: "v2c", Secret: "p****", Control: creds.ControlRefused}}})
	if rs := evalDefault(in); rs[0].Status != checks.StatusFail {
		t.Fatalf("%+v", rs)
	}
}

func TestBotsStaysManualWithEvidence(t *testing.T) {
	f := tried("http")
	f.Bots = &creds.Bots{URL: "http://10.0.0.5/login", PasswordForm: true, Signals: []string{"CAPTCHA: g-recaptcha"}}
	rs := evalBots(hostWith(map[string]*creds.Facts{"10.0.0.5:80": f}, nil))
	if rs[0].Status != checks.StatusManual || len(rs[0].Evidence) != 1 || !strings.Contains(rs[0].Evidence[0].Observed, "g-recaptcha") {
		t.Fatalf("%+v", rs)
	}
}

// TestUnknownTryIsError: a try without a verdict is an error for its
// endpoint even when the facts carry no error, never a pass; a partial
// acceptance confirmed by the control is a failure under its own rule.
func TestUnknownTryIsError(t *testing.T) {
	f := tried("telnet")
	f.Tried[0].Attempts = []creds.Attempt{{Verdict: "refused", PasswordSent: true}, {Verdict: "unknown", PasswordSent: true, Why: "no refusal recognised"}}
	rs := evalDefault(hostWith(map[string]*creds.Facts{"10.0.0.5:23": f, "10.0.0.5:22": tried("ssh")}, nil))
	if rs[0].Status != checks.StatusError || !strings.Contains(rs[0].Evidence[0].Observed, "no refusal recognised") {
		t.Fatalf("%+v", rs[0])
	}
	partial := tried("ssh", creds.Finding{Kind: creds.FindingPartial, Account: "admin", Secret: "a****",
		Signal: "SSH partial success / SSH partial success", Control: creds.ControlRefused})
	rs = evalDefault(hostWith(map[string]*creds.Facts{"10.0.0.5:22": partial}, nil))
	if rs[0].Status != checks.StatusFail || rs[0].Evidence[0].Rule != RulePartial || !strings.Contains(rs[0].Evidence[0].Observed, "second factor") {
		t.Fatalf("%+v", rs[0])
	}
}
