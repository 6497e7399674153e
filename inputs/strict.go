package inputs

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
)

// Strict decoding. Decode reads one YAML document into a Go value the way
// a person reads the file, and refuses what it cannot read exactly:
//
//   - duplicate keys, unknown fields, merge keys (<<), tags other than
//     !!str, several documents, an empty file, text that is not UTF-8;
//   - a value of the wrong type: a list where text is expected, text or
//     12.5 where a whole number is expected, anything but true/false
//     where a boolean is expected.
//
// A field typed as text keeps the scalar as written: "ref: 8.10" is the
// text "8.10" (never the number 8.1), "date: 2025-10-14" the text
// "2025-10-14". Every error names the file, the line and the field.

// DecodeError is a decoding error at a place of a file.
type DecodeError struct {
	Source string // the file, as the user named it
	Line   int    // 0 when the file as a whole is at fault
	Field  string // "answers[0].ref"; empty for the document
	Msg    string
}

func (e *DecodeError) Error() string {
	var b strings.Builder
	b.WriteString(e.Source)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Field != "" {
		b.WriteString(": " + e.Field)
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

// Ignored is a field whose value is accepted without being read (a key of
// an upstream format that conformscan has no use for). It is still bounded
// like the rest of the file.
type Ignored struct{}

// ScalarKind says how YAML reads a scalar.
type ScalarKind int

// Scalar kinds.
const (
	ScalarText ScalarKind = iota // plain text or quoted
	ScalarInt
	ScalarFloat
	ScalarBool
	ScalarNull
)

// Scalar is a scalar as written, for fields that accept several types
// ("eol: 2025-10-14" or "eol: true"). Text is the source text (unescaped
// when quoted); Quoted says it was quoted (then Kind is ScalarText).
type Scalar struct {
	Text   string
	Kind   ScalarKind
	Quoted bool
	Line   int
	Set    bool // the key was present
}

var (
	scalarType  = reflect.TypeFor[Scalar]()
	ignoredType = reflect.TypeFor[Ignored]()
	timeType    = reflect.TypeFor[time.Time]()
)

// Decode checks data against the bounds (see Parse), then decodes its one
// document into v (a pointer) strictly. It returns the syntax tree, for
// locating fields in later messages (see Locate). Errors are *DecodeError, or
// wrap ErrLimit for the bounds. On error v may be partly filled: drop it.
func Decode(data []byte, source string, v any) (*ast.File, error) {
	data, err := checkYAMLText(data, source)
	if err != nil {
		return nil, err
	}
	file, err := Parse(data, source)
	if err != nil {
		if errors.Is(err, ErrLimit) {
			return nil, err
		}
		return nil, yamlSyntaxError(source, err)
	}
	body, err := oneDocument(file, source)
	if err != nil {
		return nil, err
	}
	d := &strictDecoder{source: source, anchors: map[string]ast.Node{}}
	if err := d.collectAnchors(body); err != nil {
		return nil, err
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil, fmt.Errorf("inputs.Decode: want a non-nil pointer, got %T", v)
	}
	if err := d.decode(body, rv.Elem(), ""); err != nil {
		return nil, err
	}
	return file, nil
}

// checkYAMLText refuses what is not UTF-8 text and drops a UTF-8 byte order
// mark (Windows editors write one).
func checkYAMLText(data []byte, source string) ([]byte, error) {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return nil, &DecodeError{Source: source, Msg: "the file is UTF-16 text: save it as UTF-8"}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, &DecodeError{Source: source, Line: byteLine(data, i), Msg: "the file holds a NUL byte: it is not YAML text"}
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return nil, &DecodeError{Source: source, Line: byteLine(data, i), Msg: "the text is not UTF-8: save the file as UTF-8"}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &DecodeError{Source: source, Msg: "the file is empty"}
	}
	return data, nil
}

func byteLine(data []byte, i int) int { return bytes.Count(data[:i], []byte("\n")) + 1 }

// duplicateRe reads goccy/go-yaml's message on a duplicate key.
var duplicateRe = regexp.MustCompile(`^mapping key "(.*)" already defined at \[(\d+):\d+\]`)

// yamlSyntaxError turns a goccy/go-yaml syntax error into "file:line: message".
func yamlSyntaxError(source string, err error) error {
	var ye yaml.Error
	if errors.As(err, &ye) {
		msg := "YAML syntax: " + ye.GetMessage()
		if m := duplicateRe.FindStringSubmatch(ye.GetMessage()); m != nil {
			msg = fmt.Sprintf("the key %q is written twice (first at line %s): keep one", clipText(m[1]), m[2])
		}
		e := &DecodeError{Source: source, Msg: msg}
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			e.Line = tk.Position.Line
		}
		return e
	}
	return &DecodeError{Source: source, Msg: "YAML syntax: " + err.Error()}
}

// oneDocument returns the body of the file's only document.
func oneDocument(file *ast.File, source string) (ast.Node, error) {
	var bodies []ast.Node
	for _, doc := range file.Docs {
		if doc != nil && doc.Body != nil {
			bodies = append(bodies, doc.Body)
		}
	}
	switch len(bodies) {
	case 0:
		return nil, &DecodeError{Source: source, Msg: "the file holds no YAML value (only comments or separators)"}
	case 1:
		return bodies[0], nil
	}
	return nil, &DecodeError{Source: source, Line: nodeLine(bodies[1]),
		Msg: fmt.Sprintf("the file holds %d YAML documents (separated by ---): keep one document per file", len(bodies))}
}

type strictDecoder struct {
	source  string
	anchors map[string]ast.Node
}

func (d *strictDecoder) fail(n ast.Node, field, format string, args ...any) error {
	line := 0
	if n != nil {
		line = nodeLine(n)
	}
	return &DecodeError{Source: d.source, Line: line, Field: field, Msg: fmt.Sprintf(format, args...)}
}

// collectAnchors records every anchor of the document; an anchor defined
// twice is refused (an alias would depend on which one the reader picks).
func (d *strictDecoder) collectAnchors(body ast.Node) error {
	var err error
	ast.Walk(anchorVisitor(func(n ast.Node) bool {
		a, ok := n.(*ast.AnchorNode)
		if !ok || err != nil {
			return err == nil
		}
		name := nodeName(a.Name)
		if _, dup := d.anchors[name]; dup {
			err = d.fail(a, "", "anchor &%s is defined twice: give each anchor its own name", name)
			return false
		}
		d.anchors[name] = a.Value
		return true
	}), body)
	return err
}

type anchorVisitor func(ast.Node) bool

func (f anchorVisitor) Visit(n ast.Node) ast.Visitor {
	if f(n) {
		return f
	}
	return nil
}

// resolve follows anchors and aliases to the node that holds the value.
func (d *strictDecoder) resolve(n ast.Node, field string) (ast.Node, error) {
	for i := 0; ; i++ {
		switch x := n.(type) {
		case *ast.AnchorNode:
			n = x.Value
		case *ast.AliasNode:
			v, ok := d.anchors[nodeName(x.Value)]
			if !ok {
				return nil, d.fail(x, field, "alias *%s names no anchor (&%s) of the file", nodeName(x.Value), nodeName(x.Value))
			}
			n = v
		case *ast.MappingKeyNode:
			n = x.Value
		case *ast.TagNode:
			if tag := nodeName(x); tag != "!!str" {
				return nil, d.fail(x, field, "the tag %s is not accepted: remove it (only !!str, to mark text, is)", tag)
			}
			return x, nil
		default:
			return n, nil
		}
		if i > MaxDepth {
			return nil, d.fail(n, field, "aliases lead to aliases more than %d times", MaxDepth)
		}
	}
}

// decode decodes n into v; field names it in errors.
func (d *strictDecoder) decode(n ast.Node, v reflect.Value, field string) error {
	n, err := d.resolve(n, field)
	if err != nil {
		return err
	}
	switch v.Type() {
	case ignoredType:
		return nil
	case scalarType:
		return d.scalar(n, v, field)
	case timeType:
		return d.time(n, v, field)
	}
	if _, null := n.(*ast.NullNode); null {
		v.SetZero()
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		return d.decode(n, v.Elem(), field)
	case reflect.Struct:
		return d.structure(n, v, field)
	case reflect.Map:
		return d.mapping(n, v, field)
	case reflect.Slice:
		return d.sequence(n, v, field)
	case reflect.String:
		s, err := d.text(n, field)
		v.SetString(s)
		return err
	case reflect.Bool:
		b, ok := n.(*ast.BoolNode)
		if !ok {
			return d.fail(n, field, "%s is not a boolean: write true or false", describeNode(n))
		}
		v.SetBool(b.Value)
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return d.integer(n, v, field)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return d.unsigned(n, v, field)
	case reflect.Float32, reflect.Float64:
		return d.float(n, v, field)
	}
	return fmt.Errorf("inputs.Decode: %s: cannot decode into %s", field, v.Type())
}

// describe names a node's type for messages: `the text "12"`, `the list`.
func describeNode(n ast.Node) string {
	switch x := n.(type) {
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a mapping (key: value)"
	case *ast.SequenceNode:
		return "a list"
	case *ast.StringNode:
		return fmt.Sprintf("the text %q", clipText(x.Value))
	case *ast.LiteralNode:
		return "a block of text"
	case *ast.NullNode:
		return "an empty value"
	case *ast.TagNode:
		return fmt.Sprintf("the text %q", clipText(scalarText(x.Value)))
	}
	return "the value " + clipText(scalarText(n))
}

func clipText(s string) string {
	if len(s) > 60 {
		return s[:57] + "..."
	}
	return s
}

// scalarText is a scalar's text as written; quoted text unescaped.
func scalarText(n ast.Node) string {
	switch x := n.(type) {
	case *ast.StringNode:
		return x.Value
	case *ast.LiteralNode:
		if x.Value != nil {
			return x.Value.Value
		}
		return ""
	case *ast.NullNode:
		return ""
	}
	if n == nil || n.GetToken() == nil {
		return ""
	}
	return n.GetToken().Value
}

// text reads a scalar as written into a text field.
func (d *strictDecoder) text(n ast.Node, field string) (string, error) {
	if t, ok := n.(*ast.TagNode); ok {
		inner, err := d.resolve(t.Value, field)
		if err != nil {
			return "", err
		}
		n = inner
	}
	switch n.(type) {
	case *ast.MappingNode, *ast.MappingValueNode, *ast.SequenceNode, *ast.TagNode:
		return "", d.fail(n, field, "%s where text is expected", describeNode(n))
	}
	return scalarText(n), nil
}
