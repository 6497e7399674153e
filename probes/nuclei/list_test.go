//go:build nuclei

package nuclei_test

import (
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"conformscan/probes"
	"conformscan/probes/lib/nucleifacts"
	"conformscan/probes/list"
)

// TestOnByDefaultOffWithNoCreds: in the tagged build the nuclei probe is
// in the list and ready by default; --no-nuclei and --no-creds (the login
// probes' own flag) turn it off, each saying why.
func TestOnByDefaultOffWithNoCreds(t *testing.T) {
	for _, c := range []struct {
		args []string
		why  string
	}{{nil, ""}, {[]string{"--no-nuclei"}, "--no-nuclei"}, {[]string{"--no-creds"}, "--no-creds"}, {[]string{"--nuclei=false"}, "--no-nuclei"}} {
		all := list.All()
		fs := pflag.NewFlagSet("scan", pflag.ContinueOnError)
		seen := map[probes.Options]bool{}
		var nuclei *probes.Probe
		for i, p := range all {
			if p.Options != nil && !seen[p.Options] {
				seen[p.Options] = true
				p.Options.Register(fs)
			}
			if p.ID == nucleifacts.ID {
				nuclei = &all[i]
			}
		}
		if nuclei == nil {
			t.Fatal("no nuclei probe in the tagged list")
		}
		if err := fs.Parse(c.args); err != nil {
			t.Fatal(err)
		}
		why := nuclei.Ready()
		if (c.why == "" && why != "") || !strings.Contains(why, c.why) {
			t.Errorf("%v: Ready() = %q, want %q", c.args, why, c.why)
		}
	}
}
