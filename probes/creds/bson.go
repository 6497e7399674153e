package creds

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strconv"
)

// bsonDoc is a decoded BSON document (or array: keys "0", "1"...), in
// order. Values are float64, string, bsonDoc, bsonArray, bool, int32,
// int64, or nil for the types only skipped (ObjectId, dates, binary...).
type bsonDoc []bsonElem

type bsonElem struct {
	Key string
	Val any
}

// bsonArray is a decoded BSON array.
type bsonArray []any

// BSON limits: nesting depth and element count of one reply.
const (
	bsonMaxDepth = 16
	bsonMaxElems = 4096
)

// get returns the value of key (nil if absent).
func (d bsonDoc) get(key string) any {
	for _, e := range d {
		if e.Key == key {
			return e.Val
		}
	}
	return nil
}

// number reads a numeric (or bool) value as a float64.
func number(v any) (float64, bool) {
	switch n := v.(type) {
	case float64:
		return n, true
	case int32:
		return float64(n), true
	case int64:
		return float64(n), true
	case bool:
		if n {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// encodeBSON encodes d; values are float64, string, bsonDoc, bsonArray,
// bool or int32.
func encodeBSON(d bsonDoc) []byte {
	var b bytes.Buffer
	b.Write([]byte{0, 0, 0, 0})
	for _, e := range d {
		switch v := e.Val.(type) {
		case float64:
			bsonKey(&b, 0x01, e.Key)
			b.Write(binary.LittleEndian.AppendUint64(nil, math.Float64bits(v)))
		case string:
			bsonKey(&b, 0x02, e.Key)
			b.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(v)+1)))
			b.WriteString(v)
			b.WriteByte(0)
		case bsonDoc:
			bsonKey(&b, 0x03, e.Key)
			b.Write(encodeBSON(v))
		case bsonArray:
			bsonKey(&b, 0x04, e.Key)
			items := make(bsonDoc, len(v))
			for i, x := range v {
				items[i] = bsonElem{Key: strconv.Itoa(i), Val: x}
			}
			b.Write(encodeBSON(items))
		case bool:
			bsonKey(&b, 0x08, e.Key)
			if v {
				b.WriteByte(1)
			} else {
				b.WriteByte(0)
			}
		case int32:
			bsonKey(&b, 0x10, e.Key)
			b.Write(binary.LittleEndian.AppendUint32(nil, uint32(v)))
		default:
			panic(fmt.Sprintf("encodeBSON: unsupported %T", v))
		}
	}
	b.WriteByte(0)
	out := b.Bytes()
	binary.LittleEndian.PutUint32(out, uint32(len(out)))
	return out
}

func bsonKey(b *bytes.Buffer, typ byte, key string) {
	b.WriteByte(typ)
	b.WriteString(key)
	b.WriteByte(0)
}

// decodeBSON decodes one document that fills b exactly.
func decodeBSON(b []byte) (bsonDoc, error) {
	d := &bsonDecoder{}
	doc, n, err := d.doc(b, 0)
	if err != nil {
		return nil, err
	}
	if n != len(b) {
		return nil, fmt.Errorf("BSON: %d bytes after the document", len(b)-n)
	}
	return doc, nil
}

type bsonDecoder struct{ elems int }

var errBSONShort = errors.New("BSON: truncated")

// doc decodes the document at the start of b and returns its length.
func (d *bsonDecoder) doc(b []byte, depth int) (bsonDoc, int, error) {
	if depth > bsonMaxDepth {
		return nil, 0, errors.New("BSON: nested too deep")
	}
	if len(b) < 5 {
		return nil, 0, errBSONShort
	}
	n := int(binary.LittleEndian.Uint32(b))
	if n < 5 || n > len(b) || b[n-1] != 0 {
		return nil, 0, fmt.Errorf("BSON: bad document length %d (%d bytes left)", n, len(b))
	}
	body, out := b[4:n-1], bsonDoc{}
	for len(body) > 0 {
		if d.elems++; d.elems > bsonMaxElems {
			return nil, 0, errors.New("BSON: too many elements")
		}
		typ := body[0]
		key, rest, err := cstring(body[1:])
		if err != nil {
			return nil, 0, err
		}
		val, used, err := d.value(typ, rest, depth)
		if err != nil {
			return nil, 0, fmt.Errorf("BSON %q: %w", clip(key), err)
		}
		out = append(out, bsonElem{Key: key, Val: val})
		body = rest[used:]
	}
	return out, n, nil
}

// bsonFixed is the size of the fixed-size types only skipped: ObjectId,
// date, null, timestamp, decimal128, undefined, min and max keys.
func bsonFixed(typ byte) (int, bool) {
	switch typ {
	case 0x07:
		return 12, true
	case 0x09, 0x11:
		return 8, true
	case 0x13:
		return 16, true
	case 0x06, 0x0A, 0x7F, 0xFF:
		return 0, true
	}
	return 0, false
}

// value decodes one value of type typ at the start of b and returns the
// bytes it used.
func (d *bsonDecoder) value(typ byte, b []byte, depth int) (any, int, error) {
	switch typ {
	case 0x01, 0x12:
		if len(b) < 8 {
			return nil, 0, errBSONShort
		}
		u := binary.LittleEndian.Uint64(b)
		if typ == 0x01 {
			return math.Float64frombits(u), 8, nil
		}
		return int64(u), 8, nil
	case 0x02:
		return bsonString(b)
	case 0x03, 0x04:
		doc, n, err := d.doc(b, depth+1)
		if err != nil || typ == 0x03 {
			return doc, n, err
		}
		arr := make(bsonArray, 0, len(doc))
		for _, e := range doc {
			arr = append(arr, e.Val)
		}
		return arr, n, nil
	case 0x05:
		if len(b) < 5 {
			return nil, 0, errBSONShort
		}
		n := int64(binary.LittleEndian.Uint32(b))
		if n > int64(len(b)-5) {
			return nil, 0, errBSONShort
		}
		return nil, 5 + int(n), nil
	case 0x08:
		if len(b) < 1 || b[0] > 1 {
			return nil, 0, errors.New("BSON: bad bool")
		}
		return b[0] == 1, 1, nil
	case 0x10:
		if len(b) < 4 {
			return nil, 0, errBSONShort
		}
		return int32(binary.LittleEndian.Uint32(b)), 4, nil
	}
	if n, ok := bsonFixed(typ); ok {
		if len(b) < n {
			return nil, 0, errBSONShort
		}
		return nil, n, nil
	}
	return nil, 0, fmt.Errorf("unsupported BSON type 0x%02x", typ)
}

func bsonString(b []byte) (any, int, error) {
	if len(b) < 5 {
		return nil, 0, errBSONShort
	}
	n := int64(binary.LittleEndian.Uint32(b))
	if n < 1 || n > int64(len(b)-4) || b[4+n-1] != 0 {
		return nil, 0, errors.New("BSON: bad string length")
	}
	return string(b[4 : 4+n-1]), 4 + int(n), nil
}

func cstring(b []byte) (string, []byte, error) {
	i := bytes.IndexByte(b, 0)
	if i < 0 {
		return "", nil, errors.New("BSON: unterminated key")
	}
	return string(b[:i]), b[i+1:], nil
}
