package bastion

import (
	"net/netip"
	"os"
	"testing"
)

func FuzzParseSSHD(f *testing.F) {
	f.Add([]byte("Include /etc/ssh/sshd_config.d/*.conf\nAllowUsers a@10.1.2.0/24\nMatch Address *,!10.1.2.0/24\n DenyUsers *\n"))
	f.Add([]byte("Match\nMatch=\n=\n\"\"\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s := &SSHD{}
		_ = s.apply("f", ParseSSHD(b), -1)
		_ = s.apply("f", ParseSSHD(b), 0)
	})
}

func FuzzParseNftJSON(f *testing.F) {
	if b, err := os.ReadFile("testdata/nft-ruleset.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"nftables":[{"rule":{"family":"ip","expr":[{"match":{"op":"==","left":{"payload":{"protocol":"tcp","field":"dport"}},"right":{"set":[{"range":[1]}]}}}]}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		rs, err := ParseNftJSON("f", b)
		if err == nil && rs == nil {
			t.Fatal("nil ruleset without an error")
		}
	})
}

func FuzzParseIptablesSave(f *testing.F) {
	if b, err := os.ReadFile("testdata/firewall/etc/iptables/rules.v4"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("*filter\n-A\n-A X ! \n-A X --comment \"\n:\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		rs := ParseIptablesSave("f", b)
		for _, c := range rs.Chains {
			for _, r := range c.Rules {
				_ = InPrefix(r.Iif, []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")})
			}
		}
	})
}
