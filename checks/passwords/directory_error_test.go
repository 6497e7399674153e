package passwords

import (
	"context"
	"crypto/x509"
	"fmt"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/fixtures/daemons"
	"conformscan/fixtures/fakeldap"
	"conformscan/fixtures/loopback"
	"conformscan/probes"
	"conformscan/probes/directory"
)

// A directory the probe could not measure in full makes 5.2, 5.3 and 5.5
// ERROR through the runner, with the reason: unreachable, silent, a
// referral, a TLS failure, an endless answer.
func TestDirectoryFailuresAreErrors(t *testing.T) {
	slapd := func(opts daemons.SlapdOptions) func(t *testing.T) (string, *x509.CertPool) {
		return func(t *testing.T) (string, *x509.CertPool) {
			d := daemons.StartSlapd(t, opts)
			if opts.TLS {
				return d.LDAPSURL, nil // the fixture's CA is not given: TLS failure
			}
			return d.URL, d.CAPool
		}
	}
	fake := func(o fakeldap.Options) func(t *testing.T) (string, *x509.CertPool) {
		return func(t *testing.T) (string, *x509.CertPool) {
			return "ldap://" + fakeldap.Start(t, "127.0.0.1:0", o).Addr, nil
		}
	}
	cases := []struct {
		name  string
		start func(t *testing.T) (string, *x509.CertPool)
		want  string
	}{
		{"unreachable", func(t *testing.T) (string, *x509.CertPool) {
			return fmt.Sprintf("ldap://127.0.0.1:%d", loopback.ClosedPort(t)), nil
		}, "connect"},
		{"silent", fake(fakeldap.Options{Silent: true}), "time"}, // "i/o timeout" or "timed out", whichever fires first
		{"endless entries", fake(fakeldap.Options{Search: fakeldap.EndlessEntries}), "in one session"},
		{"endless referrals", fake(fakeldap.Options{Search: fakeldap.EndlessReferrals}), "in one session"},
		{"1.5 GiB entry", fake(fakeldap.Options{Search: fakeldap.HugeEntry}), "1610612736 bytes announced"},
		{"referral answer", fake(fakeldap.Options{Search: fakeldap.Referral}), "Referral"},
		{"referral object", slapd(daemons.SlapdOptions{PPolicy: true, Referral: "ldap://dc2.elsewhere.invalid/ou=elsewhere,dc=lab,dc=test"}), "dc2.elsewhere.invalid"},
		{"TLS failure", slapd(daemons.SlapdOptions{PPolicy: true, TLS: true}), "TLS handshake"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			url, roots := tc.start(t)
			out := runDirectoryOn(t, url, roots)
			n := 0
			for _, r := range out.Results {
				if r.Check != CheckDirectoryPolicy {
					continue
				}
				n++
				if r.Status != checks.StatusError || !strings.Contains(r.Summary, tc.want) {
					t.Errorf("%s: %s %q, want ERROR naming %q", r.Ref, r.Status, r.Summary, tc.want)
				}
			}
			if n != 3 {
				t.Errorf("%d results of %s", n, CheckDirectoryPolicy)
			}
		})
	}
}

// runDirectoryOn runs the passwords family's directory checks against url
// with a 2 s probe timeout.
func runDirectoryOn(t *testing.T, url string, roots *x509.CertPool) *checks.Outcome {
	t.Helper()
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	refs, err := cat.Select("5.2,5.3,5.5")
	if err != nil {
		t.Fatal(err)
	}
	o := &directory.Options{Targets: []string{url}}
	env := probes.Env{Roots: roots, ProbeTimeout: 2 * time.Second}
	plan := checks.NewPlan(Family().Checks, []probes.Probe{directory.NewWith(o)}, refs, directory.Sources(o), env)
	plan.Settings = checks.Settings{Lang: checks.English, RefDate: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return checks.Run(ctx, cat, plan)
}
