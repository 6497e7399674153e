package osdetect

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"strconv"
	"strings"
	"unicode/utf16"
)

// osReleaseProducts maps os-release IDs to endoflife.date products.
var osReleaseProducts = map[string]string{
	"debian": "debian", "ubuntu": "ubuntu", "rhel": "rhel", "centos": "centos", "rocky": "rocky-linux",
	"almalinux": "almalinux", "ol": "oracle-linux", "sles": "sles", "opensuse-leap": "opensuse",
	"fedora": "fedora", "amzn": "amazon-linux",
}

// ParseOSRelease reads /etc/os-release: an exact detection.
func ParseOSRelease(data []byte) *OS {
	kv := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		k, v, ok := strings.Cut(strings.TrimSpace(sc.Text()), "=")
		if ok && !strings.HasPrefix(k, "#") {
			kv[k] = strings.Trim(v, `"'`)
		}
	}
	id := kv["ID"]
	if id == "" {
		return nil
	}
	product, ok := osReleaseProducts[id]
	if !ok {
		product = id
	}
	release := kv["VERSION_ID"]
	if product == "rhel" || product == "rocky-linux" || product == "almalinux" || product == "oracle-linux" {
		release = strings.SplitN(release, ".", 2)[0]
	}
	name := kv["PRETTY_NAME"]
	if name == "" {
		name = kv["NAME"] + " " + release
	}
	return &OS{Product: product, Name: name, Release: release, Confidence: Exact, Source: SourceOSRelease,
		Seen: "ID=" + id + " VERSION_ID=" + kv["VERSION_ID"]}
}

// Package is one installed dpkg package.
type Package struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// ParseDpkgStatus reads /var/lib/dpkg/status: installed packages with
// their Debian version (the origin is the distribution's archive).
func ParseDpkgStatus(data []byte) []Package {
	var out []Package
	for _, para := range strings.Split(string(data), "\n\n") {
		var p Package
		installed := false
		for _, line := range strings.Split(para, "\n") {
			k, v, ok := strings.Cut(line, ": ")
			switch {
			case !ok:
			case k == "Package":
				p.Name = v
			case k == "Version":
				p.Version = v
			case k == "Status":
				installed = strings.HasSuffix(v, " installed")
			}
		}
		if installed && p.Name != "" {
			out = append(out, p)
		}
	}
	return out
}

// ParseRegistryExport reads a 'reg export' of HKLM\SOFTWARE\Microsoft\
// Windows NT\CurrentVersion (UTF-16 or UTF-8): ProductName, CurrentBuild,
// UBR and EditionID give the exact Windows release.
func ParseRegistryExport(data []byte) *OS {
	text := decodeReg(data)
	kv := map[string]string{}
	for _, line := range strings.Split(text, "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), "=")
		if !ok {
			continue
		}
		k = strings.Trim(k, `"`)
		if strings.HasPrefix(v, "dword:") {
			n, err := strconv.ParseUint(strings.TrimPrefix(v, "dword:"), 16, 32)
			if err == nil {
				v = strconv.FormatUint(n, 10)
			}
		}
		kv[k] = strings.Trim(v, `"`)
	}
	build, err := strconv.Atoi(kv["CurrentBuild"])
	if err != nil || kv["ProductName"] == "" {
		return nil
	}
	o := WindowsFromBuild(NTLMVersion{Major: 10, Build: uint16(build)}, SourceRegistry,
		kv["ProductName"]+" build "+kv["CurrentBuild"]+"."+kv["UBR"]+" "+kv["EditionID"])
	o.Confidence, o.Note = Exact, ""
	o.Build = kv["CurrentBuild"] + "." + kv["UBR"]
	if !strings.Contains(kv["EditionID"], "Server") && !strings.Contains(kv["ProductName"], "Server") {
		o.Product, o.Release, o.Name = "windows", "", kv["ProductName"]
		o.Note = "a Windows workstation: its release is not judged from the build"
	}
	return o
}

func decodeReg(data []byte) string {
	if len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE {
		u := make([]uint16, (len(data)-2)/2)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16(data[2+2*i:])
		}
		data = []byte(string(utf16.Decode(u)))
	}
	return strings.ReplaceAll(string(data), "\r", "")
}
