package osdetect

import (
	"encoding/json"
	"fmt"
	"strings"
)

// RemoteID is the ID of probes/remote, whose endpoint facts osdetect reads
// (RDP CredSSP NTLM, nmap's OS matches). osdetect cannot import remote,
// which imports osdetect's NTLM parser: it reads remote's facts through
// their JSON form (remoteView), and a test ties the two together.
const RemoteID = "remote"

// Sources read from probes/remote's facts.
const (
	SourceRDPNTLM = "rdp-ntlm"
	SourceNmapOS  = "nmap-os"
)

// nmapStrongAccuracy is the nmap OS match accuracy (percent) from which a
// match that names a release is strong.
const nmapStrongAccuracy = 95

// NmapOSMatch is one nmap OS match (nmap -O, <osmatch>) with its classes.
type NmapOSMatch struct {
	Name     string        `json:"name"`
	Accuracy int           `json:"accuracy"`
	Classes  []NmapOSClass `json:"classes,omitempty"`
}

// NmapOSClass is one <osclass> of an nmap OS match.
type NmapOSClass struct {
	Vendor   string `json:"vendor,omitempty"`
	Family   string `json:"family,omitempty"`
	Gen      string `json:"gen,omitempty"`
	Type     string `json:"type,omitempty"`
	Accuracy int    `json:"accuracy,omitempty"`
}

// remoteView is the part of remote's endpoint facts osdetect reads.
type remoteView struct {
	NTLM *struct {
		Version         string `json:"version"`
		NetBIOSComputer string `json:"netbios_computer"`
		DNSComputer     string `json:"dns_computer"`
		DNSDomain       string `json:"dns_domain"`
	} `json:"ntlm"`
	Nmap *struct {
		OSMatches []NmapOSMatch `json:"os_matches"`
		Scripts   []struct {
			ID     string `json:"id"`
			Output string `json:"output"`
		} `json:"scripts"`
	} `json:"nmap"`
}

// ntlmVersion returns the NTLM version remote read from RDP's CredSSP,
// else the one nmap's rdp-ntlm-info script reported, with what it rests
// on ("" when neither did).
func (v *remoteView) ntlmVersion() (version, seen string) {
	if v.NTLM != nil && v.NTLM.Version != "" {
		seen = "RDP CredSSP NTLM version " + v.NTLM.Version
		for _, n := range []string{v.NTLM.DNSComputer, v.NTLM.NetBIOSComputer, v.NTLM.DNSDomain} {
			if n != "" {
				seen += ", " + n
			}
		}
		return v.NTLM.Version, seen
	}
	if v.Nmap == nil {
		return "", ""
	}
	for _, sc := range v.Nmap.Scripts {
		if sc.ID != "rdp-ntlm-info" {
			continue
		}
		for _, line := range strings.Split(sc.Output, "\n") {
			if ver, ok := strings.CutPrefix(strings.TrimSpace(line), "Product_Version:"); ok {
				out := strings.Join(strings.Fields(sc.Output), " ")
				return strings.TrimSpace(ver), "nmap rdp-ntlm-info: " + out
			}
		}
	}
	return "", ""
}

// RemoteOS returns the OS detections one endpoint's remote facts tell:
// the Windows build of RDP's CredSSP NTLM CHALLENGE (or, failing that, of
// nmap's rdp-ntlm-info script), and nmap's OS matches when the imported
// report holds them. fact is what remote stored
// (any value with remote's JSON form); nil gives nothing.
func RemoteOS(fact any, endpoint string) []OS {
	if fact == nil {
		return nil
	}
	raw, err := json.Marshal(fact)
	if err != nil {
		return nil
	}
	var v remoteView
	if json.Unmarshal(raw, &v) != nil {
		return nil
	}
	var out []OS
	if version, seen := v.ntlmVersion(); version != "" {
		if o := rdpNTLMOS(version, seen); o != nil {
			out = append(out, *o)
		}
	}
	if v.Nmap != nil {
		for _, m := range v.Nmap.OSMatches {
			out = append(out, *NmapOS(m))
		}
	}
	for i := range out {
		out[i].Endpoint = endpoint
	}
	return out
}

// rdpNTLMOS reads "major.minor.build" as remote records it.
func rdpNTLMOS(version, seen string) *OS {
	var v NTLMVersion
	if _, err := fmt.Sscanf(version, "%d.%d.%d", &v.Major, &v.Minor, &v.Build); err != nil {
		return nil
	}
	return NTLMOS(NTLMInfo{Version: &v}, SourceRDPNTLM).withSeen(seen)
}

func (o *OS) withSeen(seen string) *OS {
	if o != nil {
		o.Seen = seen
	}
	return o
}
