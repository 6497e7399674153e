package osdetect

import (
	"bytes"
	"encoding/asn1"
	"encoding/base64"
	"strings"
	"testing"
)

func FuzzParseSSHBanner(f *testing.F) {
	f.Add("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3")
	f.Fuzz(func(_ *testing.T, s string) { ParseSSHBanner(s) })
}

func FuzzParseHTTP(f *testing.F) {
	f.Add("HTTP/1.1 200 OK\nServer: Apache/2.4.57 (Debian) OpenSSL/3.0.11")
	f.Fuzz(func(_ *testing.T, s string) { ParseHTTP(s) })
}

func FuzzParseNTLMChallenge(f *testing.F) {
	f.Add(ntlmChallenge(6, 3, 9600))
	f.Fuzz(func(_ *testing.T, b []byte) {
		if v, err := ParseNTLMChallenge(b); err == nil {
			WindowsFromBuild(v, SourceNTLM, "")
		}
	})
}

func FuzzParseMySQLGreeting(f *testing.F) {
	f.Add(`[\x00\x00\x00\x0a5.5.5-10.11.6-MariaDB-0+deb12u1\x00`)
	f.Fuzz(func(_ *testing.T, s string) { ParseMySQLGreeting(s) })
}

func FuzzLocalParsers(f *testing.F) {
	f.Add([]byte("ID=debian\nVERSION_ID=12\n"))
	f.Add([]byte("\xff\xfe\"\x00=\x00"))
	f.Fuzz(func(_ *testing.T, b []byte) {
		ParseOSRelease(b)
		ParseRegistryExport(b)
		ParseDpkgStatus(b)
	})
}

func FuzzRecog(f *testing.F) {
	r, err := LoadRecog(RecogSMB)
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Windows Server 2012 R2 Standard 9600")
	f.Fuzz(func(_ *testing.T, s string) { ParseSMBNativeOS(r, s) })
}

func FuzzParseNTLMChallengeInfo(f *testing.F) {
	f.Add(SPNEGOInit(ntlmChallengeInfo(10, 0, 17763)))
	f.Fuzz(func(_ *testing.T, b []byte) {
		if info, err := ParseNTLMChallengeInfo(b); err == nil {
			NTLMOS(info, SourceSMBNTLM)
		}
	})
}

func FuzzSMBResponse(f *testing.F) {
	f.Add(sessionSetupResponse(SPNEGOInit(ntlmChallengeInfo(10, 0, 17763))))
	f.Add(smbResponse(smbCmdNegotiate, statusSuccess, make([]byte, 64)))
	f.Fuzz(func(_ *testing.T, b []byte) {
		frame, err := readSMBFrame(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, cmd := range []uint16{smbCmdNegotiate, smbCmdSessionSetup} {
			if body, err := parseSMBResponse(frame, cmd, statusMoreProcessingNeeded); err == nil {
				_, _ = ParseNTLMChallengeInfo(body)
			}
		}
	})
}

func FuzzHTTPChallenge(f *testing.F) {
	f.Add("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: NTLM " + base64.StdEncoding.EncodeToString(ntlmChallengeInfo(6, 3, 9600)) + "\r\n\r\n")
	f.Fuzz(func(_ *testing.T, s string) {
		_, _ = readHTTPChallenge(strings.NewReader(s))
		HTTPAuthOffer(s)
	})
}

func FuzzSNMPResponse(f *testing.F) {
	f.Add(snmpAnswer(f, 7, 0, sysDescrOID(), asn1.RawValue{Tag: asn1.TagOctetString, Bytes: []byte("Linux vm 6.1.0")}))
	f.Fuzz(func(_ *testing.T, b []byte) { _, _ = parseSNMPResponse(b, 7) })
}

// FuzzRemoteOS: remote's recorded facts carry strings read from the
// network (NTLM version) and from an imported nmap report (OS matches).
func FuzzRemoteOS(f *testing.F) {
	f.Add("10.0.17763", "Microsoft Windows Server 2012 R2", 96)
	f.Add("garbage", "Linux 5.X", 100)
	f.Fuzz(func(_ *testing.T, version, name string, accuracy int) {
		fact := map[string]any{"ntlm": map[string]any{"version": version},
			"nmap": map[string]any{"os_matches": []any{map[string]any{"name": name, "accuracy": accuracy}},
				"scripts": []any{map[string]any{"id": "rdp-ntlm-info", "output": "Product_Version: " + version + "\n" + name}}}}
		RemoteOS(fact, "h:3389")
		delete(fact, "ntlm")
		RemoteOS(fact, "h:3389")
	})
}
