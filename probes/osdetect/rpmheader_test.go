package osdetect

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"
)

// testEntry is one entry of a header made by makeHeader.
type testEntry struct {
	tag, typ uint32
	data     []byte
}

// makeHeader lays out a header blob as rpm stores it (index then data;
// 32-bit values aligned).
func makeHeader(entries ...testEntry) []byte {
	var index, data bytes.Buffer
	for _, e := range entries {
		if e.typ == rpmTypeInt32 {
			for data.Len()%4 != 0 {
				data.WriteByte(0)
			}
		}
		for _, v := range []uint32{e.tag, e.typ, uint32(data.Len()), 1} {
			binary.Write(&index, binary.BigEndian, v)
		}
		data.Write(e.data)
	}
	var out bytes.Buffer
	binary.Write(&out, binary.BigEndian, uint32(len(entries)))
	binary.Write(&out, binary.BigEndian, uint32(data.Len()))
	out.Write(index.Bytes())
	out.Write(data.Bytes())
	return out.Bytes()
}

func str(tag uint32, s string) testEntry { return testEntry{tag, rpmTypeString, append([]byte(s), 0)} }

func validHeader() []byte {
	return makeHeader(str(rpmTagName, "x11vnc"), str(1004, "summary"), str(rpmTagVersion, "0.9.16"),
		testEntry{rpmTagEpoch, rpmTypeInt32, []byte{0, 0, 0, 1}}, str(rpmTagRelease, "8.el9"), str(rpmTagArch, "x86_64"))
}

func TestParseRPMHeader(t *testing.T) {
	h, err := ParseRPMHeader(validHeader())
	if err != nil || h.Name != "x11vnc" || h.Version != "0.9.16" || h.Release != "8.el9" || h.Arch != "x86_64" || !h.HasEpoch || h.Epoch != 1 {
		t.Fatalf("%+v %v", h, err)
	}
	if p := h.Package(); p.Name != "x11vnc" || p.Version != "0.9.16-8.el9" {
		t.Fatalf("%+v", p)
	}
}

// Every defect of a blob is an error, never a partial header.
func TestParseRPMHeaderStrict(t *testing.T) {
	good := validHeader()
	unterminated := makeHeader(str(rpmTagVersion, "1"), str(rpmTagRelease, "1"), testEntry{rpmTagName, rpmTypeString, []byte("abc")})
	badOffset := append([]byte(nil), good...)
	binary.BigEndian.PutUint32(badOffset[8+8:], 0xfffffff0)
	wrongType := makeHeader(testEntry{rpmTagName, rpmTypeInt32, []byte{0, 0, 0, 1}}, str(rpmTagVersion, "1"), str(rpmTagRelease, "1"))
	misaligned := makeHeader(str(rpmTagName, "a"), str(rpmTagVersion, "1"), str(rpmTagRelease, "1"), testEntry{rpmTagEpoch, rpmTypeInt32, []byte{0, 0, 0, 1}})
	binary.BigEndian.PutUint32(misaligned[8+48+8:], 2) // the epoch's offset, inside "1\x00" of the release
	repeated := makeHeader(str(rpmTagName, "a"), str(rpmTagName, "b"), str(rpmTagVersion, "1"), str(rpmTagRelease, "1"))
	for name, blob := range map[string][]byte{
		"empty":         nil,
		"truncated":     good[:len(good)-1],
		"padded":        append(append([]byte(nil), good...), 0),
		"no release":    makeHeader(str(rpmTagName, "a"), str(rpmTagVersion, "1")),
		"unterminated":  unterminated,
		"offset":        badOffset,
		"wrong type":    wrongType,
		"repeated":      repeated,
		"misaligned":    misaligned,
		"huge count":    {0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0},
		"empty name":    makeHeader(str(rpmTagName, ""), str(rpmTagVersion, "1"), str(rpmTagRelease, "1")),
		"epoch too big": makeHeader(str(rpmTagName, "a"), str(rpmTagVersion, "1"), str(rpmTagRelease, "1"), testEntry{rpmTagEpoch, rpmTypeInt32, []byte{0, 0}}),
	} {
		if h, err := ParseRPMHeader(blob); !errors.Is(err, ErrRPMHeader) {
			t.Errorf("%s: %+v %v", name, h, err)
		}
	}
}

func FuzzParseRPMHeader(f *testing.F) {
	f.Add(validHeader())
	f.Add(makeHeader(str(rpmTagName, "gpg-pubkey"), str(rpmTagVersion, "fd431d51"), str(rpmTagRelease, "4ae0493b")))
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := ParseRPMHeader(b)
		if err != nil {
			return
		}
		if h.Name == "" || h.Version == "" || h.Release == "" {
			t.Fatalf("accepted without identity: %+v", h)
		}
		if len(b) < 8+16 {
			t.Fatalf("accepted %d bytes", len(b))
		}
	})
}
