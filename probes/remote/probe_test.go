package remote

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"net"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"

	"conformscan/demo/remotelab"
	"conformscan/probes"
	"conformscan/probes/discovery"
)

// scanFake serves h on loopback and runs the probe on it as if discovery
// had found service on port (0: the fake's own port).
func scanFake(t *testing.T, h remotelab.Handler, service string, port int) *Facts {
	t.Helper()
	return scanFakeWith(t, h, service, port, nil)
}

// scanFakeWith is scanFake with what an nmap report said of the port.
func scanFakeWith(t *testing.T, h remotelab.Handler, service string, port int, nm *NmapService) *Facts {
	t.Helper()
	f, err := scanFakeRun(t, h, service, port, nm)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// scanFakeRun is scanFakeWith returning the probe's error: a fingerprint
// that did not finish is an error, its facts kept.
func scanFakeRun(t *testing.T, h remotelab.Handler, service string, port int, nm *NmapService) (*Facts, error) {
	t.Helper()
	from := "banner"
	if port != 0 {
		from = "port"
	}
	return scanFakeDesc(t, h, discovery.Port{Service: service, ServiceFrom: from}, port, nm)
}

// scanFakeRunPort runs the probe as discovery leaves a port it could not
// identify (why: silent, garbage...), the service from the port number.
func scanFakeRunPort(t *testing.T, h remotelab.Handler, port int, why string) (*Facts, error) {
	t.Helper()
	return scanFakeDesc(t, h, discovery.Port{Service: "unknown", ServiceFrom: "port", Unidentified: why}, port, nil)
}

// scanFakeDesc serves h and runs the probe with discovery's facts desc.
func scanFakeDesc(t *testing.T, h remotelab.Handler, desc discovery.Port, port int, nm *NmapService) (*Facts, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	srv, err := remotelab.Serve(ctx, t.Name(), h)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	s := probes.NewSubject(probes.SubjectEndpoint, srv.Addr)
	s.Host, s.Port = "127.0.0.1", srv.Port
	desc.Port = srv.Port
	s.Descriptor = &desc
	// The fingerprint is chosen by the port the test names, while the
	// connection goes to the fake.
	if port != 0 {
		s.Port = port
	}
	env := &probes.Env{Dial: func(ctx context.Context, n, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, n, srv.Addr)
	}}
	pctx, pcancel := context.WithTimeout(ctx, 1500*time.Millisecond)
	defer pcancel()
	err = run(pctx, env, s, nm)
	f := FactsOf(s)
	if f == nil {
		t.Fatal("no facts")
	}
	return f, err
}

func TestVNC(t *testing.T) {
	for _, tc := range []struct {
		name, version string
		types         []byte
		auth          string
		detail        string
	}{
		{"none 3.8", "RFB 003.008\n", []byte{1}, AuthNone, "None(1)"},
		{"vnc auth 3.8", "RFB 003.008\n", []byte{2}, AuthPassword, "VNC(2)"},
		{"both", "RFB 003.007\n", []byte{2, 1}, AuthNone, "VNC(2), None(1)"},
		{"3.3 none", "RFB 003.003\n", []byte{1}, AuthNone, "None(1)"},
		{"apple", "RFB 003.889\n", []byte{30, 2}, AuthPassword, "Apple-DH(30)"},
		{"vencrypt", "RFB 003.008\n", []byte{19, 2}, AuthPassword, "not taken as encrypted"},
		{"failure", "RFB 003.008\n", nil, AuthUnknown, "too many security failures"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := scanFakeRun(t, remotelab.VNC(tc.version, tc.types), "vnc", 0, nil)
			if !f.Identified || f.Tool != "vnc" || f.Auth != tc.auth || !strings.Contains(strings.Join(f.Details, ";"), tc.detail) {
				t.Fatalf("%+v", f)
			}
			// A server that offers no type told nothing: the run is an
			// error; RFB is never taken as encrypted.
			if (err != nil) != (tc.auth == AuthUnknown) || !f.Cleartext {
				t.Fatalf("err %v, %+v", err, f)
			}
			if f.Vantage.LocalAddr == "" || !strings.HasPrefix(f.Protocol, "RFB ") {
				t.Errorf("vantage/protocol %+v", f)
			}
		})
	}
}

func TestRDP(t *testing.T) {
	for _, tc := range []struct {
		proto uint32
		auth  string
		weak  bool
	}{{remotelab.ProtoHybrid, AuthNLA, false}, {remotelab.ProtoSSL, AuthTLS, false}, {remotelab.ProtoRDP, AuthRDP, true}} {
		f := scanFake(t, remotelab.RDP(tc.proto), "rdp", 3389)
		if !f.Identified || f.Tool != "rdp" || f.Auth != tc.auth || f.Weak != tc.weak {
			t.Errorf("proto %d: %+v", tc.proto, f)
		}
	}
}

func TestX11(t *testing.T) {
	f := scanFake(t, remotelab.X11(true, ""), "x11", 6001)
	if !f.Identified || f.Auth != AuthNone || !strings.Contains(f.Details[0], "conformscan fake X") {
		t.Fatalf("open: %+v", f)
	}
	f = scanFake(t, remotelab.X11(false, "No protocol specified\n"), "x11", 6000)
	if !f.Identified || f.Auth != AuthRefused || !strings.Contains(f.Details[0], "No protocol specified") {
		t.Fatalf("refused: %+v", f)
	}
}

func TestSimpleTools(t *testing.T) {
	for _, tc := range []struct {
		port int
		h    remotelab.Handler
		tool string
	}{
		{5938, remotelab.Greeting([]byte{0x17, 0x24, 0x0a, 0x20, 0}), "teamviewer"},
		{4899, remotelab.Reply([]byte{1, 0, 0, 0, 0x25, 0, 0, 0}), "radmin"},
		{4000, remotelab.Reply([]byte("NXD-8.4.2\n")), "nomachine"},
		{6129, remotelab.Greeting([]byte("0damewaremr")), "dameware"},
		{5405, remotelab.Greeting([]byte("NetSupport Gateway")), "netsupport"},
	} {
		f := scanFake(t, tc.h, "", tc.port)
		if !f.Identified || f.Tool != tc.tool || !f.RemoteControl {
			t.Errorf("%d: %+v", tc.port, f)
		}
	}
}

// Hostile servers: silence, garbage and truncated answers end with an
// error in the facts (the port's tool, not identified), within the deadline.
func TestHostile(t *testing.T) {
	for name, h := range map[string]remotelab.Handler{
		"silent":    remotelab.Silent(),
		"garbage":   remotelab.Greeting([]byte("\x00\xffHELLO garbage\r\n")),
		"truncated": remotelab.Greeting([]byte("RFB 003.0")),
		"huge":      remotelab.Greeting([]byte(strings.Repeat("A", 9000))),
	} {
		for _, port := range []int{5900, 3389, 6000, 4899} {
			start := time.Now()
			f, err := scanFakeRun(t, h, "", port, nil)
			if f.Identified || f.Error == "" || err == nil || time.Since(start) > 3*time.Second {
				t.Errorf("%s on %d: %+v, %v after %v", name, port, f, err, time.Since(start))
			}
		}
	}
}

func TestSSHMethodsWithoutCredentials(t *testing.T) {
	_, key, _ := ed25519.GenerateKey(rand.Reader)
	signer, _ := ssh.NewSignerFromKey(key)
	cfg := &ssh.ServerConfig{PasswordCallback: func(ssh.ConnMetadata, []byte) (*ssh.Permissions, error) {
		t.Error("a password was sent")
		return nil, net.ErrClosed
	}}
	cfg.AddHostKey(signer)
	h := func(c net.Conn) { _, _, _, _ = ssh.NewServerConn(c, cfg) }
	f := scanFake(t, h, "ssh", 0)
	if !f.Identified || f.Auth != AuthPassword || !strings.Contains(strings.Join(f.Details, ";"), "password") {
		t.Fatalf("%+v", f)
	}
}

func TestUnknownKeepsFirstBytes(t *testing.T) {
	s := probes.NewSubject(probes.SubjectEndpoint, "127.0.0.1:9999")
	s.Host, s.Port = "127.0.0.1", 9999
	s.Descriptor = &discovery.Port{Port: 9999, Service: "unknown", Unidentified: "garbage", FirstBytes: `\x00\x01`}
	if !applies(s) {
		t.Fatal("unidentified endpoint not covered")
	}
	// An open port nothing identifies could be any remote tool: an error
	// (its refs cannot pass), the first bytes kept as evidence.
	err := run(context.Background(), &probes.Env{}, s, nil)
	if err == nil || !strings.Contains(err.Error(), "not identified (garbage)") {
		t.Fatalf("err %v", err)
	}
	if f := FactsOf(s); f == nil || f.FirstBytes != `\x00\x01` || f.Tool != "" || f.Error == "" {
		t.Fatalf("%+v", f)
	}
}

// RDP and X11 on ports discovery could not identify are found by trying
// their fingerprints.
func TestGuessOnUnidentifiedPort(t *testing.T) {
	for tool, h := range map[string]remotelab.Handler{"rdp": remotelab.RDP(remotelab.ProtoSSL), "x11": remotelab.X11(true, "")} {
		f := scanFake(t, h, "unknown", 0)
		if f.Tool != tool || !f.Identified {
			t.Errorf("%s: %+v", tool, f)
		}
	}
}

// With NLA, the NTLM CHALLENGE of CredSSP names the server and its
// Windows build, before any credential.
func TestRDPNTLMInfo(t *testing.T) {
	h, err := remotelab.RDPCredSSP("SRV-PACS", "CHU", 17763, TSRequest)
	if err != nil {
		t.Fatal(err)
	}
	f := scanFake(t, h, "rdp", 3389)
	if f.Auth != AuthNLA || f.NTLM == nil || f.NTLM.NetBIOSComputer != "SRV-PACS" || f.NTLM.DNSDomain != "CHU.local" || f.NTLM.Version != "10.0.17763" {
		t.Fatalf("%+v %+v", f, f.NTLM)
	}
}

func TestPick(t *testing.T) {
	for _, tc := range []struct {
		p    discovery.Port
		want string
	}{
		{discovery.Port{Port: 5900, Service: "http", ServiceFrom: "response"}, "web-console"},
		{discovery.Port{Port: 5985, Service: "http", ServiceFrom: "response"}, "winrm"},
		{discovery.Port{Port: 7070, Service: "tls", ServiceFrom: "tls"}, "anydesk"},
		{discovery.Port{Port: 5901, Service: "vnc", ServiceFrom: "port"}, "vnc"},
		{discovery.Port{Port: 22, Service: "ftp", ServiceFrom: "banner"}, ""},
		{discovery.Port{Port: 4242, Service: "unknown", Unidentified: "silent"}, ""},
	} {
		got, _ := pick(&tc.p, tc.p.Port)
		if got.name != tc.want {
			t.Errorf("%+v: %q, want %q", tc.p, got.name, tc.want)
		}
	}
}
