package osdetect

import (
	"regexp"
	"strings"
)

var winServerRe = regexp.MustCompile(`(?i)Windows Server (\d{4})(?: (R2))?`)

// RecogOS turns recog parameters into an OS detection (nil when they name
// no OS). A release recog names is strong; a family alone is weak.
func RecogOS(params map[string]string, source, seen string) *OS {
	vendor, product, version := params["os.vendor"], params["os.product"], params["os.version"]
	if product == "" && vendor == "" {
		return nil
	}
	name := strings.TrimSpace(strings.Join([]string{vendor, product, version}, " "))
	o := &OS{Name: name, Confidence: Weak, Source: source, Seen: seen}
	all := product + " " + version
	switch {
	case winServerRe.MatchString(all):
		m := winServerRe.FindStringSubmatch(all)
		o.Product, o.Release = "windows-server", m[1]
		if m[2] != "" {
			o.Release += "-r2"
		}
	case strings.EqualFold(vendor, "Ubuntu") || strings.Contains(product, "Ubuntu"):
		o.Product, o.Release = "ubuntu", version
	case strings.EqualFold(vendor, "Debian") || strings.Contains(product, "Debian"):
		o.Product, o.Release = "debian", strings.SplitN(version, ".", 2)[0]
	default:
		o.Product = strings.ToLower(strings.ReplaceAll(product, " ", "-"))
	}
	if o.Release != "" {
		o.Confidence = Strong
	}
	return o
}

// ParseSMBNativeOS reads an SMB native OS string through recog.
func ParseSMBNativeOS(r *Recog, s string) *OS {
	return RecogOS(r.Match(s), SourceSMB, s)
}

// ParseSNMPSysDescr reads an SNMP sysDescr through recog.
func ParseSNMPSysDescr(r *Recog, s string) *OS {
	return RecogOS(r.Match(s), SourceSNMP, s)
}
