package passwords

import (
	"context"
	"crypto/x509"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/fixtures/sambaad"
	"conformscan/probes"
	"conformscan/probes/directory"
)

// TestSambaADVerdicts is issue #11's done-when, end to end: a real Samba AD
// DC (domain policy 7 characters, a 12-character complex PSO for Domain
// Admins), the directory probe run by the runner, the passwords family's
// verdicts. The domain is provisioned once for the package.
func TestSambaADVerdicts(t *testing.T) {
	if sambaad.Inner() != "" {
		t.Skip("inside the namespace: TestSambaADVerdictsInner runs")
	}
	sambaad.Run(t, "^TestSambaADVerdictsInner$", "TestSambaADVerdictsInner")
}

// TestSambaADVerdictsInner runs inside the namespace only.
func TestSambaADVerdictsInner(t *testing.T) {
	dir := sambaad.Inner()
	if dir == "" {
		t.Skip("run by TestSambaADVerdicts")
	}
	sambaad.Start(t, dir)
	out := runDirectoryPlan(t, sambaad.Roots(t, dir))
	raw, err := json.Marshal(struct {
		Results []checks.Result
		Facts   map[string]*probes.Subject
	}{out.Results, out.Facts})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), sambaad.Password) {
		t.Fatal("the bind password appears in the results or facts")
	}
	rs := map[string]checks.Result{}
	for _, r := range out.Results {
		if r.Check == CheckDirectoryPolicy {
			rs[r.Ref] = r
		}
	}
	checkSambaVerdicts(t, rs)
}

// runDirectoryPlan runs the passwords family on refs 5.2, 5.3, 5.5 against
// the namespace's domain controller, bound as its administrator.
func runDirectoryPlan(t *testing.T, roots *x509.CertPool) *checks.Outcome {
	t.Helper()
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	refs, err := cat.Select("5.2,5.3,5.5")
	if err != nil {
		t.Fatal(err)
	}
	o := &directory.Options{Targets: []string{"ldap://" + sambaad.Addr}, BindDN: sambaad.AdminDN, Password: sambaad.Password}
	env := probes.Env{Roots: roots, ProbeTimeout: 60 * time.Second}
	plan := checks.NewPlan(Family().Checks, []probes.Probe{directory.NewWith(o)}, refs, directory.Sources(o), env)
	plan.Settings = checks.Settings{Lang: checks.English, RefDate: time.Now().UTC()}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out := checks.Run(ctx, cat, plan)
	if f := directory.FactsOf(out.Subjects[0]); f == nil || len(f.Policies) < 2 {
		t.Fatalf("directory facts: %+v", f)
	}
	return out
}

func checkSambaVerdicts(t *testing.T, rs map[string]checks.Result) {
	t.Helper()
	r53 := rs["5.3"]
	if r53.Status != checks.StatusFail || !strings.Contains(r53.Summary, "7 characters") || !strings.Contains(r53.Summary, sambaad.BaseDN) ||
		!hasEvidence(r53, RuleLength, sambaad.BaseDN+": minPwdLength=7") {
		t.Errorf("5.3 must fail naming minPwdLength 7 and the domain policy: %s %s %+v", r53.Status, r53.Summary, r53.Evidence)
	}
	r52 := rs["5.2"]
	ev, _ := json.Marshal(r52.Evidence)
	if r52.Status == checks.StatusFail || !strings.Contains(string(ev), sambaad.PSODN) {
		t.Errorf("5.2 must not fail and its evidence must name the PSO: %s %s %s", r52.Status, r52.Summary, ev)
	}
	if !hasEvidence(r52, RuleLength, sambaad.PSODN+": msDS-MinimumPasswordLength=12") {
		t.Errorf("5.2 length must come from the PSO: %+v", r52.Evidence)
	}
	r55 := rs["5.5"]
	ev, _ = json.Marshal(r55.Evidence)
	if r55.Status != checks.StatusPass || !strings.Contains(string(ev), "24") {
		t.Errorf("5.5 must pass on history 24 and a maximum age: %s %s %s", r55.Status, r55.Summary, ev)
	}
}

// hasEvidence tells whether r has evidence of rule read from source.
func hasEvidence(r checks.Result, rule, source string) bool {
	for _, e := range r.Evidence {
		if e.Rule == rule && e.Source == source {
			return true
		}
	}
	return false
}
