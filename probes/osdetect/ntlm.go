package osdetect

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

// NTLMVersion is the VERSION structure of an NTLM message.
type NTLMVersion struct {
	Major, Minor uint8
	Build        uint16
	Revision     uint8
}

func (v NTLMVersion) String() string { return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Build) }

const negotiateVersion = 0x02000000

// ParseNTLMChallenge reads the VERSION of an NTLMSSP CHALLENGE message
// (type 2), as carried by SMB2 session setup, RDP CredSSP or HTTP
// WWW-Authenticate: NTLM. It errors when the message does not carry one.
func ParseNTLMChallenge(b []byte) (NTLMVersion, error) {
	if i := bytes.Index(b, []byte("NTLMSSP\x00")); i > 0 {
		b = b[i:]
	}
	if len(b) < 56 || !bytes.HasPrefix(b, []byte("NTLMSSP\x00")) {
		return NTLMVersion{}, errors.New("not an NTLMSSP message of at least 56 bytes")
	}
	if binary.LittleEndian.Uint32(b[8:12]) != 2 {
		return NTLMVersion{}, errors.New("not an NTLM CHALLENGE message (type 2)")
	}
	if binary.LittleEndian.Uint32(b[20:24])&negotiateVersion == 0 {
		return NTLMVersion{}, errors.New("the server did not set NEGOTIATE_VERSION: no version in the message")
	}
	v := b[48:56]
	return NTLMVersion{Major: v[0], Minor: v[1], Build: binary.LittleEndian.Uint16(v[2:4]), Revision: v[7]}, nil
}

// windowsBuilds maps NT builds to Windows Server releases (endoflife.date
// cycles of windows-server) and the client sharing the build.
var windowsBuilds = map[uint16]struct{ release, name, client string }{
	7601:  {"2008-r2-sp1", "Windows Server 2008 R2 SP1", "Windows 7 SP1"},
	9200:  {"2012", "Windows Server 2012", "Windows 8"},
	9600:  {"2012-r2", "Windows Server 2012 R2", "Windows 8.1"},
	14393: {"2016", "Windows Server 2016", "Windows 10 1607"},
	17763: {"2019", "Windows Server 2019", "Windows 10 1809"},
	20348: {"2022", "Windows Server 2022", ""},
	26100: {"2025", "Windows Server 2025", "Windows 11 24H2"},
}

// WindowsFromBuild turns a Windows version into an OS detection; the
// release is unknown for a build not in the table.
func WindowsFromBuild(v NTLMVersion, source, seen string) *OS {
	o := &OS{Product: "windows-server", Build: v.String(), Confidence: Strong, Source: source, Seen: seen}
	w, ok := windowsBuilds[v.Build]
	if !ok {
		o.Name, o.Confidence = "Windows "+v.String(), Weak
		o.Note = "build not in the table of Windows Server releases"
		return o
	}
	o.Name, o.Release = w.name, w.release
	if w.client != "" {
		o.Note = "the same build is " + w.client + " on a workstation"
	}
	return o
}
