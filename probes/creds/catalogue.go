package creds

import (
	"bytes"
	"embed"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"
)

//go:embed data/defaults.csv data/LICENSE data/SOURCE
var embedded embed.FS

// Levels of the catalogue: quick is tried by default, thorough adds more
// pairs (--creds-level thorough).
const (
	LevelQuick    = "quick"
	LevelThorough = "thorough"
)

// Pair is one username and password to try on one service.
type Pair struct {
	Service  string
	Level    string
	User     string
	Password string
	// Product says where the pair comes from (vendor or product).
	Product string
}

// Account is one username and the passwords to try on it, in order.
type Account struct {
	User      string
	Passwords []string
}

// Catalogue is a list of pairs: the embedded defaults or the user's file.
type Catalogue struct {
	Pairs  []Pair
	Source string
}

// Embedded parses the embedded curated catalogue.
func Embedded() (*Catalogue, error) {
	raw, err := embedded.ReadFile("data/defaults.csv")
	if err != nil {
		return nil, fmt.Errorf("embedded default credentials: %w", err)
	}
	pairs, err := ParseCSV(raw, true)
	if err != nil {
		return nil, fmt.Errorf("embedded default credentials: %w", err)
	}
	return &Catalogue{Pairs: pairs, Source: "DefaultCreds-Cheat-Sheet (curated, embedded)"}, nil
}

// ParseCSV reads pairs. The embedded form has a header and the columns
// service,level,username,password,product; the user's form (--creds) has
// service,username,password per line, "#" comments, "*" for any service.
func ParseCSV(raw []byte, embeddedForm bool) ([]Pair, error) {
	r := csv.NewReader(bytes.NewReader(raw))
	r.Comment = '#'
	r.FieldsPerRecord = -1
	var out []Pair
	for line := 1; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if embeddedForm && line == 1 {
			continue
		}
		p, err := pairOf(rec, embeddedForm)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w (expected service,username,password)", line, err)
		}
		out = append(out, p)
	}
}

func pairOf(rec []string, embeddedForm bool) (Pair, error) {
	want := 3
	if embeddedForm {
		want = 5
	}
	if len(rec) != want {
		return Pair{}, fmt.Errorf("%d fields, want %d", len(rec), want)
	}
	for i := range rec {
		if strings.ContainsFunc(rec[i], func(r rune) bool { return r < 0x20 || r == 0x7f }) {
			return Pair{}, fmt.Errorf("field %d holds a control character", i+1)
		}
		rec[i] = strings.TrimSpace(rec[i])
		if rec[i] == "<blank>" {
			rec[i] = ""
		}
	}
	p := Pair{Service: strings.ToLower(rec[0]), Level: LevelQuick}
	if embeddedForm {
		p.Level, p.User, p.Password, p.Product = rec[1], rec[2], rec[3], rec[4]
	} else {
		p.User, p.Password, p.Product = rec[1], rec[2], "--creds"
	}
	if p.Service != "*" && !supported(p.Service) {
		return Pair{}, fmt.Errorf("unknown service %q: use %s or *", rec[0], supportedNames())
	}
	if p.Level != LevelQuick && p.Level != LevelThorough {
		return Pair{}, fmt.Errorf("unknown level %q", p.Level)
	}
	return p, nil
}

// Accounts groups the pairs for service at level into accounts, in the
// order of first appearance; passwords keep their order, without repeats.
func (c *Catalogue) Accounts(service, level string) []Account {
	var out []Account
	index := map[string]int{}
	for _, p := range c.Pairs {
		if p.Service != service && (p.Service != "*" || service == "snmp" || service == "ldap") {
			continue
		}
		if level == LevelQuick && p.Level != LevelQuick {
			continue
		}
		i, ok := index[p.User]
		if !ok {
			i = len(out)
			index[p.User] = i
			out = append(out, Account{User: p.User})
		}
		if !slices.Contains(out[i].Passwords, p.Password) {
			out[i].Passwords = append(out[i].Passwords, p.Password)
		}
	}
	return out
}
