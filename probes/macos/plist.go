// Package macos reads a macOS host through a host access (the machine
// itself with --local, a collect bundle): its version
// (SystemVersion.plist), installed applications (/Applications/*.app
// Info.plist), installer packages (pkgutil --pkgs), processes (ps -axo
// comm=) and listening TCP sockets (lsof, netstat as fallback). Its
// parsers are portable and tested on any OS with recorded outputs; it
// runs no command itself, only the allow-listed ones through the access.
// It imports probes/hostaccess only; the host probes (osdetect, remote,
// passwords, hostlog) import it.
package macos

import (
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
)

// MaxPlist bounds a property list read.
const MaxPlist = 1 << 20

// ParsePlist returns the string values of a property list's top-level
// dictionary, from its XML form or its binary form (bplist00, read with
// the bounded parser below; plutil is not run). Values that are not
// strings are left out.
func ParsePlist(data []byte) (map[string]string, error) {
	if len(data) > MaxPlist {
		return nil, fmt.Errorf("property list: %d bytes, over the %d-byte bound", len(data), MaxPlist)
	}
	if bytes.HasPrefix(data, []byte("bplist00")) {
		return parseBinary(data)
	}
	return parseXML(data)
}

// parseXML reads <plist><dict><key>K</key><string>V</string>...</dict>.
func parseXML(data []byte) (map[string]string, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	out := map[string]string{}
	depth, key, inDict := 0, "", false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) && inDict {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("XML property list: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case depth == 1 && t.Name.Local != "plist", depth == 2 && t.Name.Local != "dict":
				return nil, fmt.Errorf("XML property list: <%s> where a plist dictionary is expected", t.Name.Local)
			case depth == 2:
				inDict = true
			case depth == 3 && t.Name.Local == "key":
				var s string
				if err := d.DecodeElement(&s, &t); err != nil {
					return nil, fmt.Errorf("XML property list: %v", err)
				}
				key, depth = s, depth-1
			case depth == 3 && t.Name.Local == "string" && key != "":
				var s string
				if err := d.DecodeElement(&s, &t); err != nil {
					return nil, fmt.Errorf("XML property list: %v", err)
				}
				out[key], key, depth = s, "", depth-1
			case depth == 3:
				if err := d.Skip(); err != nil {
					return nil, fmt.Errorf("XML property list: %v", err)
				}
				key, depth = "", depth-1
			}
		case xml.EndElement:
			depth--
		}
	}
}

// bplist is a binary property list's trailer and data.
type bplist struct {
	data                []byte
	offSize, refSize    int
	numObjects, offsets uint64
}

// parseBinary reads a bplist00 whose top object is a dictionary.
func parseBinary(data []byte) (map[string]string, error) {
	if len(data) < 8+32 {
		return nil, errors.New("binary property list: truncated")
	}
	tr := data[len(data)-32:]
	p := bplist{data: data, offSize: int(tr[6]), refSize: int(tr[7]),
		numObjects: binary.BigEndian.Uint64(tr[8:]), offsets: binary.BigEndian.Uint64(tr[24:])}
	top := binary.BigEndian.Uint64(tr[16:])
	end := uint64(len(data) - 32)
	if p.offSize < 1 || p.offSize > 8 || p.refSize < 1 || p.refSize > 8 || p.numObjects == 0 ||
		p.numObjects > end || p.offsets > end || (end-p.offsets)/uint64(p.offSize) < p.numObjects || top >= p.numObjects {
		return nil, errors.New("binary property list: bad trailer")
	}
	off, err := p.object(top)
	if err != nil {
		return nil, err
	}
	if data[off]>>4 != 0xD {
		return nil, errors.New("binary property list: the top object is not a dictionary")
	}
	n, at, err := p.count(off)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for i := range n {
		k, kerr := p.stringRef(at + i*uint64(p.refSize))
		v, verr := p.stringRef(at + (n+i)*uint64(p.refSize))
		if kerr == nil && verr == nil {
			out[k] = v
		}
	}
	return out, nil
}

// uint reads a big-endian unsigned integer of size bytes at off.
func (p bplist) uint(off uint64, size int) (uint64, error) {
	if off > uint64(len(p.data)) || uint64(len(p.data))-off < uint64(size) {
		return 0, errors.New("binary property list: read past the end")
	}
	var v uint64
	for _, b := range p.data[off : off+uint64(size)] {
		v = v<<8 | uint64(b)
	}
	return v, nil
}

// object returns the offset of object i.
func (p bplist) object(i uint64) (uint64, error) {
	off, err := p.uint(p.offsets+i*uint64(p.offSize), p.offSize)
	if err != nil || off < 8 || off >= p.offsets {
		return 0, errors.New("binary property list: object offset out of range")
	}
	return off, nil
}

// count returns the length of the object at off and where its content
// starts.
func (p bplist) count(off uint64) (uint64, uint64, error) {
	n := uint64(p.data[off] & 0x0F)
	at := off + 1
	if n == 0x0F {
		if at >= uint64(len(p.data)) || p.data[at]>>4 != 0x1 {
			return 0, 0, errors.New("binary property list: bad length")
		}
		size := 1 << (p.data[at] & 0x0F)
		if size > 8 {
			return 0, 0, errors.New("binary property list: bad length")
		}
		v, err := p.uint(at+1, size)
		if err != nil {
			return 0, 0, err
		}
		n, at = v, at+1+uint64(size)
	}
	if n > uint64(len(p.data)) {
		return 0, 0, errors.New("binary property list: length past the end")
	}
	return n, at, nil
}

// stringRef reads the string the reference at off points to.
func (p bplist) stringRef(off uint64) (string, error) {
	ref, err := p.uint(off, p.refSize)
	if err != nil || ref >= p.numObjects {
		return "", errors.New("binary property list: bad reference")
	}
	o, err := p.object(ref)
	if err != nil {
		return "", err
	}
	n, at, err := p.count(o)
	if err != nil {
		return "", err
	}
	switch p.data[o] >> 4 {
	case 0x5:
		if _, err := p.uint(at, 0); err != nil || uint64(len(p.data))-at < n {
			return "", errors.New("binary property list: string past the end")
		}
		return string(p.data[at : at+n]), nil
	case 0x6:
		if at > uint64(len(p.data)) || uint64(len(p.data))-at < 2*n {
			return "", errors.New("binary property list: string past the end")
		}
		u := make([]uint16, n)
		for i := range u {
			u[i] = binary.BigEndian.Uint16(p.data[at+2*uint64(i):])
		}
		return string(utf16.Decode(u)), nil
	}
	return "", errors.New("not a string")
}

// clean trims a value for evidence.
func clean(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s))
}
