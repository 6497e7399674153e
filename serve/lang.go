package serve

import (
	"net/http"
	"strconv"
	"strings"

	"conformscan/checks"
)

// langOf is the page's language: ?lang=fr|en, else the first of French or
// English the browser prefers (Accept-Language), else French.
func langOf(r *http.Request) (checks.Lang, bool) {
	switch r.URL.Query().Get("lang") {
	case "en":
		return checks.English, true
	case "fr":
		return checks.French, true
	}
	return acceptLang(r.Header.Get("Accept-Language")), false
}

// acceptLang picks French or English from an Accept-Language header by
// quality, French on a tie or when neither is named.
func acceptLang(h string) checks.Lang {
	best, bestQ := checks.French, 0.0
	for _, part := range strings.Split(h, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			q = f
		}
		primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
		var l checks.Lang
		switch primary {
		case "fr":
			l = checks.French
		case "en":
			l = checks.English
		default:
			continue
		}
		if q > bestQ || (q == bestQ && l == checks.French) {
			best, bestQ = l, q
		}
	}
	return best
}
