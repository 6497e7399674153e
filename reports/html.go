package reports

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"

	"conformscan/checks"
)

// htmlTemplate is the HTML report's page: styles, the filter script and the
// print rules are inline, so the file needs nothing from the network.
//
//go:embed html.tmpl
var htmlTemplate string

// HTML renders the report as one self-contained HTML page laid out like the
// grid: the decision on top, a summary per level and per section with inline
// SVG bars, then one row per ref with its rule's text, its status and every
// result with its evidence folded under it. html/template escapes every
// text; a Content-Security-Policy forbids any request.
type HTML struct {
	// Lang is the language of labels; empty uses the report's.
	Lang checks.Lang
}

// htmlPage is what the template reads.
type htmlPage struct {
	Lang     checks.Lang
	R        *Report
	Reason   string
	Meta     [][2]string
	Statuses []htmlStatus
	Levels   []htmlBar
	Sections []htmlSection
}

// htmlStatus is one status and how many ref verdicts have it.
type htmlStatus struct {
	Key   checks.Status
	Label string
	Count int
}

// htmlBar is one summary row: counts by status and the bar's segments.
type htmlBar struct {
	Label    string
	Counts   []int
	Total    int
	Segments []htmlSegment
}

// htmlSegment is one coloured rectangle of a bar, in percent of its width.
type htmlSegment struct {
	Status checks.Status
	Title  string
	X, W   string
}

// htmlSection is one section of the grid.
type htmlSection struct {
	Number, Title string
	Bar           htmlBar
	Refs          []htmlRef
}

// htmlRef is one ref's row and its results.
type htmlRef struct {
	V       checks.Verdict
	Text    string
	Results []checks.Result
	Answer  *checks.Answer
}

// Render writes r as HTML.
func (h HTML) Render(w io.Writer, r *Report) error {
	lang := reportLang(h.Lang, r)
	page, err := htmlPageOf(r, lang)
	if err != nil {
		return err
	}
	tmpl, err := template.New("report").Funcs(htmlFuncs(lang)).Parse(htmlTemplate)
	if err != nil {
		return fmt.Errorf("HTML report template: %w", err)
	}
	if err := tmpl.Execute(w, page); err != nil {
		return fmt.Errorf("write HTML report: %w", err)
	}
	return nil
}

// htmlFuncs are the template's helpers, bound to the report language.
func htmlFuncs(lang checks.Lang) template.FuncMap {
	return template.FuncMap{
		"t":        func(fr, en string) string { return lang.T(fr, en) },
		"status":   func(s checks.Status) string { return StatusLabel(s, lang) },
		"decision": func(d checks.Decision) string { return DecisionLabel(d, lang) },
		"time":     formatTime,
		"clean":    clean,
		"dash":     orDash,
	}
}

func htmlPageOf(r *Report, lang checks.Lang) (*htmlPage, error) {
	texts, err := ruleTexts()
	if err != nil {
		return nil, err
	}
	p := &htmlPage{Lang: lang, R: r, Reason: decisionReason(r, lang), Meta: htmlMeta(r, lang)}
	for _, st := range checks.Statuses {
		p.Statuses = append(p.Statuses, htmlStatus{Key: st, Label: StatusLabel(st, lang), Count: r.Summary.ByStatus[st]})
	}
	for _, l := range []checks.Level{checks.LevelO, checks.LevelR, checks.LevelNA} {
		p.Levels = append(p.Levels, newBar(lang.T("Niveau ", "Level ")+string(l), r.Summary.ByLevel[l], lang))
	}
	p.Levels = append(p.Levels, newBar(lang.T("Toutes les exigences", "All refs"), r.Summary.ByStatus, lang))
	byRef, answers := resultsByRef(r.Results), answersByRef(r)
	for _, s := range sections(r.Verdicts) {
		hs := htmlSection{Number: s.Number, Title: s.Title}
		counts := LevelCounts{}
		for _, v := range s.Verdicts {
			counts[v.Status]++
			ref := htmlRef{V: v, Text: texts[v.Ref], Results: byRef[v.Ref]}
			if a, ok := answers[v.Ref]; ok {
				ref.Answer = &a
			}
			hs.Refs = append(hs.Refs, ref)
		}
		hs.Bar = newBar(s.Number+". "+s.Title, counts, lang)
		p.Sections = append(p.Sections, hs)
	}
	return p, nil
}

// newBar lays out a stacked bar of counts, one segment per status present.
func newBar(label string, counts LevelCounts, lang checks.Lang) htmlBar {
	b := htmlBar{Label: label}
	for _, st := range checks.Statuses {
		b.Counts = append(b.Counts, counts[st])
		b.Total += counts[st]
	}
	x := 0.0
	for i, st := range checks.Statuses {
		if b.Total == 0 || b.Counts[i] == 0 {
			continue
		}
		w := 100 * float64(b.Counts[i]) / float64(b.Total)
		b.Segments = append(b.Segments, htmlSegment{Status: st, X: pct(x), W: pct(w),
			Title: colon(lang, StatusLabel(st, lang), strconv.Itoa(b.Counts[i]))})
		x += w
	}
	return b
}

func pct(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }

// htmlMeta lists the report's metadata rows.
func htmlMeta(r *Report, lang checks.Lang) [][2]string {
	rows := [][2]string{
		{lang.T("Outil", "Tool"), r.Tool.Name + " " + r.Tool.Version},
		{"Scan", fmt.Sprintf("%s → %s (%s)", formatTime(r.StartedAt), formatTime(r.FinishedAt), formatDuration(r.FinishedAt.Sub(r.StartedAt)))},
		{lang.T("Date de référence", "Reference date"), r.ReferenceDate},
	}
	if len(r.Options.Inputs) > 0 {
		rows = append(rows, [2]string{lang.T("Cibles", "Targets"), strings.Join(r.Options.Inputs, ", ")})
	}
	if o := optionsLine(r.Options, lang); o != "" {
		rows = append(rows, [2]string{"Options", o})
	}
	if r.Answers.Solution != "" {
		rows = append(rows, [2]string{"Solution", r.Answers.Solution})
	}
	if r.Answers.Vendor != "" {
		rows = append(rows, [2]string{lang.T("Titulaire", "Vendor"), r.Answers.Vendor})
	}
	if r.Answers.File != "" {
		rows = append(rows, [2]string{lang.T("Fichier de réponses", "Answers file"), r.Answers.File + " (sha256 " + r.Answers.SHA256 + ")"})
	}
	return append(rows, [2]string{lang.T("Schéma du rapport JSON", "JSON report schema"), r.SchemaVersion})
}
