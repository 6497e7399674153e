package creds

import (
	"bytes"
	"context"
	"encoding/binary"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"conformscan/demo/remotelab"
	"conformscan/fixtures/credsd"
	"conformscan/fixtures/loopback"
	"conformscan/probes/discovery"
	"conformscan/probes/lib/rfb"
)

// discovered is the service discovery names on addr's port.
func discovered(t *testing.T, addr string) string {
	t.Helper()
	host, portS, _ := net.SplitHostPort(addr)
	port, _ := strconv.Atoi(portS)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := discovery.Scan(ctx, host, discovery.Options{Ports: []int{port}})
	if err != nil || len(res.Open) != 1 {
		t.Fatalf("discovery on %s: %v %+v", addr, err, res)
	}
	return res.Open[0].Service
}

func TestVNCWithoutPasswordFound(t *testing.T) {
	v := credsd.StartVnc(t, "")
	if s := discovered(t, v.Addr); s != "vnc" {
		t.Fatalf("discovery names x11vnc %q", s)
	}
	f, err := runProbe(t, &Flags{}, endpoint(t, v.Addr, "vnc"))
	if err != nil {
		t.Fatalf("%v\n%s", err, v.Log())
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingAnonymous || !strings.Contains(f.Findings[0].Account, "VNC") ||
		!strings.Contains(f.Findings[0].Signal, "ServerInit received: desktop") || !strings.Contains(f.Findings[0].Signal, "640x480") {
		t.Fatalf("findings %+v\n%s", f.Findings, v.Log())
	}
	if f.TotalTries() != 1 {
		t.Errorf("%d tries, want 1 (the open question only)", f.TotalTries())
	}
}

// TestVNCDefaultPasswordFound: x11vnc with a catalogue password is found
// by VNC Authentication, and the negative control is refused.
func TestVNCDefaultPasswordFound(t *testing.T) {
	v := credsd.StartVnc(t, "admin")
	f, err := runProbe(t, &Flags{}, endpoint(t, v.Addr, "vnc"))
	if err != nil {
		t.Fatalf("%v\n%s", err, v.Log())
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingDefault || f.Findings[0].Account != "vnc" ||
		f.Findings[0].Secret != "a****" || f.Findings[0].Control != ControlRefused ||
		!strings.Contains(f.Findings[0].Signal, "ServerInit reçu") {
		t.Fatalf("findings %+v\n%s", f.Findings, v.Log())
	}
}

// TestVNCConformant: a strong password gives no finding, within budget.
func TestVNCConformant(t *testing.T) {
	v := credsd.StartVnc(t, "Vq7-"+randomPassword()[:4])
	f, err := runProbe(t, &Flags{Level: LevelThorough, MaxTries: 2}, endpoint(t, v.Addr, "vnc"))
	if err != nil {
		t.Fatalf("%v\n%s", err, v.Log())
	}
	if len(f.Findings) != 0 || !f.Testable || len(f.Tried) != 2 || f.Tried[1].Account != "vnc" || f.Tried[1].Tries != 2 {
		t.Fatalf("facts %+v\n%s", f, v.Log())
	}
}

// fakeVNC serves each connection with handle, on loopback.
func fakeVNC(t *testing.T, handle func(c net.Conn)) string {
	t.Helper()
	return net.JoinHostPort("127.0.0.1", strconv.Itoa(loopback.Serve(t, handle)))
}

func vncString(s string) []byte {
	return binary.BigEndian.AppendUint32(nil, uint32(len(s)))
}

func TestVNCOnlyStrongTypesNotTestable(t *testing.T) {
	addr := fakeVNC(t, func(c net.Conn) {
		_, _ = io.WriteString(c, "RFB 003.008\n")
		_, _ = io.ReadFull(c, make([]byte, 12))
		_, _ = c.Write([]byte{2, 19, 30})
		_, _ = io.ReadFull(c, make([]byte, 1))
	})
	f, err := runProbe(t, &Flags{}, endpoint(t, addr, "vnc"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Testable || len(f.Findings) != 0 || !strings.Contains(f.Note, "VeNCrypt (19), Apple-DH (30)") {
		t.Fatalf("facts %+v", f)
	}
}

func TestVNCBlacklistStops(t *testing.T) {
	reason := "Too many authentication failures"
	addr := fakeVNC(t, func(c net.Conn) {
		_, _ = io.WriteString(c, "RFB 003.008\n")
		_, _ = io.ReadFull(c, make([]byte, 12))
		_, _ = c.Write(append(append([]byte{0}, vncString(reason)...), reason...))
	})
	f, err := runProbe(t, &Flags{}, endpoint(t, addr, "vnc"))
	if err == nil || !strings.Contains(f.Error, "blocked tries") || len(f.Findings) != 0 {
		t.Fatalf("err %v, facts %+v", err, f)
	}
}

// TestVNC33WithoutPassword: an RFB 3.3 server choosing None (no
// SecurityResult in 3.3) is found; a newer minor (3.889, Apple) answers 3.8.
func TestVNC33WithoutPassword(t *testing.T) {
	addr := fakeVNC(t, func(c net.Conn) {
		_, _ = io.WriteString(c, "RFB 003.003\n")
		got := make([]byte, 12)
		_, _ = io.ReadFull(c, got)
		if string(got) != "RFB 003.003\n" {
			return
		}
		_, _ = c.Write([]byte{0, 0, 0, 1})
		if _, err := io.ReadFull(c, got[:1]); err != nil || got[0] != 1 {
			return // not shared
		}
		init := append(make([]byte, 20), vncString("old\x1b/")...)
		init[1], init[3] = 32, 24
		_, _ = c.Write(append(init, "old\x1b/"...))
	})
	f, err := runProbe(t, &Flags{}, endpoint(t, addr, "vnc"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || !strings.Contains(f.Findings[0].Signal, `desktop "old /" 32x24`) {
		t.Fatalf("findings %+v", f.Findings)
	}
	if m, err := parseVNCVersion([]byte("RFB 003.889\n")); err != nil || m != 8 {
		t.Errorf("3.889: %d %v", m, err)
	}
}

func FuzzVNCParsers(f *testing.F) {
	f.Add([]byte("RFB 003.008\n"), uint8(8))
	f.Add([]byte{2, 1, 2}, uint8(7))
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 3, 'b', 'a', 'd'}, uint8(3))
	f.Add(append(make([]byte, 20), 0, 0, 0, 2, 'h', 'i'), uint8(8))
	f.Add([]byte{0, 0xff, 0xff, 0xff, 0xff}, uint8(8))
	f.Fuzz(func(t *testing.T, b []byte, minor uint8) {
		if len(b) >= 12 {
			if m, err := parseVNCVersion(b[:12]); err == nil && m != 3 && m != 7 && m != 8 {
				t.Fatalf("minor %d", m)
			}
		}
		if types, err := readVNCSecurityTypes(bytes.NewReader(b), int(minor%10)); err == nil && (len(types) == 0 || len(types) > vncMaxTypes) {
			t.Fatalf("%d types", len(types))
		}
		if r, err := readVNCReason(bytes.NewReader(b)); err == nil && len(r) > 3*rfb.MaxReason {
			t.Fatalf("reason of %d bytes", len(r))
		}
		if d, err := readVNCServerInit(bytes.NewReader(b)); err == nil && len(d.name) > 3*vncMaxName {
			t.Fatalf("name of %d bytes", len(d.name))
		}
	})
}

// TestVNCDemoFakes: the demo's VNC fakes finish the handshake as servers
// do: None (3.8 and 3.7) is an anonymous finding, VNC authentication a
// refusal.
func TestVNCDemoFakes(t *testing.T) {
	for _, c := range []struct {
		version string
		types   []byte
		found   bool
	}{{"RFB 003.008\n", []byte{1}, true}, {"RFB 003.007\n", []byte{1}, true}, {"RFB 003.008\n", []byte{2}, false}} {
		srv, err := remotelab.Serve(t.Context(), "vnc", remotelab.VNC(c.version, c.types))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = srv.Close() })
		f, err := runProbe(t, &Flags{MaxTries: 1}, endpoint(t, srv.Addr, "vnc"))
		if err != nil || (len(f.Findings) == 1) != c.found {
			t.Fatalf("%q %v: %v, facts %+v", c.version, c.types, err, f)
		}
	}
}
