package svcmode

import "testing"

func FuzzParseSS(f *testing.F) {
	f.Add([]byte("tcp LISTEN 0 128 0.0.0.0:22 0.0.0.0:* users:((\"sshd\",pid=612,fd=3))\n"))
	f.Add([]byte("tcp LISTEN 0 128 :: x users:((\"a\\\"b\",pid=0,fd=1))"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, s := range ParseSS(b) {
			if len(s.PIDs) != len(s.Names) || s.Port < 0 || s.Port > 65535 {
				t.Fatalf("%+v", s)
			}
		}
	})
}

func FuzzParseProc(f *testing.F) {
	f.Add([]byte("0::/system.slice/ssh.service\n1:name=systemd:/\n"))
	f.Add([]byte("Name:\tsshd\nPPid:\t1\nUid:\t0\t0\t0\t0\n"))
	f.Add([]byte("root:x:0:0::/root:/bin/sh\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = ParseCgroup(b)
		_, _ = ParseStatus(b)
		_ = UserNames(b)
	})
}
