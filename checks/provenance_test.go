package checks

import (
	"testing"

	"conformscan/probes"
)

type handedDescriptor struct{ p *probes.Provenance }

func (d handedDescriptor) HandedOver() *probes.Provenance { return d.p }

// Only a handed-over host with a result on an O ref qualifies the
// decision; an observed host, or a handed-over one judged on R refs only,
// does not; the statuses and the decision are those without the rule.
func TestHandedOverHosts(t *testing.T) {
	snap := probes.NewSubject(probes.SubjectLocal, "windows-snapshot:a")
	snap.Descriptor = handedDescriptor{&probes.Provenance{Source: probes.ProvenanceWindowsSnapshot, File: "a.json"}}
	onlyR := probes.NewSubject(probes.SubjectLocal, "windows-snapshot:b")
	onlyR.Descriptor = handedDescriptor{&probes.Provenance{Source: probes.ProvenanceWindowsSnapshot, File: "b.json"}}
	observed := probes.NewSubject(probes.SubjectLocal, "local")
	nilProv := probes.NewSubject(probes.SubjectLocal, "ssh:c")
	nilProv.Descriptor = handedDescriptor{}
	results := []Result{
		{Ref: "8.6", Level: LevelO, Target: "windows-snapshot:a", Status: StatusPass},
		{Ref: "2.19", Level: LevelR, Target: "windows-snapshot:b", Status: StatusFail},
		{Ref: "8.6", Level: LevelO, Target: "local", Status: StatusPass},
		{Ref: "8.6", Level: LevelO, Target: "ssh:c", Status: StatusPass},
	}
	got := HandedOverHosts([]*probes.Subject{observed, onlyR, snap, nilProv}, results)
	if len(got) != 1 || got[0].Subject != "windows-snapshot:a" || got[0].Provenance.File != "a.json" {
		t.Fatalf("HandedOverHosts = %+v", got)
	}
	merged := MergeHandedOver([][]HandedOverHost{got, got, {{Subject: "gone"}}}, results)
	if len(merged) != 1 || merged[0].Subject != "windows-snapshot:a" {
		t.Errorf("MergeHandedOver = %+v", merged)
	}
	before := Summarise(nil, results, false)
	out := &Outcome{Subjects: []*probes.Subject{snap}, Results: results}
	j := Judge(nil, out, nil, Lang("en"))
	if j.Summary.Decision != before.Decision || len(j.Summary.HandedOver) != 1 {
		t.Errorf("Judge: decision %s (without the rule %s), handed_over %+v", j.Summary.Decision, before.Decision, j.Summary.HandedOver)
	}
}
