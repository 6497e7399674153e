package osdetect

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"conformscan/fixtures/loopback"
	"conformscan/probes"
	"conformscan/probes/discovery"
)

// ntlmChallengeInfo builds a CHALLENGE with a version and target info
// (NetBIOS computer and domain, DNS computer).
func ntlmChallengeInfo(major, minor byte, build uint16) []byte {
	b := ntlmChallenge(major, minor, build)
	var ti []byte
	for _, av := range []struct {
		id uint16
		v  string
	}{{1, "SRV01"}, {2, "CHU"}, {3, "srv01.chu.local"}, {4, "chu.local"}} {
		u := utf16.Encode([]rune(av.v))
		ti = binary.LittleEndian.AppendUint16(ti, av.id)
		ti = binary.LittleEndian.AppendUint16(ti, uint16(2*len(u)))
		for _, c := range u {
			ti = binary.LittleEndian.AppendUint16(ti, c)
		}
	}
	ti = append(ti, 0, 0, 0, 0)
	binary.LittleEndian.PutUint16(b[40:], uint16(len(ti)))
	binary.LittleEndian.PutUint16(b[42:], uint16(len(ti)))
	binary.LittleEndian.PutUint32(b[44:], uint32(len(b)))
	return append(b, ti...)
}

func TestNTLMChallengeInfo(t *testing.T) {
	info, err := ParseNTLMChallengeInfo(SPNEGOInit(ntlmChallengeInfo(10, 0, 17763)))
	if err != nil {
		t.Fatal(err)
	}
	if info.VersionString != "10.0.17763" || info.NetBIOSComputer != "SRV01" || info.NetBIOSDomain != "CHU" ||
		info.DNSComputer != "srv01.chu.local" || info.DNSDomain != "chu.local" {
		t.Fatalf("%+v", info)
	}
	o := NTLMOS(info, SourceSMBNTLM)
	if o.Release != "2019" || o.Confidence != Strong || !strings.Contains(o.Seen, "NetBIOS computer SRV01") {
		t.Fatalf("%+v", o)
	}
	bad := ntlmChallengeInfo(10, 0, 17763)
	binary.LittleEndian.PutUint32(bad[44:], 1<<30) // target info outside the message
	if info, err := ParseNTLMChallengeInfo(bad); err != nil || info.DNSComputer != "" || info.Version == nil {
		t.Fatalf("outside target info: %+v %v", info, err)
	}
	noVer := ntlmChallenge(6, 3, 9600)
	noVer[23] = 0
	if info, _ := ParseNTLMChallengeInfo(noVer); NTLMOS(info, SourceSMBNTLM) != nil {
		t.Fatal("detection without a version")
	}
}

// TestNTLMNegotiateAnonymous checks the NEGOTIATE sent carries no name and
// asks for the version.
func TestNTLMNegotiateAnonymous(t *testing.T) {
	n := NTLMNegotiate()
	if !bytes.HasPrefix(n, []byte(ntlmSignature)) || binary.LittleEndian.Uint32(n[8:]) != 1 ||
		binary.LittleEndian.Uint32(n[12:])&negotiateVersion == 0 || !bytes.Equal(n[16:32], make([]byte, 16)) {
		t.Fatalf("% x", n)
	}
}

// fakeSMB answers every SMB2 request with reply(command), and hangs up
// after a reply shorter than a header.
func fakeSMB(t *testing.T, reply func(cmd uint16) []byte) string {
	port := loopback.Serve(t, func(c net.Conn) {
		_ = c.SetDeadline(time.Now().Add(5 * time.Second))
		for {
			req, err := readSMBFrame(c)
			if err != nil || len(req) < smbHeaderLen {
				return
			}
			out := reply(binary.LittleEndian.Uint16(req[12:]))
			if _, err := c.Write(out); err != nil || len(out) < 4+smbHeaderLen {
				return
			}
		}
	})
	return "127.0.0.1:" + strconv.Itoa(port)
}

// smbResponse frames an SMB2 response to cmd with status and body.
func smbResponse(cmd uint16, status uint32, body []byte) []byte {
	h := smbHeader(cmd, 0)
	binary.LittleEndian.PutUint32(h[8:], status)
	msg := append(h, body...)
	return append(binary.BigEndian.AppendUint32(nil, uint32(len(msg))), msg...)
}

func sessionSetupResponse(token []byte) []byte {
	b := make([]byte, 8)
	binary.LittleEndian.PutUint16(b, 9)
	binary.LittleEndian.PutUint16(b[4:], smbHeaderLen+8)
	binary.LittleEndian.PutUint16(b[6:], uint16(len(token)))
	return smbResponse(smbCmdSessionSetup, statusMoreProcessingNeeded, append(b, token...))
}

// afterNegotiate answers NEGOTIATE with success, then every other request
// with setup.
func afterNegotiate(setup []byte) func(uint16) []byte {
	return func(cmd uint16) []byte {
		if cmd == smbCmdNegotiate {
			return smbResponse(smbCmdNegotiate, statusSuccess, make([]byte, 64))
		}
		return setup
	}
}

func TestSMBNTLMBoundaries(t *testing.T) {
	for name, tc := range map[string]struct {
		reply func(uint16) []byte
		want  string
	}{
		"windows 2019": {afterNegotiate(sessionSetupResponse(SPNEGOInit(ntlmChallengeInfo(10, 0, 17763)))), ""},
		"not smb": {func(uint16) []byte {
			return []byte("\x00\x00\x00\x48HTTP/1.0 400 Bad\r\n\r\n" + strings.Repeat(".", 53))
		}, "not an SMB2 response"},
		"oversize":        {func(uint16) []byte { return []byte{0, 0xff, 0xff, 0xff} }, "not SMB over TCP"},
		"access denied":   {func(uint16) []byte { return smbResponse(smbCmdNegotiate, 0xc0000022, make([]byte, 64)) }, "status 0xc0000022"},
		"buffer outside":  {afterNegotiate(smbResponse(smbCmdSessionSetup, statusMoreProcessingNeeded, []byte{9, 0, 0, 0, 0xff, 0, 0xff, 0})), "outside"},
		"truncated frame": {func(uint16) []byte { return []byte{0, 0, 1, 0, 0xfe} }, "read frame"},
	} {
		t.Run(name, func(t *testing.T) {
			info, err := SMBNTLM(context.Background(), &probes.Env{}, fakeSMB(t, tc.reply))
			if tc.want == "" {
				if err != nil || NTLMOS(info, info.Source).Release != "2019" || info.Source != SourceSMBNTLM {
					t.Fatalf("%+v %v", info, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
		})
	}
}

// TestSMBNTLMSilent: a server that never answers ends the exchange at the
// caller's deadline.
func TestSMBNTLMSilent(t *testing.T) {
	port := loopback.Serve(t, func(c net.Conn) { _, _ = io.Copy(io.Discard, c) })
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := SMBNTLM(ctx, &probes.Env{}, "127.0.0.1:"+strconv.Itoa(port)); err == nil || time.Since(start) > 2*time.Second {
		t.Fatalf("err %v after %v", err, time.Since(start))
	}
}

// ntlmHandler answers a request carrying an anonymous NTLM NEGOTIATE in
// scheme with challenge, anything else with an offer of scheme.
func ntlmHandler(t *testing.T, scheme string, challenge []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), scheme+" ")
		raw, err := base64.StdEncoding.DecodeString(token)
		if !ok || err != nil || !bytes.Equal(raw, NTLMNegotiate()) {
			w.Header().Set("WWW-Authenticate", scheme)
		} else {
			w.Header().Set("WWW-Authenticate", scheme+" "+base64.StdEncoding.EncodeToString(challenge))
		}
		w.WriteHeader(http.StatusUnauthorized)
	})
}

func TestHTTPNTLM(t *testing.T) {
	for _, tc := range []struct {
		scheme string
		tls    bool
	}{{"NTLM", false}, {"Negotiate", true}} {
		h := ntlmHandler(t, tc.scheme, ntlmChallengeInfo(10, 0, 20348))
		srv := httptest.NewServer(h)
		if tc.tls {
			srv.Close()
			srv = httptest.NewTLSServer(h)
		}
		defer srv.Close()
		addr := srv.Listener.Addr().String()
		offer := "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: " + tc.scheme + "\nWWW-Authenticate: Basic realm=\"x\""
		p := &discovery.Port{Service: "http", Response: offer}
		if tc.tls {
			p = &discovery.Port{Service: "https", TLSSeen: &discovery.TLSSeen{Response: offer}}
		}
		scheme, useTLS := httpNTLMOffer(p)
		info, err := HTTPNTLM(context.Background(), &probes.Env{}, addr, "127.0.0.1", scheme, useTLS)
		if err != nil || scheme != tc.scheme || useTLS != tc.tls {
			t.Fatalf("%s: %v (%s, %v)", tc.scheme, err, scheme, useTLS)
		}
		if o := NTLMOS(info, info.Source); o.Release != "2022" || o.Source != SourceHTTPNTLM || info.NetBIOSComputer != "SRV01" {
			t.Fatalf("%s: %+v %+v", tc.scheme, o, info)
		}
	}
}

func TestHTTPNTLMRefused(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("WWW-Authenticate", "NTLM !!notbase64")
		w.WriteHeader(http.StatusUnauthorized)
	}))
	defer srv.Close()
	_, err := HTTPNTLM(context.Background(), &probes.Env{}, srv.Listener.Addr().String(), "", "NTLM", false)
	if err == nil || !strings.Contains(err.Error(), "NTLM token") {
		t.Fatalf("%v", err)
	}
	if HTTPAuthOffer("HTTP/1.1 200 OK\nServer: x") != "" || HTTPAuthOffer("HTTP/1.1 401 x\nwww-authenticate: negotiate") != "Negotiate" {
		t.Fatal("offer")
	}
}

// TestProbeReadsSambaNTLM runs the host probe on a Samba endpoint: the
// NTLM detection lands in the facts with its endpoint and source.
func TestProbeReadsSambaNTLM(t *testing.T) {
	addr := startSamba(t)
	host, port, _ := net.SplitHostPort(addr)
	n, _ := strconv.Atoi(port)
	s := probes.NewSubject(probes.SubjectHost, host)
	s.AddChild(endpoint(host, n, &discovery.Port{Port: n, Service: "smb", Unidentified: discovery.UnidentifiedSilent}))
	if err := New().Run(context.Background(), &probes.Env{}, s); err != nil {
		t.Fatal(err)
	}
	f := FactsOf(s)
	if len(f.NTLM) != 1 || len(f.OS) != 1 || f.OS[0].Source != SourceSMBNTLM || f.OS[0].Endpoint != addr || f.NTLM[0].VersionString != "6.1.0" {
		t.Fatalf("%+v", f)
	}
}
