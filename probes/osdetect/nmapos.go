package osdetect

import (
	"fmt"
	"strings"
)

// windowsServerCycles maps the releases nmap and recog name to
// endoflife.date's windows-server cycles when they differ.
var windowsServerCycles = map[string]string{"2008": "2008-sp2", "2008-r2": "2008-r2-sp1"}

// NmapOS turns an nmap OS match into a detection. A match that names a
// release (a Windows Server) is strong from
// nmapStrongAccuracy percent, weak below; a match that names a family or a
// kernel only ("Linux 5.X") is weak without a release.
func NmapOS(m NmapOSMatch) *OS {
	o := &OS{Name: m.Name, Confidence: Weak, Source: SourceNmapOS,
		Seen: fmt.Sprintf("nmap OS match %q, accuracy %d%%", m.Name, m.Accuracy)}
	names := []string{m.Name}
	for _, c := range m.Classes {
		names = append(names, strings.Join([]string{c.Vendor, c.Family, c.Gen}, " "))
	}
	for _, n := range names {
		if p, r := nmapRelease(n); r != "" {
			o.Product, o.Release = p, r
			break
		}
	}
	if o.Product == "" {
		o.Product = nmapFamily(m)
	}
	switch {
	case o.Release == "":
		o.Note = "nmap names no release"
	case m.Accuracy >= nmapStrongAccuracy:
		o.Confidence = Strong
	default:
		o.Note = fmt.Sprintf("nmap accuracy below %d%%", nmapStrongAccuracy)
	}
	return o
}

// nmapRelease finds a product and release cycle in an nmap OS name: nmap
// names Windows Server releases; its Linux matches name kernels only.
func nmapRelease(name string) (product, release string) {
	if m := winServerRe.FindStringSubmatch(name); m != nil {
		release = m[1]
		if m[2] != "" {
			release += "-r2"
		}
		if c, ok := windowsServerCycles[release]; ok {
			release = c
		}
		return "windows-server", release
	}
	return "", ""
}

// nmapFamily names the product of a match without a release: its first
// class's family in lower case ("linux", "windows"), else its name's first
// word.
func nmapFamily(m NmapOSMatch) string {
	for _, c := range m.Classes {
		if c.Family != "" {
			return strings.ToLower(c.Family)
		}
	}
	if f := strings.Fields(m.Name); len(f) > 0 {
		return strings.ToLower(f[0])
	}
	return ""
}
