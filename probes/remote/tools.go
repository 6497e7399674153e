package remote

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"slices"
	"strings"

	"conformscan/probes/discovery"
	"conformscan/probes/lib/services"
)

// exchange is what a fingerprint needs: the context, a dialer to the
// endpoint (each call a new connection, its deadline set) and what
// discovery saw there.
type exchange struct {
	ctx  context.Context
	addr string
	dial func() (net.Conn, error)
	port *discovery.Port
	// safe is --safe: no authentication request of any kind is sent.
	safe bool
}

// tool is one fingerprint: the names discovery gives the service, its
// usual ports and how to recognise it.
type tool struct {
	name, display string
	services      []string
	ports         []int
	remoteControl bool
	run           func(x exchange, f *Facts) error
}

// tools is the list of fingerprints, built afresh on each call; their
// ports are the registry's (probes/lib/services), which discovery scans.
func tools() []tool {
	return []tool{
		{"vnc", "VNC", []string{"vnc"}, ports("vnc"), true, onConn(probeVNC)},
		{"rdp", "RDP", []string{"rdp"}, ports("rdp"), true, func(x exchange, f *Facts) error { return probeRDP(x.ctx, x.conn, f) }},
		{"x11", "X11", []string{"x11"}, ports("x11"), true, onConn(probeX11)},
		{"ssh", "SSH", []string{"ssh"}, nil, false, probeSSH},
		{"telnet", "Telnet", []string{"telnet"}, nil, false, probeTelnet},
		{"winrm", "WinRM", []string{"winrm", "winrm-tls"}, ports("winrm", "winrm-tls"), false, probeWinRM},
		{"teamviewer", "TeamViewer", []string{"teamviewer"}, ports("teamviewer"), true, greeting(nil, prefix("\x17\x24"))},
		{"radmin", "Radmin", []string{"radmin"}, ports("radmin"), true,
			greeting([]byte{1, 0, 0, 0, 1, 0, 0, 0, 8, 8}, prefix("\x01\x00\x00\x00\x25"))},
		{"netsupport", "NetSupport Manager", []string{"netsupport"}, ports("netsupport"), true, greeting(nil, contains("netsupport"))},
		{"nomachine", "NoMachine NX", []string{"nomachine"}, ports("nomachine"), true, greeting([]byte("NXSH-1.0.0\n"), contains("NXD-"))},
		{"dameware", "DameWare Mini Remote Control", []string{"dameware"}, ports("dameware"), true, greeting(nil, contains("dameware"))},
		{"anydesk", "AnyDesk", []string{"anydesk"}, ports("anydesk"), true, portOnly("AnyDesk listens for direct connections (TLS); no public fingerprint")},
		{"vnc-http", "VNC over HTTP", []string{"vnc-http"}, ports("vnc-http"), true, portOnly("Java/HTML viewer port of VNC servers")},
		{"gotoassist", "GoTo remote support (port 8200)", []string{"gotoassist"}, ports("gotoassist"), true, portOnly("port used by GoToMyPC/GoToAssist")},
	}
}

// ports returns the registry's ports of the named services.
func ports(names ...string) []int {
	var out []int
	for _, n := range names {
		out = append(out, services.Get(n).Ports...)
	}
	return out
}

// pick chooses the fingerprint: the service discovery identified from the
// exchanges (a web service: the console fingerprint), else the usual
// service of the port when discovery could not tell.
func pick(p *discovery.Port, port int) (tool, bool) {
	if p != nil && identified(p) {
		if p.Service == "http" || p.Service == "https" {
			if t, ok := byPort(port); ok && t.name == "winrm" {
				return t, true
			}
			return tool{name: "web-console", display: "web console", run: probeWeb}, true
		}
		for _, t := range tools() {
			if containsStr(t.services, p.Service) {
				return t, true
			}
		}
		return tool{}, false
	}
	return byPort(port)
}

// identified tells whether discovery named the service from its answers
// (not from the port number, and not a TLS service of unknown content).
func identified(p *discovery.Port) bool {
	return p.ServiceFrom != "port" && p.ServiceFrom != "" && p.Service != "unknown" && p.Service != services.TLS
}

func byPort(port int) (tool, bool) {
	for _, t := range tools() {
		if slices.Contains(t.ports, port) {
			return t, true
		}
	}
	return tool{}, false
}

// byName returns the tool named name.
func byName(name string) (tool, bool) {
	for _, t := range tools() {
		if t.name == name && name != "" {
			return t, true
		}
	}
	return tool{}, false
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// onConn runs a one-connection exchange.
func onConn(fn func(ctx context.Context, c net.Conn, f *Facts) error) func(exchange, *Facts) error {
	return func(x exchange, f *Facts) error {
		c, err := x.conn()
		if err != nil {
			return err
		}
		defer c.Close()
		return fn(x.ctx, c, f)
	}
}

// greeting reads what the server sends first, or, when send is given,
// sends it and reads the answer; match tells whether it is the tool.
func greeting(send []byte, match func([]byte) bool) func(exchange, *Facts) error {
	return onConn(func(ctx context.Context, c net.Conn, f *Facts) error {
		if send != nil {
			if _, err := c.Write(send); err != nil {
				return err
			}
		}
		raw, err := readMsg(ctx, c, func([]byte) error { return nil })
		if err != nil {
			return err
		}
		if !match(raw) {
			f.FirstBytes = escape(raw)
			return fmt.Errorf("answer not recognised as %s", f.Display)
		}
		f.Identified, f.Auth = true, AuthUnknown
		f.Protocol = escape(raw[:min(len(raw), 24)])
		return nil
	})
}

func prefix(p string) func([]byte) bool {
	return func(b []byte) bool { return bytes.HasPrefix(b, []byte(p)) }
}

func contains(s string) func([]byte) bool {
	return func(b []byte) bool { return strings.Contains(strings.ToLower(string(b)), strings.ToLower(s)) }
}

// portOnly records a tool known by its port only.
func portOnly(note string) func(exchange, *Facts) error {
	return func(x exchange, f *Facts) error {
		f.Auth = AuthUnknown
		f.Details = append(f.Details, note)
		if x.port != nil && x.port.TLSSeen != nil {
			f.Details = append(f.Details, "speaks TLS "+x.port.TLSSeen.Version)
		}
		return nil
	}
}

// conn dials the endpoint with the exchange's deadline.
func (x exchange) conn() (net.Conn, error) {
	c, err := x.dial()
	if err != nil {
		return nil, err
	}
	arm(x.ctx, c)
	return c, nil
}

// connTLS dials the endpoint, inside TLS when tlsOn; the certificate is
// not verified: the fingerprint sends no secret and the TLS probe judges
// the chain.
func (x exchange) connTLS(tlsOn bool) (net.Conn, error) {
	c, err := x.conn()
	if err != nil || !tlsOn {
		return c, err
	}
	tc := tls.Client(c, &tls.Config{InsecureSkipVerify: true})
	if err := tc.HandshakeContext(x.ctx); err != nil {
		c.Close()
		return nil, fmt.Errorf("TLS handshake: %w", err)
	}
	return tc, nil
}
