package tls

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// captureSeeds returns every recorded nginx answer in testdata.
func captureSeeds(f *testing.F) [][]byte {
	f.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.bin"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no captures in testdata: %v", err)
	}
	var out [][]byte
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// messagesOf returns the handshake messages of each capture, by type.
func messagesOf(f *testing.F, typ uint8) [][]byte {
	var out [][]byte
	for _, c := range captureSeeds(f) {
		types, bodies, _ := readAll(c)
		for i, t := range types {
			if t == typ {
				out = append(out, bodies[i])
			}
		}
	}
	return out
}

// FuzzReadFlight feeds arbitrary server bytes to the record and handshake
// readers: they must end with an error, never panic or read unbounded.
func FuzzReadFlight(f *testing.F) {
	for _, c := range captureSeeds(f) {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		hr := &handshakeReader{rr: newRecordReader(bytes.NewReader(data))}
		total := 0
		for i := 0; i < 10000; i++ {
			_, body, err := hr.next()
			if err != nil {
				return
			}
			total += len(body)
			if total > len(data) {
				t.Fatalf("read %d message bytes from %d input bytes", total, len(data))
			}
		}
		t.Fatal("reader did not end")
	})
}

func FuzzParseServerHello(f *testing.F) {
	for _, b := range messagesOf(f, hsServerHello) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sh, err := parseServerHello(data)
		if err != nil {
			return
		}
		// Anything accepted must be self-consistent.
		if len(sh.sessionID) > 32 {
			t.Fatalf("session id of %d bytes", len(sh.sessionID))
		}
		_, hasSV := sh.ext(extSupportedVersions)
		if !hasSV && sh.version != sh.legacyVersion {
			t.Fatalf("version %x without supported_versions", sh.version)
		}
	})
}

func FuzzParseServerKeyExchange(f *testing.F) {
	kexes := []Kex{KexDHE, KexECDHE, KexDHEPSK, KexECDHEPSK, KexRSA, KexPSK}
	for _, b := range messagesOf(f, hsServerKeyExchange) {
		for i := range kexes {
			f.Add(b, uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, k uint8) {
		kex := kexes[int(k)%len(kexes)]
		ske, err := parseServerKeyExchange(data, kex)
		if err != nil {
			return
		}
		if ske.dhBits > 8*len(data) || ske.rsaBits > 8*len(data) {
			t.Fatalf("sizes %d/%d from %d bytes", ske.dhBits, ske.rsaBits, len(data))
		}
	})
}

func FuzzParseCertificate(f *testing.F) {
	for _, b := range messagesOf(f, hsCertificate) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		certs, err := parseCertificateMsg(data)
		if err != nil {
			return
		}
		n := 0
		for _, c := range certs {
			if len(c) == 0 {
				t.Fatal("empty certificate accepted")
			}
			n += len(c) + 3
		}
		if n+3 != len(data) || len(certs) > maxCertificates {
			t.Fatalf("%d certificates, %d bytes, from %d", len(certs), n, len(data))
		}
	})
}

func FuzzParseSSLv2ServerHello(f *testing.F) {
	f.Add([]byte{4, 0, 1, 0, 2, 0, 3, 0, 6, 0, 2, 'c', 'e', 'r', 1, 0, 0x80, 7, 0, 0xC0, 9, 9})
	f.Add([]byte{0, 0, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		sh, err := parseSSLv2ServerHello(data)
		if err != nil {
			return
		}
		if len(sh.certificate)+3*len(sh.kinds) > len(data) {
			t.Fatal("parsed more than given")
		}
	})
}
