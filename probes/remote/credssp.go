package remote

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"strings"

	"conformscan/probes/osdetect"
)

// NTLMInfo is what an NTLM CHALLENGE tells of the server (nmap's
// rdp-ntlm-info): names, domain and OS version. No credential is needed.
type NTLMInfo struct {
	NetBIOSComputer string `json:"netbios_computer,omitempty"`
	NetBIOSDomain   string `json:"netbios_domain,omitempty"`
	DNSComputer     string `json:"dns_computer,omitempty"`
	DNSDomain       string `json:"dns_domain,omitempty"`
	Version         string `json:"version,omitempty"`
}

func (n NTLMInfo) String() string {
	var parts []string
	for _, kv := range [][2]string{{"computer", n.DNSComputer}, {"netbios", n.NetBIOSComputer}, {"domain", n.DNSDomain},
		{"netbios domain", n.NetBIOSDomain}, {"OS version", n.Version}} {
		if kv[1] != "" {
			parts = append(parts, kv[0]+" "+kv[1])
		}
	}
	return strings.Join(parts, ", ")
}

// ntlmNegotiate is an NTLMSSP NEGOTIATE message asking for the target
// info and the version (flags as nmap's rdp-ntlm-info sends them).
func ntlmNegotiate() []byte {
	return []byte{'N', 'T', 'L', 'M', 'S', 'S', 'P', 0, 1, 0, 0, 0, 0xb7, 0x82, 0x08, 0xe2,
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0a, 0x00, 0x63, 0x45, 0, 0, 0, 0x0f}
}

// der encodes one DER TLV.
func der(tag byte, content ...[]byte) []byte {
	body := bytes.Join(content, nil)
	n := len(body)
	out := []byte{tag}
	switch {
	case n < 0x80:
		out = append(out, byte(n))
	case n < 0x100:
		out = append(out, 0x81, byte(n))
	default:
		out = append(out, 0x82, byte(n>>8), byte(n))
	}
	return append(out, body...)
}

// TSRequest builds a CredSSP TSRequest (version 2) carrying one NTLM token.
func TSRequest(token []byte) []byte {
	return der(0x30, der(0xa0, der(0x02, []byte{2})),
		der(0xa1, der(0x30, der(0x30, der(0xa0, der(0x04, token))))))
}

// ParseNTLMChallengeInfo finds the NTLMSSP CHALLENGE in b (a TSRequest,
// or any carrier) and reads its version and target info, with osdetect's
// one NTLM parser; names are kept printable and short for evidence.
func ParseNTLMChallengeInfo(b []byte) (NTLMInfo, error) {
	i := bytes.Index(b, []byte("NTLMSSP\x00\x02\x00\x00\x00"))
	if i < 0 {
		return NTLMInfo{}, errShort
	}
	info, err := osdetect.ParseNTLMChallengeInfo(b[i:])
	if err != nil {
		return NTLMInfo{}, errShort
	}
	clean := func(v string) string { return printable([]byte(v), 100) }
	return NTLMInfo{
		NetBIOSComputer: clean(info.NetBIOSComputer), NetBIOSDomain: clean(info.NetBIOSDomain),
		DNSComputer: clean(info.DNSComputer), DNSDomain: clean(info.DNSDomain), Version: info.VersionString,
	}, nil
}

// rdpNTLMInfo opens a CredSSP exchange (X.224 asking for HYBRID, TLS,
// a TSRequest with an NTLM NEGOTIATE) and reads the server's CHALLENGE; it
// stops there, before any credential.
func rdpNTLMInfo(ctx context.Context, dial func() (net.Conn, error)) (NTLMInfo, error) {
	c, err := dial()
	if err != nil {
		return NTLMInfo{}, err
	}
	defer c.Close()
	if _, err := c.Write(connectionRequest(rdpHybrid)); err != nil {
		return NTLMInfo{}, fmt.Errorf("sending the X.224 Connection Request: %w", err)
	}
	if _, err := readMsg(ctx, c, func(b []byte) error { _, e := ParseX224Confirm(b); return e }); err != nil {
		return NTLMInfo{}, err
	}
	tc := tls.Client(c, &tls.Config{InsecureSkipVerify: true}) // nothing secret is sent; the certificate is not judged here
	if err := tc.HandshakeContext(ctx); err != nil {
		return NTLMInfo{}, fmt.Errorf("CredSSP TLS handshake: %w", err)
	}
	if _, err := tc.Write(TSRequest(ntlmNegotiate())); err != nil {
		return NTLMInfo{}, fmt.Errorf("sending the CredSSP NTLM NEGOTIATE: %w", err)
	}
	var n NTLMInfo
	_, err = readMsg(ctx, tc, func(b []byte) (e error) { n, e = ParseNTLMChallengeInfo(b); return })
	return n, err
}
