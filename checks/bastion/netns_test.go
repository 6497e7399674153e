//go:build linux

package bastion

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/fixtures/netns"
	"conformscan/fixtures/proc"
	bp "conformscan/probes/bastion"
	"conformscan/probes/hostaccess"
)

// liveHost reads files from a recorded root but runs its commands (ss,
// nft, iptables-save) on the machine: inside the test's own network
// namespace, the ruleset and the sockets are the test's.
type liveHost struct{ *hostaccess.Root }

func (liveHost) Offline() bool { return false }
func (liveHost) Run(ctx context.Context, argv ...string) ([]byte, error) {
	return hostaccess.Local{}.Run(ctx, argv...)
}

// nftScan loads ruleset with nft -f in the namespace, listens on 22 off
// loopback, and judges the host with sshd_config of the plain root.
func nftScan(t *testing.T, ruleset string) []string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "rules.nft")
	if err := os.WriteFile(file, []byte("flush ruleset\n"+ruleset), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("nft", "-f", file).CombinedOutput(); err != nil {
		t.Fatalf("nft -f: %v: %s", err, out)
	}
	root := hostaccess.NewRoot("../../probes/bastion/testdata/firewall-live")
	f, err := bp.Collect(context.Background(), liveHost{root})
	if err != nil {
		t.Fatal(err)
	}
	rs := opts(t, "10.1.2.0/24").evalHost(input(f))
	return []string{statuses(rs), text(rs)}
}

// Real nftables rules in a network namespace the test creates: the
// bastion-only ruleset passes, one accepting 22 from anywhere fails
// naming the rule's handle, one the simulation does not understand is an
// error, never a pass.
func TestHostLiveNftables(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	if _, err := exec.LookPath("nft"); err != nil {
		proc.Need(t, err)
	}
	ln, err := net.Listen("tcp", "0.0.0.0:22")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	good := `table inet filter {
	set admin_ports { type inet_service; flags interval; elements = { 22, 3389, 5985-5986 } }
	chain input {
		type filter hook input priority 0; policy drop;
		ct state established,related accept
		iif lo accept
		ip saddr 10.1.2.0/24 tcp dport @admin_ports accept
		tcp dport 443 accept
	}
}
`
	if got := nftScan(t, good); got[0] != "pass" || !strings.Contains(got[1], "policy drop") {
		t.Errorf("bastion-only ruleset: %s\n%s", got[0], got[1])
	}
	open := strings.Replace(good, "tcp dport 443 accept", "tcp dport { 22, 443 } accept", 1)
	if got := nftScan(t, open); got[0] != "fail" || !strings.Contains(got[1], "nft inet filter input handle") || !strings.Contains(got[1], "dport 22,443") {
		t.Errorf("22 open to all: %s\n%s", got[0], got[1])
	}
	odd := strings.Replace(good, "tcp dport 443 accept", "tcp flags syn tcp dport 22 accept", 1)
	if got := nftScan(t, odd); got[0] != "error" {
		t.Errorf("rule not understood: %s\n%s", got[0], got[1])
	}
	vmap := strings.Replace(good, "tcp dport 443 accept", "tcp dport vmap { 22 : accept, 80 : drop }", 1)
	if got := nftScan(t, vmap); got[0] != "error" || !strings.Contains(got[1], "vmap") {
		t.Errorf("verdict map: %s\n%s", got[0], got[1])
	}
	if got := nftScan(t, ""); got[0] != "fail" || !strings.Contains(got[1], "no input filtering") {
		t.Errorf("no ruleset: %s\n%s", got[0], got[1])
	}
}
