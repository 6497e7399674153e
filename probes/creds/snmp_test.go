package creds

import (
	"context"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/credsd"
	"conformscan/probes"
)

func runSNMPProbe(t *testing.T, port int) *Facts {
	t.Helper()
	f := &Flags{Level: LevelQuick, MaxTries: 3, Pace: MinPace, snmpPort: uint16(port)}
	if err := f.Validate(); err != nil {
		t.Fatal(err)
	}
	p := ProbesWith(f)[1]
	h := probes.NewSubject(probes.SubjectHost, "127.0.0.1")
	h.Host = "127.0.0.1"
	if !p.Applies(h) {
		t.Fatal("does not apply to a host")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := p.Run(ctx, &probes.Env{}, h); err != nil {
		t.Fatal(err)
	}
	return SNMPFactsOf(h)
}

func TestSNMPPublicFound(t *testing.T) {
	d := credsd.StartSnmpd(t, "public")
	f := runSNMPProbe(t, d.Port)
	if len(f.Findings) != 1 || f.Findings[0].Secret != "p****" || f.Findings[0].Control != ControlRefused ||
		!strings.Contains(f.Findings[0].Signal, "conformscan test agent") {
		t.Fatalf("%+v", f)
	}
}

func TestSNMPConformant(t *testing.T) {
	d := credsd.StartSnmpd(t, "Vx8-"+randomPassword())
	f := runSNMPProbe(t, d.Port)
	if len(f.Findings) != 0 || f.Error != "" || f.Tried[0].Tries != 2 || f.Note == "" {
		t.Fatalf("%+v", f)
	}
}
