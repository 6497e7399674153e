package osdetect

import (
	"errors"
	"fmt"
	"strings"

	"conformscan/probes/winhost"
)

// SourceSnapshot is a detection read from a Windows host's snapshot
// (CurrentVersion registry values).
const SourceSnapshot = "windows-snapshot"

// clientVersions maps Windows 10 and 11 builds to their version (the
// feature update), as Microsoft's release information pages list them.
var clientVersions = map[int]string{
	10240: "1507", 10586: "1511", 14393: "1607", 15063: "1703", 16299: "1709", 17134: "1803", 17763: "1809",
	18362: "1903", 18363: "1909", 19041: "2004", 19042: "20h2", 19043: "21h1", 19044: "21h2", 19045: "22h2",
	22000: "21h2", 22621: "22h2", 22631: "23h2", 26100: "24h2", 26200: "25h2",
}

// splitClientCycles are the Windows 10 versions whose endoflife.date
// cycles are split by servicing: Enterprise and Education ("-e") against
// Home and Pro ("-w"). Every Windows 11 version is split.
var splitClientCycles = map[string]bool{
	"1607": true, "1703": true, "1709": true, "1803": true, "1809": true, "1909": true, "20h2": true, "21h2": true,
}

// iotLTSCycles are the LTSC versions with an IoT Enterprise cycle of
// their own; the others share Enterprise LTSC's dates.
var iotLTSCycles = map[string]bool{"10-21h2": true, "11-24h2": true}

// clientServicing names the servicing of an EditionID: "e-lts" (Enterprise
// LTSC/LTSB), "iot-lts" (IoT Enterprise LTSC), "e" (Enterprise, Education,
// IoT Enterprise) or "w" (Home, Pro, Pro Education, Pro for Workstations).
func clientServicing(edition string) string {
	e := strings.ToLower(edition)
	switch {
	case strings.HasPrefix(e, "iotenterprises"):
		return "iot-lts"
	case e == "enterprises" || e == "enterprisesn":
		return "e-lts"
	case strings.HasPrefix(e, "enterprise") || e == "education" || e == "educationn" || strings.HasPrefix(e, "iotenterprise"):
		return "e"
	}
	return "w"
}

// isWindowsServer tells a server from a workstation by its CurrentVersion.
func isWindowsServer(o winhost.OS) bool {
	return strings.HasPrefix(strings.ToLower(o.InstallationType), "server") || strings.Contains(o.EditionID, "Server") ||
		strings.Contains(o.ProductName, "Server")
}

// WindowsOS turns a snapshot's CurrentVersion into an exact detection
// whose release is the endoflife.date cycle: windows-server by build
// ("2012-r2", "2019"), windows by version and servicing ("11-23h2-e",
// "10-22h2", "10-21h2-e-lts", "11-24h2-iot-lts"). A build not in the
// tables names no release (judged manual, never guessed).
func WindowsOS(o winhost.OS) *OS {
	build := fmt.Sprintf("%d.%d", o.Build, o.UBR)
	seen := fmt.Sprintf("ProductName=%q EditionID=%q InstallationType=%q DisplayVersion=%q CurrentBuild=%d UBR=%d",
		o.ProductName, o.EditionID, o.InstallationType, o.DisplayVersion, o.Build, o.UBR)
	out := &OS{Build: build, Confidence: Exact, Source: SourceSnapshot, Seen: seen}
	if isWindowsServer(o) {
		out.Product, out.Name = "windows-server", o.ProductName
		w, ok := windowsBuilds[uint16(o.Build)]
		if !ok || o.Build > 0xFFFF {
			out.Note = "build not in the table of Windows Server releases"
			return out
		}
		out.Release = w.release
		if out.Name == "" {
			out.Name = w.name
		}
		return out
	}
	major := 10
	if o.Build >= 22000 {
		major = 11 // Windows 11 keeps "Windows 10" in ProductName
	}
	ver, ok := clientVersions[o.Build]
	if !ok {
		ver = strings.ToLower(o.DisplayVersion)
	}
	svc := clientServicing(o.EditionID)
	out.Product = "windows"
	out.Name = strings.TrimSpace(fmt.Sprintf("Windows %d %s %s", major, strings.ToUpper(ver), o.EditionID))
	if ver == "" {
		out.Note = "version of build " + build + " unknown"
		return out
	}
	base := fmt.Sprintf("%d-%s", major, ver)
	switch {
	case svc == "iot-lts" && iotLTSCycles[base]:
		out.Release = base + "-iot-lts"
	case svc == "iot-lts" || svc == "e-lts":
		out.Release = base + "-e-lts"
	case major == 11 || splitClientCycles[ver]:
		out.Release = base + "-" + svc
	default:
		out.Release = base
	}
	return out
}

// WindowsFacts are the local facts of a Windows host from its snapshot:
// its OS. Its server software is not read from the snapshot (8.10 is not
// measured there, said in a note). An OS the snapshot could not read is
// an error.
func WindowsFacts(snap *winhost.Snapshot) (*Facts, error) {
	if why, failed := snap.Failed("os"); failed {
		return nil, fmt.Errorf("Windows release of %s not read: %s", snap.Host, why)
	}
	if snap.OS.Build <= 0 {
		return nil, errors.New("Windows release of " + snap.Host + " not read: no CurrentBuild in the snapshot")
	}
	return &Facts{OS: []OS{*WindowsOS(snap.OS)}, Software: []Software{},
		Notes: []string{"server software versions are not read from a Windows snapshot"}}, nil
}
