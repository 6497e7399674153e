package list

import (
	"slices"
	"strings"
	"testing"

	"conformscan/checks"
	"conformscan/probes"
	probelist "conformscan/probes/list"
)

func probeIDs() []string {
	var ids []string
	for _, p := range probelist.All() {
		ids = append(ids, p.ID)
	}
	return ids
}

// TestListsAgree validates the whole set: probe IDs unique and complete,
// check IDs unique, refs and checks naming each other, every need
// resolvable, rule keys unique with sources and known refs.
func TestListsAgree(t *testing.T) {
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	if err := probes.ValidateList(probelist.All()); err != nil {
		t.Fatal(err)
	}
	all := checks.AllChecks(Families())
	if err := checks.ValidateChecks(cat, all, probeIDs()); err != nil {
		t.Fatal(err)
	}
	if err := checks.ValidateRules(cat, checks.AllRules(Families())); err != nil {
		t.Fatal(err)
	}
	for _, p := range probelist.All() {
		for _, n := range p.Needs {
			if !slices.Contains(probeIDs(), n) {
				t.Errorf("probe %s needs unknown probe %s", p.ID, n)
			}
		}
	}
	// The validator itself rejects the mistakes it exists for.
	bad := append(all, all[0])
	if err := checks.ValidateChecks(cat, bad, probeIDs()); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("duplicate check ID not rejected: %v", err)
	}
	ghost := checks.Check{ID: "ghost", Refs: []string{"99.1"}, Eval: func(*checks.Input) []checks.Result { return nil }}
	if err := checks.ValidateChecks(cat, append(all, ghost), probeIDs()); err == nil {
		t.Error("unknown ref not rejected")
	}
	orphan := checks.Check{ID: "orphan", Refs: []string{"2.1"}, Eval: func(*checks.Input) []checks.Result { return nil }}
	if err := checks.ValidateChecks(cat, append(all, orphan), probeIDs()); err == nil {
		t.Error("check not named by its ref not rejected")
	}
	needy := checks.Check{ID: "tls-web", Refs: []string{"7.1"}, Needs: []string{"nope"}, Eval: orphan.Eval}
	if err := checks.ValidateChecks(cat, []checks.Check{needy}, probeIDs()); err == nil {
		t.Error("unknown probe need not rejected")
	}
	rules := checks.AllRules(Families())
	if err := checks.ValidateRules(cat, append(rules, rules[0])); err == nil {
		t.Error("duplicate rule key not rejected")
	}
}
