package creds

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/gosnmp/gosnmp"

	"conformscan/probes"
	"conformscan/probes/discovery"
)

// SNMPID is the SNMP community probe's ID.
const SNMPID = "creds-snmp"

// snmpTimeout is how long one community waits for an answer: agents drop
// requests with a wrong community silently.
const snmpTimeout = 1500 * time.Millisecond

// sysDescr is the OID read to confirm a community.
const sysDescr = ".1.3.6.1.2.1.1.1.0"

// newSNMP returns the SNMP community probe, sharing f and gate with the
// creds probe (its options are the creds probe's).
func newSNMP(f *Flags, gateOf func() *hostGate) probes.Probe {
	return probes.Probe{
		ID:       SNMPID,
		Doc:      "Reads sysDescr over SNMP v2c (UDP 161) with a few default communities, paced, confirmed by a random-community control.",
		Kind:     probes.SubjectHost,
		Needs:    []string{discovery.ID},
		Requires: probes.Requirements{Intrusive: true},
		Ready:    func() string { return notReady(f) },
		// A host:port target restricts the scan to that port: no UDP 161.
		Applies: func(s *probes.Subject) bool { return s.Target.Port == 0 },
		Admit: func(ctx context.Context, s *probes.Subject) (context.Context, func(), error) {
			return gateOf().admit(ctx, s.Host)
		},
		Run: func(ctx context.Context, env *probes.Env, s *probes.Subject) error {
			return runSNMP(ctx, env, f, gateOf(), s)
		},
	}
}

func runSNMP(ctx context.Context, env *probes.Env, f *Flags, gate *hostGate, s *probes.Subject) error {
	if f.catalogue == nil {
		if err := f.Validate(ctx); err != nil {
			return err
		}
	}
	facts := &Facts{Service: "snmp", Level: f.Level, Source: f.catalogue.Source, PaceMS: f.Pace.Milliseconds(),
		MaxTries: f.MaxTries, Tried: []Tried{}, Findings: []Finding{}, At: env.Clock()(), Testable: true}
	s.SetFact(SNMPID, facts)
	p, release, err := gate.turn(ctx, s.Host)
	if err != nil {
		facts.Error = err.Error()
		return err
	}
	defer release()
	// Communities are no accounts and agents lock nothing: their budget is
	// this run's only, per SNMP version.
	budget := newHostBudget(NewLedger("", f.MaxTries, BudgetWindow, env.Clock()), Identity{"snmp:" + s.Host})
	sess := &session{login: snmpLogin(s.Host, f.snmpPort), pacer: p, budget: budget, facts: facts}
	for _, acc := range f.catalogue.Accounts("snmp", f.Level) {
		if len(facts.Findings) > 0 {
			break // v1 after v2c: the same agent and communities
		}
		if err := sess.account(ctx, acc, productOf(f.catalogue, "snmp", acc.User), false); err != nil {
			facts.Error = err.Error()
			return fmt.Errorf("SNMP community tests on %s stopped: %w", s.ID, err)
		}
	}
	if len(facts.Findings) == 0 {
		facts.Note = "aucune réponse SNMP aux communautés essayées (pas d'agent, ou communautés refusées) / no SNMP answer to the communities tried (no agent, or communities refused)"
	}
	return nil
}

// snmpLogin reads sysDescr with one community (the password; the account
// is the SNMP version, v2c or v1, for agents that speak only v1). Silence
// is SNMP's refusal (agents drop a wrong community without a word): it is
// Refused here, and the check never counts SNMP silence towards a pass. An
// answer with an error status is no verdict.
func snmpLogin(host string, port uint16) loginFunc {
	return func(ctx context.Context, version, community string) Outcome {
		ver := gosnmp.Version2c
		if version == "v1" {
			ver = gosnmp.Version1
		}
		g := &gosnmp.GoSNMP{Target: host, Port: port, Community: community, Version: ver,
			Timeout: snmpTimeout, Retries: 0, Context: ctx, MaxOids: 1}
		if err := g.Connect(); err != nil {
			return notSent(fmt.Errorf("SNMP socket: %w", err))
		}
		defer g.Conn.Close()
		pkt, err := g.Get([]string{sysDescr})
		if err != nil {
			var ne net.Error
			if errors.As(err, &ne) || strings.Contains(err.Error(), "timeout") || strings.Contains(err.Error(), "refused") {
				return refusedWith("SNMP: no answer (a wrong community is dropped silently)")
			}
			return unknownf(true, "SNMP GET: %w", err)
		}
		return snmpJudge(pkt)
	}
}

// snmpJudge reads the agent's answer to the sysDescr GET.
func snmpJudge(pkt *gosnmp.SnmpPacket) Outcome {
	if pkt.Error != gosnmp.NoError || len(pkt.Variables) == 0 {
		return unknownf(true, "SNMP answered with error status %v and %d values: no verdict", pkt.Error, len(pkt.Variables))
	}
	v := pkt.Variables[0]
	if v.Type == gosnmp.NoSuchObject || v.Type == gosnmp.NoSuchInstance || v.Type == gosnmp.EndOfMibView {
		return accepted("réponse SNMP à la lecture de sysDescr / SNMP answered the sysDescr read")
	}
	desc := strings.ReplaceAll(clip(strings.ToValidUTF8(printable(v.Value), "?")), " / ", " - ")
	return accepted("sysDescr lu : " + desc + " / sysDescr read: " + desc)
}

func printable(v any) string {
	if b, ok := v.([]byte); ok {
		return strings.Map(func(r rune) rune {
			if r < 0x20 || r == 0x7f {
				return ' '
			}
			return r
		}, string(b))
	}
	return fmt.Sprint(v)
}
