package directory

import (
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/fakeldap"
	"conformscan/inputs/inputstest"
	"conformscan/probes"
)

// onlyTo is an Env whose dialer reaches addr only: the probe's LDAPS try
// on port 636 is refused as a closed port would be.
func onlyTo(addr string) *probes.Env {
	return &probes.Env{Now: time.Now, Dial: func(ctx context.Context, network, a string) (net.Conn, error) {
		if a != addr {
			return nil, &net.OpError{Op: "dial", Net: network, Err: errors.New("connection refused (test: only " + addr + ")")}
		}
		var d net.Dialer
		return d.DialContext(ctx, network, a)
	}}
}

// Hostile directories end the probe with an error, within the bounds the
// tool promises (5 s, 300 MB), whatever they send.
func TestHostileDirectories(t *testing.T) {
	policyReferral := func(s **fakeldap.Server) fakeldap.SearchFunc {
		return func(w io.Writer, id int, base string) error {
			if base == "" {
				return (*s).RootDSE(w, id, base)
			}
			return fakeldap.EndlessReferrals(w, id, base)
		}
	}
	cases := []struct {
		name string
		opts fakeldap.Options
		want string
	}{
		{"1.5 GiB entry", fakeldap.Options{Search: fakeldap.HugeEntry}, "more than the 1048576 accepted"},
		{"1.5 GiB element inside a small message", fakeldap.Options{Search: fakeldap.NestedHuge}, "malformed LDAP message"},
		{"endless entries", fakeldap.Options{Search: fakeldap.EndlessEntries}, "in one session"},
		{"endless referrals", fakeldap.Options{Search: fakeldap.EndlessReferrals}, "in one session"},
		{"referral", fakeldap.Options{Search: fakeldap.Referral}, "Referral"},
		{"silent", fakeldap.Options{Silent: true}, "root DSE"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := fakeldap.Start(t, "127.0.0.1:0", tc.opts)
			assessHostile(t, srv.Addr, tc.want)
		})
	}
	t.Run("endless referrals under the naming context", func(t *testing.T) {
		var srv *fakeldap.Server
		srv = fakeldap.Start(t, "127.0.0.1:0", fakeldap.Options{Search: policyReferral(&srv)})
		assessHostile(t, srv.Addr, "in one session")
	})
}

func assessHostile(t *testing.T, addr, want string) {
	t.Helper()
	tg, err := ParseTarget("ldap://" + addr)
	if err != nil {
		t.Fatal(err)
	}
	f := &Facts{URL: tg.ID()}
	inputstest.Bounded(t, func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		err = Assess(ctx, onlyTo(addr), &Options{}, tg, f)
	})
	if err == nil {
		t.Fatalf("no error; facts %+v", f)
	}
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not say %q", err, want)
	}
	t.Logf("%v", err)
}
