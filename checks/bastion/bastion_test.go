package bastion

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/probes"
	bp "conformscan/probes/bastion"
	"conformscan/probes/hostaccess"
	"conformscan/probes/winhost"
)

func opts(t *testing.T, cidrs ...string) *Options {
	t.Helper()
	o := &Options{Raw: cidrs}
	if err := o.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return o
}

func input(f *bp.Facts) *checks.Input {
	s := probes.NewSubject(probes.SubjectLocal, "local")
	if f != nil {
		s.SetFact(bp.ID, f)
	}
	return &checks.Input{Subject: s, Settings: checks.Settings{Lang: checks.English, RefDate: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)}}
}

func collectRoot(t *testing.T, dir string) *bp.Facts {
	t.Helper()
	acc := hostaccess.NewRoot(dir)
	if err := acc.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	f, err := bp.Collect(context.Background(), acc)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func statuses(rs []checks.Result) string {
	var s []string
	for _, r := range rs {
		s = append(s, string(r.Status))
	}
	return strings.Join(s, ",")
}

func text(rs []checks.Result) string {
	var s []string
	for _, r := range rs {
		s = append(s, r.Summary)
		for _, e := range r.Evidence {
			s = append(s, e.Observed+" @ "+e.Source)
		}
	}
	return strings.Join(s, "\n")
}

// Offline roots (probes/bastion/testdata): sshd's Match block, AllowUsers
// user@bastion and a firewall restricting to the bastion pass; AllowUsers
// without @host, a Match of negations only (sshd never matches it) and
// an iptables rule accepting 22 from anywhere fail, naming the rule.
func TestHostOfflineRoots(t *testing.T) {
	o := opts(t, "10.1.2.0/24")
	for dir, want := range map[string]string{"match": "pass", "allowusers": "pass", "firewall": "pass", "bad": "fail"} {
		rs := o.evalHost(input(collectRoot(t, "../../probes/bastion/testdata/"+dir)))
		if got := statuses(rs); got != want {
			t.Errorf("%s: %s\n%s", dir, got, text(rs))
		}
	}
	rs := o.evalHost(input(collectRoot(t, "../../probes/bastion/testdata/bad")))
	if !strings.Contains(rs[0].Summary, "rules.v4 filter INPUT line 7") || !strings.Contains(rs[0].Summary, "admits addresses outside") {
		t.Errorf("the failure does not name the rule: %s", rs[0].Summary)
	}
	// The bastion is elsewhere: the Match block no longer covers it.
	if got := statuses(opts(t, "192.168.7.0/24").evalHost(input(collectRoot(t, "../../probes/bastion/testdata/match")))); got != "error" {
		t.Errorf("match root, other bastion (no firewall file read, nftables absent): %s", got)
	}
}

// Without --bastion the ref stays documentary, whatever the facts.
func TestNoBastionDocumentary(t *testing.T) {
	o := opts(t)
	for _, rs := range [][]checks.Result{o.evalHost(input(collectRoot(t, "../../probes/bastion/testdata/bad"))), o.evalNetwork(input(nil))} {
		if len(rs) != 1 || rs[0].Status != checks.StatusManual || !strings.Contains(rs[0].Summary, "--bastion") {
			t.Errorf("%+v", rs)
		}
	}
	if err := (&Options{Raw: []string{"bastion.example"}}).Validate(t.Context()); err == nil {
		t.Error("a name accepted as --bastion")
	}
}

// The firewall simulation, one fixture per outcome.
func TestFirewallSimulation(t *testing.T) {
	b := opts(t, "10.1.2.0/24").Prefixes
	accept22 := bp.Rule{Where: "r1", Proto: "tcp", Ports: []bp.PortRange{{Lo: 22, Hi: 22}}, Verdict: "accept"}
	fromBastion := accept22
	fromBastion.Src = []string{"10.1.2.0/24"}
	unknownRule := accept22
	unknownRule.Unknown = []string{"tcp flags syn"}
	dropOthers := bp.Rule{Where: "r2", Src: []string{"10.1.2.0/24"}, SrcNeg: true, Verdict: "drop"}
	partialDrop := bp.Rule{Where: "r3", Src: []string{"192.168.0.0/16"}, Verdict: "drop"}
	chain := func(policy string, rules ...bp.Rule) []bp.Ruleset {
		return []bp.Ruleset{{Source: "t", Chains: []bp.Chain{{Name: "in", Hook: "input", Policy: policy, Rules: rules}}}}
	}
	for name, c := range map[string]struct {
		rs   []bp.Ruleset
		want outcome
	}{
		"no chain":                     {nil, open},
		"policy accept":                {chain("accept"), open},
		"policy drop":                  {chain("drop"), restricted},
		"accept 22 anywhere":           {chain("drop", accept22), open},
		"accept 22 from bastion":       {chain("drop", fromBastion), restricted},
		"bastion then drop others":     {chain("accept", fromBastion, dropOthers), restricted},
		"partial drop then accept":     {chain("drop", partialDrop, accept22), open},
		"not understood accept":        {chain("drop", unknownRule), unknown},
		"drop first wins over unknown": {chain("accept", dropOthers, unknownRule), restricted},
		"ipv6 only rule ignored":       {chain("drop", bp.Rule{Where: "v6", IPv6Only: true, Verdict: "accept"}), restricted},
		"loopback accept ignored":      {chain("drop", bp.Rule{Where: "lo", Iif: "lo", Verdict: "accept"}), restricted},
		"new excluded":                 {chain("drop", bp.Rule{Where: "est", States: []string{"established"}, Verdict: "accept"}), restricted},
		"jump to accepting chain": {[]bp.Ruleset{{Source: "t", Chains: []bp.Chain{
			{Name: "in", Hook: "input", Policy: "drop", Rules: []bp.Rule{{Where: "j", Verdict: "jump", Target: "adm"}}},
			{Name: "adm", Rules: []bp.Rule{accept22}}}}}, open},
		// ufw's ufw-not-local: local traffic returns (a condition not
		// understood), the rest is dropped: not a restriction of all.
		"partial return then drop, policy accept": {[]bp.Ruleset{{Source: "t", Chains: []bp.Chain{
			{Name: "in", Hook: "input", Policy: "accept", Rules: []bp.Rule{{Where: "j", Verdict: "jump", Target: "notlocal"}}},
			{Name: "notlocal", Rules: []bp.Rule{{Where: "ret", Verdict: "return", Unknown: []string{"-m addrtype"}}, {Where: "d", Verdict: "drop"}}}}}}, open},
		"partial return then drop, policy drop": {chain("drop", bp.Rule{Where: "ret", Verdict: "return", Unknown: []string{"x"}}, bp.Rule{Where: "d", Verdict: "drop"}), restricted},
		"goto ends the chain": {[]bp.Ruleset{{Source: "t", Chains: []bp.Chain{
			{Name: "in", Hook: "input", Policy: "accept", Rules: []bp.Rule{{Where: "g", Verdict: "goto", Target: "x"}, {Where: "d", Verdict: "drop"}}},
			{Name: "x"}}}}, open},
		"verdict map":           {chain("drop", bp.Rule{Where: "v", Verdict: "unknown", Unknown: []string{"vmap"}}), unknown},
		"jump to missing chain": {chain("drop", bp.Rule{Where: "j", Verdict: "jump", Target: "nowhere"}), unknown},
		"windows block wins": {[]bp.Ruleset{{Source: "w", BlockWins: true, Chains: []bp.Chain{{Name: "w", Hook: "input", Policy: "drop",
			Rules: []bp.Rule{accept22, {Where: "b", Verdict: "drop", Ports: []bp.PortRange{{Lo: 22, Hi: 22}}}}}}}}, restricted},
	} {
		if got := judgePort(c.rs, 22, b); got.out != c.want {
			t.Errorf("%s: %d (%s), want %d", name, got.out, got.describe(), c.want)
		}
	}
}

// A hand-written Windows snapshot (labelled as such in its host name):
// RDP allowed from any address fails naming the rule; restricted to the
// bastion it passes.
func TestHostWindowsSnapshot(t *testing.T) {
	data, err := os.ReadFile("../../probes/bastion/testdata/windows-rdp-open.json")
	if err != nil {
		t.Fatal(err)
	}
	snap, err := winhost.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	o := opts(t, "10.1.2.0/24")
	f := &bp.Facts{Access: "winrm://srv"}
	bp.FromSnapshot(f, snap)
	rs := o.evalHost(input(f))
	if statuses(rs) != "fail" || !strings.Contains(rs[0].Summary, "Remote Desktop - User Mode (TCP-In)") {
		t.Fatalf("open RDP: %s\n%s", statuses(rs), text(rs))
	}
	snap.Security.Firewall.Rules[0].RemoteAddresses = []string{"10.1.2.0/24"}
	f = &bp.Facts{Access: "winrm://srv"}
	bp.FromSnapshot(f, snap)
	if rs := o.evalHost(input(f)); statuses(rs) != "pass" {
		t.Fatalf("RDP from the bastion: %s\n%s", statuses(rs), text(rs))
	}
}

// Reachability from the scanner: outside the bastion fails naming the
// port; inside it passes; a connection that failed is an error.
func TestNetworkReach(t *testing.T) {
	s := probes.NewSubject(probes.SubjectHost, "192.0.2.10")
	s.Host = "192.0.2.10"
	s.SetFact(bp.ReachID, &bp.Reach{Ports: []bp.Reached{{Port: 22, Service: "ssh", From: "10.9.0.4:40000"}}})
	in := &checks.Input{Subject: s, Settings: checks.Settings{Lang: checks.English}}
	if rs := opts(t, "10.1.2.0/24").evalNetwork(in); statuses(rs) != "fail" || !strings.Contains(rs[0].Summary, "port 22 (ssh) reachable from 10.9.0.4:40000") {
		t.Errorf("outside: %s", text(rs))
	}
	if rs := opts(t, "10.9.0.0/16").evalNetwork(in); statuses(rs) != "pass" {
		t.Errorf("inside: %s", text(rs))
	}
	s.SetFact(bp.ReachID, &bp.Reach{Ports: []bp.Reached{{Port: 3389, Service: "rdp", Error: "connect-timeout: i/o timeout"}}})
	if rs := opts(t, "10.9.0.0/16").evalNetwork(in); statuses(rs) != "error" {
		t.Errorf("failed connect: %s", text(rs))
	}
	s.SetFact(bp.ReachID, &bp.Reach{Ports: []bp.Reached{}})
	if rs := opts(t, "10.9.0.0/16").evalNetwork(in); statuses(rs) != "pass" {
		t.Errorf("nothing open: %s", text(rs))
	}
	s.Target.Port = 443
	if rs := opts(t, "10.9.0.0/16").evalNetwork(in); statuses(rs) != "error" || !strings.Contains(rs[0].Summary, "port 443 only") {
		t.Errorf("only 443 scanned: %s", text(rs))
	}
	s.SetFact(bp.ReachID, &bp.Reach{Ports: []bp.Reached{{Port: 22, Service: "ssh", From: "garbage"}}})
	if rs := opts(t, "10.9.0.0/16").evalNetwork(in); statuses(rs) != "error" {
		t.Errorf("unreadable source: %s", text(rs))
	}
}
