package reports

import (
	"bytes"
	"testing"

	"conformscan/checks"
)

// loaded round-trips a report through its JSON form, as the commands read
// report files.
func loaded(t *testing.T, r *Report) *Loaded {
	t.Helper()
	l, err := Load([]byte(render(t, JSON{}, r)))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestDiff(t *testing.T) {
	a, b := testReport(t, checks.English), testReport(t, checks.English)
	set := func(r *Report, ref, target string, st checks.Status) {
		for i := range r.Results {
			if r.Results[i].Ref == ref && r.Results[i].Target == target {
				r.Results[i].Status = st
			}
		}
	}
	set(b, "7.2", "127.0.0.1:21", checks.StatusPass)     // fixed
	set(b, "13.20", "127.0.0.1:8443", checks.StatusWarn) // regressed
	set(b, "13.2", "", checks.StatusPass)                // na → pass: changed
	b.Results = append(b.Results, checks.Result{Ref: "7.1", Level: checks.LevelO, Target: "10.0.0.1:443", Check: "tls-web", Status: checks.StatusFail, Evidence: []checks.Evidence{}})
	var kept []checks.Result
	for _, r := range b.Results {
		if !(r.Ref == "7.1" && r.Target == "127.0.0.1:443") {
			kept = append(kept, r)
		}
	}
	b.Results = kept
	got := map[string]ChangeKind{}
	cs := Diff(loaded(t, a).Report, loaded(t, b).Report)
	for _, c := range cs {
		got[c.Ref+" "+c.Subject] = c.Kind
	}
	want := map[string]ChangeKind{"7.2 127.0.0.1:21": Fixed, "13.20 127.0.0.1:8443": Regressed, "13.2 ": Changed,
		"7.1 10.0.0.1:443": Regressed, "7.1 127.0.0.1:443": Gone}
	if len(got) != len(want) {
		t.Errorf("changes %v, want %v", got, want)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %q, want %q", k, got[k], w)
		}
	}
	if n := Regressions(cs); n != 2 {
		t.Errorf("%d regressions, want 2", n)
	}
	if len(Diff(a, a)) != 0 {
		t.Error("a report differs from itself")
	}
}

// TestMerge: two shards of the fixture merge into the whole: same verdicts,
// same decision, facts kept, stale manual results dropped.
func TestMerge(t *testing.T) {
	whole := testReport(t, checks.French)
	one, two := testReport(t, checks.French), testReport(t, checks.French)
	one.Results, two.Results = nil, nil
	for _, r := range whole.Results {
		if r.Target == "127.0.0.1:21" {
			two.Results = append(two.Results, r)
		} else {
			one.Results = append(one.Results, r)
		}
	}
	two.Results = append(two.Results, checks.Result{Ref: "7.2", Level: checks.LevelO, Status: checks.StatusManual, Check: "answers", Evidence: []checks.Evidence{}})
	one.SetShard(1, 2, whole.Scope.TargetsSHA256)
	two.SetShard(2, 2, whole.Scope.TargetsSHA256)
	m, err := Merge([]*Loaded{loaded(t, one), loaded(t, two)}, MergeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if err := Validate(b.Bytes()); err != nil {
		t.Fatalf("merged report does not validate: %v", err)
	}
	for i, v := range m.Verdicts {
		if w := whole.Verdicts[i]; v.Ref != w.Ref || v.Status != w.Status {
			t.Errorf("verdict %s = %s, want %s %s", v.Ref, v.Status, w.Ref, w.Status)
		}
	}
	if m.Summary.Decision != whole.Summary.Decision || len(m.Results) != len(whole.Results) || len(m.Facts) != 3 {
		t.Errorf("decision %s, %d results, %d facts; want %s, %d, 3", m.Summary.Decision, len(m.Results), len(m.Facts),
			whole.Summary.Decision, len(whole.Results))
	}
	other := testReport(t, checks.French)
	other.ReferenceDate = "2027-01-01"
	if _, err := Merge([]*Loaded{loaded(t, whole), loaded(t, other)}, MergeOptions{}); err == nil {
		t.Error("reports of two reference dates merged")
	}
}
