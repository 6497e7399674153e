package reports

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"conformscan/checks"
	"conformscan/probes"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// Table renders the report for a terminal: a header block (tool, dates,
// targets), one table per section of the grid with one row per ref, the
// summary and the decision. Rows fit in about 160 columns: long texts are
// wrapped and cut.
type Table struct {
	// Color adds ANSI colours (the CLI sets it when stdout is a terminal
	// and --no-color is not given). Without it the output holds no escape
	// code at all.
	Color bool
	// Lang is the language of labels and headers; empty uses the report's.
	Lang checks.Lang
	// Verbose adds, under each ref, one row per result with its evidence
	// (rule, observed, expected).
	Verbose bool
	// All lists every ref; without it the refs awaiting an answer (manual)
	// are counted on one line and only what was measured, answered or
	// needs attention gets a row.
	All bool
}

// Column widths (content, in terminal columns) of the section tables.
// With borders and padding a row is 151 columns wide.
const (
	colRef     = 5
	colLevel   = 6
	colStatus  = 8
	colTitle   = 38
	colTarget  = 21
	colFinding = 54
	// lineWidth bounds the free text outside tables.
	lineWidth = 150
)

// ANSI escape codes.
const (
	ansiReset   = "\x1b[0m"
	ansiBold    = "\x1b[1m"
	ansiDim     = "\x1b[2m"
	ansiRed     = "\x1b[31m"
	ansiGreen   = "\x1b[32m"
	ansiYellow  = "\x1b[33m"
	ansiMagenta = "\x1b[35m"
)

// Render writes r as text tables.
func (t Table) Render(w io.Writer, r *Report) error {
	lang := t.lang(r)
	var b bytes.Buffer
	t.header(&b, r, lang)
	if err := t.targets(&b, r, lang); err != nil {
		return err
	}
	byRef := resultsByRef(r.Results)
	shown, awaiting := t.shown(r.Verdicts)
	for _, s := range sections(shown) {
		fmt.Fprintf(&b, "\n%s\n", t.paint(ansiBold, oneLine(s.Number+". "+s.Title)))
		if err := t.section(&b, s, byRef, lang); err != nil {
			return err
		}
	}
	t.awaiting(&b, awaiting, lang)
	if err := t.summary(&b, r, lang); err != nil {
		return err
	}
	t.notRun(&b, r, lang)
	if len(r.Answers.Errors) > 0 {
		fmt.Fprintf(&b, "\n%s\n", t.paint(ansiBold, lang.T("Erreurs du fichier de réponses", "Answers file errors")))
		for _, e := range r.Answers.Errors {
			for i, l := range wrapText(e, lineWidth-4, 0) {
				if i == 0 {
					fmt.Fprintf(&b, "  - %s\n", l)
				} else {
					fmt.Fprintf(&b, "    %s\n", l)
				}
			}
		}
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write table report: %w", err)
	}
	return nil
}

func (t Table) lang(r *Report) checks.Lang {
	if t.Lang != "" {
		return t.Lang
	}
	if l, err := checks.ParseLang(r.Lang); err == nil {
		return l
	}
	return checks.French
}

// paint wraps s in an ANSI colour when colours are on.
func (t Table) paint(code, s string) string {
	if !t.Color || s == "" {
		return s
	}
	return code + s + ansiReset
}

// status is a status label, coloured when colours are on.
func (t Table) status(s checks.Status, lang checks.Lang) string {
	return t.paint(statusColor(s), StatusLabel(s, lang))
}

func statusColor(s checks.Status) string {
	switch s {
	case checks.StatusFail:
		return ansiRed
	case checks.StatusError:
		return ansiMagenta
	case checks.StatusWarn:
		return ansiYellow
	case checks.StatusPass:
		return ansiGreen
	default:
		return ansiDim
	}
}

func decisionColor(d checks.Decision) string {
	switch d {
	case checks.DecisionGo:
		return ansiBold + ansiGreen
	case checks.DecisionNoGo:
		return ansiBold + ansiRed
	default:
		return ansiBold + ansiMagenta
	}
}

// newTable returns a table that keeps the cells as given: they are
// wrapped beforehand, so widths do not depend on the library's wrapping.
func newTable(w io.Writer, header ...string) *tablewriter.Table {
	tb := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off),
		tablewriter.WithRendition(tw.Rendition{Settings: tw.Settings{Separators: tw.Separators{BetweenRows: tw.On}}}),
	)
	h := make([]any, len(header))
	for i, s := range header {
		h[i] = s
	}
	tb.Header(h...)
	return tb
}

// pad right-pads s with spaces to w columns, so that every section table
// has the same column widths.
func pad(s string, w int) string {
	if n := width(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

func (t Table) header(b *bytes.Buffer, r *Report, lang checks.Lang) {
	title := fmt.Sprintf("%s %s — %s", r.Tool.Name, r.Tool.Version,
		lang.T("rapport de conformité aux exigences de sécurité", "compliance report against the security requirements"))
	fmt.Fprintln(b, t.paint(ansiBold, oneLine(title)))
	fmt.Fprintln(b, colon(lang, "Scan", fmt.Sprintf("%s → %s (%s)", formatTime(r.StartedAt), formatTime(r.FinishedAt),
		formatDuration(r.FinishedAt.Sub(r.StartedAt)))))
	fmt.Fprintln(b, colon(lang, lang.T("Date de référence", "Reference date"), oneLine(r.ReferenceDate)))
	if opts := optionsLine(r.Options, lang); opts != "" {
		for _, l := range wrapText(colon(lang, "Options", opts), lineWidth, 0) {
			fmt.Fprintln(b, l)
		}
	}
	if r.Answers.File != "" {
		line := colon(lang, lang.T("Fichier de réponses", "Answers file"), fmt.Sprintf("%s (sha256 %s)", r.Answers.File, shortHash(r.Answers.SHA256)))
		if r.Answers.Solution != "" {
			line += lang.T(" — solution ", " — solution ") + r.Answers.Solution
		}
		if r.Answers.Vendor != "" {
			line += lang.T(", titulaire ", ", vendor ") + r.Answers.Vendor
		}
		for _, l := range wrapText(line, lineWidth, 0) {
			fmt.Fprintln(b, l)
		}
	}
	if r.Interrupted {
		msg := lang.T("Scan interrompu", "Scan interrupted")
		if r.Reason != "" {
			msg = colon(lang, msg, r.Reason)
		}
		msg += lang.T(" — les mesures non terminées sont en ERREUR ou IGNORÉ.", " — unfinished measures are ERROR or SKIPPED.")
		for _, l := range wrapText(msg, lineWidth, 0) {
			fmt.Fprintln(b, t.paint(ansiMagenta, l))
		}
	}
}

// optionsLine prints the options that were given.
func optionsLine(o Options, lang checks.Lang) string {
	var parts []string
	add := func(label, v string) {
		if v != "" {
			parts = append(parts, label+" "+v)
		}
	}
	add(lang.T("réfs", "refs"), o.Refs)
	add("ports", o.Ports)
	add("timeout", o.Timeout)
	if o.Concurrency > 0 {
		add(lang.T("concurrence", "concurrency"), strconv.Itoa(o.Concurrency))
	}
	add(lang.T("profil TLS", "TLS profile"), o.TLSProfile)
	add("CA", o.CA)
	return strings.Join(parts, " ; ")
}

func (t Table) targets(b *bytes.Buffer, r *Report, lang checks.Lang) error {
	fmt.Fprintf(b, "\n%s\n", t.paint(ansiBold, lang.T("Cibles", "Targets")))
	if len(r.Targets) == 0 {
		fmt.Fprintln(b, lang.T("Aucune cible : seules les réponses ont été évaluées.", "No target: only the answers were judged."))
		return nil
	}
	tb := newTable(b, lang.T("Cible", "Target"), lang.T("État", "State"), lang.T("Ports scannés", "Ports scanned"),
		lang.T("Ouverts", "Open"), lang.T("Fermés", "Closed"), lang.T("Filtrés", "Filtered"), lang.T("Remarque", "Note"))
	for _, tg := range r.Targets {
		name := tg.Target
		if tg.Input != "" && tg.Input != tg.Target {
			name += " (" + tg.Input + ")"
		}
		state := oneLine(targetState(tg.State, lang))
		if tg.State != probes.StateComplete {
			state = t.paint(ansiMagenta, state)
		}
		row := []string{
			strings.Join(wrapText(name, 30, 2), "\n"),
			state,
			strconv.Itoa(tg.Scanned),
			strings.Join(wrapText(portList(tg.Open, 24), 30, 3), "\n"),
			strconv.Itoa(tg.Closed),
			strconv.Itoa(tg.Filtered),
			strings.Join(wrapText(tg.Reason, 40, 3), "\n"),
		}
		if err := tb.Append(row); err != nil {
			return fmt.Errorf("table report: %w", err)
		}
	}
	if err := tb.Render(); err != nil {
		return fmt.Errorf("table report: %w", err)
	}
	return nil
}

func (t Table) section(b *bytes.Buffer, s section, byRef map[string][]checks.Result, lang checks.Lang) error {
	tb := newTable(b, pad(lang.T("Réf.", "Ref"), colRef), pad(lang.T("Niveau", "Level"), colLevel),
		pad(lang.T("Statut", "Status"), colStatus), pad(lang.T("Titre", "Title"), colTitle),
		pad(lang.T("Cible", "Target"), colTarget), pad(lang.T("Constat", "Finding"), colFinding))
	for _, v := range s.Verdicts {
		rs := byRef[v.Ref]
		row := []string{
			oneLine(v.Ref),
			oneLine(string(v.Level)),
			t.status(v.Status, lang),
			cell(v.Title, colTitle, 2),
			cell(verdictTargets(v, rs, 2), colTarget, 2),
			cell(v.Summary, colFinding, 4),
		}
		if err := tb.Append(row); err != nil {
			return fmt.Errorf("table report: %w", err)
		}
		if !t.Verbose {
			continue
		}
		for _, res := range rs {
			target := res.Target
			if target == "" {
				target = "—"
			}
			row := []string{"", "", t.status(res.Status, lang), cell("↳ "+res.Check, colTitle, 1),
				cell(target, colTarget, 2), t.details(res, len(rs) > 1, lang)}
			if err := tb.Append(row); err != nil {
				return fmt.Errorf("table report: %w", err)
			}
		}
	}
	if err := tb.Render(); err != nil {
		return fmt.Errorf("table report: %w", err)
	}
	return nil
}

// details is the finding cell of a result row: its summary (unless the
// result is the ref's only one, whose summary the verdict row shows), each
// evidence (rule, observed vs expected) and the remediation.
func (t Table) details(res checks.Result, withSummary bool, lang checks.Lang) string {
	var lines []string
	if withSummary {
		lines = wrapText(res.Summary, colFinding, 4)
	}
	for _, e := range res.Evidence {
		ev := fmt.Sprintf("• %s — %s %s ; %s %s", e.Rule, lang.T("observé :", "observed:"), orDash(e.Observed),
			lang.T("attendu :", "expected:"), orDash(e.Expected))
		for i, l := range wrapText(ev, colFinding-2, 4) {
			if i > 0 {
				l = "  " + l
			}
			lines = append(lines, t.paint(ansiDim, l))
		}
	}
	if res.Remediation != "" && res.Status != checks.StatusPass {
		for i, l := range wrapText("→ "+res.Remediation, colFinding-2, 3) {
			if i > 0 {
				l = "  " + l
			}
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return "—"
	}
	return strings.Join(lines, "\n")
}

// cell wraps s to width w, at most n lines.
func cell(s string, w, n int) string {
	return strings.Join(wrapText(s, w, n), "\n")
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

func (t Table) summary(b *bytes.Buffer, r *Report, lang checks.Lang) error {
	fmt.Fprintf(b, "\n%s\n", t.paint(ansiBold, lang.T("Synthèse", "Summary")))
	header := []string{""}
	for _, st := range checks.Statuses {
		header = append(header, t.status(st, lang))
	}
	header = append(header, "Total")
	tb := newTable(b, header...)
	for _, cells := range summaryRows(r, lang) {
		if err := tb.Append(cells); err != nil {
			return fmt.Errorf("table report: %w", err)
		}
	}
	if err := tb.Render(); err != nil {
		return fmt.Errorf("table report: %w", err)
	}
	label := DecisionLabel(r.Summary.Decision, lang)
	prefix := lang.T("Décision : ", "Decision: ")
	line := prefix + label
	if reason := decisionReason(r, lang); reason != "" {
		line += " — " + reason
	}
	b.WriteString("\n")
	for i, l := range wrapText(line, lineWidth, 0) {
		if i == 0 {
			// Colour the label only: it is the first word after the prefix.
			l = prefix + t.paint(decisionColor(r.Summary.Decision), label) + strings.TrimPrefix(l, prefix+label)
		} else {
			l = "  " + l
		}
		fmt.Fprintln(b, l)
	}
	return nil
}

// notRun lists the probes the refs needed that did not run, and why: what
// they serve stays unmeasured; then the subjects withdrawn (a host's
// transport refused while the host was audited another way).
func (t Table) notRun(b *bytes.Buffer, r *Report, lang checks.Lang) {
	t.notes(b, r, checks.PlanNotRun, lang.T("Sondes non exécutées", "Probes not run"))
	t.notes(b, r, checks.PlanWithdrawn, lang.T("Sujets retirés (mesurés autrement)", "Subjects withdrawn (measured another way)"))
}

func (t Table) notes(b *bytes.Buffer, r *Report, status, title string) {
	first := true
	for _, p := range r.Probes {
		if p.Status != status {
			continue
		}
		if first {
			fmt.Fprintf(b, "\n%s\n", t.paint(ansiBold, title))
			first = false
		}
		id := p.ID
		if p.Subject != "" {
			id = p.Subject
		}
		fmt.Fprintf(b, "  - %s: %s\n", id, p.Reason)
	}
}
