package reports

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/internal/exitcode"
)

func TestBuildFixture(t *testing.T) {
	r := testReport(t, checks.French)
	want := map[string]checks.Status{
		"2.1": checks.StatusPass, "2.2": checks.StatusError, "7.1": checks.StatusError, "7.2": checks.StatusFail,
		"7.3": checks.StatusWarn, "8.1": checks.StatusManual, "8.6": checks.StatusSkipped, "13.2": checks.StatusNA,
		"13.20": checks.StatusPass,
	}
	if len(r.Verdicts) != len(want) {
		t.Fatalf("%d verdicts, want %d", len(r.Verdicts), len(want))
	}
	for _, v := range r.Verdicts {
		if v.Status != want[v.Ref] {
			t.Errorf("verdict %s = %s, want %s", v.Ref, v.Status, want[v.Ref])
		}
	}
	if r.Summary.Decision != checks.DecisionNoGo || r.Summary.ExitCode != exitcode.Fail {
		t.Errorf("decision %s exit %d, want no-go 1", r.Summary.Decision, r.Summary.ExitCode)
	}
	if len(r.Answers.Errors) != 1 || !strings.Contains(r.Answers.Errors[0], "accords-acces.pdf") {
		t.Errorf("answers errors = %q, want the missing attachment", r.Answers.Errors)
	}
}

func TestGoldenJSON(t *testing.T) {
	got := render(t, JSON{}, testReport(t, checks.French))
	if err := Validate([]byte(got)); err != nil {
		t.Fatalf("JSON report does not validate: %v", err)
	}
	golden(t, "report.json", got)
}

func TestGoldenTable(t *testing.T) {
	for _, tc := range []struct {
		name string
		lang checks.Lang
		r    Table
	}{
		{"table_fr", checks.French, Table{}},
		{"table_en", checks.English, Table{Lang: checks.English}},
		{"table_fr_verbose", checks.French, Table{Verbose: true}},
		{"table_fr_all", checks.French, Table{All: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := render(t, tc.r, testReport(t, tc.lang))
			if strings.Contains(got, "\x1b") {
				t.Error("escape code in a table rendered without colour")
			}
			for i, l := range strings.Split(got, "\n") {
				if w := width(l); w > 160 {
					t.Errorf("line %d is %d columns wide (max 160): %q", i+1, w, l)
				}
			}
			golden(t, tc.name, got)
		})
	}
}

func TestGoldenMarkdown(t *testing.T) {
	golden(t, "markdown_fr", render(t, Markdown{}, testReport(t, checks.French)))
	golden(t, "markdown_en", render(t, Markdown{Lang: checks.English}, testReport(t, checks.English)))
}

// refLine returns the lines of a table or Markdown report that are the
// verdict row of ref.
func refLines(out, ref string) []string {
	var ls []string
	for _, l := range strings.Split(out, "\n") {
		f := strings.Fields(strings.NewReplacer("│", " ", "|", " ").Replace(l))
		if len(f) > 0 && f[0] == ref {
			ls = append(ls, l)
		}
	}
	return ls
}

// TestErrorNeverShownAsPass: 7.1 has a pass result on one endpoint and an
// error on another; every format shows the ref as error.
func TestErrorNeverShownAsPass(t *testing.T) {
	for _, lang := range []checks.Lang{checks.French, checks.English} {
		rep := testReport(t, lang)
		pass, errLabel := StatusLabel(checks.StatusPass, lang), StatusLabel(checks.StatusError, lang)
		for name, r := range map[string]Renderer{
			"table": Table{Lang: lang}, "verbose": Table{Lang: lang, Verbose: true},
			"colour": Table{Lang: lang, Color: true}, "markdown": Markdown{Lang: lang},
		} {
			out := render(t, r, rep)
			ls := refLines(out, "7.1")
			if len(ls) == 0 {
				t.Fatalf("%s %s: no row for 7.1:\n%s", lang, name, out)
			}
			for _, l := range ls {
				if strings.Contains(l, pass) || !strings.Contains(l, errLabel) {
					t.Errorf("%s %s: 7.1 row must show %s, never %s: %q", lang, name, errLabel, pass, l)
				}
			}
		}
		var doc struct {
			Verdicts []checks.Verdict `json:"verdicts"`
		}
		if err := json.Unmarshal([]byte(render(t, JSON{}, rep)), &doc); err != nil {
			t.Fatal(err)
		}
		for _, v := range doc.Verdicts {
			if v.Ref == "7.1" && v.Status != checks.StatusError {
				t.Errorf("JSON verdict 7.1 = %s, want error", v.Status)
			}
		}
	}
}

func TestColourOnlyWhenAsked(t *testing.T) {
	rep := testReport(t, checks.French)
	for _, verbose := range []bool{false, true} {
		plain := render(t, Table{Verbose: verbose}, rep)
		if strings.Contains(plain, "\x1b") {
			t.Errorf("verbose=%v: escape code without Color", verbose)
		}
		colour := render(t, Table{Color: true, Verbose: verbose}, rep)
		for _, want := range []string{
			ansiRed + "ÉCHEC" + ansiReset, ansiMagenta + "ERREUR" + ansiReset, ansiYellow + "AVERT." + ansiReset,
			ansiGreen + "CONFORME" + ansiReset, ansiDim + "MANUEL" + ansiReset, ansiDim + "N/A" + ansiReset,
			ansiDim + "IGNORÉ" + ansiReset, ansiBold + ansiRed + "NO-GO" + ansiReset,
		} {
			if !strings.Contains(colour, want) {
				t.Errorf("verbose=%v: coloured output lacks %q", verbose, want)
			}
		}
	}
	for _, r := range []Renderer{Markdown{}, JSON{}} {
		if out := render(t, r, rep); strings.Contains(out, "\x1b") {
			t.Errorf("%T: escape code in output", r)
		}
	}
}

// TestEmptyAndInterrupted covers a report with no target, no answers file
// and an interrupted scan: every format renders it and the JSON validates.
func TestEmptyAndInterrupted(t *testing.T) {
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	refs, err := cat.Select("7")
	if err != nil {
		t.Fatal(err)
	}
	out := &checks.Outcome{Started: t0, Finished: t0.Add(time.Minute), Interrupted: true, Reason: "--timeout 1m0s reached",
		Results: []checks.Result{{Ref: "7.1", Level: checks.LevelO, Title: "t", Target: "127.0.0.1:443", Check: "tls-web",
			Status: checks.StatusError, Summary: "canceled"}}}
	rep := Build(Tool{Name: "conformscan", Version: "dev"}, t0, checks.English, Options{Lang: "en"}, out, checks.Judge(refs, out, nil, checks.English), nil)
	if rep.Summary.Decision != checks.DecisionIncomplete || rep.Summary.ExitCode != exitcode.Incomplete {
		t.Errorf("decision %s exit %d, want incomplete 3", rep.Summary.Decision, rep.Summary.ExitCode)
	}
	js := render(t, JSON{}, rep)
	if err := Validate([]byte(js)); err != nil {
		t.Fatalf("JSON does not validate: %v\n%s", err, js)
	}
	tab := render(t, Table{Lang: checks.English}, rep)
	for _, want := range []string{"INCOMPLETE", "scan interrupted (--timeout 1m0s reached)", "O refs that could not be measured (error): 7.1", "No target"} {
		if !strings.Contains(tab, want) {
			t.Errorf("table lacks %q:\n%s", want, tab)
		}
	}
	mdOut := render(t, Markdown{}, rep)
	if !strings.Contains(mdOut, "**INCOMPLETE**") || !strings.Contains(mdOut, "No answers file given") {
		t.Errorf("markdown lacks the decision or the answers note:\n%s", mdOut)
	}
}

func TestMarkdownEscapesHostileText(t *testing.T) {
	out := render(t, Markdown{}, testReport(t, checks.French))
	if strings.Contains(out, "<b>") {
		t.Error("raw HTML from an excerpt reached the Markdown output")
	}
	if !strings.Contains(out, `\> USER anonymous \| \< 331 Please specify the password. \<b\>`) {
		t.Error("excerpt not escaped as expected")
	}
	if got := md("a|b\nc<d>*e*"); got != `a\|b c\<d\>\*e\*` {
		t.Errorf("md = %q", got)
	}
}

func TestWrapText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		w, n int
		want []string
	}{
		{"un deux trois", 7, 0, []string{"un deux", "trois"}},
		{"abcdefghij", 4, 0, []string{"abcd", "efgh", "ij"}},
		{"ab abcdefgh", 5, 0, []string{"ab ab", "cdefg", "h"}},
		{"un deux trois quatre", 7, 2, []string{"un deux", "trois…"}},
		{"", 5, 0, nil},
		{"été à Noël", 4, 0, []string{"été", "à", "Noël"}},
	} {
		got := wrapText(tc.in, tc.w, tc.n)
		if strings.Join(got, "/") != strings.Join(tc.want, "/") {
			t.Errorf("wrapText(%q, %d, %d) = %q, want %q", tc.in, tc.w, tc.n, got, tc.want)
		}
		for _, l := range got {
			if width(l) > tc.w {
				t.Errorf("wrapText(%q, %d): line %q too wide", tc.in, tc.w, l)
			}
		}
	}
}

// TestHostileTextNeutralised: texts that come from the network (banners,
// excerpts) cannot inject escape sequences, line breaks or bidi overrides
// into the table or Markdown reports.
func TestHostileTextNeutralised(t *testing.T) {
	rep := testReport(t, checks.French)
	hostile := "220 \x1b[2J\x1b]0;pwned\x07 ok\r\nSecond line \u202egnp.exe\x00"
	for i := range rep.Results {
		rep.Results[i].Summary = hostile
		for j := range rep.Results[i].Evidence {
			rep.Results[i].Evidence[j].Observed = hostile
			rep.Results[i].Evidence[j].Excerpt = hostile
		}
	}
	for i := range rep.Verdicts {
		rep.Verdicts[i].Summary = hostile
	}
	rep.Targets[0].Reason = hostile
	rep.Answers.Errors = []string{hostile}
	for name, r := range map[string]Renderer{"table": Table{Verbose: true}, "markdown": Markdown{}} {
		out := render(t, r, rep)
		for _, bad := range []string{"\x1b", "\x07", "\x00", "\r", "\u202e", "pwned\nSecond"} {
			if strings.Contains(out, bad) {
				t.Errorf("%s: output holds %q", name, bad)
			}
		}
	}
	colour := render(t, Table{Color: true, Verbose: true}, rep)
	if strings.Contains(colour, "\x1b[2J") || strings.Contains(colour, "\x1b]0;") {
		t.Error("coloured table passes a peer's escape sequence through")
	}
}
