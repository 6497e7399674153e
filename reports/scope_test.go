package reports

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"conformscan/checks"
	"conformscan/internal/exitcode"
)

// passingShard is the fixture with every result passing, recorded as shard
// i of n of the target list digest.
func passingShard(t *testing.T, i, n int, digest string) *Report {
	t.Helper()
	r := testReport(t, checks.French)
	for k := range r.Results {
		r.Results[k].Status = checks.StatusPass
	}
	for k := range r.Verdicts {
		r.Verdicts[k].Status = checks.StatusPass
	}
	r.Summary = checks.Summarise(r.Verdicts, r.Results, false)
	r.SetShard(i, n, digest)
	return r
}

var digestA, digestB = TargetsDigest([]string{"10.0.0.1"}), TargetsDigest([]string{"10.0.0.2"})

// TestMergeShards: merge joins the shards of one split, each once, all of
// them; anything else is refused, or, with AllowPartial, merged as
// partial, whose decision is never go.
func TestMergeShards(t *testing.T) {
	shard := func(i, n int) *Report { return passingShard(t, i, n, digestA) }
	otherAnswers := shard(2, 2)
	otherAnswers.Answers.SHA256 = strings.Repeat("0", 64)
	otherAnswers.Scope.AnswersSHA256 = otherAnswers.Answers.SHA256
	noScope := shard(2, 2)
	noScope.Scope = nil
	refs2, refs7 := passingShard(t, 1, 1, digestA), passingShard(t, 1, 1, digestA)
	refs2.Verdicts, refs7.Verdicts = refs2.Verdicts[:2], refs7.Verdicts[2:]
	for _, tc := range []struct {
		name    string
		in      []*Report
		partial bool
		want    string // error text; "" = merged
		missing string // the missing shards of a partial merge
	}{
		{"all shards", []*Report{shard(1, 3), shard(3, 3), shard(2, 3)}, false, "", ""},
		{"whole scan alone", []*Report{shard(1, 1)}, false, "", ""},
		{"whole scans of other refs", []*Report{refs2, refs7}, false, "", ""},
		{"one shard alone", []*Report{shard(2, 3)}, false, "1,3/3 of 3 not given", ""},
		{"one shard missing", []*Report{shard(1, 3), shard(3, 3)}, false, "2/3 of 3 not given", ""},
		{"a shard twice", []*Report{shard(1, 3), shard(2, 3), shard(2, 3), shard(3, 3)}, false, "shard 2/3 is given twice", ""},
		{"a shard twice, one missing", []*Report{shard(1, 2), shard(1, 2)}, true, "shard 1/2 is given twice", ""},
		{"whole scan twice", []*Report{shard(1, 1), shard(1, 1)}, false, "given twice", ""},
		{"splits of different N", []*Report{shard(1, 2), shard(2, 3), shard(3, 3)}, true, "a shard of 2", ""},
		{"whole scan and a shard", []*Report{shard(1, 1), shard(2, 2)}, true, "a shard of 1", ""},
		{"other targets", []*Report{shard(1, 2), passingShard(t, 2, 2, digestB)}, true, "another target list", ""},
		{"other answers", []*Report{shard(1, 2), otherAnswers}, true, "another answers file", ""},
		{"no scope", []*Report{shard(1, 2), noScope}, true, "records no shard", ""},
		{"partial allowed", []*Report{shard(1, 4), shard(3, 4)}, true, "", "2/4,4/4"},
		{"one shard alone, partial allowed", []*Report{shard(2, 2)}, true, "", "1/2"},
	} {
		in := make([]*Loaded, len(tc.in))
		for i, r := range tc.in {
			in[i] = loaded(t, r)
		}
		m, err := Merge(in, MergeOptions{AllowPartial: tc.partial})
		if tc.want != "" {
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s: %v; want an error with %q", tc.name, err, tc.want)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var b bytes.Buffer
		if err := m.WriteJSON(&b); err != nil {
			t.Fatal(err)
		}
		if err := Validate(b.Bytes()); err != nil {
			t.Errorf("%s: merged report does not validate: %v", tc.name, err)
		}
		missing := strings.Join(m.Scope.Missing, ",")
		switch {
		case missing != tc.missing || m.Scope.Partial != (tc.missing != ""):
			t.Errorf("%s: scope %+v; want missing %q", tc.name, m.Scope, tc.missing)
		case tc.missing != "" && (m.Summary.Decision == checks.DecisionGo || m.Summary.ExitCode != exitcode.Incomplete):
			t.Errorf("%s: partial merge decided %s (exit %d); want incomplete", tc.name, m.Summary.Decision, m.Summary.ExitCode)
		case tc.missing == "" && (m.Summary.Decision != checks.DecisionGo || m.Scope.Shard != "1/1"):
			t.Errorf("%s: decision %s, shard %s; want go over 1/1", tc.name, m.Summary.Decision, m.Scope.Shard)
		}
	}
}

// TestMergePartialNotMergedAgain: a partial merge cannot be merged again
// as if it were shards (merge the shards themselves).
func TestMergePartialNotMergedAgain(t *testing.T) {
	m, err := Merge([]*Loaded{loaded(t, passingShard(t, 1, 2, digestA))}, MergeOptions{AllowPartial: true})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	m.WriteJSON(&b)
	again, err := Load(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	_, err = Merge([]*Loaded{again, loaded(t, passingShard(t, 2, 2, digestA))}, MergeOptions{AllowPartial: true})
	if err == nil || !strings.Contains(err.Error(), "partial merge") {
		t.Errorf("partial merge merged again: %v", err)
	}
	if _, err := Merge([]*Loaded{loaded(t, passingShard(t, 1, 2, digestA))}, MergeOptions{}); !errors.Is(err, ErrPartial) {
		t.Errorf("one shard: %v; want ErrPartial", err)
	}
}

// TestShardNeverGo: a shard of several is never the audit's go; a whole
// scan keeps its decision.
func TestShardNeverGo(t *testing.T) {
	if r := passingShard(t, 1, 1, digestA); r.Summary.Decision != checks.DecisionGo || r.Scope.Partial {
		t.Errorf("whole scan: %s, partial %v", r.Summary.Decision, r.Scope.Partial)
	}
	r := passingShard(t, 2, 5, digestA)
	if r.Summary.Decision != checks.DecisionIncomplete || r.Summary.ExitCode != exitcode.Incomplete || !r.Scope.Partial || r.Scope.Shard != "2/5" {
		t.Errorf("shard 2/5: %s exit %d, scope %+v", r.Summary.Decision, r.Summary.ExitCode, r.Scope)
	}
	if err := Validate([]byte(render(t, JSON{}, r))); err != nil {
		t.Error(err)
	}
}

func TestParseShard(t *testing.T) {
	for in, want := range map[string]string{"1/1": "1/1", "2/4": "2/4", "3,1/4": "1,3/4", "10000/10000": "10000/10000"} {
		set, n, err := ParseShard(in)
		if err != nil || FormatShard(set, n) != want {
			t.Errorf("%s: %v %d %v; want %s", in, set, n, err, want)
		}
	}
	for _, bad := range []string{"", "1", "0/1", "2/1", "1/0", "1,1/2", "01/2", "1/02", "+1/2", "1/10001", "1,/2", "a/b", "1/2/3", " 1/2", "1 /2"} {
		if _, _, err := ParseShard(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestTargetsDigest(t *testing.T) {
	a := TargetsDigest([]string{"b", "a", "a"})
	if a != TargetsDigest([]string{"a", "b"}) || a == TargetsDigest([]string{"a"}) || a == TargetsDigest([]string{"a\nb"}) {
		t.Error("digest depends on order or repeats, or confuses lists")
	}
}

// TestDiffKnowledgeLost: a status that turns into error or skipped is a
// regression, and nothing is "fixed" by becoming unknown.
func TestDiffKnowledgeLost(t *testing.T) {
	S := func(s string) checks.Status { return checks.Status(s) }
	for _, tc := range []struct {
		before, after string
		want          ChangeKind
	}{
		{"fail", "error", Regressed}, {"pass", "error", Regressed}, {"warn", "error", Regressed}, {"na", "error", Regressed},
		{"manual", "error", Regressed}, {"skipped", "error", Regressed},
		{"fail", "skipped", Regressed}, {"pass", "skipped", Regressed}, {"error", "skipped", Regressed}, {"manual", "skipped", Regressed},
		{"fail", "manual", Changed}, {"warn", "manual", Changed}, {"pass", "manual", Regressed}, {"na", "manual", Regressed},
		{"error", "manual", Changed}, {"skipped", "manual", Changed},
		{"error", "pass", Fixed}, {"error", "fail", Regressed}, {"fail", "pass", Fixed}, {"fail", "warn", Fixed},
		{"pass", "fail", Regressed}, {"pass", "na", Changed}, {"manual", "pass", Fixed}, {"manual", "fail", Regressed},
	} {
		if got := move(S(tc.before), S(tc.after)); got != tc.want {
			t.Errorf("%s → %s: %s, want %s", tc.before, tc.after, got, tc.want)
		}
	}
	a, b := testReport(t, checks.English), testReport(t, checks.English)
	for i := range b.Results {
		if b.Results[i].Status == checks.StatusFail {
			b.Results[i].Status = checks.StatusError
		}
	}
	cs := Diff(a, b)
	if Regressions(cs) == 0 {
		t.Fatal("fail → error not a regression")
	}
	for _, c := range cs {
		if c.Kind == Fixed {
			t.Errorf("%s %s: %s → %s counted as fixed", c.Ref, c.Subject, c.Before, c.After)
		}
	}
}
