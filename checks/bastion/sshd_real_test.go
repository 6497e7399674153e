package bastion

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/fixtures/proc"
	bp "conformscan/probes/bastion"
)

// Debian's real sshd (sshd -T -C) decides the same as judgeSSHD on Match
// Address blocks: "*,!BASTION" denies every user from outside the bastion
// and nobody inside it; a list of negations alone never matches.
func TestSSHDMatchAgreesWithRealSshd(t *testing.T) {
	_, err := os.Stat("/usr/sbin/sshd")
	proc.Need(t, err)
	dir := t.TempDir()
	key := filepath.Join(dir, "hk")
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v %s", err, out)
	}
	b := opts(t, "10.1.2.0/24").Prefixes
	for name, conf := range map[string]string{
		"star and negation": "Port 22\nMatch Address *,!10.1.2.0/24\n\tDenyUsers *\n",
		"negation alone":    "Port 22\nMatch Address !10.1.2.0/24\n\tDenyUsers *\n",
		"bastion only":      "Port 22\nMatch Address 10.1.2.0/24\n\tDenyUsers *\n",
	} {
		file := filepath.Join(dir, "sshd_config")
		if err := os.WriteFile(file, []byte(conf), 0o600); err != nil {
			t.Fatal(err)
		}
		s := &bp.SSHD{Config: file}
		for _, d := range bp.ParseSSHD([]byte(conf)) {
			if d.Key == "match" {
				s.Matches = append(s.Matches, bp.MatchBlock{Criteria: d.Value})
			} else if d.Match >= 0 {
				s.Matches[len(s.Matches)-1].Settings = append(s.Matches[len(s.Matches)-1].Settings, bp.Setting{Key: d.Key, Value: d.Value})
			}
		}
		ours := judgeSSHD(s, b).restricted
		outside := deniedBySshd(t, file, key, "198.51.100.7")
		inside := deniedBySshd(t, file, key, "10.1.2.5")
		if real := outside && !inside; real != ours {
			t.Errorf("%s: sshd denies outside %t, inside %t; judgeSSHD restricted %t", name, outside, inside, ours)
		}
	}
}

func deniedBySshd(t *testing.T, file, key, addr string) bool {
	t.Helper()
	out, err := exec.Command("/usr/sbin/sshd", "-T", "-f", file, "-h", key, "-C", "user=vendor,host=h.example,addr="+addr).CombinedOutput()
	if err != nil {
		t.Fatalf("sshd -T: %v: %s", err, out)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if strings.TrimSpace(l) == "denyusers *" {
			return true
		}
	}
	return false
}
