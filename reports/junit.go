package reports

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"conformscan/checks"
)

// JUnit renders the report as JUnit XML for CI dashboards: one test suite
// per section of the grid, one test case per ref and subject (the results of
// several checks on one subject are folded, worst status first). fail is a
// failure, error an error, manual, na and skipped are skipped with their
// reason; warn passes with its finding in system-out.
type JUnit struct {
	// Lang is the language of messages; empty uses the report's.
	Lang checks.Lang
}

// JUnitSuites is the document's root, exported for tests and tools that
// read the file back.
type JUnitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []JUnitSuite `xml:"testsuite"`
}

// JUnitSuite is one section of the grid.
type JUnitSuite struct {
	Name      string      `xml:"name,attr"`
	Tests     int         `xml:"tests,attr"`
	Failures  int         `xml:"failures,attr"`
	Errors    int         `xml:"errors,attr"`
	Skipped   int         `xml:"skipped,attr"`
	Timestamp string      `xml:"timestamp,attr,omitempty"`
	Cases     []JUnitCase `xml:"testcase"`
}

// JUnitCase is one ref on one subject.
type JUnitCase struct {
	ClassName string        `xml:"classname,attr"`
	Name      string        `xml:"name,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *JUnitMessage `xml:"failure"`
	Error     *JUnitMessage `xml:"error"`
	Skipped   *JUnitMessage `xml:"skipped"`
	SystemOut string        `xml:"system-out,omitempty"`
}

// JUnitMessage is a failure, an error or a skip reason.
type JUnitMessage struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:",chardata"`
}

// Render writes r as JUnit XML.
func (j JUnit) Render(w io.Writer, r *Report) error {
	doc := junitDoc(r, reportLang(j.Lang, r))
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write JUnit report: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write JUnit report: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("write JUnit report: %w", err)
	}
	return nil
}

func junitDoc(r *Report, lang checks.Lang) JUnitSuites {
	doc := JUnitSuites{Name: r.Tool.Name}
	byRef := resultsByRef(r.Results)
	for _, s := range sections(r.Verdicts) {
		suite := JUnitSuite{Name: s.Number + ". " + oneLine(s.Title), Timestamp: r.StartedAt.Format("2006-01-02T15:04:05Z")}
		for _, v := range s.Verdicts {
			for _, group := range bySubject(byRef[v.Ref]) {
				c := junitCase(v, group, lang)
				suite.Tests++
				switch {
				case c.Failure != nil:
					suite.Failures++
				case c.Error != nil:
					suite.Errors++
				case c.Skipped != nil:
					suite.Skipped++
				}
				suite.Cases = append(suite.Cases, c)
			}
		}
		doc.Tests, doc.Failures = doc.Tests+suite.Tests, doc.Failures+suite.Failures
		doc.Errors, doc.Skipped = doc.Errors+suite.Errors, doc.Skipped+suite.Skipped
		doc.Suites = append(doc.Suites, suite)
	}
	return doc
}

// bySubject groups one ref's results by target, in order of first sight.
func bySubject(rs []checks.Result) [][]checks.Result {
	var out [][]checks.Result
	index := map[string]int{}
	for _, r := range rs {
		i, ok := index[r.Target]
		if !ok {
			i = len(out)
			index[r.Target] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], r)
	}
	return out
}

// junitCase folds one ref's results on one subject into a test case.
func junitCase(v checks.Verdict, rs []checks.Result, lang checks.Lang) JUnitCase {
	worst := rs[0]
	for _, r := range rs[1:] {
		if r.Status.Severity() > worst.Status.Severity() {
			worst = r
		}
	}
	target := worst.Target
	if target == "" {
		target = lang.T("la solution", "the solution")
	}
	c := JUnitCase{ClassName: "conformscan." + v.Section, Time: "0",
		Name: fmt.Sprintf("%s [%s] %s — %s", v.Ref, v.Level, oneLine(v.Title), oneLine(target))}
	msg := &JUnitMessage{Message: oneLine(worst.Summary), Type: string(worst.Status), Text: junitDetails(rs, lang)}
	switch worst.Status {
	case checks.StatusFail:
		c.Failure = msg
	case checks.StatusError:
		c.Error = msg
	case checks.StatusManual, checks.StatusNA, checks.StatusSkipped:
		msg.Message = StatusLabel(worst.Status, lang) + " — " + msg.Message
		c.Skipped = msg
	default:
		c.SystemOut = junitDetails(rs, lang)
	}
	return c
}

// junitDetails lists every result of a case with its evidence.
func junitDetails(rs []checks.Result, lang checks.Lang) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "%s %s: %s\n", StatusLabel(r.Status, lang), r.Check, oneLine(r.Summary))
		if r.Remediation != "" {
			fmt.Fprintf(&b, "  %s\n", colon(lang, lang.T("Remédiation", "Remediation"), oneLine(r.Remediation)))
		}
		for _, e := range r.Evidence {
			fmt.Fprintf(&b, "  - %s | %s | %s | %s | %s\n", oneLine(e.Rule),
				colon(lang, lang.T("observé", "observed"), oneLine(e.Observed)),
				colon(lang, lang.T("attendu", "expected"), oneLine(e.Expected)), oneLine(e.Source), formatTime(e.At))
			if e.Excerpt != "" {
				fmt.Fprintf(&b, "    %s\n", oneLine(e.Excerpt))
			}
		}
	}
	return b.String()
}
