package eol

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"conformscan/inputs"
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
	// file says eol: false (still supported, no end announced);
	// SecurityEnded when it says eol: true (ended, date not given).
	Security      time.Time `json:"security,omitempty"`
	SecurityOpen  bool      `json:"security_open,omitempty"`
	SecurityEnded bool      `json:"security_ended,omitempty"`
	// Extended is the end of extended or paid support (LTS, ESU, ELS);
	// ExtendedOpen is set when the file says eoes: false (no end announced).
	Extended     time.Time `json:"extended,omitempty"`
	ExtendedOpen bool      `json:"extended_open,omitempty"`
	Latest       string    `json:"latest,omitempty"`
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

// Embedded parses the embedded snapshot.
func Embedded() (*DB, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, fmt.Errorf("embedded end-of-life data: %w", err)
	}
	names, err := fs.Glob(sub, "*.md")
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("embedded end-of-life data: no product file (%v)", err)
	}
	db := &DB{Products: map[string]*Product{}, Source: "endoflife.date snapshot " + Snapshot + " (embedded)"}
	for _, name := range names {
		raw, err := fs.ReadFile(sub, name)
		if err != nil {
			return nil, fmt.Errorf("embedded end-of-life data %s: %w", name, err)
		}
		if err := db.add(name, "checks/eol/data/"+name, raw); err != nil {
			return nil, fmt.Errorf("embedded end-of-life data: %w", err)
		}
	}
	return db, nil
}

// maxDataFiles bounds the files of an --eol-data directory (endoflife.date
// has a few hundred products).
const maxDataFiles = 5000

// LoadDir parses a newer copy of the endoflife.date data: product files
// (products/*.md, YAML front matter) or API files (PRODUCT.json, .yaml or
// .yml: the list of cycles of the v0 API). Every file must be understood:
// another kind of file, a field conformscan does not know or a value it
// cannot read is an error naming the file, the line and the field.
func LoadDir(ctx context.Context, dir string) (*DB, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("--eol-data %s: not a readable directory of endoflife.date product files (products/*.md): %v", dir, err)
	}
	if len(entries) > maxDataFiles {
		return nil, fmt.Errorf("--eol-data %s: more than %d files: give the products/ folder of endoflife.date", dir, maxDataFiles)
	}
	db := &DB{Products: map[string]*Product{}, Source: "endoflife.date copy in " + filepath.Clean(dir)}
	for _, e := range entries {
		name := e.Name()
		if skippedDataFile(name) {
			continue
		}
		path := filepath.Join(dir, name)
		if e.IsDir() {
			return nil, fmt.Errorf("--eol-data %s: a folder inside the data folder: give the folder that holds the product files itself (products/ of endoflife.date)", path)
		}
		if !dataFile(name) {
			return nil, fmt.Errorf("--eol-data %s: not an endoflife.date product file: --eol-data reads PRODUCT.md (front matter of products/), PRODUCT.json, .yaml or .yml (v0 API: a list of cycles); move the file out of the folder", path)
		}
		raw, err := inputs.ReadFile(ctx, path)
		if err != nil {
			return nil, fmt.Errorf("--eol-data: %w", err)
		}
		if err := db.add(name, path, raw); err != nil {
			return nil, fmt.Errorf("--eol-data: %w", err)
		}
	}
	if len(db.Products) == 0 {
		return nil, fmt.Errorf("--eol-data %s: no product file (PRODUCT.md, .json, .yaml) found", dir)
	}
	return db, nil
}

// Overlay returns db with the products of newer in place of its own: a
// product --eol-data gives replaces the embedded one, and a product it
// does not give keeps the embedded dates (never "no data": a partial
// folder cannot leave a host's OS unjudged).
func (db *DB) Overlay(newer *DB) *DB {
	out := &DB{Products: make(map[string]*Product, len(db.Products)+len(newer.Products)),
		Source: newer.Source + ", over " + db.Source}
	for id, p := range db.Products {
		out.Products[id] = p
	}
	for id, p := range newer.Products {
		out.Products[id] = p
	}
	return out
}

// skippedDataFile: the licence and notes that come with a copy, and
// hidden files.
func skippedDataFile(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	return strings.HasPrefix(name, ".") || base == "LICENSE" || base == "SOURCE" || base == "README"
}

func dataFile(name string) bool {
	switch filepath.Ext(name) {
	case ".md", ".json", ".yaml", ".yml":
		return true
	}
	return false
}

// add parses one product file (name decides the notation; path names it
// in errors) and adds it to db.
func (db *DB) add(name, path string, raw []byte) error {
	ext := filepath.Ext(name)
	id := strings.TrimSuffix(name, ext)
	var p *Product
	var err error
	if ext == ".md" {
		p, err = parseProduct(id, path, raw)
	} else {
		p, err = parseAPI(id, path, raw)
	}
	if err != nil {
		return err
	}
	if _, dup := db.Products[id]; dup {
		return fmt.Errorf("%s: product %q is given twice (in two notations): keep one file", path, id)
	}
	db.Products[id] = p
	return nil
}

// ParseProduct reads the YAML front matter of one product file.
func ParseProduct(id string, raw []byte) (*Product, error) {
	return parseProduct(id, id+".md", raw)
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
