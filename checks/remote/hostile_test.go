package remote

import (
	"context"
	"net"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/demo/remotelab"
	"conformscan/probes"
	"conformscan/probes/discovery"
	remoteprobe "conformscan/probes/remote"
)

// hostileHost serves each handler on loopback and returns a host subject
// whose endpoints carry discovery's facts as it leaves them (service from
// the port number; unidentified when why is set), each dialled to its fake.
func hostileHost(t *testing.T, eps map[int]remotelab.Handler, why string) (*probes.Subject, probes.Env) {
	t.Helper()
	h := probes.NewSubject(probes.SubjectHost, "127.0.0.1")
	h.Host = "127.0.0.1"
	addrs := map[string]string{}
	for port, hd := range eps {
		srv, err := remotelab.Serve(t.Context(), t.Name(), hd)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { srv.Close() })
		ep := probes.NewSubject(probes.SubjectEndpoint, probes.Endpoint("127.0.0.1", port))
		ep.Host, ep.Port = "127.0.0.1", port
		ep.Descriptor = &discovery.Port{Port: port, Service: "unknown", ServiceFrom: "port", Unidentified: why}
		ep.SetRun(discovery.ID, probes.ProbeRun{Status: probes.RunOK})
		h.AddChild(ep)
		addrs[ep.ID] = srv.Addr
	}
	env := probes.Env{ProbeTimeout: 3 * time.Second, Dial: func(ctx context.Context, n, addr string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, n, addrs[addr])
	}}
	return h, env
}

// runRemote plans the remote checks (8.6, 8.1, 13.18) on h with every tool
// authorised everywhere, runs the real probe and returns the results.
func runRemote(t *testing.T, h *probes.Subject, env probes.Env) []checks.Result {
	t.Helper()
	o := &Options{AuthorisationsPath: write(t, `version: 1
authorisations:
  - {tool: vnc, hosts: ["*"], authorised_by: DSI, reference: A-1, valid_until: 2099-01-01}
  - {tool: rdp, hosts: ["*"], authorised_by: DSI, reference: A-2, valid_until: 2099-01-01}
  - {tool: x11, hosts: ["*"], authorised_by: DSI, reference: A-3, valid_until: 2099-01-01}
`)}
	if err := o.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	refs, err := cat.Select("8.6,8.1,13.18")
	if err != nil {
		t.Fatal(err)
	}
	fam := Family()
	fam.Checks[0].Eval, fam.Checks[1].Eval = o.evalControl, o.evalExposure
	plan := checks.NewPlan(fam.Checks[:2], []probes.Probe{remoteprobe.New()}, refs, []*probes.Subject{h}, env)
	plan.Settings = checks.Settings{Lang: checks.English, RefDate: refDate}
	return checks.Run(t.Context(), cat, plan).Results
}

// A fingerprint that did not finish measured nothing: with every tool
// authorised, 8.6, 8.1 and 13.18 are ERROR for the host (the probe's error
// in the evidence), never PASS nor "encrypted and authenticated".
func TestHostileRemotePeersAreErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		eps map[int]remotelab.Handler
		why string
	}{
		"silent VNC port":          {map[int]remotelab.Handler{5900: remotelab.Silent()}, "silent"},
		"garbage on the RDP port":  {map[int]remotelab.Handler{3389: remotelab.Greeting([]byte("\x00\xff\x13\x37garbage"))}, "garbage"},
		"huge VNC length":          {map[int]remotelab.Handler{5900: remotelab.VNCHugeReason()}, ""},
		"too many failures":        {map[int]remotelab.Handler{5900: remotelab.VNC("RFB 003.008\n", nil)}, ""},
		"VNC stall":                {map[int]remotelab.Handler{5901: remotelab.VNCStall()}, ""},
		"RDP second question lost": {map[int]remotelab.Handler{3389: remotelab.RDPFirstOnly(remotelab.ProtoHybrid)}, ""},
		"silent 22":                {map[int]remotelab.Handler{22: remotelab.Silent()}, "silent"},
		"silent 23":                {map[int]remotelab.Handler{23: remotelab.Silent()}, "silent"},
		"silent unknown port":      {map[int]remotelab.Handler{7777: remotelab.Silent()}, "silent"},
	} {
		t.Run(name, func(t *testing.T) {
			h, env := hostileHost(t, tc.eps, tc.why)
			rs := runRemote(t, h, env)
			errs := map[string]bool{}
			for _, r := range rs {
				if r.Status == checks.StatusPass || r.Status == checks.StatusNA || r.Status == checks.StatusManual {
					t.Errorf("%s %s on %s: %s", r.Ref, r.Status, r.Target, r.Summary)
				}
				if r.Status == checks.StatusWarn {
					t.Errorf("%s WARN on an unmeasured service: %s", r.Ref, r.Summary)
				}
				if r.Status == checks.StatusError && len(r.Evidence) > 0 && r.Evidence[0].Observed != "" {
					errs[r.Ref] = true
				}
			}
			for _, ref := range []string{"8.6", "8.1", "13.18"} {
				if !errs[ref] {
					t.Errorf("%s: no ERROR with evidence: %+v", ref, rs)
				}
			}
		})
	}
}

// The same harness on a well-behaved, authorised RDP with NLA passes 8.6:
// the errors above come from the peers, not from the harness.
func TestWellBehavedAuthorisedRDPPasses(t *testing.T) {
	h, env := hostileHost(t, map[int]remotelab.Handler{3389: remotelab.RDP(remotelab.ProtoHybrid)}, "")
	got := map[string]checks.Status{}
	for _, r := range runRemote(t, h, env) {
		got[r.Ref] = r.Status
	}
	if got["8.6"] != checks.StatusPass || got["8.1"] != checks.StatusWarn {
		t.Fatalf("%v", got)
	}
}

// A tool known by its port only (AnyDesk's 7070, a VNC port whose
// fingerprint did not finish) is not what an authorisation covers: 8.6 is
// ERROR, never PASS; 8.1 and 13.18 never say "encrypted and
// authenticated" of it.
func TestPortOnlyToolNeverPasses(t *testing.T) {
	o := &Options{AuthorisationsPath: write(t, `version: 1
authorisations:
  - {tool: anydesk, hosts: ["*"], authorised_by: DSI, reference: A-9, valid_until: 2099-01-01}
  - {tool: vnc, hosts: ["*"], authorised_by: DSI, reference: A-1, valid_until: 2099-01-01}
`)}
	if err := o.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	in := &checks.Input{Subject: host(map[int]*remoteprobe.Facts{
		7070: {Tool: "anydesk", Display: "AnyDesk", RemoteControl: true, Admin: true, Auth: remoteprobe.AuthUnknown},
		5900: {Tool: "vnc", Display: "VNC", RemoteControl: true, Admin: true, Auth: remoteprobe.AuthUnknown, Error: "no answer"},
	}), Settings: checks.Settings{Lang: checks.English, RefDate: refDate}}
	for _, r := range append(o.evalControl(in), o.evalExposure(in)...) {
		if r.Status != checks.StatusError {
			t.Errorf("%s %s on %s: %s", r.Ref, r.Status, r.Target, r.Summary)
		}
	}
}
