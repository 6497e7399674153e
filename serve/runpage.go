package serve

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"conformscan/checks"
	"conformscan/reports"
)

// withNav puts the navigation bar at the top of an HTML report's body and
// returns the Content-Security-Policy that lets the report's own inline
// style sheet and filter script run, by their hashes, and nothing else.
func withNav(report, nav []byte) ([]byte, string, error) {
	i := bytes.Index(report, []byte("<body>"))
	if i < 0 {
		return nil, "", errors.New("the HTML report has no <body>")
	}
	i += len("<body>")
	page := make([]byte, 0, len(report)+len(nav))
	page = append(append(append(page, report[:i]...), nav...), report[i:]...)
	styles := inlineHashes(report, "<style>", "</style>")
	scripts := inlineHashes(report, "<script>", "</script>")
	csp := "default-src 'none'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; style-src " +
		orNone(styles) + "; script-src " + orNone(scripts)
	return page, csp, nil
}

func orNone(srcs []string) string {
	if len(srcs) == 0 {
		return "'none'"
	}
	return strings.Join(srcs, " ")
}

// inlineHashes lists the CSP hash sources of the inline blocks between
// open and close. The report escapes every text it shows, so an open tag
// in it is the template's own.
func inlineHashes(page []byte, open, close string) []string {
	var out []string
	for rest := page; ; {
		i := bytes.Index(rest, []byte(open))
		if i < 0 {
			return out
		}
		rest = rest[i+len(open):]
		j := bytes.Index(rest, []byte(close))
		if j < 0 {
			return out
		}
		sum := sha256.Sum256(rest[:j])
		out = append(out, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
		rest = rest[j:]
	}
}

// download is one of a run's files other than the JSON (served exactly as
// stored, signed when it was): its type and renderer.
type download struct {
	ctype string
	r     reports.Renderer
}

func downloadOf(file string, l checks.Lang) (download, bool) {
	switch file {
	case "report.html":
		return download{"text/html; charset=utf-8", reports.HTML{Lang: l}}, true
	case "report.xlsx":
		return download{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", reports.XLSX{Lang: l}}, true
	case "report.xml":
		return download{"application/xml; charset=utf-8", reports.JUnit{Lang: l}}, true
	}
	return download{}, false
}

func (s *server) download(w http.ResponseWriter, r *http.Request) {
	file := r.PathValue("file")
	lang, _ := langOf(r)
	d, known := downloadOf(file, lang)
	if !known && file != "report.json" {
		s.fail(w, r, http.StatusNotFound, errNotFound)
		return
	}
	id, data, l, err := s.load(r, r.PathValue("id"))
	if data == nil || (known && err != nil) {
		s.failErr(w, r, err)
		return
	}
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="conformscan-run-%d-%s"`, id, file))
	if !known {
		w.Header().Set("Content-Type", "application/json")
		w.Write(data)
		return
	}
	var buf bytes.Buffer
	if err := d.r.Render(&buf, l.Report); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", d.ctype)
	if file == "report.html" {
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; sandbox allow-scripts")
	}
	w.Write(buf.Bytes())
}
