package inputs

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// Locator names places of a decoded YAML file in messages:
// "file:line: field". Field paths are those Decode's errors use:
// "answers[0].ref", "ciphers.suites.'TLSv1.2'[3]" (a leading "$." is
// accepted).
type Locator struct {
	Source string
	File   *ast.File
}

// At names field with the line of its node, or of its closest parent that
// the file holds.
func (l Locator) At(field string) string {
	if line := l.Line(field); line > 0 {
		return fmt.Sprintf("%s:%d: %s", l.Source, line, field)
	}
	return fmt.Sprintf("%s: %s", l.Source, field)
}

// Line is the line of field, or of its closest parent the file holds; 0
// when none is found.
func (l Locator) Line(field string) int {
	return Locate(l.File, field)
}

// Locate returns the line of the node at field in file (see Locator),
// walking up to the parent when the field is absent.
func Locate(file *ast.File, field string) int {
	if file == nil || len(file.Docs) == 0 {
		return 0
	}
	var body ast.Node
	for _, doc := range file.Docs {
		if doc != nil && doc.Body != nil {
			body = doc.Body
			break
		}
	}
	if body == nil {
		return 0
	}
	anchors := map[string]ast.Node{}
	ast.Walk(anchorVisitor(func(n ast.Node) bool {
		if a, ok := n.(*ast.AnchorNode); ok {
			anchors[nodeName(a.Name)] = a.Value
		}
		return true
	}), body)
	line := nodeLine(body)
	n := body
	for _, p := range splitFieldPath(field) {
		n = childNode(unwrapNode(n, anchors), p)
		if n == nil {
			break
		}
		line = nodeLine(n)
	}
	return line
}

// fieldPathPart is a mapping key or a list index.
type fieldPathPart struct {
	key   string
	index int // -1 for a key
}

// splitFieldPath cuts "a.b[0].'c.d'" into its parts.
func splitFieldPath(path string) []fieldPathPart {
	path = strings.TrimPrefix(strings.TrimPrefix(path, "$"), ".")
	var parts []fieldPathPart
	for len(path) > 0 {
		switch path[0] {
		case '.':
			path = path[1:]
		case '[':
			end := strings.IndexByte(path, ']')
			if end < 0 {
				return parts
			}
			i, err := strconv.Atoi(path[1:end])
			if err != nil {
				return parts
			}
			parts = append(parts, fieldPathPart{index: i})
			path = path[end+1:]
		case '\'':
			end := strings.IndexByte(path[1:], '\'')
			if end < 0 {
				return parts
			}
			parts = append(parts, fieldPathPart{key: path[1 : end+1], index: -1})
			path = path[end+2:]
		default:
			end := strings.IndexAny(path, ".[")
			if end < 0 {
				end = len(path)
			}
			parts = append(parts, fieldPathPart{key: path[:end], index: -1})
			path = path[end:]
		}
	}
	return parts
}

// unwrap follows anchors and aliases.
func unwrapNode(n ast.Node, anchors map[string]ast.Node) ast.Node {
	for i := 0; n != nil && i <= MaxDepth; i++ {
		switch x := n.(type) {
		case *ast.AnchorNode:
			n = x.Value
		case *ast.AliasNode:
			n = anchors[nodeName(x.Value)]
		case *ast.TagNode:
			n = x.Value
		default:
			return n
		}
	}
	return n
}

// child returns the value at p in n: the value of key p.key in a mapping
// (the key node when the value is empty), or item p.index of a list.
func childNode(n ast.Node, p fieldPathPart) ast.Node {
	if p.index >= 0 {
		seq, ok := n.(*ast.SequenceNode)
		if !ok || p.index >= len(seq.Values) {
			return nil
		}
		return seq.Values[p.index]
	}
	kvs, ok := mappingEntries(n)
	if !ok {
		return nil
	}
	for _, kv := range kvs {
		if scalarText(kv.Key) != p.key {
			continue
		}
		if kv.Value == nil || nodeLine(kv.Value) == 0 {
			return kv.Key
		}
		if _, null := kv.Value.(*ast.NullNode); null {
			return kv.Key
		}
		return kv.Value
	}
	return nil
}
