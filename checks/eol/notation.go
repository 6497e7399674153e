package eol

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"time"

	"conformscan/inputs"
)

// The endoflife.date notations, read strictly (see package inputs): a
// product file's front matter (products/*.md) and the v0 API's list of
// cycles (PRODUCT.json). A release is read key by key: every key is one
// conformscan understands or knows to carry nothing it judges on, and
// every value has the type upstream gives it. Dates are YAML timestamps
// or text (2025-10-14); end-of-support fields are a date or a boolean
// ("eol: true": ended on a date not given; "eol: false": no end
// announced). Cycle names keep the text as written ("cycle: 22.04" is
// "22.04", "releaseCycle: 1.20" is "1.20").

// frontMatter is a product file's front matter. The product's display and
// automation fields are known and not read.
type frontMatter struct {
	Title        string                     `yaml:"title"`
	EoesColumn   inputs.Scalar              `yaml:"eoesColumn"`
	Releases     []map[string]inputs.Scalar `yaml:"releases"`
	CustomFields []customField              `yaml:"customFields"`

	AddedAt                   inputs.Ignored `yaml:"addedAt"`
	Category                  inputs.Ignored `yaml:"category"`
	Tags                      inputs.Ignored `yaml:"tags"`
	IconSlug                  inputs.Ignored `yaml:"iconSlug"`
	Permalink                 inputs.Ignored `yaml:"permalink"`
	AlternateURLs             inputs.Ignored `yaml:"alternate_urls"`
	VersionCommand            inputs.Ignored `yaml:"versionCommand"`
	ReleasePolicyLink         inputs.Ignored `yaml:"releasePolicyLink"`
	ReleaseImage              inputs.Ignored `yaml:"releaseImage"`
	ChangelogTemplate         inputs.Ignored `yaml:"changelogTemplate"`
	ReleaseLabel              inputs.Ignored `yaml:"releaseLabel"`
	ReleaseColumn             inputs.Ignored `yaml:"releaseColumn"`
	ReleaseDateColumn         inputs.Ignored `yaml:"releaseDateColumn"`
	EoasColumn                inputs.Ignored `yaml:"eoasColumn"`
	EolColumn                 inputs.Ignored `yaml:"eolColumn"`
	DiscontinuedColumn        inputs.Ignored `yaml:"discontinuedColumn"`
	LatestColumn              inputs.Ignored `yaml:"latestColumn"`
	ActiveSupportColumn       inputs.Ignored `yaml:"activeSupportColumn"`
	ExtendedSupportColumn     inputs.Ignored `yaml:"extendedSupportColumn"`
	LTSLabel                  inputs.Ignored `yaml:"LTSLabel"`
	Auto                      inputs.Ignored `yaml:"auto"`
	Identifiers               inputs.Ignored `yaml:"identifiers"`
	StaleReleaseThresholdDays inputs.Ignored `yaml:"staleReleaseThresholdDays"`
	EoasWarnThreshold         inputs.Ignored `yaml:"eoasWarnThreshold"`
	EolWarnThreshold          inputs.Ignored `yaml:"eolWarnThreshold"`
	EoesWarnThreshold         inputs.Ignored `yaml:"eoesWarnThreshold"`
	DiscontinuedWarnThreshold inputs.Ignored `yaml:"discontinuedWarnThreshold"`
	SortReleasesBy            inputs.Ignored `yaml:"sortReleasesBy"`
	Layout                    inputs.Ignored `yaml:"layout"`
	Description               inputs.Ignored `yaml:"description"`
}

// customField declares a release field of the product's own (api-only
// columns such as tomcat's minJavaVersion): its values are not read.
type customField struct {
	Name        string         `yaml:"name"`
	Display     inputs.Ignored `yaml:"display"`
	Label       inputs.Ignored `yaml:"label"`
	Description inputs.Ignored `yaml:"description"`
	Link        inputs.Ignored `yaml:"link"`
}

// parseProduct reads a product file's front matter; path names it in
// errors.
func parseProduct(id, path string, raw []byte) (*Product, error) {
	raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
	parts := bytes.SplitN(raw, []byte("\n---"), 2)
	if !bytes.HasPrefix(raw, []byte("---")) || len(parts) < 2 {
		return nil, fmt.Errorf("%s: no YAML front matter between --- lines (an endoflife.date product file starts with ---)", path)
	}
	var fm frontMatter
	// The front matter keeps its first line ("---" cut), so that lines
	// are the file's.
	if _, err := inputs.Decode(bytes.TrimPrefix(parts[0], []byte("---")), path, &fm); err != nil {
		return nil, fmt.Errorf("%w (fix or remove the file)", err)
	}
	p := &Product{ID: id, Title: fm.Title}
	if fm.EoesColumn.Kind == inputs.ScalarText {
		p.ExtendedName = stripTags(fm.EoesColumn.Text)
	}
	custom := map[string]bool{}
	for _, c := range fm.CustomFields {
		custom[c.Name] = true
	}
	if err := p.addReleases(path, fm.Releases, custom); err != nil {
		return nil, err
	}
	return p, nil
}

// parseAPI reads the v0 API's notation: a list of cycles.
func parseAPI(id, path string, raw []byte) (*Product, error) {
	var releases []map[string]inputs.Scalar
	if _, err := inputs.Decode(raw, path, &releases); err != nil {
		return nil, fmt.Errorf("%w (an endoflife.date API file is the v0 list of cycles, as https://endoflife.date/api/%s.json gives it; fix or remove the file)", err, id)
	}
	p := &Product{ID: id, Title: id}
	if err := p.addReleases(path, releases, nil); err != nil {
		return nil, err
	}
	return p, nil
}

// addReleases reads each release and refuses a cycle given twice, or no
// release at all (a product without cycles would leave every version of it
// unjudged).
func (p *Product) addReleases(path string, releases []map[string]inputs.Scalar, custom map[string]bool) error {
	if len(releases) == 0 {
		return fmt.Errorf("%s: no release listed (releases: in a product file, a list of cycles in an API file): fix or remove the file", path)
	}
	seen := map[string]int{}
	for i, r := range releases {
		at := fmt.Sprintf("releases[%d]", i)
		c, line, err := readRelease(r, custom)
		if err != nil {
			return fmt.Errorf("%s:%d: %s.%w", path, line, at, err)
		}
		if first, dup := seen[strings.ToLower(c.Cycle)]; dup {
			return fmt.Errorf("%s:%d: %s: cycle %q is listed twice (first at line %d): keep one", path, line, at, c.Cycle, first)
		}
		seen[strings.ToLower(c.Cycle)] = line
		p.Cycles = append(p.Cycles, c)
	}
	return nil
}

// releaseField reads one key of a release into a cycle.
type releaseField func(c *Cycle, v inputs.Scalar) error

// releaseFields are the keys of a release, in both notations (front
// matter and v0 API); a group holds the names of one field, of which a
// release may use only one.
var releaseFields = []struct {
	names []string
	read  releaseField
}{
	{[]string{"releaseCycle", "cycle"}, func(c *Cycle, v inputs.Scalar) error { return cycleName(&c.Cycle, v) }},
	{[]string{"releaseLabel"}, func(c *Cycle, v inputs.Scalar) error { return text(&c.Label, v) }},
	{[]string{"releaseDate"}, func(c *Cycle, v inputs.Scalar) error { return onlyDate(&c.Released, v) }},
	{[]string{"eoas", "support"}, func(c *Cycle, v inputs.Scalar) error { return end(&c.Active, nil, nil, v) }},
	{[]string{"eol"}, func(c *Cycle, v inputs.Scalar) error { return end(&c.Security, &c.SecurityOpen, &c.SecurityEnded, v) }},
	{[]string{"eoes", "extendedSupport"}, func(c *Cycle, v inputs.Scalar) error {
		return end(&c.Extended, &c.ExtendedOpen, nil, v)
	}},
	{[]string{"latest"}, func(c *Cycle, v inputs.Scalar) error { return text(&c.Latest, v) }},
	{[]string{"lts"}, func(c *Cycle, v inputs.Scalar) error { return end(nil, nil, nil, v) }},
	{[]string{"discontinued"}, func(c *Cycle, v inputs.Scalar) error { return end(nil, nil, nil, v) }},
	{[]string{"latestReleaseDate"}, func(c *Cycle, v inputs.Scalar) error { return onlyDate(nil, v) }},
	{[]string{"codename"}, func(c *Cycle, v inputs.Scalar) error { return text(nil, v) }},
	{[]string{"link"}, func(c *Cycle, v inputs.Scalar) error { return text(nil, v) }},
	{[]string{"cycleShortHand"}, func(c *Cycle, v inputs.Scalar) error { return text(nil, v) }},
}

// readRelease reads one release; the error is "field: message" (the
// caller puts the place before it) and line is where the release is.
func readRelease(r map[string]inputs.Scalar, custom map[string]bool) (Cycle, int, error) {
	var c Cycle
	line := releaseLine(r)
	used := map[string]bool{}
	for _, f := range releaseFields {
		var got []string
		for _, n := range f.names {
			if v, ok := r[n]; ok {
				got = append(got, n)
				used[n] = true
				if err := f.read(&c, v); err != nil {
					return c, v.Line, fmt.Errorf("%s: %w", n, err)
				}
			}
		}
		if len(got) > 1 {
			return c, line, fmt.Errorf("%s: %s and %s name the same field: keep one", got[0], got[0], got[1])
		}
	}
	for _, k := range sortedKeys(r) {
		if !used[k] && !custom[k] {
			return c, r[k].Line, fmt.Errorf("%s: unknown field of a release (conformscan reads releaseCycle or cycle, releaseDate, eoas or support, eol, eoes or extendedSupport, latest, lts...; a product's own fields are declared under customFields)", k)
		}
	}
	if c.Cycle == "" {
		return c, line, fmt.Errorf("releaseCycle: the release has no cycle name (releaseCycle, or cycle in the API notation)")
	}
	if c.Security.IsZero() && !c.SecurityOpen && !c.SecurityEnded {
		return c, line, fmt.Errorf("eol: the release %s does not say when its support ends (a date, true or false)", c.Cycle)
	}
	return c, line, nil
}

// releaseLine is the first line of a release's keys.
func releaseLine(r map[string]inputs.Scalar) int {
	line := 0
	for _, v := range r {
		if v.Line > 0 && (line == 0 || v.Line < line) {
			line = v.Line
		}
	}
	return line
}

func sortedKeys(r map[string]inputs.Scalar) []string {
	out := make([]string, 0, len(r))
	for k := range r {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// cycleName keeps a cycle's name as written: text or a number.
func cycleName(dst *string, v inputs.Scalar) error {
	switch v.Kind {
	case inputs.ScalarText, inputs.ScalarInt, inputs.ScalarFloat:
		*dst = strings.TrimSpace(v.Text)
		if *dst != "" {
			return nil
		}
	}
	return fmt.Errorf("%q is not a cycle name (text such as \"22.04\")", v.Text)
}

// text keeps a value as written (null: empty).
func text(dst *string, v inputs.Scalar) error {
	switch v.Kind {
	case inputs.ScalarNull:
		return nil
	case inputs.ScalarBool:
		return fmt.Errorf("%s is not text", v.Text)
	}
	if dst != nil {
		*dst = strings.TrimSpace(v.Text)
	}
	return nil
}

// onlyDate reads a date (null: none).
func onlyDate(dst *time.Time, v inputs.Scalar) error {
	if v.Kind == inputs.ScalarNull {
		return nil
	}
	if v.Kind != inputs.ScalarText {
		return fmt.Errorf("%s is not a date: write YYYY-MM-DD", v.Text)
	}
	t, err := inputs.ParseDate(v.Text)
	if err != nil {
		return fmt.Errorf("%q is not a date: write YYYY-MM-DD", v.Text)
	}
	if dst != nil {
		*dst = t
	}
	return nil
}

// end reads an end of support: a date, false (no end announced: open) or
// true (ended, date not given: ended). null is "not given".
func end(dst *time.Time, open, ended *bool, v inputs.Scalar) error {
	if v.Kind == inputs.ScalarBool {
		b := strings.EqualFold(v.Text, "true")
		if b && ended != nil {
			*ended = true
		}
		if !b && open != nil {
			*open = true
		}
		return nil
	}
	if v.Kind != inputs.ScalarText && v.Kind != inputs.ScalarNull {
		return fmt.Errorf("%s is neither a date (YYYY-MM-DD) nor true or false", v.Text)
	}
	err := onlyDate(dst, v)
	if err != nil {
		return fmt.Errorf("%q is neither a date (YYYY-MM-DD) nor true or false", v.Text)
	}
	return nil
}

func stripTags(s string) string {
	for {
		i := strings.Index(s, "<")
		j := strings.Index(s, ">")
		if i < 0 || j < i {
			return s
		}
		s = s[:i] + s[j+1:]
	}
}
