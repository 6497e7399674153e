package eol

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
)

// Snapshot is the date of the embedded endoflife.date copy.
const Snapshot = "2026-08-22"

//go:embed data/*.md data/LICENSE data/SOURCE
var embedded embed.FS

// Cycle is one release cycle of a product and its support dates (zero:
// none, or not announced).
type Cycle struct {
	Cycle    string    `json:"cycle"`
	Label    string    `json:"label,omitempty"`
	Released time.Time `json:"released"`
	// Active is the end of active (mainstream) support.
	Active time.Time `json:"active,omitempty"`
	// Security is the end of security support; SecurityOpen is set when the
	// file says eol: false (still supported, no end announced).
	Security     time.Time `json:"security,omitempty"`
	SecurityOpen bool      `json:"security_open,omitempty"`
	// Extended is the end of extended or paid support (LTS, ESU, ELS).
	Extended time.Time `json:"extended,omitempty"`
	Latest   string    `json:"latest,omitempty"`
}

// Product is one endoflife.date product.
type Product struct {
	ID     string
	Title  string
	Cycles []Cycle
	// ExtendedName says what extended support is for this product.
	ExtendedName string
}

// DB is the end-of-life data, keyed by product ID; Source says where it
// was read (embedded snapshot or --eol-data).
type DB struct {
	Products map[string]*Product
	Source   string
}

type frontMatter struct {
	Title      string `yaml:"title"`
	EoesColumn any    `yaml:"eoesColumn"`
	Releases   []struct {
		Cycle    any    `yaml:"releaseCycle"`
		Label    string `yaml:"releaseLabel"`
		Released any    `yaml:"releaseDate"`
		Eoas     any    `yaml:"eoas"`
		Eol      any    `yaml:"eol"`
		Eoes     any    `yaml:"eoes"`
		Latest   any    `yaml:"latest"`
	} `yaml:"releases"`
}

// Embedded parses the embedded snapshot.
func Embedded() (*DB, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, fmt.Errorf("embedded end-of-life data: %w", err)
	}
	return Load(sub, "endoflife.date snapshot "+Snapshot+" (embedded)")
}

// LoadDir parses a newer copy of the endoflife.date product files.
func LoadDir(dir string) (*DB, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return nil, fmt.Errorf("--eol-data %s: not a readable directory of endoflife.date product files (products/*.md): %v", dir, err)
	}
	db, err := Load(os.DirFS(dir), "endoflife.date copy in "+filepath.Clean(dir))
	if err != nil {
		return nil, fmt.Errorf("--eol-data: %w", err)
	}
	return db, nil
}

// Load parses every *.md file of fsys.
func Load(fsys fs.FS, source string) (*DB, error) {
	names, err := fs.Glob(fsys, "*.md")
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("end-of-life data %s: no *.md product file found (%v)", source, err)
	}
	db := &DB{Products: map[string]*Product{}, Source: source}
	for _, name := range names {
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("end-of-life data %s: %w", name, err)
		}
		p, err := ParseProduct(strings.TrimSuffix(name, ".md"), raw)
		if err != nil {
			return nil, fmt.Errorf("end-of-life data %s: %w (fix or remove the file)", name, err)
		}
		db.Products[p.ID] = p
	}
	return db, nil
}

// ParseProduct reads the YAML front matter of one product file.
func ParseProduct(id string, raw []byte) (*Product, error) {
	parts := bytes.SplitN(raw, []byte("\n---"), 2)
	if !bytes.HasPrefix(raw, []byte("---")) || len(parts) < 2 {
		return nil, fmt.Errorf("no YAML front matter between --- lines")
	}
	var fm frontMatter
	if err := yaml.Unmarshal(bytes.TrimPrefix(parts[0], []byte("---")), &fm); err != nil {
		return nil, fmt.Errorf("front matter: %w", err)
	}
	p := &Product{ID: id, Title: fm.Title}
	if s, ok := fm.EoesColumn.(string); ok {
		p.ExtendedName = stripTags(s)
	}
	for _, r := range fm.Releases {
		c := Cycle{Cycle: scalar(r.Cycle), Label: r.Label, Latest: scalar(r.Latest)}
		c.Released, _ = date(r.Released)
		c.Active, _ = date(r.Eoas)
		c.Extended, _ = date(r.Eoes)
		var open bool
		c.Security, open = date(r.Eol)
		c.SecurityOpen = open && c.Security.IsZero()
		if c.Cycle != "" {
			p.Cycles = append(p.Cycles, c)
		}
	}
	return p, nil
}

// date reads a YAML date or boolean; ok=true for "false" (no end yet).
func date(v any) (time.Time, bool) {
	switch x := v.(type) {
	case time.Time:
		return x.UTC(), false
	case string:
		t, err := time.Parse("2006-01-02", strings.TrimSpace(x))
		if err == nil {
			return t, false
		}
	case bool:
		return time.Time{}, !x
	}
	return time.Time{}, false
}

func scalar(v any) string {
	if v == nil {
		return ""
	}
	return strings.TrimSpace(fmt.Sprint(v))
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

// Find returns product's cycle named cycle.
func (db *DB) Find(product, cycle string) (*Product, *Cycle) {
	p := db.Products[product]
	if p == nil {
		return nil, nil
	}
	for i := range p.Cycles {
		if strings.EqualFold(p.Cycles[i].Cycle, cycle) {
			return p, &p.Cycles[i]
		}
	}
	return p, nil
}

// Match returns the cycle of product whose name is the longest dotted
// prefix of version ("1.22" for "1.22.1", "9.0" for "9.0.85").
func (db *DB) Match(product, version string) (*Product, *Cycle) {
	p := db.Products[product]
	if p == nil {
		return nil, nil
	}
	var best *Cycle
	for i := range p.Cycles {
		c := &p.Cycles[i]
		if version == c.Cycle || strings.HasPrefix(version, c.Cycle+".") {
			if best == nil || len(c.Cycle) > len(best.Cycle) {
				best = c
			}
		}
	}
	return p, best
}

// IDs lists the products, sorted.
func (db *DB) IDs() []string {
	out := make([]string, 0, len(db.Products))
	for id := range db.Products {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}
