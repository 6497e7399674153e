package remote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/discovery"
	remoteprobe "conformscan/probes/remote"
)

func write(t *testing.T, doc string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "f.yaml")
	if err := os.WriteFile(p, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// host builds a host subject with endpoints carrying remote facts.
func host(eps map[int]*remoteprobe.Facts) *probes.Subject {
	h := probes.NewSubject(probes.SubjectHost, "10.0.0.5")
	h.Host = "10.0.0.5"
	for port, f := range eps {
		ep := probes.NewSubject(probes.SubjectEndpoint, probes.Endpoint("10.0.0.5", port))
		ep.Host, ep.Port = "10.0.0.5", port
		ep.Descriptor = &discovery.Port{Port: port, Service: "x"}
		if f != nil {
			ep.SetFact(remoteprobe.ID, f)
		}
		h.AddChild(ep)
	}
	return h
}

var refDate = time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)

func TestAuthorisationExpiryAndNoAuth(t *testing.T) {
	o := &Options{AuthorisationsPath: write(t, `version: 1
authorisations:
  - {tool: rdp, hosts: [10.0.0.5], authorised_by: DSI, reference: OLD, valid_until: 2026-11-28}
  - {tool: VNC, hosts: ["*"], authorised_by: DSI, reference: V-1, valid_until: 2026-11-29}
  - {tool: teamviewer, hosts: [other], authorised_by: DSI, reference: T-1, valid_until: 2030-01-01}
`)}
	if err := o.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	in := &checks.Input{Subject: host(map[int]*remoteprobe.Facts{
		3389: {Tool: "rdp", Display: "RDP", RemoteControl: true, Admin: true, Auth: remoteprobe.AuthNLA, Identified: true},
		5900: {Tool: "vnc", Display: "VNC", RemoteControl: true, Admin: true, Auth: remoteprobe.AuthPassword, Identified: true},
		5901: {Tool: "vnc", Display: "VNC", RemoteControl: true, Admin: true, Auth: remoteprobe.AuthNone, Identified: true},
		5938: {Tool: "teamviewer", Display: "TeamViewer", RemoteControl: true, Admin: true, Auth: remoteprobe.AuthUnknown},
		22:   {Tool: "ssh", Display: "SSH", Admin: true, Auth: remoteprobe.AuthPassword, Identified: true},
	}), Settings: checks.Settings{Lang: checks.English, RefDate: refDate}}
	got := map[string]string{}
	for _, r := range o.evalControl(in) {
		got[r.Target] = string(r.Status) + " " + r.Summary
	}
	for ep, want := range map[string]string{"10.0.0.5:3389": "fail RDP 10.0.0.5:3389: authorisation expired on 2026-11-28",
		"10.0.0.5:5900": "pass", "10.0.0.5:5901": "fail", "10.0.0.5:5938": "error TeamViewer 10.0.0.5:5938: the tool's usual port, protocol not confirmed; no authorisation"} {
		if !strings.HasPrefix(got[ep], want) {
			t.Errorf("%s: %q, want %q", ep, got[ep], want)
		}
	}
	if _, ok := got["10.0.0.5:22"]; ok || len(got) != 4 {
		t.Errorf("SSH is administration, not remote control: %v", got)
	}
	exp := map[string]checks.Status{}
	for _, r := range o.evalExposure(in) {
		exp[r.Ref+" "+r.Target] = r.Status
	}
	if exp["8.1 10.0.0.5:5901"] != checks.StatusFail || exp["13.18 10.0.0.5:22"] != checks.StatusWarn || len(exp) != 10 {
		t.Errorf("exposure %v", exp)
	}
}

func TestInputErrorsNameLineAndField(t *testing.T) {
	for doc, want := range map[string]string{
		"authorisations:\n  - tool: vnc\n    hosts: [a]\n    authorised_by: x\n    reference: r\n    valid_until: soon\n": ":6: authorisations[0].valid_until",
		"authorisations:\n  - tool: vnc\n    hosts: []\n":                                                                 ":3: authorisations[0].hosts",
		"authorisations:\n  - tool: \"\"\n":                                                                               ":2: authorisations[0].tool",
		"version: 3\n":                                                                                                    ":1: version",
		"authorisations:\n  - tol: vnc\n":                                                                                 "unknown field",
	} {
		_, err := LoadAuthorisations(t.Context(), write(t, doc))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", doc, err, want)
		}
	}
	_, err := LoadManifest(t.Context(), write(t, "hosts:\n  - host: a\n    services:\n      - port: 22\n        protocol: sctp\n        purpose: x\n"))
	if err == nil || !strings.Contains(err.Error(), ":5: hosts[0].services[0].protocol") {
		t.Errorf("manifest: %v", err)
	}
	if _, err := LoadAuthorisations(t.Context(), write(t, AuthorisationsTemplate())); err != nil {
		t.Errorf("authorisations template: %v", err)
	}
	if _, err := LoadManifest(t.Context(), write(t, ManifestTemplate())); err != nil {
		t.Errorf("manifest template: %v", err)
	}
}

func TestDeclaredServices(t *testing.T) {
	h := host(map[int]*remoteprobe.Facts{22: nil, 443: nil, 5900: nil})
	in := &checks.Input{Subject: h, Settings: checks.Settings{Lang: checks.English, RefDate: refDate}}
	o := &Options{}
	if r := o.evalDeclared(in); r[0].Status != checks.StatusManual || !strings.Contains(r[0].Summary, "5900/tcp") {
		t.Errorf("no manifest: %+v", r)
	}
	o.ManifestPath = write(t, `hosts:
  - host: 10.0.0.5
    services:
      - {port: 22, protocol: tcp, purpose: admin via bastion}
      - {port: 443, purpose: web}
      - {port: 8443, purpose: api}
`)
	if err := o.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	r := o.evalDeclared(in)[0]
	if r.Status != checks.StatusFail || !strings.Contains(r.Summary, "not declared: 5900/tcp") || !strings.Contains(r.Summary, "not listening: 8443/tcp") {
		t.Errorf("%+v", r)
	}
}

func TestLocalInventoryChecks(t *testing.T) {
	s := probes.NewSubject(probes.SubjectLocal, "local")
	s.SetFact(remoteprobe.LocalID, &remoteprobe.Inventory{Hostname: "srv1", Packages: []string{"x11vnc 0.9"},
		Listening: []remoteprobe.Listener{{Addr: "0.0.0.0:22", Port: 22}, {Addr: "[::]:22", Port: 22}, {Addr: "127.0.0.1:5900", Port: 5900}},
		Tools:     []remoteprobe.Found{{Tool: "TeamViewer", Kind: "process", What: "teamviewerd"}, {Tool: "x11vnc", Kind: "package", What: "x11vnc 0.9"}}})
	o := &Options{AuthorisationsPath: write(t, "authorisations:\n  - {tool: teamviewer, hosts: [srv1], authorised_by: DSI, reference: TV, valid_until: 2027-01-01}\n"),
		ManifestPath: write(t, "hosts:\n  - host: local\n    services:\n      - {port: 22, purpose: ssh}\n")}
	if err := o.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	in := &checks.Input{Subject: s, Settings: checks.Settings{Lang: checks.English, RefDate: refDate}}
	rs := o.evalControlLocal(in)
	if len(rs) != 2 || rs[0].Status != checks.StatusPass || rs[1].Status != checks.StatusFail || !strings.Contains(rs[1].Evidence[0].Observed, "package x11vnc") {
		t.Errorf("8.6 local: %+v", rs)
	}
	rs = o.evalInventoryLocal(in)
	if rs[0].Ref != "2.9" || rs[0].Status != checks.StatusManual || rs[1].Status != checks.StatusFail || !strings.Contains(rs[1].Summary, "5900/tcp 127.0.0.1:5900") {
		t.Errorf("2.9/2.11 local: %+v", rs)
	}
}
