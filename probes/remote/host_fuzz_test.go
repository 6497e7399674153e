package remote

import "testing"

func FuzzParsePS(f *testing.F) {
	f.Add([]byte("sshd            sshd: /usr/sbin/sshd -D\nx11vnc          /usr/bin/x11vnc -forever\n"))
	f.Add([]byte("COMMAND         COMMAND\ninit /sbin/init\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, p := range ParsePS(b) {
			if p.Name == "" || (p.Exe != "" && p.Exe[0] != '/') {
				t.Fatalf("process %+v", p)
			}
		}
	})
}
