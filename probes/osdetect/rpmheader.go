package osdetect

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

// RPM header tags read from a package's header blob.
const (
	rpmTagName    = 1000
	rpmTagVersion = 1001
	rpmTagRelease = 1002
	rpmTagEpoch   = 1003
	rpmTagArch    = 1022
)

// RPM header entry types used by those tags.
const (
	rpmTypeInt32  = 4
	rpmTypeString = 6
)

// Bounds of a header blob, as rpm itself checks them (HEADER_TAGS_MAX,
// HEADER_DATA_MAX).
const (
	rpmMaxEntries = 0xffff
	rpmMaxData    = 0x0fffffff
)

// ErrRPMHeader: a package header blob that does not parse completely.
var ErrRPMHeader = errors.New("malformed RPM header")

// RPMHeader is what an installed package's header says of it.
type RPMHeader struct {
	Name, Version, Release, Arch string
	// Epoch is set when HasEpoch.
	Epoch    int32
	HasEpoch bool
}

// Package returns the package as 'rpm -qa --qf "%{NAME} %{VERSION}-%{RELEASE}"' lists it.
func (h RPMHeader) Package() Package {
	return Package{Name: h.Name, Version: h.Version + "-" + h.Release}
}

// rpmEntry is one index entry of a header.
type rpmEntry struct {
	tag, typ, offset, count uint32
}

// ParseRPMHeader reads one header blob as the rpm database stores it
// (no lead magic): the entry count and data length, the index entries,
// then the data store. Every length and offset is checked against the
// blob, which must be used exactly; name, version and release are
// required.
func ParseRPMHeader(blob []byte) (RPMHeader, error) {
	var h RPMHeader
	if len(blob) < 8 {
		return h, fmt.Errorf("%w: %d bytes", ErrRPMHeader, len(blob))
	}
	il, dl := binary.BigEndian.Uint32(blob), binary.BigEndian.Uint32(blob[4:])
	if il == 0 || il > rpmMaxEntries || dl > rpmMaxData {
		return h, fmt.Errorf("%w: %d entries, %d data bytes", ErrRPMHeader, il, dl)
	}
	if want := 8 + 16*uint64(il) + uint64(dl); want != uint64(len(blob)) {
		return h, fmt.Errorf("%w: %d bytes for %d announced", ErrRPMHeader, len(blob), want)
	}
	index, data := blob[8:8+16*il], blob[8+16*il:]
	for i := uint32(0); i < il; i++ {
		e := index[16*i:]
		ent := rpmEntry{binary.BigEndian.Uint32(e), binary.BigEndian.Uint32(e[4:]), binary.BigEndian.Uint32(e[8:]), binary.BigEndian.Uint32(e[12:])}
		if ent.offset >= dl && !(ent.offset == dl && ent.count == 0) {
			return h, fmt.Errorf("%w: entry %d (tag %d) at %d outside %d data bytes", ErrRPMHeader, i, ent.tag, ent.offset, dl)
		}
		if err := h.set(ent, data); err != nil {
			return h, fmt.Errorf("%w: entry %d (tag %d): %v", ErrRPMHeader, i, ent.tag, err)
		}
	}
	if h.Name == "" || h.Version == "" || h.Release == "" {
		return h, fmt.Errorf("%w: no name, version or release", ErrRPMHeader)
	}
	return h, nil
}

// set records one entry of the tags read.
func (h *RPMHeader) set(e rpmEntry, data []byte) error {
	var dst *string
	switch e.tag {
	case rpmTagName:
		dst = &h.Name
	case rpmTagVersion:
		dst = &h.Version
	case rpmTagRelease:
		dst = &h.Release
	case rpmTagArch:
		dst = &h.Arch
	case rpmTagEpoch:
		if h.HasEpoch || e.typ != rpmTypeInt32 || e.count != 1 || e.offset%4 != 0 || uint64(e.offset)+4 > uint64(len(data)) {
			return errors.New("epoch is not one aligned 32-bit integer")
		}
		h.Epoch, h.HasEpoch = int32(binary.BigEndian.Uint32(data[e.offset:])), true
		return nil
	default:
		return nil
	}
	if *dst != "" {
		return errors.New("tag repeated")
	}
	if e.typ != rpmTypeString || e.count != 1 {
		return fmt.Errorf("type %d count %d where one string is expected", e.typ, e.count)
	}
	s := data[e.offset:]
	end := bytes.IndexByte(s, 0)
	if end < 0 {
		return errors.New("string not terminated inside the data")
	}
	if end == 0 {
		return errors.New("empty string")
	}
	*dst = string(s[:end])
	return nil
}
