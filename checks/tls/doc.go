// Package tls judges refs 7.1 (HTTPS on web access), 7.2 (tls-auth) and
// 7.3 (tls-crypto) on the TLS probe's facts (7.1 with the cleartext
// probe's): the rules are values (rules*.go) grouped by TLS profile
// (profile.go, profiles/), and this file renders them as docs/tls-rules.md.
// It owns the TLS verdicts and their rules, nothing else.
//
// It imports the checks core, checks/endpoint, inputs (profile files) and
// the facts of the probes it reads (probes, probes/tls, probes/discovery,
// probes/lib/services); it must not import another check family, reports,
// history or cmd, and no probe may import it.
package tls

import (
	_ "embed"
	"fmt"
	"strings"
)

// docTemplate is the prose of docs/tls-rules.md; the rules table goes
// where docTableMarker stands.
//
//go:embed tls-rules.tmpl.md
var docTemplate string

const docTableMarker = "{{rules table}}\n"

// Doc renders docs/tls-rules.md: the prose of tls-rules.tmpl.md around the
// rules table generated from the rule values, with each built-in profile's
// ID and level. 'make docs' writes it.
func Doc() string {
	table, err := rulesTable()
	if err != nil {
		table = fmt.Sprintf("**cannot render the rules table: %v**\n", err)
	}
	return strings.Replace(docTemplate, docTableMarker, table, 1)
}

// rulesTable is one row per rule value, in report order, then the
// measurement row.
func rulesTable() (string, error) {
	var profiles []*TLSProfile
	for _, n := range TLSProfileNames() {
		p, err := BuiltinTLSProfile(n)
		if err != nil {
			return "", err
		}
		profiles = append(profiles, p)
	}
	var b strings.Builder
	row := func(cells ...string) { b.WriteString("| " + strings.Join(cells, " | ") + " |\n") }
	row(append(append([]string{"key"}, TLSProfileNames()...), "what is observed", "reference")...)
	b.WriteString("|" + strings.Repeat("---|", len(profiles)+3) + "\n")
	for _, d := range tlsRuleDefs {
		cells := []string{"`" + d.key + "`"}
		for _, p := range profiles {
			cells = append(cells, levelCell(p.rule(d.key)))
		}
		row(append(cells, d.observes, d.source+ruleDates(d))...)
	}
	measure := []string{"—", "`" + tlsMeasureRule + "` (error)"}
	for range profiles[1:] {
		measure = append(measure, "same")
	}
	row(append(measure, "the TLS probe failed, no handshake succeeded, or the probe recorded partial errors",
		`"could not measure" is never PASS`)...)
	return b.String(), nil
}

// levelCell is a profile's ID and level for a rule: "`ANSSI-TLS-R4` F".
func levelCell(r TLSRule) string {
	switch r.Level {
	case TLSLevelFail:
		return "`" + r.ID + "` F"
	case TLSLevelWarn:
		return "`" + r.ID + "` W"
	}
	return "—"
}

// ruleDates says when a dated rule applies (" (from 2026-01-01)").
func ruleDates(d tlsRuleDef) string {
	var parts []string
	if !d.effectiveFrom.IsZero() {
		parts = append(parts, "from "+day(d.effectiveFrom))
	}
	if !d.effectiveUntil.IsZero() {
		parts = append(parts, "until "+day(d.effectiveUntil))
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}
