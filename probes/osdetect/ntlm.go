package osdetect

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
)

// NTLMVersion is the VERSION structure of an NTLM message.
type NTLMVersion struct {
	Major, Minor uint8
	Build        uint16
	Revision     uint8
}

func (v NTLMVersion) String() string { return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Build) }

const negotiateVersion = 0x02000000

// NTLM NEGOTIATE flags conformscan sends: UNICODE, OEM, REQUEST_TARGET,
// NTLM, ALWAYS_SIGN, EXTENDED_SESSIONSECURITY, VERSION, 128, 56. Servers
// fill the CHALLENGE's VERSION only when the client asked for it.
const negotiateFlags = 0xa2088207

// NTLMNegotiate returns an anonymous NTLMSSP NEGOTIATE message (type 1):
// no domain, no workstation, no credentials.
func NTLMNegotiate() []byte {
	b := make([]byte, 40)
	copy(b, "NTLMSSP\x00")
	binary.LittleEndian.PutUint32(b[8:], 1)
	binary.LittleEndian.PutUint32(b[12:], negotiateFlags)
	b[39] = 0x0f // VERSION: 0.0.0, NTLMSSP revision 15
	return b
}

// NTLMInfo is what an NTLM CHALLENGE tells of the server: its version and
// the names of its target information (empty when absent).
type NTLMInfo struct {
	Version         *NTLMVersion `json:"-"`
	VersionString   string       `json:"version,omitempty"`
	TargetName      string       `json:"target_name,omitempty"`
	NetBIOSComputer string       `json:"netbios_computer,omitempty"`
	NetBIOSDomain   string       `json:"netbios_domain,omitempty"`
	DNSComputer     string       `json:"dns_computer,omitempty"`
	DNSDomain       string       `json:"dns_domain,omitempty"`
	DNSTree         string       `json:"dns_tree,omitempty"`
	Source          string       `json:"source"`
	Endpoint        string       `json:"endpoint,omitempty"`
}

// ntlmSignature starts every NTLMSSP message.
const ntlmSignature = "NTLMSSP\x00"

// ParseNTLMChallenge reads the VERSION of an NTLMSSP CHALLENGE message
// (type 2), as carried by SMB2 session setup, RDP CredSSP or HTTP
// WWW-Authenticate: NTLM. It errors when the message does not carry one.
func ParseNTLMChallenge(b []byte) (NTLMVersion, error) {
	info, err := ParseNTLMChallengeInfo(b)
	if err != nil {
		return NTLMVersion{}, err
	}
	if info.Version == nil {
		return NTLMVersion{}, errors.New("the server did not set NEGOTIATE_VERSION: no version in the message")
	}
	return *info.Version, nil
}

// ParseNTLMChallengeInfo reads an NTLMSSP CHALLENGE message (type 2),
// found anywhere in b (a SPNEGO token, an SMB2 security buffer): its
// VERSION when the server set NEGOTIATE_VERSION, its target name and its
// target information (NetBIOS and DNS names).
func ParseNTLMChallengeInfo(b []byte) (NTLMInfo, error) {
	if i := bytes.Index(b, []byte(ntlmSignature)); i > 0 {
		b = b[i:]
	}
	if len(b) < 48 || !bytes.HasPrefix(b, []byte(ntlmSignature)) {
		return NTLMInfo{}, errors.New("not an NTLMSSP message of at least 48 bytes")
	}
	if binary.LittleEndian.Uint32(b[8:12]) != 2 {
		return NTLMInfo{}, errors.New("not an NTLM CHALLENGE message (type 2)")
	}
	var info NTLMInfo
	flags := binary.LittleEndian.Uint32(b[20:24])
	if flags&negotiateVersion != 0 && len(b) >= 56 {
		v := b[48:56]
		info.Version = &NTLMVersion{Major: v[0], Minor: v[1], Build: binary.LittleEndian.Uint16(v[2:4]), Revision: v[7]}
		info.VersionString = info.Version.String()
	}
	if name, ok := ntlmField(b, 12); ok {
		info.TargetName = utf16String(name)
	}
	if ti, ok := ntlmField(b, 40); ok {
		readAVPairs(ti, &info)
	}
	return info, nil
}

// ntlmField returns the payload a field descriptor (length, max length,
// offset) at off points to, when it lies inside b.
func ntlmField(b []byte, off int) ([]byte, bool) {
	if len(b) < off+8 {
		return nil, false
	}
	n := int(binary.LittleEndian.Uint16(b[off:]))
	at := int(binary.LittleEndian.Uint32(b[off+4:]))
	if n == 0 || at < 0 || at > len(b) || n > len(b)-at {
		return nil, false
	}
	return b[at : at+n], true
}

// readAVPairs reads the target information's AV pairs up to MsvAvEOL.
func readAVPairs(ti []byte, info *NTLMInfo) {
	for len(ti) >= 4 {
		id, n := binary.LittleEndian.Uint16(ti), int(binary.LittleEndian.Uint16(ti[2:]))
		if id == 0 || n > len(ti)-4 {
			return
		}
		v := utf16String(ti[4 : 4+n])
		switch id {
		case 1:
			info.NetBIOSComputer = v
		case 2:
			info.NetBIOSDomain = v
		case 3:
			info.DNSComputer = v
		case 4:
			info.DNSDomain = v
		case 5:
			info.DNSTree = v
		}
		ti = ti[4+n:]
	}
}

// utf16String decodes little-endian UTF-16 (an odd last byte is dropped).
func utf16String(b []byte) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return string(utf16.Decode(u))
}

// Describe summarises the challenge for evidence: version and names.
func (n NTLMInfo) Describe() string {
	parts := []string{}
	if n.Version != nil {
		parts = append(parts, fmt.Sprintf("NTLM version %s (revision %d)", n.Version, n.Version.Revision))
	}
	for _, kv := range [][2]string{{"NetBIOS computer", n.NetBIOSComputer}, {"NetBIOS domain", n.NetBIOSDomain},
		{"DNS computer", n.DNSComputer}, {"DNS domain", n.DNSDomain}} {
		if kv[1] != "" {
			parts = append(parts, kv[0]+" "+kv[1])
		}
	}
	return strings.Join(parts, ", ")
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
	25398: {"23h2-ac", "Windows Server 23H2", ""},
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

// NTLMOS turns a CHALLENGE into an OS detection (nil without a version).
// Build 0 is no Windows build: Samba and other non-Windows servers answer
// a Windows-like version (Samba: 6.1.0), which names no release.
func NTLMOS(n NTLMInfo, source string) *OS {
	if n.Version == nil {
		return nil
	}
	seen := n.Describe()
	if n.Version.Build == 0 {
		return &OS{Name: "NTLM " + n.Version.String() + " (not Windows)", Build: n.Version.String(), Confidence: Weak,
			Source: source, Seen: seen, Note: "build 0 is no Windows build: Samba or another non-Windows NTLM server"}
	}
	return WindowsFromBuild(*n.Version, source, seen)
}
