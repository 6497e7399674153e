package checks

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// gridText is the hospital's grid exactly as published (French). The
// catalogue's refs, levels, sections and texts are read from it, so they can
// never drift from the source; catalogue_test.go checks its SHA-256
// against the published seed's.
//
//go:embed grid/exigences-securite-prestataires.txt
var gridText string

// Ref is one requirement of the grid.
type Ref struct {
	Ref          string `json:"ref"`
	Level        Level  `json:"level"`
	Section      string `json:"section"`       // "7"
	SectionTitle string `json:"section_title"` // "Cryptographie"
	// Text is the full French "Règle de sécurité" cell.
	Text string `json:"text"`
	// Title is a short English title.
	Title string `json:"title"`
	// TitleFR is a short French title: the rule's first sentence.
	TitleFR string `json:"title_fr"`
	Kind    Kind   `json:"kind"`
	// Checks are the IDs of the checks that serve this ref.
	Checks []string `json:"checks"`
	// Measures says in English what conformscan measures for the ref.
	Measures string `json:"measures"`
}

// LocalTitle is the title in the report language.
func (r Ref) LocalTitle(l Lang) string { return l.T(r.TitleFR, r.Title) }

// Catalogue is the ordered list of the grid's refs.
type Catalogue struct {
	Refs  []Ref
	index map[string]int
}

// Get returns a ref by its number.
func (c *Catalogue) Get(ref string) (Ref, bool) {
	i, ok := c.index[ref]
	if !ok {
		return Ref{}, false
	}
	return c.Refs[i], true
}

// Section returns the refs of one section ("8").
func (c *Catalogue) Section(s string) []Ref {
	var out []Ref
	for _, r := range c.Refs {
		if r.Section == s {
			out = append(out, r)
		}
	}
	return out
}

// Select resolves a --refs filter: a comma-separated list of refs ("7.1")
// and sections ("8"). Empty selects every ref. Unknown refs are an error.
func (c *Catalogue) Select(filter string) ([]Ref, error) {
	if strings.TrimSpace(filter) == "" {
		return append([]Ref(nil), c.Refs...), nil
	}
	want := map[string]bool{}
	for _, item := range strings.Split(filter, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		if _, ok := c.index[item]; ok {
			want[item] = true
			continue
		}
		if sec := c.Section(item); len(sec) > 0 && !strings.Contains(item, ".") {
			for _, r := range sec {
				want[r.Ref] = true
			}
			continue
		}
		return nil, fmt.Errorf("unknown ref or section %q in --refs: refs go from 2.1 to 13.20 and sections from 2 to 13 (see 'conformscan refs')", item)
	}
	var out []Ref
	for _, r := range c.Refs {
		if want[r.Ref] {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("--refs %q selects no ref", filter)
	}
	return out, nil
}

var (
	sectionRe = regexp.MustCompile(`^(\d+)\.\s+(.+?)\s*$`)
	refRe     = regexp.MustCompile(`^\t(\d+\.\d+)\s*$`)
	levelRe   = regexp.MustCompile(`^\t(O|R|N/A)\s*$`)
)

// parseGrid reads refs, levels, sections and texts from the grid's text.
func parseGrid(text string) ([]Ref, error) {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	var refs []Ref
	section, sectionTitle := "", ""
	for i := 0; i < len(lines); i++ {
		if m := sectionRe.FindStringSubmatch(lines[i]); m != nil {
			section, sectionTitle = m[1], m[2]
			continue
		}
		m := refRe.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		if i+1 >= len(lines) {
			return nil, fmt.Errorf("grid: ref %s at line %d has no level", m[1], i+1)
		}
		lv := levelRe.FindStringSubmatch(lines[i+1])
		if lv == nil {
			return nil, fmt.Errorf("grid: ref %s at line %d: level %q is not O, R or N/A", m[1], i+2, lines[i+1])
		}
		if !strings.HasPrefix(m[1], section+".") {
			return nil, fmt.Errorf("grid: ref %s at line %d is outside section %s", m[1], i+1, section)
		}
		// The rule's text runs until the empty "description" cell: a line
		// made of a single tab.
		var body []string
		j := i + 2
		for ; j < len(lines) && lines[j] != "\t"; j++ {
			body = append(body, strings.TrimPrefix(lines[j], "\t"))
		}
		refs = append(refs, Ref{
			Ref: m[1], Level: Level(lv[1]), Section: section, SectionTitle: sectionTitle,
			Text: cleanText(body),
		})
		i = j
	}
	return refs, nil
}

// cleanText joins a cell's lines, keeping paragraph breaks single.
func cleanText(lines []string) string {
	var out []string
	blank := false
	for _, l := range lines {
		l = strings.TrimRight(strings.ReplaceAll(l, "\u00a0", " "), " \t")
		if strings.TrimSpace(l) == "" {
			blank = true
			continue
		}
		if blank && len(out) > 0 {
			out = append(out, "")
		}
		blank = false
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// frenchTitle takes the first sentence of the rule, cut at a word boundary.
func frenchTitle(text string) string {
	first := strings.SplitN(text, "\n", 2)[0]
	if i := strings.Index(first, ". "); i > 0 {
		first = first[:i+1]
	}
	first = strings.TrimSuffix(strings.TrimSpace(first), " :")
	const max = 110
	if r := []rune(first); len(r) > max {
		cut := string(r[:max])
		if k := strings.LastIndex(cut, " "); k > 60 {
			cut = cut[:k]
		}
		first = strings.TrimRight(cut, " ,;:") + "…"
	}
	return first
}

// LoadCatalogue builds the catalogue from the embedded grid and the overlay
// of English titles, kinds and checks. It fails if the two disagree.
func LoadCatalogue() (*Catalogue, error) {
	refs, err := parseGrid(gridText)
	if err != nil {
		return nil, err
	}
	c := &Catalogue{index: map[string]int{}}
	for _, r := range refs {
		if _, dup := c.index[r.Ref]; dup {
			return nil, fmt.Errorf("grid: ref %s appears twice", r.Ref)
		}
		o, ok := overlay[r.Ref]
		if !ok {
			return nil, fmt.Errorf("catalogue: ref %s of the grid has no overlay entry", r.Ref)
		}
		r.Title, r.Kind, r.Checks, r.Measures = o.title, o.kind, append([]string{}, o.checks...), o.measures
		r.TitleFR = frenchTitle(r.Text)
		c.index[r.Ref] = len(c.Refs)
		c.Refs = append(c.Refs, r)
	}
	for ref := range overlay {
		if _, ok := c.index[ref]; !ok {
			return nil, fmt.Errorf("catalogue: overlay ref %s is not in the grid", ref)
		}
	}
	sort.SliceStable(c.Refs, func(i, j int) bool { return refLess(c.Refs[i].Ref, c.Refs[j].Ref) })
	for i, r := range c.Refs {
		c.index[r.Ref] = i
	}
	return c, nil
}

// refLess orders "2.9" before "2.10".
func refLess(a, b string) bool {
	pa, pb := strings.SplitN(a, ".", 2), strings.SplitN(b, ".", 2)
	for k := 0; k < 2; k++ {
		x, _ := strconv.Atoi(pa[k])
		y, _ := strconv.Atoi(pb[k])
		if x != y {
			return x < y
		}
	}
	return false
}
