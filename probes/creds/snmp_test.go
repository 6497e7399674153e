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
	if err := f.Validate(t.Context()); err != nil {
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
	if len(f.Findings) != 0 || f.Error != "" || len(f.Tried) != 2 || f.Tried[0].Tries != 2 || f.Tried[1].Tries != 1 || f.Note == "" {
		t.Fatalf("%+v", f)
	}
}

// TestSNMPv1OnlyAgentFound: an agent that answers public in SNMP v1 only
// (v2c unanswered) is found by the v1 try, and the v2c tries stay
// refusals within the budget.
func TestSNMPv1OnlyAgentFound(t *testing.T) {
	d := credsd.StartSnmpdV1(t, "public")
	f := runSNMPProbe(t, d.Port)
	if len(f.Findings) != 1 || f.Findings[0].Account != "v1" || f.Findings[0].Secret != "p****" || f.Findings[0].Control != ControlRefused {
		t.Fatalf("%+v", f)
	}
	if len(f.Tried) != 2 || f.Tried[0].Account != "v2c" || f.Tried[0].Found || f.Tried[0].Tries != 2 {
		t.Fatalf("tried %+v", f.Tried)
	}
}
