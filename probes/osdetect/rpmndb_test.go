package osdetect

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/adler32"
	"os"
	"testing"
)

// makeNDB lays out an ndb Packages.db holding headers, one slot page,
// the blobs after it.
func makeNDB(headers ...[]byte) []byte {
	le := binary.LittleEndian
	out := make([]byte, ndbPageSize)
	copy(out, "RpmP")
	le.PutUint32(out[12:], 1)
	le.PutUint32(out[16:], uint32(len(headers)+1))
	for off := ndbHeadSize; off < ndbPageSize; off += ndbSlotSize {
		copy(out[off:], "Slot")
	}
	for i, h := range headers {
		var b bytes.Buffer
		b.WriteString("BlbS")
		binary.Write(&b, le, []uint32{uint32(i + 1), 0, uint32(len(h))})
		b.Write(h)
		for (b.Len()+ndbBlobTail)%ndbBlockSize != 0 {
			b.WriteByte(0)
		}
		sum := adler32.Checksum(b.Bytes())
		binary.Write(&b, le, []uint32{sum, uint32(len(h))})
		b.WriteString("BlbE")
		slot := out[ndbHeadSize+i*ndbSlotSize:]
		le.PutUint32(slot[4:], uint32(i+1))
		le.PutUint32(slot[8:], uint32(len(out)/ndbBlockSize))
		le.PutUint32(slot[12:], uint32(b.Len()/ndbBlockSize))
		out = append(out, b.Bytes()...)
	}
	return out
}

// The recorded SUSE database (testdata/sle15-bci/SOURCE.md) reads
// completely: its 35 packages, in slot order.
func TestParseRPMNDBRecorded(t *testing.T) {
	data, err := os.ReadFile("testdata/sle15-bci/Packages.db")
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := ParseRPMNDB(data)
	if err != nil || len(pkgs) != 35 {
		t.Fatalf("%d packages, %v", len(pkgs), err)
	}
	if pkgs[0] != (Package{"system-user-root", "20190513-3.3.1"}) || pkgs[34] != (Package{"rpm-ndb", "4.14.3-40.1"}) {
		t.Fatalf("%v ... %v", pkgs[0], pkgs[34])
	}
	// One byte changed in a blob, a truncated file, a damaged slot: errors.
	flipped := append([]byte(nil), data...)
	flipped[ndbPageSize+100] ^= 1
	slot := append([]byte(nil), data...)
	slot[ndbHeadSize+1] = 'X'
	for name, d := range map[string][]byte{"flipped": flipped, "truncated": data[:len(data)-1000], "slot": slot, "header only": data[:ndbPageSize]} {
		if p, err := ParseRPMNDB(d); err == nil {
			t.Errorf("%s: %d packages, no error", name, len(p))
		}
	}
	// The slot page alone (every blob gone) is an error, not "nothing
	// installed".
	if _, err := ParseRPMNDB(data[:ndbPageSize]); !errors.Is(err, ErrRPMNDB) {
		t.Fatal(err)
	}
}

func TestParseRPMNDBMade(t *testing.T) {
	pkgs, err := ParseRPMNDB(makeNDB(validHeader(), makeHeader(str(rpmTagName, "gpg-pubkey"), str(rpmTagVersion, "1"), str(rpmTagRelease, "2"))))
	if err != nil || len(pkgs) != 1 || pkgs[0] != (Package{"x11vnc", "0.9.16-8.el9"}) {
		t.Fatalf("%v %v", pkgs, err)
	}
	if pkgs, err := ParseRPMNDB(makeNDB()); err != nil || len(pkgs) != 0 {
		t.Fatalf("empty database: %v %v", pkgs, err)
	}
	bad := makeNDB(validHeader()[:40])
	if _, err := ParseRPMNDB(bad); !errors.Is(err, ErrRPMHeader) {
		t.Fatalf("bad header inside a good blob: %v", err)
	}
}

func FuzzParseRPMNDB(f *testing.F) {
	f.Add(makeNDB(validHeader()))
	f.Add(makeNDB(validHeader(), validHeader()))
	f.Fuzz(func(t *testing.T, b []byte) {
		pkgs, err := ParseRPMNDB(b)
		if err != nil && pkgs != nil {
			t.Fatal("packages with an error")
		}
		for _, p := range pkgs {
			if p.Name == "" || p.Version == "" {
				t.Fatalf("package %+v", p)
			}
		}
	})
}
