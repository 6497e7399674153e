package tls

import (
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"conformscan/fixtures/testssl"
)

// TestMatchesTestssl compares our protocol and suite sets with testssl.sh's
// (fixtures/testssl) on the same nginx servers.
func TestMatchesTestssl(t *testing.T) {
	testssl.Require(t)
	setups := []string{"modern", "legacy"}
	if os.Getenv("TESTSSL_ALL") != "" {
		setups = append(setups, "dhe1024") // ~70 s of testssl.sh
	}
	for _, setup := range setups {
		t.Run(setup, func(t *testing.T) {
			t.Parallel()
			addr := startNginx(t, setup)
			ours := mustProbe(t, addr, Options{})
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			theirs, err := testssl.Run(ctx, addr)
			if err != nil {
				t.Fatalf("testssl.sh: %v", err)
			}
			took := theirs.Duration
			t.Logf("%s: testssl.sh %v, conformscan %v (%d handshakes): %.0fx faster",
				setup, took.Round(time.Millisecond), ours.Duration.Round(time.Millisecond), ours.Handshakes,
				float64(took)/float64(ours.Duration))
			if !sameSet(ours.Protocols, theirs.Protocols) {
				t.Errorf("protocols: ours %v, testssl.sh %v", ours.Protocols, theirs.Protocols)
			}
			for _, v := range []string{SSLv2, SSLv3, TLS10, TLS11, TLS12, TLS13} {
				compareSuites(t, v, ours.CipherSuites[v], theirs.CipherSuites[v])
			}
			if took < 10*ours.Duration {
				t.Errorf("not 10x faster than testssl.sh: %v vs %v", ours.Duration, took)
			}
		})
	}
}

// compareSuites reports the suites of version v only one side found.
func compareSuites(t *testing.T, v string, ours, theirs []string) {
	t.Helper()
	if sameSet(ours, theirs) {
		return
	}
	var onlyOurs, onlyTheirs []string
	for _, n := range ours {
		if !slices.Contains(theirs, n) {
			onlyOurs = append(onlyOurs, n)
		}
	}
	for _, n := range theirs {
		if !slices.Contains(ours, n) {
			onlyTheirs = append(onlyTheirs, n)
		}
	}
	t.Errorf("%s suites differ: only ours %v, only testssl.sh %v", v, onlyOurs, onlyTheirs)
}
