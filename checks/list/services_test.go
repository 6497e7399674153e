package list

import (
	"strings"
	"testing"

	"conformscan/checks"
	"conformscan/probes/creds"
)

// TestRef83NamesEveryLoginService: what `conformscan refs` says 8.3
// measures names every service of the creds probe's own list (issue 19: the
// overlay's prose had gone stale), and the nuclei consoles.
func TestRef83NamesEveryLoginService(t *testing.T) {
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	r, ok := cat.Get("8.3")
	if !ok {
		t.Fatal("no ref 8.3 in the catalogue")
	}
	for _, n := range append(creds.ServiceNames(), "nuclei") {
		if !strings.Contains(r.Measures, n) {
			t.Errorf("8.3's measures text lacks %s (add it to checks/overlay.go):\n%s", n, r.Measures)
		}
	}
}
