package reports

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"conformscan/checks"
	"conformscan/probes"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// StatusLabel is the label of a status in the report language, as the
// table and Markdown reports print it.
func StatusLabel(s checks.Status, lang checks.Lang) string {
	switch s {
	case checks.StatusFail:
		return lang.T("ÉCHEC", "FAIL")
	case checks.StatusError:
		return lang.T("ERREUR", "ERROR")
	case checks.StatusWarn:
		return lang.T("AVERT.", "WARN")
	case checks.StatusPass:
		return lang.T("CONFORME", "PASS")
	case checks.StatusNA:
		return "N/A"
	case checks.StatusManual:
		return lang.T("MANUEL", "MANUAL")
	case checks.StatusSkipped:
		return lang.T("IGNORÉ", "SKIPPED")
	}
	return strings.ToUpper(string(s))
}

// DecisionLabel is the label of a decision in the report language.
func DecisionLabel(d checks.Decision, lang checks.Lang) string {
	switch d {
	case checks.DecisionGo:
		return "GO"
	case checks.DecisionNoGo:
		return "NO-GO"
	case checks.DecisionIncomplete:
		return lang.T("INCOMPLET", "INCOMPLETE")
	}
	return strings.ToUpper(string(d))
}

// decisionReason explains the decision in one sentence, qualified by the
// hosts it rests on that were judged from handed-over files.
func decisionReason(r *Report, lang checks.Lang) string {
	why, caveat := decisionWhy(r, lang), HandedOverCaveat(r.Summary.HandedOver, lang)
	switch {
	case caveat == "":
		return why
	case why == "":
		return caveat
	}
	return why + " — " + caveat
}

// HandedOverCaveat says which hosts the decision rests on were judged from
// files handed over rather than observed by this scan ("" when none).
func HandedOverCaveat(hosts []checks.HandedOverHost, lang checks.Lang) string {
	if len(hosts) == 0 {
		return ""
	}
	parts := make([]string, len(hosts))
	for i, h := range hosts {
		parts[i] = h.Subject + " (" + provenanceText(h.Provenance, lang) + ")"
	}
	return lang.T(fmt.Sprintf("dont %d hôte(s) jugé(s) sur des fichiers remis (non observés par ce scan) : ", len(hosts)),
		fmt.Sprintf("%d host(s) judged from handed-over files (not observed by this scan): ", len(hosts))) +
		strings.Join(parts, " ; ")
}

// provenanceText names a handed-over file's source and signature.
func provenanceText(p probes.Provenance, lang checks.Lang) string {
	switch p.Signature {
	case probes.SignatureVerified:
		return lang.T("export signé, signature vérifiée, clé ", "signed export, signature verified, key ") + p.KeyID
	case probes.SignatureUnverified:
		return lang.T("export signé, signature NON vérifiée (sans --host-export-key)", "signed export, signature NOT verified (no --host-export-key)")
	case probes.SignatureUnsigned:
		return lang.T("export NON signé : modifiable par qui l'a remis", "UNSIGNED export: whoever handed it over could edit it")
	}
	return p.Source + lang.T(", fichier remis non signé : ", ", unsigned handed-over file: ") + p.File
}

// decisionWhy explains the decision in one sentence.
func decisionWhy(r *Report, lang checks.Lang) string {
	switch r.Summary.Decision {
	case checks.DecisionNoGo:
		return lang.T("exigences O en échec : ", "O refs failing: ") + strings.Join(r.Summary.FailedO, ", ")
	case checks.DecisionIncomplete:
		var parts []string
		if r.Interrupted {
			s := lang.T("scan interrompu", "scan interrupted")
			if r.Reason != "" {
				s += " (" + r.Reason + ")"
			}
			parts = append(parts, s)
		}
		if e := levelRefs(r, checks.LevelO, checks.StatusError); len(e) > 0 {
			parts = append(parts, lang.T("exigences O non mesurables (erreur) : ", "O refs that could not be measured (error): ")+strings.Join(e, ", "))
		}
		return strings.Join(parts, " ; ")
	default:
		s := lang.T("aucune exigence O en échec ni en erreur", "no O ref fails or errs")
		if m := levelRefs(r, checks.LevelO, checks.StatusManual); len(m) > 0 {
			s += lang.T(fmt.Sprintf(" ; %d exigence(s) O restent à renseigner (MANUEL)", len(m)),
				fmt.Sprintf("; %d O ref(s) remain to be answered (MANUAL)", len(m)))
		}
		return s
	}
}

// colon joins a label and a value with the language's colon (French puts
// a space before it).
func colon(lang checks.Lang, label, value string) string {
	return label + lang.T(" : ", ": ") + value
}

// levelRefs lists the refs of one level whose verdict has status st.
func levelRefs(r *Report, l checks.Level, st checks.Status) []string {
	var out []string
	for _, v := range r.Verdicts {
		if v.Level == l && v.Status == st {
			out = append(out, v.Ref)
		}
	}
	return out
}

// section is one section of the grid and its verdicts, in report order.
type section struct {
	Number   string
	Title    string
	Verdicts []checks.Verdict
}

// sections groups the verdicts by grid section, keeping their order.
func sections(vs []checks.Verdict) []section {
	var out []section
	for _, v := range vs {
		if len(out) == 0 || out[len(out)-1].Number != v.Section {
			out = append(out, section{Number: v.Section, Title: v.SectionTitle})
		}
		out[len(out)-1].Verdicts = append(out[len(out)-1].Verdicts, v)
	}
	return out
}

// resultsByRef indexes the results by ref, keeping their order.
func resultsByRef(rs []checks.Result) map[string][]checks.Result {
	m := map[string][]checks.Result{}
	for _, r := range rs {
		m[r.Ref] = append(m[r.Ref], r)
	}
	return m
}

// verdictTargets names the targets of the results that decided a verdict
// (those with the verdict's status), at most max of them.
func verdictTargets(v checks.Verdict, rs []checks.Result, max int) string {
	seen := map[string]bool{}
	var ts []string
	for _, r := range rs {
		if r.Status != v.Status || r.Target == "" || seen[r.Target] {
			continue
		}
		seen[r.Target] = true
		ts = append(ts, r.Target)
	}
	if len(ts) == 0 {
		return "—"
	}
	if len(ts) > max {
		return strings.Join(ts[:max], ", ") + fmt.Sprintf(" +%d", len(ts)-max)
	}
	return strings.Join(ts, ", ")
}

// formatTime prints a report time in UTC to the second.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.UTC().Format("2006-01-02 15:04:05 UTC")
}

// formatDuration rounds a duration for reading.
func formatDuration(d time.Duration) string {
	switch {
	case d <= 0:
		return "0s"
	case d < time.Second:
		return d.Round(time.Millisecond).String()
	default:
		return d.Round(time.Second).String()
	}
}

// targetState translates a target state.
func targetState(s string, lang checks.Lang) string {
	switch s {
	case probes.StateComplete:
		return lang.T("complet", "complete")
	case probes.StateInterrupted:
		return lang.T("interrompu", "interrupted")
	case probes.StateUnreachable:
		return lang.T("injoignable", "unreachable")
	case probes.StateNotStarted:
		return lang.T("non commencé", "not started")
	}
	return s
}

// portList prints open ports, at most max of them.
func portList(ports []int, max int) string {
	if len(ports) == 0 {
		return "—"
	}
	ps := append([]int(nil), ports...)
	sort.Ints(ps)
	var b strings.Builder
	for i, p := range ps {
		if i == max {
			fmt.Fprintf(&b, " +%d", len(ps)-max)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, p)
	}
	return b.String()
}

// oneLine folds whitespace (newlines included) into single spaces and
// neutralises control characters.
func oneLine(s string) string {
	return strings.Join(strings.Fields(clean(s)), " ")
}

// clean replaces control characters (C0, DEL, C1: ANSI escape sequences
// start with ESC) and bidirectional overrides with U+FFFD, keeping tabs
// and line breaks. Texts in a report may come from a hostile peer
// (banners, headers): they must not drive the terminal or reorder what the
// reader sees.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case unicode.IsControl(r), r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
			return utf8.RuneError
		}
		return r
	}, s)
}

// shortHash abbreviates a hex digest for display.
func shortHash(h string) string {
	if len(h) > 16 {
		return h[:16] + "…"
	}
	return h
}

// width is the display width of s in terminal columns.
func width(s string) int { return twwidth.Width(s) }

// wrapText word-wraps s into lines of at most w columns, breaking words
// longer than w, and keeps at most maxLines lines (0: no limit), ending
// the last kept line with "…" when text was cut. Whitespace is folded.
func wrapText(s string, w, maxLines int) []string {
	if w < 2 {
		w = 2
	}
	var lines []string
	line := ""
	for _, word := range strings.Fields(clean(s)) {
		for width(word) > w {
			// Hard-break a word longer than a line: fill the current line.
			room := w - width(line)
			if line != "" {
				room--
			}
			if room < 1 {
				lines = append(lines, line)
				line, room = "", w
			}
			head, tail := cut(word, room)
			if line != "" {
				line += " "
			}
			lines = append(lines, line+head)
			line, word = "", tail
		}
		switch {
		case line == "":
			line = word
		case width(line)+1+width(word) <= w:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	if maxLines > 0 && len(lines) > maxLines {
		last := lines[maxLines-1]
		for width(last)+1 > w {
			r := []rune(last)
			last = string(r[:len(r)-1])
		}
		lines = append(lines[:maxLines-1], strings.TrimRight(last, " ")+"…")
	}
	return lines
}

// cut splits s after at most w columns (at least one rune).
func cut(s string, w int) (string, string) {
	n := 0
	for i, r := range s {
		rw := width(string(r))
		if n+rw > w && i > 0 {
			return s[:i], s[i:]
		}
		n += rw
	}
	return s, ""
}

// truncate shortens s to at most w columns, ending with "…" when cut.
func truncate(s string, w int) string {
	s = oneLine(s)
	if width(s) <= w {
		return s
	}
	head, _ := cut(s, w-1)
	return strings.TrimRight(head, " ") + "…"
}

// summaryRows are the rows of the summary counts, shared by the table and
// Markdown renderers: a label, one count per status, and the total.
func summaryRows(r *Report, lang checks.Lang) [][]string {
	rows := []struct {
		label  string
		counts LevelCounts
	}{
		{lang.T("Exigences", "Refs"), r.Summary.ByStatus},
		{lang.T("Niveau O", "Level O"), r.Summary.ByLevel[checks.LevelO]},
		{lang.T("Niveau R", "Level R"), r.Summary.ByLevel[checks.LevelR]},
		{lang.T("Niveau N/A", "Level N/A"), r.Summary.ByLevel[checks.LevelNA]},
		{lang.T("Résultats", "Results"), r.Summary.Results},
	}
	out := make([][]string, 0, len(rows))
	for _, row := range rows {
		cells := []string{row.label}
		total := 0
		for _, st := range checks.Statuses {
			total += row.counts[st]
			cells = append(cells, strconv.Itoa(row.counts[st]))
		}
		out = append(out, append(cells, strconv.Itoa(total)))
	}
	return out
}
