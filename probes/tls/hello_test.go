package tls

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// readCapture loads a server answer recorded from nginx 1.22 / OpenSSL 3.0
// (see testdata/README).
func readCapture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// readAll reads every handshake message of a capture until the first error.
func readAll(data []byte) (types []uint8, bodies [][]byte, err error) {
	hr := &handshakeReader{rr: newRecordReader(bytes.NewReader(data))}
	for {
		typ, body, err := hr.next()
		if err != nil {
			return types, bodies, err
		}
		types = append(types, typ)
		bodies = append(bodies, body)
	}
}

func TestClientHelloRoundTrip(t *testing.T) {
	p := &prober{sni: "example.test"}
	for _, v := range []uint16{verSSL3, verTLS10, verTLS11, verTLS12, verTLS13} {
		suites := eligibleSuites(v)
		raw := p.suiteHello(v, suites)
		ch, err := parseClientHelloRecord(raw)
		if err != nil {
			t.Fatalf("%s: %v", versionName(v), err)
		}
		wantSuites := suites
		if v == verSSL3 {
			wantSuites = append(slices.Clone(suites), scsvRenegotiation)
			if ch.recordVersion != verSSL3 || len(ch.exts) != 0 {
				t.Errorf("SSLv3 hello: record %x, %d extensions", ch.recordVersion, len(ch.exts))
			}
		} else if ch.recordVersion != verTLS10 {
			t.Errorf("%s: record version %x", versionName(v), ch.recordVersion)
		}
		if !slices.Equal(ch.suites, wantSuites) {
			t.Errorf("%s: suites differ", versionName(v))
		}
		if v == verSSL3 {
			continue
		}
		if ch.serverName != "example.test" {
			t.Errorf("%s: SNI %q", versionName(v), ch.serverName)
		}
		_, hasSigAlgs := ch.exts[extSignatureAlgorithms]
		if hasSigAlgs != (v >= verTLS12) {
			t.Errorf("%s: signature_algorithms present=%v", versionName(v), hasSigAlgs)
		}
		if v == verTLS13 {
			if ch.version != verTLS12 || !slices.Equal(ch.versions, []uint16{verTLS13}) || len(ch.keyShares) != 2 {
				t.Errorf("TLS1.3 hello: version %x versions %x shares %v", ch.version, ch.versions, ch.keyShares)
			}
			continue
		}
		if ch.version != v {
			t.Errorf("hello version %x, want %x", ch.version, v)
		}
		for _, e := range []uint16{extRenegotiationInfo, extExtendedMasterSec, extEncryptThenMAC, extHeartbeat, extSupportedGroups, extECPointFormats} {
			if _, ok := ch.exts[e]; !ok {
				t.Errorf("%s: extension %d missing", versionName(v), e)
			}
		}
		if !slices.Contains(ch.groups, 0x0100) || !slices.Contains(ch.groups, 0x001D) {
			t.Errorf("%s: groups %v lack ffdhe2048 or x25519", versionName(v), ch.groups)
		}
	}
}

func TestClientHelloNoSNIForIP(t *testing.T) {
	p := &prober{sni: "127.0.0.1"}
	ch, err := parseClientHelloRecord(p.suiteHello(verTLS12, []uint16{0x002F}))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := ch.exts[extServerName]; ok {
		t.Error("SNI sent for an IP literal")
	}
}

func TestClientHelloPadding(t *testing.T) {
	// Whatever the number of suites, the hello never lands in 256-511
	// bytes, nor at 10 or 14 modulo 256.
	p := &prober{sni: "a.example"}
	all := eligibleSuites(verTLS12)
	for n := 1; n < len(all); n++ {
		raw := p.suiteHello(verTLS12, all[:n])
		l := len(raw) - 5
		if (l >= 256 && l <= 511) || l%256 == 10 || l%256 == 14 {
			t.Fatalf("%d suites: hello of %d bytes", n, l)
		}
		if _, err := parseClientHelloRecord(raw); err != nil {
			t.Fatalf("%d suites: %v", n, err)
		}
	}
}

func TestSSLv2Hello(t *testing.T) {
	kinds := sslv2Kinds()
	raw := marshalSSLv2Hello(kinds, make([]byte, 16))
	n := int(raw[0]&0x7f)<<8 | int(raw[1])
	if n != len(raw)-2 || raw[2] != 1 || raw[3] != 0 || raw[4] != 2 {
		t.Fatalf("bad SSLv2 hello header % x", raw[:5])
	}
	if specLen := int(raw[5])<<8 | int(raw[6]); specLen != 3*len(kinds) {
		t.Errorf("spec length %d", specLen)
	}
	if len(kinds) != 13 {
		t.Errorf("%d SSLv2 kinds, want testssl.sh's 13", len(kinds))
	}
}

func TestParseNginxCaptures(t *testing.T) {
	cases := []struct {
		file    string
		version uint16
		suite   uint16
		kex     Kex
		types   []uint8
		dhBits  int
		curve   uint16
		certs   int
	}{
		{"nginx-tls12-ecdhe-rsa.bin", verTLS12, 0xC02F, KexECDHE, []uint8{2, 11, 12, 14}, 0, 0x001D, 1},
		{"nginx-tls12-rsa-cbc.bin", verTLS12, 0x002F, KexRSA, []uint8{2, 11, 14}, 0, 0, 1},
		{"nginx-tls10-ecdh-anon.bin", verTLS10, 0xC018, KexECDHE, []uint8{2, 12, 14}, 0, 0x001D, 0},
		{"nginx-tls12-dhe-rsa.bin", verTLS12, 0x009E, KexDHE, []uint8{2, 11, 12, 14}, 1024, 0, 1},
		{"nginx-tls12-ecdhe-ecdsa.bin", verTLS12, 0xC02B, KexECDHE, []uint8{2, 11, 12, 14}, 0, 0x001D, 1},
		{"nginx-tls12-dh-anon.bin", verTLS12, 0x00A6, KexDHE, []uint8{2, 12, 14}, 1024, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			types, bodies, err := readAll(readCapture(t, c.file))
			if !errors.Is(err, io.EOF) {
				t.Fatalf("reader ended with %v, want EOF", err)
			}
			if !slices.Equal(types, c.types) {
				t.Fatalf("message types %v, want %v", types, c.types)
			}
			sh, err := parseServerHello(bodies[0])
			if err != nil {
				t.Fatal(err)
			}
			if sh.version != c.version || sh.suite != c.suite || sh.compression != 0 || sh.hrr {
				t.Errorf("ServerHello %s %s comp %d hrr %v", versionName(sh.version), suiteName(sh.suite), sh.compression, sh.hrr)
			}
			if _, ok := sh.ext(extRenegotiationInfo); !ok {
				t.Error("no renegotiation_info")
			}
			for i, typ := range types {
				switch typ {
				case hsCertificate:
					certs, err := parseCertificateMsg(bodies[i])
					if err != nil || len(certs) != c.certs {
						t.Errorf("certificates: %d, %v", len(certs), err)
					}
				case hsServerKeyExchange:
					ske, err := parseServerKeyExchange(bodies[i], c.kex)
					if err != nil {
						t.Fatal(err)
					}
					if ske.dhBits != c.dhBits || ske.curve != c.curve {
						t.Errorf("SKE dh %d curve %x, want %d %x", ske.dhBits, ske.curve, c.dhBits, c.curve)
					}
				}
			}
		})
	}
}

func TestParseTLS13Captures(t *testing.T) {
	types, bodies, err := readAll(readCapture(t, "nginx-tls13.bin"))
	if !errors.Is(err, errEncryptedFlight) || !slices.Equal(types, []uint8{hsServerHello}) {
		t.Fatalf("types %v err %v", types, err)
	}
	sh, err := parseServerHello(bodies[0])
	if err != nil {
		t.Fatal(err)
	}
	if sh.version != verTLS13 || sh.legacyVersion != verTLS12 || sh.suite != 0x1301 || sh.hrr || sh.group != 0x001D {
		t.Errorf("TLS1.3 ServerHello %+v", sh)
	}
	_, bodies, _ = readAll(readCapture(t, "nginx-tls13-hrr.bin"))
	hrr, err := parseServerHello(bodies[0])
	if err != nil {
		t.Fatal(err)
	}
	if !hrr.hrr || hrr.version != verTLS13 || hrr.group != 0x0018 || hrr.suite != 0x1302 {
		t.Errorf("HelloRetryRequest %+v", hrr)
	}
}

func TestParseRefusals(t *testing.T) {
	for _, c := range []struct {
		file string
		desc uint8
	}{
		{"nginx-tls10-refused.bin", alertProtocolVersion},
		{"nginx-tls12-nocommon.bin", alertHandshakeFailure},
		{"nginx-sslv2.bin", alertProtocolVersion},
	} {
		_, _, err := readAll(readCapture(t, c.file))
		if !isAlert(err, c.desc) || !refusal(err) {
			t.Errorf("%s: %v, want alert %d", c.file, err, c.desc)
		}
	}
}

func TestHandshakeReaderFragments(t *testing.T) {
	// Messages split across records, a warning alert and a ChangeCipherSpec
	// in between are reassembled.
	_, bodies, _ := readAll(readCapture(t, "nginx-tls12-ecdhe-rsa.bin"))
	var stream []byte
	for i, typ := range []uint8{2, 11, 12, 14} {
		stream = append(stream, hsMsg(typ, bodies[i])...)
	}
	var data []byte
	for i := 0; i < len(stream); i += 7 {
		data = append(data, tlsRecord(recordHandshake, verTLS12, stream[i:min(i+7, len(stream))])...)
		if i == 14 {
			data = append(data, tlsRecord(recordAlert, verTLS12, []byte{1, 112})...)
			data = append(data, tlsRecord(recordChangeCipherSpec, verTLS12, []byte{1})...)
		}
	}
	types, got, err := readAll(data)
	if !errors.Is(err, io.EOF) || !slices.Equal(types, []uint8{2, 11, 12, 14}) {
		t.Fatalf("types %v err %v", types, err)
	}
	for i := range got {
		if !bytes.Equal(got[i], bodies[i]) {
			t.Errorf("message %d differs", i)
		}
	}
}

func TestRecordReaderErrors(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, errClosedEarly},
		{"http", []byte("HTTP/1.1 400 Bad Request\r\n"), errNotTLS},
		{"ssh", []byte("SSH-2.0-OpenSSH_9.2\r\n"), errNotTLS},
		{"truncated header", []byte{22, 3, 3}, io.ErrUnexpectedEOF},
		{"truncated body", []byte{22, 3, 3, 0, 10, 1, 2}, io.ErrUnexpectedEOF},
		{"oversized record", []byte{22, 3, 3, 0xff, 0xff}, errMalformed},
		{"fatal alert", []byte{21, 3, 3, 0, 2, 2, 40}, &alertError{}},
		{"bad alert", []byte{21, 3, 3, 0, 3, 2, 40, 0}, errMalformed},
		{"app data", []byte{23, 3, 3, 0, 1, 0}, errEncryptedFlight},
		{"close_notify", []byte{21, 3, 3, 0, 2, 1, 0}, &alertError{}},
	}
	for _, c := range cases {
		_, _, err := readAll(c.data)
		var ae *alertError
		if _, isAlert := c.want.(*alertError); isAlert {
			if !errors.As(err, &ae) {
				t.Errorf("%s: %v, want an alert", c.name, err)
			}
			continue
		}
		if !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
}

func TestFlightLimit(t *testing.T) {
	// 20 records of 16 KiB exceed the 256 KiB flight cap.
	var data []byte
	data = append(data, tlsRecord(recordHandshake, verTLS12, []byte{11, 0x05, 0, 0})...)
	for i := 0; i < 20; i++ {
		data = append(data, tlsRecord(recordHandshake, verTLS12, make([]byte, 16384))...)
	}
	_, _, err := readAll(data)
	if !errors.Is(err, errFlightTooLarge) {
		t.Errorf("%v, want flight limit", err)
	}
}

func TestParseServerHelloErrors(t *testing.T) {
	_, bodies, _ := readAll(readCapture(t, "nginx-tls12-ecdhe-rsa.bin"))
	good := bodies[0]
	for n := 0; n < len(good); n++ {
		if _, err := parseServerHello(good[:n]); err == nil && n < 38 {
			t.Errorf("truncated ServerHello of %d bytes accepted", n)
		}
	}
	bad := slices.Clone(good)
	bad[34] = 33 // session id longer than 32
	if _, err := parseServerHello(bad); !errors.Is(err, errMalformed) {
		t.Errorf("session id 33: %v", err)
	}
}

func TestParseServerKeyExchangeErrors(t *testing.T) {
	for _, c := range []struct {
		body []byte
		kex  Kex
	}{
		{nil, KexDHE},
		{[]byte{0, 2, 1}, KexDHE},
		{[]byte{0, 0, 0, 0, 0, 0}, KexDHE},
		{[]byte{3, 0}, KexECDHE},
		{[]byte{9}, KexECDHE},
		{[]byte{0, 5, 1}, KexDHEPSK},
		{[]byte{0, 1, 1}, KexRSA},
		{[]byte{1, 2, 3}, KexPSK},
	} {
		if _, err := parseServerKeyExchange(c.body, c.kex); !errors.Is(err, errMalformed) {
			t.Errorf("%x as %s: %v", c.body, c.kex, err)
		}
	}
	ske, err := parseServerKeyExchange([]byte{0, 4, 0x8F, 0xFF, 0xFF, 0xFF, 0, 1, 3}, KexRSA)
	if err != nil || ske.rsaBits != 32 {
		t.Errorf("RSA export params: %+v %v", ske, err)
	}
	ske, err = parseServerKeyExchange([]byte{1, 0, 0}, KexECDHE)
	if err != nil || ske.curve != 0xFF01 {
		t.Errorf("explicit prime curve: %+v %v", ske, err)
	}
}

func TestParseCertificateMsgErrors(t *testing.T) {
	for _, b := range [][]byte{nil, {0, 0, 5}, {0, 0, 3, 0, 0, 0}, {0, 0, 4, 0, 0, 1, 9, 7}} {
		if _, err := parseCertificateMsg(b); !errors.Is(err, errMalformed) {
			t.Errorf("% x: %v", b, err)
		}
	}
	var many [][]byte
	for i := 0; i < maxCertificates+1; i++ {
		many = append(many, []byte{1})
	}
	if _, err := parseCertificateMsg(certificateBody(many)); !errors.Is(err, errMalformed) {
		t.Errorf("%d certificates accepted", len(many))
	}
}

func TestParseSSLv2ServerHello(t *testing.T) {
	body := []byte{4, 0, 1, 0, 2, 0, 3, 0, 6, 0, 2, 'c', 'e', 'r', 1, 0, 0x80, 7, 0, 0xC0, 9, 9}
	sh, err := parseSSLv2ServerHello(body)
	if err != nil {
		t.Fatal(err)
	}
	if sh.version != verSSL2 || string(sh.certificate) != "cer" || !slices.Equal(sh.kinds, []uint32{0x010080, 0x0700C0}) {
		t.Errorf("%+v", sh)
	}
	for _, b := range [][]byte{body[:10], append(slices.Clone(body), 0), {0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0}} {
		if _, err := parseSSLv2ServerHello(b); !errors.Is(err, errMalformed) {
			t.Errorf("% x: %v", b, err)
		}
	}
}
