package osdetect

import "testing"

func FuzzParseAPKInstalled(f *testing.F) {
	f.Add([]byte("C:Q1abc\nP:x11vnc\nV:0.9.16-r5\nA:x86_64\n\nP:musl\nV:1.2.4-r2\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, p := range ParseAPKInstalled(b) {
			if p.Name == "" || p.Version == "" {
				t.Fatalf("package %+v", p)
			}
		}
	})
}

func FuzzParseRPMList(f *testing.F) {
	f.Add([]byte("openssh-server 8.7p1-38.el9\nhttpd 2.4.57-5.el9\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, p := range ParseRPMList(b) {
			if p.Name == "" || p.Version == "" {
				t.Fatalf("package %+v", p)
			}
		}
	})
}
