package tls_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"conformscan/fixtures/nginxlab"
	"conformscan/fixtures/testssl"
	tlsprobe "conformscan/probes/tls"
)

// TestLabSetupsMatchTestssl compares, on the nginx lab setups not already
// covered by TestMatchesTestssl, the protocol and cipher-suite sets of
// tlsprobe.Probe with testssl.sh -p -E on the same endpoint.
func TestLabSetupsMatchTestssl(t *testing.T) {
	testssl.Require(t)
	setups := []nginxlab.Setup{nginxlab.RSA1024SHA1, nginxlab.Expired, nginxlab.WrongHost, nginxlab.CBCNoFS}
	labs := nginxlab.StartAll(t, setups...)
	for _, s := range setups {
		lab := labs[s]
		t.Run(string(s), func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
			defer cancel()
			want, err := testssl.Run(ctx, lab.Addr)
			if err != nil {
				t.Fatalf("testssl.sh: %v", err)
			}
			if len(want.Protocols) == 0 {
				t.Fatal("testssl.sh found no protocol: nothing to compare")
			}
			got, err := tlsprobe.Probe(ctx, lab.Addr, tlsprobe.Options{Roots: lab.CAPool})
			if err != nil {
				t.Fatalf("probe: %v", err)
			}
			if !slices.Equal(got.Protocols, want.Protocols) {
				t.Errorf("protocols: conformscan %v, testssl.sh %v", got.Protocols, want.Protocols)
			}
			for _, v := range want.Protocols {
				g, w := slices.Clone(got.CipherSuites[v]), slices.Clone(want.CipherSuites[v])
				slices.Sort(g)
				slices.Sort(w)
				if !slices.Equal(g, w) {
					t.Errorf("%s suites:\n conformscan %v\n testssl.sh  %v", v, g, w)
				}
			}
		})
	}
}
