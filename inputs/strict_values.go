package inputs

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// joinKey appends a mapping key to a field path, quoting keys that hold
// dots or brackets ("ciphers.suites.'TLSv1.2'").
func joinKey(field, key string) string {
	if strings.ContainsAny(key, ".[]' ") {
		key = "'" + key + "'"
	}
	if field == "" {
		return key
	}
	return field + "." + key
}

func joinIndex(field string, i int) string { return fmt.Sprintf("%s[%d]", field, i) }

// entries returns the key/value pairs of a mapping node.
func mappingEntries(n ast.Node) ([]*ast.MappingValueNode, bool) {
	switch x := n.(type) {
	case *ast.MappingNode:
		return x.Values, true
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{x}, true
	}
	return nil, false
}

// keys walks a mapping's entries with their key text, refusing merge keys,
// keys that are not text and duplicate keys.
func (d *strictDecoder) keys(n ast.Node, field string, f func(key string, kv *ast.MappingValueNode) error) error {
	kvs, ok := mappingEntries(n)
	if !ok {
		return d.fail(n, field, "%s where a mapping (key: value) is expected", describeNode(n))
	}
	seen := map[string]int{}
	for _, kv := range kvs {
		if _, merge := kv.Key.(*ast.MergeKeyNode); merge {
			return d.fail(kv, field, "merge keys (<<) are not accepted: write the fields out")
		}
		k, err := d.resolve(kv.Key, field)
		if err != nil {
			return err
		}
		switch k.(type) {
		case *ast.MappingNode, *ast.MappingValueNode, *ast.SequenceNode, *ast.TagNode:
			return d.fail(kv, field, "a key must be plain text, not %s", describeNode(k))
		}
		key := scalarText(k)
		if line, dup := seen[key]; dup {
			return d.fail(kv.Key, joinKey(field, key), "the key %q is written twice (first at line %d): keep one", clipText(key), line)
		}
		seen[key] = nodeLine(kv.Key)
		if err := f(key, kv); err != nil {
			return err
		}
	}
	return nil
}

// structure decodes a mapping into a struct by the fields' yaml names;
// unknown keys are refused. Fields absent from the mapping keep their
// value (a profile's base).
func (d *strictDecoder) structure(n ast.Node, v reflect.Value, field string) error {
	fields := structFields(v.Type())
	return d.keys(n, field, func(key string, kv *ast.MappingValueNode) error {
		i, ok := fields[key]
		if !ok {
			return d.fail(kv.Key, field, "unknown field %q (the fields are: %s)", clipText(key), fieldNames(fields))
		}
		return d.decode(kv.Value, v.Field(i), joinKey(field, key))
	})
}

// structFields maps the yaml names of t's fields to their index.
func structFields(t reflect.Type) map[string]int {
	out := map[string]int{}
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = strings.ToLower(sf.Name)
		}
		out[name] = i
	}
	return out
}

func fieldNames(fields map[string]int) string {
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// mapping decodes a mapping into a map with text keys (kept as written).
func (d *strictDecoder) mapping(n ast.Node, v reflect.Value, field string) error {
	if v.Type().Key().Kind() != reflect.String {
		return fmt.Errorf("inputs.Decode: %s: map keys must be strings, not %s", field, v.Type().Key())
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	return d.keys(n, field, func(key string, kv *ast.MappingValueNode) error {
		elem := reflect.New(v.Type().Elem()).Elem()
		if err := d.decode(kv.Value, elem, joinKey(field, key)); err != nil {
			return err
		}
		v.SetMapIndex(reflect.ValueOf(key).Convert(v.Type().Key()), elem)
		return nil
	})
}

// sequence decodes a list into a slice (replacing what it held).
func (d *strictDecoder) sequence(n ast.Node, v reflect.Value, field string) error {
	seq, ok := n.(*ast.SequenceNode)
	if !ok {
		return d.fail(n, field, "%s where a list is expected (write [a, b] or one \"- item\" per line)", describeNode(n))
	}
	out := reflect.MakeSlice(v.Type(), len(seq.Values), len(seq.Values))
	for i, item := range seq.Values {
		if err := d.decode(item, out.Index(i), joinIndex(field, i)); err != nil {
			return err
		}
	}
	v.Set(out)
	return nil
}

// number returns an integer node's value; text, floats and booleans are
// refused.
func (d *strictDecoder) number(n ast.Node, field string) (any, error) {
	in, ok := n.(*ast.IntegerNode)
	if !ok {
		hint := ""
		if s, isText := n.(*ast.StringNode); isText && isQuoted(s) {
			hint = " (write the number without quotes)"
		}
		return nil, d.fail(n, field, "%s is not a whole number%s", describeNode(n), hint)
	}
	if in.Token != nil && in.Token.Type != token.IntegerType {
		// 012 is 10 to YAML 1.1 and 12 to a person: only decimal digits.
		return nil, d.fail(n, field, "%s: write the number in decimal digits (no leading 0, 0x, 0o or 0b)", describeNode(n))
	}
	return in.Value, nil
}

func (d *strictDecoder) integer(n ast.Node, v reflect.Value, field string) error {
	val, err := d.number(n, field)
	if err != nil {
		return err
	}
	var i int64
	switch x := val.(type) {
	case int64:
		i = x
	case uint64:
		if x > math.MaxInt64 {
			return d.fail(n, field, "%s is too large", describeNode(n))
		}
		i = int64(x)
	}
	if v.OverflowInt(i) {
		return d.fail(n, field, "%s is too large", describeNode(n))
	}
	v.SetInt(i)
	return nil
}

func (d *strictDecoder) unsigned(n ast.Node, v reflect.Value, field string) error {
	val, err := d.number(n, field)
	if err != nil {
		return err
	}
	var u uint64
	switch x := val.(type) {
	case int64:
		if x < 0 {
			return d.fail(n, field, "%s is negative", describeNode(n))
		}
		u = uint64(x)
	case uint64:
		u = x
	}
	if v.OverflowUint(u) {
		return d.fail(n, field, "%s is too large", describeNode(n))
	}
	v.SetUint(u)
	return nil
}

func (d *strictDecoder) float(n ast.Node, v reflect.Value, field string) error {
	switch x := n.(type) {
	case *ast.FloatNode:
		v.SetFloat(x.Value)
	case *ast.IntegerNode:
		switch i := x.Value.(type) {
		case int64:
			v.SetFloat(float64(i))
		case uint64:
			v.SetFloat(float64(i))
		}
	default:
		return d.fail(n, field, "%s is not a number", describeNode(n))
	}
	return nil
}

// scalar records a scalar as written, with its kind.
func (d *strictDecoder) scalar(n ast.Node, v reflect.Value, field string) error {
	s := Scalar{Line: nodeLine(n), Set: true}
	switch x := n.(type) {
	case *ast.StringNode:
		s.Text, s.Kind = x.Value, ScalarText
		s.Quoted = isQuoted(x)
	case *ast.LiteralNode, *ast.TagNode:
		t, err := d.text(n, field)
		if err != nil {
			return err
		}
		s.Text, s.Kind, s.Quoted = t, ScalarText, true
	case *ast.IntegerNode:
		s.Text, s.Kind = scalarText(n), ScalarInt
	case *ast.FloatNode, *ast.InfinityNode, *ast.NanNode:
		s.Text, s.Kind = scalarText(n), ScalarFloat
	case *ast.BoolNode:
		s.Text, s.Kind = scalarText(n), ScalarBool
	case *ast.NullNode:
		s.Kind = ScalarNull
	default:
		return d.fail(n, field, "%s where a single value is expected", describeNode(n))
	}
	v.Set(reflect.ValueOf(s))
	return nil
}

func isQuoted(s *ast.StringNode) bool {
	return s.Token != nil && (s.Token.Type == token.DoubleQuoteType || s.Token.Type == token.SingleQuoteType)
}

// time reads a date (YYYY-MM-DD) or an RFC 3339 time, plain or quoted.
func (d *strictDecoder) time(n ast.Node, v reflect.Value, field string) error {
	if _, null := n.(*ast.NullNode); null {
		v.SetZero()
		return nil
	}
	s, err := d.text(n, field)
	if err != nil {
		return err
	}
	t, err := ParseDate(s)
	if err != nil {
		return d.fail(n, field, "%q is not a date: write YYYY-MM-DD", clipText(s))
	}
	v.Set(reflect.ValueOf(t))
	return nil
}

// ParseDate reads a YAML date as people write it: YYYY-MM-DD, or an
// RFC 3339 time (then its UTC day is kept, at midnight).
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05Z07:00", "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			t = t.UTC()
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (YYYY-MM-DD)", s)
}
