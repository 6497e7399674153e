package hostlog

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// LRItem is one statement of a logrotate file, in order: a global
// directive, an include, or a block of log files with its directives.
type LRItem struct {
	// Directive is set for a global directive or an include (Key
	// "include").
	Directive *Setting `json:"directive,omitempty"`
	Block     *LRBlock `json:"block,omitempty"`
}

// LRBlock is one block: the patterns before "{" and the directives
// inside, scripts left out.
type LRBlock struct {
	Patterns   []string  `json:"patterns"`
	Where      string    `json:"where"`
	Directives []Setting `json:"directives"`
}

// lrArgs is how many arguments each logrotate 3.21 directive takes: 0
// none, 1 exactly one, -1 any number. A directive not listed is an error.
var lrArgs = map[string]int{
	"compress": 0, "nocompress": 0, "copy": 0, "nocopy": 0, "copytruncate": 0, "nocopytruncate": 0,
	"create": -1, "nocreate": 0, "createolddir": -1, "nocreateolddir": 0, "daily": 0, "hourly": 0,
	"weekly": -1, "monthly": 0, "yearly": 0, "dateext": 0, "nodateext": 0, "dateformat": 1,
	"dateyesterday": 0, "datehourago": 0, "delaycompress": 0, "nodelaycompress": 0, "extension": 1,
	"addextension": 1, "ifempty": 0, "notifempty": 0, "missingok": 0, "nomissingok": 0, "mail": 1,
	"nomail": 0, "mailfirst": 0, "maillast": 0, "maxage": 1, "minage": 1, "maxsize": 1, "minsize": 1,
	"size": 1, "rotate": 1, "olddir": 1, "noolddir": 0, "sharedscripts": 0, "nosharedscripts": 0,
	"shred": 0, "noshred": 0, "shredcycles": 1, "start": 1, "su": -1, "tabooext": -1, "taboopat": -1,
	"compresscmd": 1, "uncompresscmd": 1, "compressext": 1, "compressoptions": -1, "renamecopy": 0,
	"norenamecopy": 0, "allowhardlink": 0, "noallowhardlink": 0, "ignoreduplicates": 0, "include": 1,
}

// lrScripts open a script that runs to "endscript".
var lrScripts = map[string]bool{"prerotate": true, "postrotate": true, "firstaction": true, "lastaction": true, "preremove": true}

// ErrLogrotate marks a logrotate file that does not parse completely.
var ErrLogrotate = errors.New("logrotate configuration does not parse")

// lrParser holds the state of one file's parse.
type lrParser struct {
	label   string
	items   []LRItem
	block   *LRBlock // open block, or collecting patterns before "{"
	open    bool     // "{" seen for block
	script  string   // open script's where
	pending []string // patterns read, "{" not seen yet
	pendAt  string
}

// ParseLogrotate reads a logrotate file into its statements. Anything
// logrotate itself would reject or skip (an unknown directive, a wrong
// argument count or value, a block or script not closed, a brace out of
// place) is an error wrapping ErrLogrotate, with the statements read
// before it.
func ParseLogrotate(label string, b []byte) ([]LRItem, error) {
	p := &lrParser{label: label}
	for n, raw := range strings.Split(string(b), "\n") {
		if err := p.line(n+1, strings.TrimSpace(raw)); err != nil {
			return p.items, fmt.Errorf("%w: %s: %v", ErrLogrotate, where(label, n+1), err)
		}
	}
	switch {
	case p.script != "":
		return p.items, fmt.Errorf("%w: %s: script not closed by endscript (file truncated?)", ErrLogrotate, p.script)
	case p.block != nil:
		return p.items, fmt.Errorf("%w: %s: block not closed by } (file truncated?)", ErrLogrotate, p.block.Where)
	case len(p.pending) > 0:
		return p.items, fmt.Errorf("%w: %s: log file names without a { block (file truncated?)", ErrLogrotate, p.pendAt)
	}
	return p.items, nil
}

func (p *lrParser) line(n int, t string) error {
	if p.script != "" {
		if t == "endscript" || strings.HasPrefix(t, "endscript ") || strings.HasPrefix(t, "endscript\t") {
			p.script = ""
		}
		return nil
	}
	if t == "" || strings.HasPrefix(t, "#") {
		return nil
	}
	c := t[0]
	switch {
	case c == '}':
		if p.block == nil || strings.TrimSpace(t[1:]) != "" {
			return errors.New("unexpected }")
		}
		p.items = append(p.items, LRItem{Block: p.block})
		p.block = nil
		return nil
	case c == '{' || c == '/' || c == '"' || c == '\'' || c == '~':
		if p.block != nil {
			return errors.New("a log file name inside a block")
		}
		return p.patterns(n, t)
	case isLetter(c):
		if len(p.pending) > 0 {
			return errors.New("a directive between log file names and {")
		}
		return p.directive(n, t)
	}
	return fmt.Errorf("a line must begin with a directive or a log file name: %q", clip(t))
}

// patterns reads log file names (quoted or not) up to an optional "{".
func (p *lrParser) patterns(n int, t string) error {
	if len(p.pending) == 0 {
		p.pendAt = where(p.label, n)
	}
	for t != "" {
		t = strings.TrimLeft(t, " \t")
		switch {
		case t == "":
		case t[0] == '{':
			if len(p.pending) == 0 {
				return errors.New("{ without log file names")
			}
			if rest := strings.TrimSpace(t[1:]); rest != "" && !strings.HasPrefix(rest, "#") {
				return fmt.Errorf("text after {: %q", clip(rest))
			}
			p.block = &LRBlock{Patterns: p.pending, Where: p.pendAt}
			p.pending = nil
			return nil
		case t[0] == '"' || t[0] == '\'':
			end := strings.IndexByte(t[1:], t[0])
			if end < 0 {
				return errors.New("unclosed quote")
			}
			p.pending, t = append(p.pending, t[1:1+end]), t[end+2:]
		default:
			end := strings.IndexAny(t, " \t{")
			if end < 0 {
				end = len(t)
			}
			p.pending, t = append(p.pending, t[:end]), t[end:]
		}
	}
	return nil
}

// directive reads one directive, global or in the open block.
func (p *lrParser) directive(n int, t string) error {
	f := strings.Fields(t)
	key, args := strings.ToLower(f[0]), f[1:]
	if lrScripts[key] {
		if p.block == nil {
			return fmt.Errorf("%s outside a block", key)
		}
		p.script = where(p.label, n)
		return nil
	}
	want, ok := lrArgs[key]
	switch {
	case !ok:
		return fmt.Errorf("unknown directive %q", clip(key))
	case want == 1 && len(args) != 1:
		return fmt.Errorf("%s takes one argument, %d given", key, len(args))
	case want == 0 && len(args) != 0:
		return fmt.Errorf("%s takes no argument", key)
	case key == "include" && p.block != nil:
		return errors.New("include inside a block")
	}
	if err := checkValue(key, args); err != nil {
		return err
	}
	s := Setting{Key: key, Value: strings.Join(args, " "), Where: where(p.label, n)}
	if p.block != nil {
		p.block.Directives = append(p.block.Directives, s)
	} else {
		p.items = append(p.items, LRItem{Directive: &s})
	}
	return nil
}

// checkValue checks the values the retention depends on.
func checkValue(key string, args []string) error {
	switch key {
	case "rotate", "maxage", "minage":
		n, err := strconv.Atoi(args[0])
		if err != nil || n < -1 || (n < 0 && key != "rotate") {
			return fmt.Errorf("%s: bad count %q", key, clip(args[0]))
		}
	case "size", "maxsize", "minsize":
		if _, err := LogrotateSize(args[0]); err != nil {
			return err
		}
	}
	return nil
}

// LogrotateSize reads a logrotate size ("100", "100k", "10M", "1G").
func LogrotateSize(v string) (int64, error) {
	mult := int64(1)
	num := strings.TrimPrefix(v, "+")
	if num != "" {
		switch num[len(num)-1] {
		case 'k', 'K':
			mult, num = 1<<10, num[:len(num)-1]
		case 'M':
			mult, num = 1<<20, num[:len(num)-1]
		case 'G':
			mult, num = 1<<30, num[:len(num)-1]
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("bad size %q", clip(v))
	}
	return n * mult, nil
}

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// clip shortens a value quoted in an error.
func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}
