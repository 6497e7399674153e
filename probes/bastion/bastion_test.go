package bastion

import (
	"context"
	"net/netip"
	"os"
	"strings"
	"testing"

	"conformscan/probes/hostaccess"
	"conformscan/probes/winhost"
)

func collectRoot(t *testing.T, dir string) *Facts {
	t.Helper()
	acc := hostaccess.NewRoot(dir)
	if err := acc.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	f, err := Collect(context.Background(), acc)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// The Match block of an included file is read with its keywords, and
// the offline root's listening ports are not read (nothing runs).
func TestCollectMatchInclude(t *testing.T) {
	f := collectRoot(t, "testdata/match")
	if f.SSHD == nil || len(f.SSHD.Matches) != 1 {
		t.Fatalf("sshd %+v", f.SSHD)
	}
	m := f.SSHD.Matches[0]
	if m.Criteria != "Address *,!10.1.2.0/24" || len(m.Settings) != 1 || m.Settings[0].Key != "denyusers" ||
		!strings.HasSuffix(m.Where, "sshd_config.d/10-bastion.conf:2") {
		t.Fatalf("match %+v", m)
	}
	if len(f.SSHD.Ports) != 1 || f.SSHD.Ports[0].Value != "22" {
		t.Fatalf("ports %+v", f.SSHD.Ports)
	}
	if !f.Offline || f.ListeningRead || len(f.Rulesets) != 0 {
		t.Fatalf("offline facts %+v", f)
	}
}

// iptables rules.v4 of an offline root: policy, jump to a user chain,
// multiport range, source, comment and LOG understood.
func TestCollectIptablesFile(t *testing.T) {
	f := collectRoot(t, "testdata/firewall")
	if len(f.Rulesets) != 1 {
		t.Fatalf("rulesets %+v", f.Rulesets)
	}
	var input, admin *Chain
	for i, c := range f.Rulesets[0].Chains {
		switch c.Name {
		case "filter INPUT":
			input = &f.Rulesets[0].Chains[i]
		case "filter ADMIN":
			admin = &f.Rulesets[0].Chains[i]
		}
	}
	if input == nil || input.Hook != "input" || input.Policy != "drop" || len(input.Rules) != 4 {
		t.Fatalf("INPUT %+v", input)
	}
	j := input.Rules[2]
	if j.Verdict != "jump" || j.Target != "filter ADMIN" || len(j.Ports) != 3 || j.Ports[2] != (PortRange{Lo: 5985, Hi: 5986}) || len(j.Unknown) != 0 {
		t.Fatalf("jump rule %+v", j)
	}
	if admin == nil || len(admin.Rules) != 3 || admin.Rules[0].Src[0] != "10.1.2.0/24" || len(admin.Rules[0].Unknown) != 0 ||
		admin.Rules[1].Verdict != "" || admin.Rules[2].Verdict != "drop" {
		t.Fatalf("ADMIN %+v", admin)
	}
}

// nft's JSON: named sets resolved, ranges, negated sources, ct state,
// iif, jumps; an expression not understood is named.
func TestParseNftJSON(t *testing.T) {
	b, err := os.ReadFile("testdata/nft-ruleset.json")
	if err != nil {
		t.Fatal(err)
	}
	rs, err := ParseNftJSON("nft", b)
	if err != nil {
		t.Fatal(err)
	}
	var in Chain
	for _, c := range rs.Chains {
		if c.Name == "inet filter input" {
			in = c
		}
	}
	if in.Hook != "input" || in.Policy != "drop" || len(in.Rules) != 6 {
		t.Fatalf("input chain %+v", in)
	}
	r := in.Rules[2]
	if len(r.Src) != 1 || r.Src[0] != "10.1.2.0/24" || len(r.Ports) != 3 || r.Verdict != "accept" || r.Proto != "tcp" {
		t.Fatalf("bastion rule %+v", r)
	}
	if r := in.Rules[3]; !r.SrcNeg || r.Verdict != "drop" {
		t.Fatalf("negated rule %+v", r)
	}
	if r := in.Rules[5]; r.Verdict != "jump" || r.Target != "inet filter web" {
		t.Fatalf("jump %+v", r)
	}
	for _, bad := range []string{"", "{}", `{"nftables": 3}`, "[1]"} {
		if _, err := ParseNftJSON("x", []byte(bad)); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestInPrefix(t *testing.T) {
	b := []netip.Prefix{netip.MustParsePrefix("10.1.2.0/24")}
	for s, want := range map[string]bool{"10.1.2.5": true, "10.1.2.0/25": true, "10.1.0.0/16": false, "10.1.3.1": false, "LocalSubnet": false, "*": false} {
		if InPrefix(s, b) != want {
			t.Errorf("%s: %t", s, !want)
		}
	}
}

// A Windows snapshot (hand-written, labelled "recorded"): RDP listening,
// the firewall's rules as a block-wins ruleset.
func TestFromSnapshot(t *testing.T) {
	b, err := os.ReadFile("testdata/windows-rdp-open.json")
	if err != nil {
		t.Fatal(err)
	}
	snap, err := winhost.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	f := &Facts{}
	FromSnapshot(f, snap)
	if !f.Windows || !f.ListeningRead || len(f.Listening) != 1 || f.Listening[0] != 3389 {
		t.Fatalf("listening %+v", f)
	}
	if len(f.Rulesets) != 1 || !f.Rulesets[0].BlockWins || len(f.Rulesets[0].Chains[0].Rules) != 1 || f.Rulesets[0].Chains[0].Policy != "drop" {
		t.Fatalf("rulesets %+v", f.Rulesets)
	}
	snap.Security.Firewall.Rules = append(snap.Security.Firewall.Rules, winhost.FirewallRule{Name: "block rdp (domain)", Enabled: true,
		Direction: "in", Action: "block", Protocol: "tcp", LocalPorts: []string{"3389"}, Profiles: []string{"domain"}})
	f = &Facts{}
	FromSnapshot(f, snap)
	if r := f.Rulesets[0].Chains[0].Rules[1]; r.Verdict != "drop" || len(r.Unknown) != 1 {
		t.Fatalf("block rule of one profile %+v", r)
	}
	snap.Security = nil
	f = &Facts{}
	FromSnapshot(f, snap)
	if len(f.UnreadOf(UnreadFirewall)) != 1 {
		t.Fatalf("no firewall section: %+v", f.Unread)
	}
}

func TestLoopback(t *testing.T) {
	for a, want := range map[string]bool{"127.0.0.1": true, "[::1]": true, "127.0.0.53%lo": true, "0.0.0.0": false, "*": false, "[::]": false} {
		if loopback(a) != want {
			t.Errorf("%s", a)
		}
	}
}

// "ip protocol tcp" (recorded from nft 1.0.6) is the rule's protocol.
func TestParseNftIPProtocol(t *testing.T) {
	b, err := os.ReadFile("testdata/nft-ip-protocol.json")
	if err != nil {
		t.Fatal(err)
	}
	rs, err := ParseNftJSON("nft", b)
	if err != nil {
		t.Fatal(err)
	}
	if r := rs.Chains[0].Rules[1]; r.Proto != "tcp" || len(r.Unknown) != 0 || r.Verdict != "drop" {
		t.Fatalf("%+v", r)
	}
}
