package passwords

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/directory"
)

// Recorded AD entries: the domain policy lowered to 7 characters, and a
// PSO giving Domain Admins 12 complex characters.
func adFacts() *directory.Facts {
	domain := directory.Entry{DN: "DC=chu,DC=local", Attrs: map[string][]string{
		"minPwdLength": {"7"}, "pwdProperties": {"1"}, "pwdHistoryLength": {"24"},
		"maxPwdAge": {"-36288000000000"}, "lockoutThreshold": {"0"}}}
	pso := directory.Entry{DN: "CN=PSO-Admins,CN=Password Settings Container,CN=System,DC=chu,DC=local", Attrs: map[string][]string{
		"msDS-MinimumPasswordLength": {"12"}, "msDS-PasswordComplexityEnabled": {"TRUE"}, "msDS-PasswordHistoryLength": {"24"},
		"msDS-MaximumPasswordAge": {"-77760000000000"}, "msDS-LockoutThreshold": {"5"}, "msDS-PasswordSettingsPrecedence": {"10"},
		"msDS-PSOAppliesTo": {"CN=Domain Admins,CN=Users,DC=chu,DC=local"}}}
	f := &directory.Facts{URL: "ldaps://dc1.chu.local:636", Product: directory.ProductAD}
	f.Policies = append(f.Policies, *directory.ADDomainPolicy(domain), directory.ADPSO(pso, directory.DefaultAdminGroups))
	return f
}

func directoryInput(f *directory.Facts) *checks.Input {
	s := probes.NewSubject(probes.SubjectDirectory, f.URL)
	s.SetFact(directory.ID, f)
	return &checks.Input{Subject: s, Settings: checks.Settings{Lang: checks.English, RefDate: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)}}
}

func TestADPolicies(t *testing.T) {
	rs := byRef(evalDirectoryPolicy(directoryInput(adFacts())))
	r53 := rs["5.3"]
	if r53.Status != checks.StatusFail || !strings.Contains(r53.Summary, "DC=chu,DC=local") || !strings.Contains(r53.Summary, "7 characters") {
		t.Errorf("5.3: %s %s", r53.Status, r53.Summary)
	}
	r52 := rs["5.2"]
	raw, _ := json.Marshal(r52.Evidence)
	if r52.Status == checks.StatusFail || !strings.Contains(string(raw), "CN=PSO-Admins") || !strings.Contains(string(raw), "precedence 10") ||
		!strings.Contains(string(raw), "applies to CN=Domain Admins") {
		t.Errorf("5.2: %s %s %s", r52.Status, r52.Summary, raw)
	}
	for _, e := range r52.Evidence {
		if e.Rule == RuleLength && !strings.Contains(e.Observed, "12") {
			t.Errorf("5.2 length from the PSO: %+v", e)
		}
		if e.Rule == RuleClasses && !strings.Contains(e.Observed, "min_classes=3") {
			t.Errorf("5.2 complexity: %+v", e)
		}
	}
	if rs["5.5"].Status != checks.StatusPass {
		t.Errorf("5.5: %s %s", rs["5.5"].Status, rs["5.5"].Summary)
	}
}

func TestDirectoryIntegrationManual(t *testing.T) {
	f := adFacts()
	no, yes := false, true
	f.AnonymousBind, f.LDAPSOffered, f.CleartextBindRefused = &no, &yes, &yes
	rs := byRef(evalDirectory(directoryInput(f)))
	if rs["5.7"].Status != checks.StatusManual || !strings.Contains(rs["5.7"].Summary, "anonymous bind refused") || len(rs["3.1"].Evidence) == 0 {
		t.Errorf("%+v", rs)
	}
}

// A directory not measured in full is ERROR on every ref, with a reason:
// the probe failed (unreachable, TLS failure, timeout), left a question
// open (a referral, a bound), or read no policy.
func TestDirectoryUnmeasuredIsError(t *testing.T) {
	cases := []struct {
		name string
		set  func(s *probes.Subject, f *directory.Facts)
		want string
	}{
		{"probe failed", func(s *probes.Subject, f *directory.Facts) {
			s.SetRun(directory.ID, probes.ProbeRun{Status: probes.RunError, Error: "connect to dc1:636: connection-refused"})
		}, "connection-refused"},
		{"referral not followed", func(s *probes.Subject, f *directory.Facts) {
			f.Errors = []string{"ppolicy search under dc=lab: the directory referred to ldap://elsewhere/, not followed"}
		}, "ldap://elsewhere/"},
		{"no policy readable", func(s *probes.Subject, f *directory.Facts) {
			f.Policies, f.Notes = nil, []string{"domain policy of DC=chu,DC=local: operationsError (1)"}
		}, "operationsError"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := adFacts()
			in := directoryInput(f)
			tc.set(in.Subject, f)
			evals := []func(*checks.Input) []checks.Result{evalDirectoryPolicy, evalDirectory}
			if tc.name == "no policy readable" { // 5.7/3.1 judge the directory, not its policies
				evals = evals[:1]
			}
			for _, eval := range evals {
				for _, r := range eval(in) {
					if r.Status != checks.StatusError || !strings.Contains(r.Summary, tc.want) {
						t.Errorf("%s: %s %q, want ERROR naming %q", r.Ref, r.Status, r.Summary, tc.want)
					}
				}
			}
		})
	}
	t.Run("no facts", func(t *testing.T) {
		in := directoryInput(adFacts())
		in.Subject = probes.NewSubject(probes.SubjectDirectory, "ldap://dc1:389")
		for _, r := range evalDirectoryPolicy(in) {
			if r.Status != checks.StatusError || r.Summary == "" {
				t.Errorf("%s: %s %q", r.Ref, r.Status, r.Summary)
			}
		}
	})
}

// A CN-only certificate accepted for the directory is reported as its TLS
// weakness in 5.7/3.1.
func TestDirectoryTLSWeaknessInEvidence(t *testing.T) {
	f := adFacts()
	f.TLSWeaknesses = []string{"dc1.chu.local: " + directory.WeaknessCNOnly}
	rs := byRef(evalDirectory(directoryInput(f)))
	raw, _ := json.Marshal(rs["5.7"])
	if rs["5.7"].Status != checks.StatusManual || !strings.Contains(rs["5.7"].Summary, "no subjectAltName") || !strings.Contains(string(raw), "TLS weakness") {
		t.Errorf("%s", raw)
	}
}
