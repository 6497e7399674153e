package reports

import (
	"regexp"
	"strings"
	"testing"

	"conformscan/checks"
)

func TestGoldenHTML(t *testing.T) {
	golden(t, "html_fr", render(t, HTML{}, testReport(t, checks.French)))
	golden(t, "html_en", render(t, HTML{Lang: checks.English}, testReport(t, checks.English)))
}

// TestHTMLSelfContained: the page asks nothing from the network, carries
// the decision, the chart, every ref of the fixture and folded evidence.
func TestHTMLSelfContained(t *testing.T) {
	out := render(t, HTML{}, testReport(t, checks.French))
	for _, bad := range []string{"http://", "https://", "<link", "src=", "@import", "url("} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML report holds %q: it must need no network", bad)
		}
	}
	for _, want := range []string{`lang="fr"`, "Décision : NO-GO", "<svg", "<rect class=\"st-fail\"", "@media print",
		`id="ref-7.2"`, "<details", "CHM-7.2/AUTH-EN-CLAIR", "Règle de sécurité", `data-status="error" id="ref-7.1"`} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML report lacks %q", want)
		}
	}
	if n := len(regexp.MustCompile(`<tbody class="ref"`).FindAllString(out, -1)); n != 9 {
		t.Errorf("%d ref rows, want 9", n)
	}
}

// TestHTMLEscapesHostileText: network texts cannot inject markup, scripts
// or bidi overrides.
func TestHTMLEscapesHostileText(t *testing.T) {
	rep := testReport(t, checks.French)
	hostile := `</td><script>alert(1)</script><img src=x onerror=alert(2)>` + "\u202e\x1b[2J"
	for i := range rep.Results {
		rep.Results[i].Summary = hostile
		for j := range rep.Results[i].Evidence {
			rep.Results[i].Evidence[j].Observed = hostile
			rep.Results[i].Evidence[j].Excerpt = hostile
		}
	}
	rep.Verdicts[0].Summary = hostile
	out := render(t, HTML{}, rep)
	for _, bad := range []string{"<script>alert", "<img", "\u202e", "\x1b"} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML report holds %q", bad)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("hostile text not shown escaped")
	}
}
