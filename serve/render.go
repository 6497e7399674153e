package serve

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"conformscan/checks"
	"conformscan/reports"
)

//go:embed templates/*.tmpl static/style.css
var assets embed.FS

// templates are the parsed pages.
type templates struct {
	t     *template.Template
	style []byte
}

func parseTemplates() (*templates, error) {
	t, err := template.New("").Funcs(template.FuncMap{
		"decision": func(d string, l checks.Lang) string { return reports.DecisionLabel(checks.Decision(d), l) },
		"status":   func(s string, l checks.Lang) string { return reports.StatusLabel(checks.Status(s), l) },
		"date":     shortDate,
		"join":     strings.Join,
		"clip":     checks.Clip,
		"kind":     kindLabel,
	}).ParseFS(assets, "templates/*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("serve templates: %w", err)
	}
	style, err := assets.ReadFile("static/style.css")
	if err != nil {
		return nil, err
	}
	return &templates{t: t, style: style}, nil
}

// base is what every page's frame reads.
type base struct {
	L     checks.Lang
	Title string
	// explicit: the language came from ?lang=, so links carry it on.
	explicit bool
	path     string
}

// Explicit tells whether the language came from ?lang=.
func (b base) Explicit() bool { return b.explicit }

// U is a link to path that keeps the page's ?lang=.
func (b base) U(path string) string {
	if !b.explicit {
		return path
	}
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	return path + sep + "lang=" + string(b.L)
}

// Other is this page in the other language: always a path on this server.
func (b base) Other() string {
	u, err := url.Parse(b.path)
	if err != nil || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
		return "/"
	}
	q := u.Query()
	q.Set("lang", string(b.L.T("en", "fr")))
	return (&url.URL{Path: u.Path, RawQuery: q.Encode()}).String()
}

func newBase(r *http.Request, title func(checks.Lang) string) base {
	l, explicit := langOf(r)
	return base{L: l, Title: title(l), explicit: explicit, path: r.URL.RequestURI()}
}

// page renders a template into a buffer, so that a failure mid-way sends an
// error page, not half a page.
func (s *server) page(w http.ResponseWriter, name string, data any) {
	var buf bytes.Buffer
	if err := s.tmpl.t.ExecuteTemplate(&buf, name, data); err != nil {
		http.Error(w, "rendering the page failed / échec du rendu de la page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}

// errorPage is one failure, shown in the page's language.
type errorPage struct {
	base
	Status  int
	Message string
}

// fail answers an error page; history and report errors carry no secret
// (the history scrubs its passwords).
func (s *server) fail(w http.ResponseWriter, r *http.Request, code int, err error) {
	p := errorPage{base: newBase(r, func(l checks.Lang) string { return l.T("Erreur", "Error") }), Status: code, Message: err.Error()}
	var buf bytes.Buffer
	if s.tmpl.t.ExecuteTemplate(&buf, "error", p) != nil {
		http.Error(w, http.StatusText(code), code)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

// failErr answers 404 for what is not there, 500 otherwise.
func (s *server) failErr(w http.ResponseWriter, r *http.Request, err error) {
	code := http.StatusInternalServerError
	if errors.Is(err, errNotFound) {
		code = http.StatusNotFound
	}
	s.fail(w, r, code, err)
}

// errNotFound is an unknown run, group or ref.
var errNotFound = errors.New("not found / introuvable")

func (s *server) style(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Write(s.tmpl.style)
}

// kindLabel names a kind of change.
func kindLabel(k reports.ChangeKind, l checks.Lang) string {
	switch k {
	case reports.Regressed:
		return l.T("régression", "regressed")
	case reports.Fixed:
		return l.T("corrigé", "fixed")
	case reports.Changed:
		return l.T("modifié", "changed")
	case reports.New:
		return l.T("nouveau", "new")
	case reports.Gone:
		return l.T("disparu", "gone")
	}
	return string(k)
}
