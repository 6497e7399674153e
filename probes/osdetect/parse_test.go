package osdetect

import (
	"encoding/binary"
	"testing"
)

func TestSSHBanners(t *testing.T) {
	for _, tc := range []struct {
		banner, product, release string
		conf                     Confidence
	}{
		{"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3", "debian", "12", Strong},
		{"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10\r\n", "debian", "12", Strong},
		{"SSH-2.0-OpenSSH_8.4p1 Debian-5+deb11u3", "debian", "11", Strong},
		{"SSH-2.0-OpenSSH_7.9p1 Debian-10+deb10u4", "debian", "10", Strong},
		{"SSH-2.0-OpenSSH_10.0p1 Debian-5", "debian", "13", Strong},
		{"SSH-2.0-OpenSSH_7.6p1 Ubuntu-4ubuntu0.7", "ubuntu", "18.04", Strong},
		{"SSH-2.0-OpenSSH_8.2p1 Ubuntu-4ubuntu0.11", "ubuntu", "20.04", Strong},
		{"SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10", "ubuntu", "22.04", Strong},
		{"SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13.5", "ubuntu", "24.04", Strong},
		{"SSH-2.0-OpenSSH_7.4", "rhel", "7", Weak},
		{"SSH-2.0-OpenSSH_8.0", "rhel", "8", Weak},
		{"SSH-2.0-OpenSSH_8.7", "rhel", "9", Weak},
	} {
		os, sw := ParseSSHBanner(tc.banner)
		if os == nil || sw == nil || os.Product != tc.product || os.Release != tc.release || os.Confidence != tc.conf {
			t.Errorf("%q: %+v %+v", tc.banner, os, sw)
		}
	}
	if os, sw := ParseSSHBanner("SSH-2.0-OpenSSH_9.9"); os != nil || sw == nil || sw.Version != "9.9" {
		t.Errorf("upstream OpenSSH: %+v %+v", os, sw)
	}
}

// TestRecogSSHExamples runs every example of recog's SSH database through
// its fingerprint and checks the parameters it must yield.
func TestRecogSSHExamples(t *testing.T) {
	for _, name := range []string{RecogSSH, RecogSMB, RecogSNMP} {
		r, err := LoadRecog(name)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for i := range r.FPs {
			fp := &r.FPs[i]
			for _, ex := range fp.Examples {
				if ex.Attrs["_encoding"] != "" {
					continue
				}
				n++
				got := fp.Match(ex.Text)
				if got == nil {
					t.Errorf("%s: %q does not match its pattern %q", name, ex.Text, fp.Pattern)
					continue
				}
				for k, v := range ex.Attrs {
					if got[k] != v {
						t.Errorf("%s: %q: %s=%q, want %q", name, ex.Text, k, got[k], v)
					}
				}
			}
		}
		if n < 50 {
			t.Errorf("%s: only %d examples checked (%d patterns skipped)", name, n, r.Skipped)
		}
	}
}

func TestRecogSMBAndSNMP(t *testing.T) {
	smb, _ := LoadRecog(RecogSMB)
	o := ParseSMBNativeOS(smb, "Windows Server 2012 R2 Standard 9600")
	if o == nil || o.Product != "windows-server" || o.Release != "2012-r2" {
		t.Fatalf("smb: %+v", o)
	}
	snmp, _ := LoadRecog(RecogSNMP)
	o = ParseSNMPSysDescr(snmp, "Hardware: Intel64 Family 6 Model 85 Stepping 4 AT/AT COMPATIBLE - Software: Windows Version 6.3 (Build 9600 Multiprocessor Free)")
	if o == nil {
		t.Fatal("snmp: no detection")
	}
}

// ntlmChallenge builds a recorded-shape CHALLENGE message with a version.
func ntlmChallenge(major, minor byte, build uint16) []byte {
	b := make([]byte, 56)
	copy(b, "NTLMSSP\x00")
	binary.LittleEndian.PutUint32(b[8:], 2)
	binary.LittleEndian.PutUint32(b[20:], 0xe2898215)
	b[48], b[49] = major, minor
	binary.LittleEndian.PutUint16(b[50:], build)
	b[55] = 0x0f
	return b
}

func TestNTLMWindowsBuilds(t *testing.T) {
	for _, tc := range []struct {
		major, minor byte
		build        uint16
		release      string
	}{
		{6, 3, 9600, "2012-r2"}, {10, 0, 14393, "2016"}, {10, 0, 17763, "2019"},
		{10, 0, 20348, "2022"}, {10, 0, 26100, "2025"}, {6, 2, 9200, "2012"},
	} {
		v, err := ParseNTLMChallenge(append([]byte("\x00\x01junk"), ntlmChallenge(tc.major, tc.minor, tc.build)...))
		if err != nil {
			t.Fatal(err)
		}
		o := WindowsFromBuild(v, SourceNTLM, v.String())
		if o.Release != tc.release || o.Confidence != Strong || o.Product != "windows-server" {
			t.Errorf("%v: %+v", v, o)
		}
	}
	noVer := ntlmChallenge(6, 3, 9600)
	noVer[23] = 0
	if _, err := ParseNTLMChallenge(noVer); err == nil {
		t.Fatal("version read without NEGOTIATE_VERSION")
	}
}

func TestHTTPHeaders(t *testing.T) {
	os, sws := ParseHTTP("HTTP/1.1 200 OK\nServer: Microsoft-IIS/8.5\nX-Powered-By: ASP.NET")
	if os == nil || os.Release != "2012-r2" || os.Confidence != Strong || len(sws) != 1 {
		t.Fatalf("IIS 8.5: %+v %+v", os, sws)
	}
	os, _ = ParseHTTP("HTTP/1.1 200 OK\nServer: Microsoft-IIS/10.0")
	if os == nil || os.Release != "" || os.Confidence != Weak {
		t.Fatalf("IIS 10: %+v", os)
	}
	os, sws = ParseHTTP("HTTP/1.1 200 OK\nServer: Apache/2.4.6 (CentOS) OpenSSL/1.0.2k-fips PHP/5.4.16\nX-Powered-By: PHP/5.4.16")
	if os == nil || os.Product != "centos" || len(sws) != 4 || sws[0].Product != "apache-http-server" || sws[1].Version != "1.0.2k" {
		t.Fatalf("apache: %+v %+v", os, sws)
	}
	_, sws = ParseHTTP("HTTP/1.1 200 OK\nServer: nginx/1.22.1")
	if len(sws) != 1 || sws[0].Product != "nginx" || sws[0].Version != "1.22.1" {
		t.Fatalf("nginx: %+v", sws)
	}
}

func TestMySQLGreeting(t *testing.T) {
	os, sw := ParseMySQLGreeting(`[\x00\x00\x00\x0a5.5.5-10.11.6-MariaDB-0+deb12u1\x00\x05\x00`)
	if sw == nil || sw.Product != "mariadb" || sw.Version != "10.11.6" || os == nil || os.Release != "12" {
		t.Fatalf("%+v %+v", os, sw)
	}
	_, sw = ParseMySQLGreeting(`J\x00\x00\x00\x0a8.0.36\x00\x08`)
	if sw == nil || sw.Product != "mysql" || sw.Version != "8.0.36" {
		t.Fatalf("%+v", sw)
	}
}

func TestLocalFiles(t *testing.T) {
	o := ParseOSRelease([]byte("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n"))
	if o == nil || o.Product != "debian" || o.Release != "12" || o.Confidence != Exact {
		t.Fatalf("%+v", o)
	}
	o = ParseOSRelease([]byte("ID=\"rhel\"\nVERSION_ID=\"9.4\"\n"))
	if o == nil || o.Release != "9" {
		t.Fatalf("%+v", o)
	}
	reg := "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\r\n" +
		"\"ProductName\"=\"Windows Server 2019 Standard\"\r\n\"CurrentBuild\"=\"17763\"\r\n\"UBR\"=dword:00000a3c\r\n\"EditionID\"=\"ServerStandard\"\r\n"
	o = ParseRegistryExport([]byte(reg))
	if o == nil || o.Release != "2019" || o.Confidence != Exact || o.Build != "17763.2620" {
		t.Fatalf("%+v", o)
	}
	pkgs := ParseDpkgStatus([]byte("Package: nginx\nStatus: install ok installed\nVersion: 1.22.1-9+deb12u1\n\nPackage: gone\nStatus: deinstall ok config-files\nVersion: 1\n"))
	if len(pkgs) != 1 {
		t.Fatalf("%+v", pkgs)
	}
	sw := dpkgSoftware("nginx", pkgs[0])
	if sw.Version != "1.22.1" || sw.Package != "9+deb12u1" {
		t.Fatalf("%+v", sw)
	}
}
