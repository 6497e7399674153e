package remote

import (
	"net"
	"strings"
	"testing"
	"time"

	"conformscan/demo/remotelab"
)

// Peers that break the fingerprint (a huge length field, a stall, too many
// security failures, a second question left unanswered) give an error and
// facts that claim nothing: never "authenticated" nor "encrypted".
func TestHostileFingerprintsAreErrors(t *testing.T) {
	for _, tc := range []struct {
		name    string
		h       remotelab.Handler
		service string
		port    int
		want    string
	}{
		{"huge reason length", remotelab.VNCHugeReason(), "vnc", 0, "failure reason of"},
		{"stall after the version", remotelab.VNCStall(), "vnc", 0, "no answer"},
		{"too many security failures", remotelab.VNC("RFB 003.008\n", nil), "vnc", 0, "too many security failures"},
		{"RDP legacy question unanswered", remotelab.RDPFirstOnly(remotelab.ProtoHybrid), "rdp", 3389, "standard RDP security"},
		{"silent 22", remotelab.Silent(), "", 22, "not identified"},
		{"silent 23", remotelab.Silent(), "", 23, "not identified"},
		{"silent 5985", remotelab.Silent(), "", 5985, "WinRM"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			f, err := scanFakeRunUnidentified(t, tc.h, tc.service, tc.port)
			if err == nil || !strings.Contains(err.Error()+f.Error+strings.Join(f.Details, ";"), tc.want) {
				t.Fatalf("err %v, facts %+v; want an error about %q", err, f, tc.want)
			}
			if f.Auth == AuthPassword && f.Tool != "rdp" || f.Auth == AuthNLA && !f.Weak && f.Error == "" {
				t.Errorf("facts claim an authentication: %+v", f)
			}
			if time.Since(start) > 4*time.Second {
				t.Errorf("took %v", time.Since(start))
			}
		})
	}
}

// scanFakeRunUnidentified runs the probe as discovery leaves a silent
// port (service from the port number, unidentified) when service is "".
func scanFakeRunUnidentified(t *testing.T, h remotelab.Handler, service string, port int) (*Facts, error) {
	t.Helper()
	if service != "" {
		return scanFakeRun(t, h, service, port, nil)
	}
	return scanFakeRunPort(t, h, port, "silent")
}

// VNC and WinRM on 5985 are never encrypted.
func TestNeverEncrypted(t *testing.T) {
	f := scanFake(t, remotelab.WinRMHTTP(), "", 5985)
	if f.Tool != "winrm" || !f.Identified || !f.Cleartext || f.Auth != AuthPassword {
		t.Fatalf("WinRM over HTTP: %+v", f)
	}
	f = scanFake(t, remotelab.VNC("RFB 003.008\n", []byte{19}), "vnc", 0)
	if !f.Cleartext {
		t.Fatalf("VeNCrypt-only VNC taken as encrypted: %+v", f)
	}
}

// A port that closes before any exchange (tcpwrapped) answers no
// fingerprint either: no tool, no error, said so (as 7.x read it).
func TestTCPWrappedIsNoService(t *testing.T) {
	f, err := scanFakeRunPort(t, func(c net.Conn) {}, 7000, "tcpwrapped")
	if err != nil || f.Tool != "" || !strings.Contains(strings.Join(f.Details, ";"), "closed before any exchange") {
		t.Fatalf("%v %+v", err, f)
	}
}

// A port discovery saw close at once but that stays silent to a
// fingerprint is not "tcpwrapped": an error like any unknown service.
func TestTCPWrappedThenSilentIsError(t *testing.T) {
	f, err := scanFakeRunPort(t, remotelab.Silent(), 7000, "tcpwrapped")
	if err == nil || f.Error == "" {
		t.Fatalf("%v %+v", err, f)
	}
}
