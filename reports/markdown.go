package reports

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"conformscan/checks"
)

// Markdown renders the report as a Markdown document to attach to a PAS:
// title and metadata, the decision and counts, one table of verdicts per
// section of the grid, the details of every result that is not pass with
// its evidence, then the answers file. Texts from the network (banners,
// excerpts) are escaped so they cannot inject markup.
type Markdown struct {
	// Lang is the language of labels and headers; empty uses the report's.
	Lang checks.Lang
}

// Render writes r as Markdown.
func (m Markdown) Render(w io.Writer, r *Report) error {
	lang := m.Lang
	if lang == "" {
		lang = Table{}.lang(r)
	}
	var b bytes.Buffer
	mdHeader(&b, r, lang)
	mdDecision(&b, r, lang)
	mdTargets(&b, r, lang)
	mdWithdrawn(&b, r, lang)
	mdVerdicts(&b, r, lang)
	mdDetails(&b, r, lang)
	mdAnswers(&b, r, lang)
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write Markdown report: %w", err)
	}
	return nil
}

// md escapes text for Markdown: every punctuation character that can
// start markup is backslash-escaped, and line breaks become spaces, so the
// text stays one table cell and shows as written.
func md(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '!', '&', '~', '{', '}':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdCode shows s as inline code (identifiers: check IDs, hashes).
func mdCode(s string) string {
	s = oneLine(s)
	if s == "" {
		return ""
	}
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		pad = " "
	}
	return fence + pad + strings.ReplaceAll(s, "|", "\\|") + pad + fence
}

func mdRow(b *bytes.Buffer, cells ...string) {
	b.WriteString("|")
	for _, c := range cells {
		if c == "" {
			c = " "
		}
		b.WriteString(" " + c + " |")
	}
	b.WriteString("\n")
}

func mdTableHead(b *bytes.Buffer, cells ...string) {
	mdRow(b, cells...)
	b.WriteString("|")
	for range cells {
		b.WriteString("---|")
	}
	b.WriteString("\n")
}

func mdStatus(s checks.Status, lang checks.Lang) string {
	return "**" + StatusLabel(s, lang) + "**"
}

func mdHeader(b *bytes.Buffer, r *Report, lang checks.Lang) {
	fmt.Fprintf(b, "# %s\n\n", lang.T("Rapport de conformité aux exigences de sécurité", "Compliance report against the security requirements"))
	mdTableHead(b, lang.T("Élément", "Item"), lang.T("Valeur", "Value"))
	mdRow(b, lang.T("Outil", "Tool"), md(r.Tool.Name+" "+r.Tool.Version))
	mdRow(b, "Scan", md(fmt.Sprintf("%s → %s (%s)", formatTime(r.StartedAt), formatTime(r.FinishedAt), formatDuration(r.FinishedAt.Sub(r.StartedAt)))))
	mdRow(b, lang.T("Date de référence", "Reference date"), md(r.ReferenceDate))
	if o := optionsLine(r.Options, lang); o != "" {
		mdRow(b, "Options", md(o))
	}
	if r.Answers.Solution != "" {
		mdRow(b, "Solution", md(r.Answers.Solution))
	}
	if r.Answers.Vendor != "" {
		mdRow(b, lang.T("Titulaire", "Vendor"), md(r.Answers.Vendor))
	}
	if r.Answers.File != "" {
		mdRow(b, lang.T("Fichier de réponses", "Answers file"), md(r.Answers.File)+" (sha256 "+mdCode(r.Answers.SHA256)+")")
	}
	mdRow(b, lang.T("Schéma du rapport JSON", "JSON report schema"), md(r.SchemaVersion))
	b.WriteString("\n")
	if r.Interrupted {
		msg := lang.T("Scan interrompu", "Scan interrupted")
		if r.Reason != "" {
			msg = colon(lang, msg, r.Reason)
		}
		fmt.Fprintf(b, "> **%s** — %s\n\n", md(msg), lang.T("les mesures non terminées sont en ERREUR ou IGNORÉ.", "unfinished measures are ERROR or SKIPPED."))
	}
}

func mdDecision(b *bytes.Buffer, r *Report, lang checks.Lang) {
	fmt.Fprintf(b, "## %s\n\n", lang.T("Décision", "Decision"))
	fmt.Fprintf(b, "**%s**", DecisionLabel(r.Summary.Decision, lang))
	if reason := decisionReason(r, lang); reason != "" {
		fmt.Fprintf(b, " — %s", md(reason))
	}
	b.WriteString("\n\n")
	head := []string{" "}
	for _, st := range checks.Statuses {
		head = append(head, StatusLabel(st, lang))
	}
	head = append(head, "Total")
	mdTableHead(b, head...)
	for _, cells := range summaryRows(r, lang) {
		mdRow(b, cells...)
	}
	b.WriteString("\n")
}

func mdTargets(b *bytes.Buffer, r *Report, lang checks.Lang) {
	fmt.Fprintf(b, "## %s\n\n", lang.T("Cibles", "Targets"))
	if len(r.Targets) == 0 {
		fmt.Fprintf(b, "%s\n\n", lang.T("Aucune cible : seules les réponses ont été évaluées.", "No target: only the answers were judged."))
		return
	}
	mdTableHead(b, lang.T("Cible", "Target"), lang.T("Saisie", "Input"), lang.T("État", "State"), lang.T("Ports scannés", "Ports scanned"),
		lang.T("Ports ouverts", "Open ports"), lang.T("Fermés", "Closed"), lang.T("Filtrés", "Filtered"), lang.T("Remarque", "Note"))
	for _, t := range r.Targets {
		mdRow(b, md(t.Target), md(t.Input), md(targetState(t.State, lang)), strconv.Itoa(t.Scanned), md(portList(t.Open, 64)),
			strconv.Itoa(t.Closed), strconv.Itoa(t.Filtered), md(t.Reason))
	}
	b.WriteString("\n")
}

// mdWithdrawn lists the subjects withdrawn (a host's transport refused
// while the host was audited another way), when there are.
func mdWithdrawn(b *bytes.Buffer, r *Report, lang checks.Lang) {
	first := true
	for _, p := range r.Probes {
		if p.Status != checks.PlanWithdrawn {
			continue
		}
		if first {
			fmt.Fprintf(b, "### %s\n\n", lang.T("Sujets retirés (mesurés autrement)", "Subjects withdrawn (measured another way)"))
			first = false
		}
		fmt.Fprintf(b, lang.T("- %s : %s\n", "- %s: %s\n"), md(p.Subject), md(p.Reason))
	}
	if !first {
		b.WriteString("\n")
	}
}

func mdVerdicts(b *bytes.Buffer, r *Report, lang checks.Lang) {
	fmt.Fprintf(b, "## %s\n", lang.T("Exigences", "Requirements"))
	byRef := resultsByRef(r.Results)
	for _, s := range sections(r.Verdicts) {
		fmt.Fprintf(b, "\n### %s. %s\n\n", s.Number, md(s.Title))
		mdTableHead(b, lang.T("Réf.", "Ref"), lang.T("Niveau", "Level"), lang.T("Statut", "Status"),
			lang.T("Titre", "Title"), lang.T("Cible", "Target"), lang.T("Constat", "Finding"))
		for _, v := range s.Verdicts {
			mdRow(b, md(v.Ref), md(string(v.Level)), mdStatus(v.Status, lang), md(v.Title), md(verdictTargets(v, byRef[v.Ref], 4)), md(v.Summary))
		}
	}
	b.WriteString("\n")
}

// mdDetails lists every result that is not pass. Results that are manual
// carry no evidence: they are listed in one table rather than one heading
// each, so that the document stays readable when most refs remain to be
// answered.
func mdDetails(b *bytes.Buffer, r *Report, lang checks.Lang) {
	fmt.Fprintf(b, "## %s\n\n", lang.T("Détail des constats non conformes ou à traiter", "Details of the findings to act on"))
	var manual []checks.Result
	n := 0
	for _, res := range r.Results {
		switch res.Status {
		case checks.StatusPass:
			continue
		case checks.StatusManual:
			manual = append(manual, res)
			continue
		}
		n++
		fmt.Fprintf(b, "### %s — %s (%s)\n\n", md(res.Ref), md(res.Title), StatusLabel(res.Status, lang))
		target := res.Target
		if target == "" {
			target = lang.T("la solution", "the solution")
		}
		fmt.Fprintf(b, "- %s\n", colon(lang, lang.T("Cible", "Target"), md(target)))
		fmt.Fprintf(b, "- %s\n", colon(lang, lang.T("Niveau", "Level"), md(string(res.Level))))
		fmt.Fprintf(b, "- %s\n", colon(lang, lang.T("Contrôle", "Check"), mdCode(res.Check)))
		fmt.Fprintf(b, "- %s\n", colon(lang, lang.T("Statut", "Status"), mdStatus(res.Status, lang)))
		fmt.Fprintf(b, "- %s\n", colon(lang, lang.T("Constat", "Finding"), md(res.Summary)))
		if res.Remediation != "" {
			fmt.Fprintf(b, "- %s\n", colon(lang, lang.T("Remédiation", "Remediation"), md(res.Remediation)))
		}
		b.WriteString("\n")
		if len(res.Evidence) == 0 {
			fmt.Fprintf(b, "%s\n\n", lang.T("Aucune preuve enregistrée.", "No evidence recorded."))
			continue
		}
		mdTableHead(b, lang.T("Règle", "Rule"), lang.T("Observé", "Observed"), lang.T("Attendu", "Expected"),
			"Source", lang.T("Extrait", "Excerpt"), lang.T("Date", "Time"))
		for _, e := range res.Evidence {
			mdRow(b, md(e.Rule), md(e.Observed), md(e.Expected), md(e.Source), md(e.Excerpt), md(formatTime(e.At)))
		}
		b.WriteString("\n")
	}
	if n == 0 {
		fmt.Fprintf(b, "%s\n\n", lang.T("Aucun constat en échec, en erreur, en avertissement, non applicable ou ignoré.",
			"No finding that fails, errs, warns, is not applicable or was skipped."))
	}
	if len(manual) > 0 {
		fmt.Fprintf(b, "### %s (%d)\n\n", lang.T("À renseigner (MANUEL)", "To answer (MANUAL)"), len(manual))
		mdTableHead(b, lang.T("Réf.", "Ref"), lang.T("Niveau", "Level"), lang.T("Titre", "Title"), lang.T("Cible", "Target"), lang.T("Constat", "Finding"))
		for _, res := range manual {
			mdRow(b, md(res.Ref), md(string(res.Level)), md(res.Title), md(orDash(res.Target)), md(res.Summary))
		}
		b.WriteString("\n")
	}
}

func mdAnswers(b *bytes.Buffer, r *Report, lang checks.Lang) {
	fmt.Fprintf(b, "## %s\n\n", lang.T("Réponses du titulaire et de la DSI", "Answers of the vendor and the IT department"))
	a := r.Answers
	if a.File == "" && len(a.Entries) == 0 {
		fmt.Fprintf(b, "%s\n", lang.T("Aucun fichier de réponses fourni (--answers).", "No answers file given (--answers)."))
		return
	}
	if len(a.Entries) == 0 {
		fmt.Fprintf(b, "%s\n", lang.T("Le fichier de réponses ne contient aucune réponse.", "The answers file holds no answer."))
	} else {
		mdTableHead(b, lang.T("Réf.", "Ref"), lang.T("Réponse", "Answer"), lang.T("Description", "Description"),
			lang.T("Justification", "Justification"), lang.T("Répondu par", "Answered by"), lang.T("Date", "Date"),
			lang.T("Pièces jointes", "Attachments"), lang.T("Ligne", "Line"))
		for _, e := range a.Entries {
			var files []string
			for _, f := range e.Files {
				files = append(files, fmt.Sprintf("%s (%d %s, sha256 %s)", md(f.Path), f.Size, lang.T("octets", "bytes"), mdCode(f.SHA256)))
			}
			status := e.Status
			if status == "" {
				status = lang.T("non renseigné", "not answered")
			}
			mdRow(b, md(e.Ref), md(status), md(e.Description), md(e.Justification), md(e.AnsweredBy), md(e.Date),
				strings.Join(files, "<br>"), strconv.Itoa(e.Line))
		}
	}
	if len(a.Errors) > 0 {
		fmt.Fprintf(b, "\n**%s**\n\n", lang.T("Erreurs du fichier de réponses", "Answers file errors"))
		for _, e := range a.Errors {
			fmt.Fprintf(b, "- %s\n", md(e))
		}
	}
}
