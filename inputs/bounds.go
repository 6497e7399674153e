package inputs

import (
	"fmt"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// checkDepth bounds the nesting of the document from its tokens, before
// the parser runs: flow collections count their brackets, block
// collections the columns of their entries ("- ") and keys.
func checkDepth(tks token.Tokens, source string) error {
	flow := 0
	var block []int // columns of the enclosing block entries and keys
	for _, tk := range tks {
		switch tk.Type {
		case token.SequenceStartType, token.MappingStartType:
			flow++
		case token.SequenceEndType, token.MappingEndType:
			flow = max(flow-1, 0)
		case token.DocumentHeaderType, token.DocumentEndType:
			flow, block = 0, block[:0]
		case token.SequenceEntryType, token.MappingKeyType:
			if flow == 0 {
				block = nest(block, tk.Position.Column)
			}
		case token.MappingValueType:
			if flow == 0 && tk.Prev != nil {
				block = nest(block, tk.Prev.Position.Column)
			}
		default:
			continue
		}
		if flow+len(block) > MaxDepth {
			return &limitError{source: source, line: tk.Position.Line,
				msg: fmt.Sprintf("the YAML nests more than %d levels deep: flatten it (a real file needs a few levels)", MaxDepth)}
		}
	}
	return nil
}

// nest pushes a block collection at column col, after leaving those that
// end at or after that column.
func nest(stack []int, col int) []int {
	for len(stack) > 0 && stack[len(stack)-1] >= col {
		stack = stack[:len(stack)-1]
	}
	return append(stack, col)
}

// counter sizes documents with every alias replaced by its anchor's
// value, without expanding anything: an anchor's size is remembered, an
// alias costs that size. Sizes saturate just past MaxNodes.
type counter struct {
	anchors map[string]int
	total   int
	source  string
	err     error
}

func (c *counter) add(n int) {
	c.total = sat(c.total + n)
	if c.total > MaxNodes && c.err == nil {
		c.fail(0)
	}
}

func (c *counter) fail(line int) {
	c.err = &limitError{source: c.source, line: line,
		msg: fmt.Sprintf("the YAML holds more than %d values once its aliases (*name) are expanded: write the repeated parts out, or remove the anchors (&name) and aliases", MaxNodes)}
}

func sat(n int) int { return min(n, MaxNodes+1) }

// size returns the expanded size of n and records the anchors it defines.
func (c *counter) size(n ast.Node) int {
	if n == nil || c.err != nil {
		return 0
	}
	switch n := n.(type) {
	case *ast.DocumentNode:
		return c.size(n.Body)
	case *ast.MappingNode:
		return collectionSize(c, n, n.Values)
	case *ast.MappingValueNode:
		return sat(c.size(n.Key) + c.size(n.Value))
	case *ast.MappingKeyNode:
		return c.size(n.Value)
	case *ast.SequenceNode:
		return collectionSize(c, n, n.Values)
	case *ast.TagNode:
		return c.size(n.Value)
	case *ast.AnchorNode:
		s := c.size(n.Value)
		c.anchors[nodeName(n.Name)] = s
		return s
	case *ast.AliasNode:
		if s, ok := c.anchors[nodeName(n.Value)]; ok {
			return s
		}
		return 1
	case *ast.CommentNode:
		return 0
	}
	return 1
}

// collectionSize is the size of a collection: itself and its values.
func collectionSize[T ast.Node](c *counter, n ast.Node, values []T) int {
	s := 1
	for _, v := range values {
		s = sat(s + c.size(v))
	}
	return c.check(s, n)
}

// check reports the innermost collection whose expanded size goes past
// MaxNodes: that is where the aliases multiply.
func (c *counter) check(s int, n ast.Node) int {
	if s > MaxNodes && c.err == nil {
		c.fail(nodeLine(n))
	}
	return s
}

func nodeName(n ast.Node) string {
	if n == nil || n.GetToken() == nil {
		return ""
	}
	return n.GetToken().Value
}

func nodeLine(n ast.Node) int {
	if tk := n.GetToken(); tk != nil && tk.Position != nil {
		return tk.Position.Line
	}
	return 0
}
