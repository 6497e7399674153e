package reports

import (
	"strings"
	"testing"

	"conformscan/checks"
)

// A subject withdrawn (a host's transport refused while the host was
// audited another way) is valid JSON, listed in the table with its
// reason, and kept per subject when shards merge.
func TestWithdrawnSubjectListed(t *testing.T) {
	rep := testReport(t, checks.English)
	rep.Probes = append(rep.Probes,
		checks.ProbeNote{ID: "host-access", Status: checks.PlanWithdrawn, Subject: "ssh://10.0.0.5",
			Reason: "ssh://10.0.0.5: connection refused on port 22; the host answers on port 5986 (winrm://10.0.0.5); measured as winrm://10.0.0.5"},
		checks.ProbeNote{ID: "host-access", Status: checks.PlanWithdrawn, Subject: "winrm://10.0.0.6", Reason: "refused"})
	if err := Validate([]byte(render(t, JSON{}, rep))); err != nil {
		t.Fatal(err)
	}
	got := render(t, Table{Lang: checks.English}, rep)
	if !strings.Contains(got, "Subjects withdrawn (measured another way)\n  - ssh://10.0.0.5: ssh://10.0.0.5: connection refused on port 22") ||
		!strings.Contains(got, "  - winrm://10.0.0.6: refused") {
		t.Fatalf("table:\n%s", got)
	}
	if !strings.Contains(got, "Probes not run\n  - remote-login:") {
		t.Fatalf("probes not run no longer listed:\n%s", got)
	}
	if got := render(t, Markdown{Lang: checks.English}, rep); !strings.Contains(got, "### Subjects withdrawn (measured another way)\n\n- ssh://10.0.0.5: ssh://10.0.0.5: connection refused") {
		t.Fatalf("markdown:\n%s", got)
	}
}

// Merged shards keep every shard's withdrawn subjects, each once.
func TestMergeKeepsWithdrawnPerSubject(t *testing.T) {
	one, two := passingShard(t, 1, 2, digestA), passingShard(t, 2, 2, digestA)
	one.Probes = append(one.Probes, checks.ProbeNote{ID: "host-access", Status: checks.PlanWithdrawn, Subject: "ssh://10.0.0.5", Reason: "a"})
	two.Probes = append(two.Probes, checks.ProbeNote{ID: "host-access", Status: checks.PlanWithdrawn, Subject: "winrm://10.0.0.6", Reason: "b"})
	m, err := Merge([]*Loaded{loaded(t, one), loaded(t, two)}, MergeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range m.Probes {
		got = append(got, p.ID+" "+p.Status+" "+p.Subject)
	}
	all := strings.Join(got, "\n")
	if strings.Count(all, "host-access withdrawn") != 2 || strings.Count(all, "remote-login not-run") != 1 {
		t.Fatalf("merged notes:\n%s", all)
	}
}
