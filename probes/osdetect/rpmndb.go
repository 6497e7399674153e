package osdetect

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/adler32"
)

// Layout of rpm's ndb package database (Packages.db, SUSE): a header and
// slot pages, then blobs in 16-byte blocks. Integers are little-endian.
const (
	ndbPageSize  = 4096
	ndbBlockSize = 16
	ndbHeadSize  = 32 // "RpmP", version, generation, slot pages, next index...
	ndbSlotSize  = 16 // "Slot", package index, block offset, block count
	ndbBlobHead  = 16 // "BlbS", package index, timestamp, blob length
	ndbBlobTail  = 12 // adler32, blob length, "BlbE"
	// ndbMaxSlotPages bounds the slot area (rpm grows it a page at a
	// time; 4096 pages is a million packages).
	ndbMaxSlotPages = 4096
)

// ErrRPMNDB: a Packages.db that does not parse completely.
var ErrRPMNDB = errors.New("malformed rpm ndb database")

// ParseRPMNDB reads every package of an ndb Packages.db: each used slot
// names a blob whose head, tail and checksum must agree, and whose
// content is an RPM header. Any defect is an error, never a shorter
// list.
func ParseRPMNDB(data []byte) ([]Package, error) {
	if len(data) < ndbPageSize || string(data[:4]) != "RpmP" {
		return nil, fmt.Errorf("%w: no ndb header", ErrRPMNDB)
	}
	le := binary.LittleEndian
	version, slotPages := le.Uint32(data[4:]), le.Uint32(data[12:])
	if version != 0 || slotPages == 0 || slotPages > ndbMaxSlotPages || uint64(slotPages)*ndbPageSize > uint64(len(data)) {
		return nil, fmt.Errorf("%w: version %d, %d slot pages for %d bytes", ErrRPMNDB, version, slotPages, len(data))
	}
	slotEnd := int(slotPages) * ndbPageSize
	var pkgs []Package
	for off := ndbHeadSize; off+ndbSlotSize <= slotEnd; off += ndbSlotSize {
		slot := data[off : off+ndbSlotSize]
		if string(slot[:4]) != "Slot" {
			return nil, fmt.Errorf("%w: slot at %d has no magic", ErrRPMNDB, off)
		}
		idx, blkOff, blkCnt := le.Uint32(slot[4:]), le.Uint32(slot[8:]), le.Uint32(slot[12:])
		if idx == 0 {
			continue // free slot
		}
		blob, err := ndbBlob(data, slotEnd, idx, blkOff, blkCnt)
		if err != nil {
			return nil, fmt.Errorf("%w: package %d: %v", ErrRPMNDB, idx, err)
		}
		h, err := ParseRPMHeader(blob)
		if err != nil {
			return nil, fmt.Errorf("package %d: %w", idx, err)
		}
		if h.Name != "gpg-pubkey" {
			pkgs = append(pkgs, h.Package())
		}
	}
	return pkgs, nil
}

// ndbBlob returns the content of the blob of package idx, checked.
func ndbBlob(data []byte, slotEnd int, idx, blkOff, blkCnt uint32) ([]byte, error) {
	start, size := uint64(blkOff)*ndbBlockSize, uint64(blkCnt)*ndbBlockSize
	if start < uint64(slotEnd) || size < ndbBlobHead+ndbBlobTail || start+size > uint64(len(data)) {
		return nil, fmt.Errorf("blocks %d+%d outside the blob area", blkOff, blkCnt)
	}
	b := data[start : start+size]
	le := binary.LittleEndian
	if string(b[:4]) != "BlbS" || le.Uint32(b[4:]) != idx {
		return nil, errors.New("blob head does not name the package")
	}
	n := uint64(le.Uint32(b[12:]))
	tail := b[size-ndbBlobTail:]
	if n > size-ndbBlobHead-ndbBlobTail || string(tail[8:]) != "BlbE" || uint64(le.Uint32(tail[4:])) != n {
		return nil, errors.New("blob tail does not match its head")
	}
	if adler32.Checksum(b[:size-ndbBlobTail]) != le.Uint32(tail) {
		return nil, errors.New("blob checksum mismatch")
	}
	return b[ndbBlobHead : ndbBlobHead+n], nil
}
