// Package wifi is the Wi-Fi probe (refs 9.1, 9.2): it reads capture files,
// a live scan (Linux nl80211, Windows netsh, macOS system_profiler), or netsh's output, and adds one SubjectWifi child
// per BSS heard to each Wi-Fi source subject.
//
// A probe gathers facts and judges nothing: it must not import checks/,
// reports/, history/, serve/, cmd/, demo/ or fixtures/ (layout/layout_test.go
// guards checks/ and fixtures/).
package wifi

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"conformscan/inputs"
	"conformscan/probes"
)

// ID is the Wi-Fi probe's ID.
const ID = "wifi"

// Source kinds.
const (
	KindCapture = "capture"
	KindIface   = "iface"
	KindNetsh   = "netsh"
)

// Source is the descriptor of a SubjectWifiSource: what to read, and the
// SSIDs in scope (empty: every SSID heard).
type Source struct {
	Kind  string   `json:"source_kind"`
	Path  string   `json:"path"`
	Scope []string `json:"ssid_scope,omitempty"`
}

// Facts are what the probe stored on a source.
type Facts struct {
	Stats
	// InScope counts the BSSs of the SSIDs in scope.
	InScope int `json:"in_scope"`
	// Incomplete says why the source was not read to its end ("" when it was).
	Incomplete string `json:"incomplete,omitempty"`
}

// Options are the probe's flags.
type Options struct {
	Captures, Ifaces, Netsh, SSIDs []string
}

// Register adds --wifi-capture, --wifi-iface, --wifi-netsh and --ssid.
func (o *Options) Register(fs *pflag.FlagSet) {
	fs.StringArrayVar(&o.Captures, "wifi-capture", nil, "Wi-Fi capture file, pcap or pcapng (repeatable; refs 9.1, 9.2)")
	fs.StringArrayVar(&o.Ifaces, "wifi-iface", nil, "wireless interface to scan live (repeatable): Linux nl80211 (wlan0, needs CAP_NET_ADMIN), Windows netsh (\"Wi-Fi\"), macOS system_profiler (en0)")
	fs.StringArrayVar(&o.Netsh, "wifi-netsh", nil, "file holding the output of 'netsh wlan show networks mode=bssid' (repeatable)")
	fs.StringArrayVar(&o.SSIDs, "ssid", nil, "SSID in scope of refs 9.1 and 9.2 (repeatable; default: every SSID heard)")
}

// Validate checks that every file given can be read, and that every
// capture holds at least one complete frame.
func (o *Options) Validate(ctx context.Context) error {
	for _, p := range o.Netsh {
		if _, err := inputs.Read(ctx, inputs.WifiNetsh, p); err != nil {
			return err
		}
	}
	for _, c := range o.Captures {
		if err := CheckCapture(ctx, c); err != nil {
			return err
		}
	}
	for _, i := range o.Ifaces {
		if err := CheckIfaceName(i); err != nil {
			return err
		}
	}
	if len(o.SSIDs) > 0 && len(o.Captures)+len(o.Ifaces)+len(o.Netsh) == 0 {
		return fmt.Errorf("--ssid needs a Wi-Fi source: add --wifi-capture, --wifi-iface or --wifi-netsh")
	}
	return nil
}

// Sources makes one root subject per Wi-Fi source the options name.
func Sources(o *Options) []*probes.Subject {
	var out []*probes.Subject
	add := func(kind string, paths []string) {
		for _, p := range paths {
			s := probes.NewSubject(probes.SubjectWifiSource, "wifi-"+kind+":"+p)
			s.Descriptor = &Source{Kind: kind, Path: p, Scope: o.SSIDs}
			s.Target = probes.Target{Input: "wifi-" + kind + ":" + p}
			out = append(out, s)
		}
	}
	add(KindCapture, o.Captures)
	add(KindIface, o.Ifaces)
	add(KindNetsh, o.Netsh)
	return out
}

// New returns the Wi-Fi probe with its own options.
func New() probes.Probe {
	o := &Options{}
	return probes.Probe{
		ID:      ID,
		Roots:   func() []*probes.Subject { return Sources(o) },
		Doc:     "Reads Wi-Fi beacons, probe responses and EAP exchanges (capture file, live scan: nl80211 on Linux, netsh on Windows, system_profiler on macOS; netsh output) and records each BSS's SSID, AKMs, ciphers, PMF and EAP methods.",
		Kind:    probes.SubjectWifiSource,
		Gate:    true,
		Options: o,
		Run:     run,
	}
}

// SourceOf returns a source subject's descriptor (nil when none).
func SourceOf(s *probes.Subject) *Source {
	src, _ := s.Descriptor.(*Source)
	return src
}

// FactsOf returns the probe's facts on a source (nil when none).
func FactsOf(s *probes.Subject) *Facts {
	f, _ := s.Fact(ID).(*Facts)
	return f
}

// BSSOf returns a BSS subject's descriptor (nil when s is not one).
func BSSOf(s *probes.Subject) *BSS {
	b, _ := s.Descriptor.(*BSS)
	return b
}

func run(ctx context.Context, _ *probes.Env, s *probes.Subject) error {
	src := SourceOf(s)
	if src == nil {
		return fmt.Errorf("wifi: subject %s has no source", s.ID)
	}
	bss, st, err := read(ctx, src)
	f := &Facts{Stats: st}
	for _, b := range bss {
		if inScope(b, src.Scope) {
			c := probes.NewSubject(probes.SubjectWifi, "wifi:"+b.BSSID)
			c.Descriptor = b
			s.AddChild(c)
			f.InScope++
		}
	}
	if err != nil && len(bss) > 0 {
		f.Incomplete, err = err.Error(), nil
	}
	s.SetFact(ID, f)
	return err
}

func read(ctx context.Context, src *Source) ([]*BSS, Stats, error) {
	switch src.Kind {
	case KindCapture:
		return ReadCapture(ctx, src.Path)
	case KindIface:
		return ScanIface(ctx, src.Path)
	case KindNetsh:
		raw, err := inputs.Read(ctx, inputs.WifiNetsh, src.Path)
		if err != nil {
			return nil, Stats{}, err
		}
		bss, err := ParseNetsh(raw, src.Path)
		return bss, Stats{Frames: len(bss), BSS: len(bss)}, err
	}
	return nil, Stats{}, fmt.Errorf("unknown Wi-Fi source kind %q", src.Kind)
}

// checkUnixIfaceName refuses an empty name or one with spaces or slashes.
func checkUnixIfaceName(name, example, list string) error {
	if name == "" || strings.ContainsAny(name, "/ \t\r\n") {
		return fmt.Errorf("--wifi-iface %q: give an interface name such as %s (see '%s')", name, example, list)
	}
	return nil
}

// inScope tells whether a BSS's SSID is one of scope (every SSID when
// scope is empty); a hidden BSS is in scope only when scope is empty.
func inScope(b *BSS, scope []string) bool {
	if len(scope) == 0 {
		return true
	}
	for _, s := range scope {
		if s == b.Key() || s == b.SSID {
			return true
		}
	}
	return false
}
