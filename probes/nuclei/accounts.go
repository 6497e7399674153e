package nuclei

// This file has no build tag: the accounting of a template's login tries
// is tested without the engine.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"

	"conformscan/inputs"
)

// templateLogins is what a template declares it will try: the number of
// login requests per username, charged to the lockout budget before the
// template runs.
type templateLogins struct {
	ID string
	// Tries counts, per username, the requests that may carry a password.
	Tries map[string]int
	// HostAccounts: the console logs into the host's own accounts (tag
	// host-accounts, Webmin): its tries count with SSH's.
	HostAccounts bool
	// Unknown: the user's own template, whose accounts may be the host's
	// or a console's: its tries count against both budgets.
	Unknown bool
	// Pairs are the passwords the template sends per username.
	Pairs map[string][]string
	// Paths are the paths the template's requests go to (no query): a
	// template left without budget whose paths all answer 404 without
	// credentials targets a console that is not there.
	Paths []string
	// Undeclared says why the template's accounts cannot be counted (a
	// password without a declared username, payloads read from a file):
	// such a template is not run.
	Undeclared string
}

type tplDoc struct {
	ID   string `yaml:"id"`
	Info struct {
		Tags any `yaml:"tags"`
	} `yaml:"info"`
	Variables map[string]any `yaml:"variables"`
	HTTP      []tplRequest   `yaml:"http"`
	Requests  []tplRequest   `yaml:"requests"`
}

type tplRequest struct {
	Attack   string         `yaml:"attack"`
	Payloads map[string]any `yaml:"payloads"`
	Raw      []string       `yaml:"raw"`
	Path     []string       `yaml:"path"`
}

// userKey and passwordKey tell payload and variable names that carry a
// username or a password.
func userKey(k string) bool {
	k = strings.ToLower(k)
	return strings.Contains(k, "user") || strings.Contains(k, "login") || strings.Contains(k, "email") || strings.Contains(k, "account")
}

func passwordKey(k string) bool {
	k = strings.ToLower(k)
	return strings.Contains(k, "pass") || strings.Contains(k, "pwd") || strings.Contains(k, "secret")
}

// parseTemplateLogins reads a template's declared logins. A template that
// sends no password payload or variable has no tries.
func parseTemplateLogins(raw []byte) (_ templateLogins, err error) {
	// The YAML decoder panics on some malformed input (fuzzing found it):
	// such a template cannot be counted, so it does not run.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("reading the template: malformed YAML (%v)", r)
		}
	}()
	if _, err := inputs.Parse(raw, "template"); err != nil {
		return templateLogins{}, fmt.Errorf("reading the template: %w", err)
	}
	var d tplDoc
	if err := yaml.Unmarshal(raw, &d); err != nil {
		return templateLogins{}, fmt.Errorf("reading the template: %w", err)
	}
	out := templateLogins{ID: d.ID, Tries: map[string]int{}, Pairs: map[string][]string{}, HostAccounts: slices.Contains(tagsOf(d.Info.Tags), hostAccountsTag)}
	varUser, varPass := variableLogin(d.Variables)
	for _, r := range append(d.HTTP, d.Requests...) {
		out.Paths = append(out.Paths, r.paths()...)
		if why := r.count(out, varUser, varPass); why != "" {
			out.Undeclared = why
			return out, nil
		}
	}
	return out, nil
}

// hostAccountsTag marks a template whose console logs into the host's own
// accounts (PAM): its tries are charged with SSH's, Telnet's and FTP's.
const hostAccountsTag = "host-accounts"

// tagsOf reads a template's tags: "a,b" or a list.
func tagsOf(v any) []string {
	var out []string
	switch t := v.(type) {
	case string:
		for _, x := range strings.Split(t, ",") {
			out = append(out, strings.TrimSpace(x))
		}
	case []any:
		for _, x := range t {
			out = append(out, strings.TrimSpace(fmt.Sprint(x)))
		}
	}
	return out
}

// variableLogin returns a username and a password given as template
// variables ("" when absent).
func variableLogin(vars map[string]any) (user, password string) {
	for k, v := range vars {
		switch {
		case userKey(k):
			user = fmt.Sprint(v)
		case passwordKey(k):
			password = fmt.Sprint(v)
		}
	}
	return user, password
}

// count adds the request block's tries and pairs per username to out,
// or says why they cannot be counted.
func (r tplRequest) count(out templateLogins, varUser, varPass string) string {
	lists := map[string][]string{}
	var users, passwords []string
	for k, v := range r.Payloads {
		vals, ok := payloadValues(v)
		if !ok {
			return fmt.Sprintf("payload %q is read from a file: its accounts cannot be counted", k)
		}
		lists[k] = vals
		switch {
		case userKey(k):
			users = append(users, k)
		case passwordKey(k):
			passwords = append(passwords, k)
		}
	}
	if len(passwords) == 0 && varPass == "" {
		return ""
	}
	if len(users) == 0 {
		if varUser == "" {
			return "a password is sent without a declared username"
		}
		out.Tries[varUser] += max(combinations(r.Attack, lists), 1)
		out.Pairs[varUser] = append(out.Pairs[varUser], varPass)
		for _, k := range passwords {
			out.Pairs[varUser] = append(out.Pairs[varUser], lists[k]...)
		}
		return ""
	}
	for _, k := range users {
		for i, u := range lists[k] {
			out.Tries[u] += perValue(r.Attack, lists, k)
			out.Pairs[u] = append(out.Pairs[u], pairedPasswords(r.Attack, lists, passwords, i, u, varPass)...)
		}
	}
	return ""
}

// pairedPasswords are the passwords sent with the i-th value u of a
// username payload: the i-th of each password list (pitchfork), all of
// them (cluster bomb), or u itself (battering ram puts one value in every
// position); or the password variable.
func pairedPasswords(attack string, lists map[string][]string, passwords []string, i int, u, varPass string) []string {
	if len(passwords) == 0 {
		return []string{varPass}
	}
	var out []string
	for _, k := range passwords {
		switch strings.ToLower(attack) {
		case "pitchfork":
			if i < len(lists[k]) {
				out = append(out, lists[k][i])
			}
		case "clusterbomb":
			out = append(out, lists[k]...)
		default:
			out = append(out, u)
		}
	}
	return out
}

// paths returns the paths of a request block, without their query (which
// may carry the credentials).
func (r tplRequest) paths() []string {
	var out []string
	for _, raw := range r.Raw {
		line, _, _ := strings.Cut(strings.TrimSpace(raw), "\n")
		if f := strings.Fields(line); len(f) >= 2 && strings.HasPrefix(f[1], "/") {
			out = append(out, stripQuery(f[1]))
		}
	}
	for _, p := range r.Path {
		p = strings.TrimPrefix(strings.TrimPrefix(p, "{{BaseURL}}"), "{{RootURL}}")
		if strings.HasPrefix(p, "/") {
			out = append(out, stripQuery(p))
		}
	}
	return out
}

func stripQuery(p string) string {
	p, _, _ = strings.Cut(p, "?")
	return p
}

// payloadValues returns an inline payload list; a string is a file path.
func payloadValues(v any) ([]string, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, 0, len(list))
	for _, x := range list {
		out = append(out, fmt.Sprint(x))
	}
	return out, true
}

// perValue is the number of requests one value of payload key is sent
// in: once with pitchfork and battering ram, once per combination of the
// other payloads with cluster bomb.
func perValue(attack string, lists map[string][]string, key string) int {
	if strings.ToLower(attack) != "clusterbomb" {
		return 1
	}
	n := 1
	for k, l := range lists {
		if k != key {
			n *= max(len(l), 1)
		}
	}
	return n
}

// combinations is the number of requests of a block whose username is a
// variable.
func combinations(attack string, lists map[string][]string) int {
	n := 0
	switch strings.ToLower(attack) {
	case "clusterbomb":
		n = 1
		for _, l := range lists {
			n *= max(len(l), 1)
		}
	case "pitchfork":
		for _, l := range lists {
			if n == 0 || len(l) < n {
				n = len(l)
			}
		}
	default:
		for _, l := range lists {
			n += len(l)
		}
	}
	return n
}

// accounts lists a template's usernames, sorted.
func (t templateLogins) accounts() []string {
	var out []string
	for u := range t.Tries {
		out = append(out, u)
	}
	slices.Sort(out)
	return out
}
