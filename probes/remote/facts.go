// Package remote fingerprints remote-control and administration services on
// the endpoints discovery found (VNC, RDP, X11, SSH, Telnet, WinRM,
// TeamViewer, Radmin, NetSupport, NoMachine, DameWare, AnyDesk), and, with
// --local, inventories the remote-control tools installed on the machine
// against a catalogue derived from LOLRMM (data/SOURCE).
//
// A probe gathers facts and judges nothing: it must not import checks/,
// reports/, history/, serve/, cmd/, demo/ or fixtures/ (layout/layout_test.go
// guards checks/ and fixtures/).
package remote

import "conformscan/probes"

// ID is the network probe's ID; LocalID the local inventory's.
const (
	ID      = "remote"
	LocalID = "remote-local"
)

// Authentication as seen from the network.
const (
	AuthNone     = "none"     // the service lets anyone in (VNC type 1, X11 open)
	AuthPassword = "password" // a password (VNC authentication, SSH password...)
	AuthNLA      = "nla"      // RDP CredSSP: authentication before the session
	AuthTLS      = "tls"      // RDP TLS without NLA: the login screen is offered to anyone
	AuthRDP      = "rdp"      // RDP standard security (RC4, no server authentication)
	AuthRefused  = "refused"  // the server refused the connection (X11 access control on)
	AuthUnknown  = "unknown"
)

// Facts are what the probe saw on one endpoint.
type Facts struct {
	// Tool is the canonical name of the service ("vnc", "rdp", "x11",
	// "ssh", "telnet", "winrm", "teamviewer"...); "" when unknown.
	Tool string `json:"tool"`
	// Display is the tool's name for people ("VNC", "RDP").
	Display string `json:"display,omitempty"`
	// RemoteControl: a tool that takes control of a desktop (ref 8.6).
	RemoteControl bool `json:"remote_control"`
	// Admin: an administration or remote-control access (refs 8.1, 13.18).
	Admin bool `json:"admin"`
	// Auth is how the service authenticates (Auth* constants).
	Auth string `json:"auth"`
	// Cleartext: credentials or the session cross in clear.
	Cleartext bool `json:"cleartext"`
	// Weak: a legacy security layer is accepted (RDP standard security:
	// RC4, no server authentication).
	Weak bool `json:"weak,omitempty"`
	// Protocol is what the service announced ("RFB 003.008", "SSH-2.0-...",
	// "X.224 Connection Confirm, CredSSP").
	Protocol string `json:"protocol,omitempty"`
	// Details are further observations ("security types: None(1)").
	Details []string `json:"details,omitempty"`
	// FirstBytes are the first bytes received, hex-escaped, when the
	// service was not recognised.
	FirstBytes string `json:"first_bytes,omitempty"`
	// Identified says whether the fingerprint matched (false: Tool comes
	// from the port number only, or nothing is known).
	Identified bool `json:"identified"`
	// NTLM is what the NTLM CHALLENGE of RDP's CredSSP told (NLA only).
	NTLM *NTLMInfo `json:"ntlm,omitempty"`
	// Nmap is what an imported nmap report (--nmap-xml) said of the port.
	Nmap *NmapService `json:"nmap,omitempty"`
	// Vantage is where the scan ran from.
	Vantage Vantage `json:"vantage"`
	// Error says why the exchange did not complete.
	Error string `json:"error,omitempty"`
}

// Vantage is the scanning point: its host name and the local address of
// the connection to the endpoint.
type Vantage struct {
	Hostname  string `json:"hostname,omitempty"`
	LocalAddr string `json:"local_addr,omitempty"`
}

// Unauthenticated tells whether anyone reaching the service gets in.
func (f *Facts) Unauthenticated() bool { return f.Auth == AuthNone }

// AuthMeasured tells whether how the service authenticates is known: not
// when the fingerprint of a tool whose protocol tells it (VNC, RDP, X11,
// SSH, Telnet, WinRM) left it unknown, or the facts come from a report
// that does not tell it. Other tools (TeamViewer, AnyDesk...) never tell
// it over the network.
func (f *Facts) AuthMeasured() bool {
	if f.Error != "" {
		return false
	}
	switch f.Tool {
	case "vnc", "rdp", "x11", "ssh", "telnet", "winrm":
		return f.Auth != AuthUnknown && f.Auth != ""
	}
	return true
}

// FactsOf returns the probe's facts on an endpoint (nil when none).
func FactsOf(s *probes.Subject) *Facts {
	if s == nil {
		return nil
	}
	f, _ := s.Fact(ID).(*Facts)
	return f
}
