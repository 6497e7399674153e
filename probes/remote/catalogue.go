package remote

import (
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"strings"
)

//go:embed data/catalogue.json data/LICENSE data/SOURCE
var catalogueFS embed.FS

// Tool is one remote-control or RMM tool of the catalogue derived from
// LOLRMM (data/SOURCE, Apache-2.0).
type Tool struct {
	Name        string   `json:"name"`
	Category    string   `json:"category"`
	Executables []string `json:"executables"`
	Services    []string `json:"services"`
	Paths       []string `json:"paths"`
	Packages    []string `json:"packages"`
}

// Catalogue returns the embedded catalogue, with the Linux remote-control
// packages LOLRMM does not list (x11vnc, TigerVNC and TightVNC servers).
func Catalogue() ([]Tool, error) {
	raw, err := catalogueFS.ReadFile("data/catalogue.json")
	if err != nil {
		return nil, fmt.Errorf("embedded remote-control catalogue: %w", err)
	}
	var out []Tool
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("embedded remote-control catalogue: %w (rebuild it with data/derive.py)", err)
	}
	return append(out,
		Tool{Name: "x11vnc", Category: "VNC server", Packages: []string{"x11vnc"}, Executables: []string{"x11vnc"}},
		Tool{Name: "TightVNC server", Category: "VNC server", Packages: []string{"tightvncserver"}, Executables: []string{"xtightvnc"}},
		Tool{Name: "TigerVNC server", Category: "VNC server", Packages: []string{"tigervnc-standalone-server", "tigervnc-scraping-server"}, Executables: []string{"xtigervnc", "x0vncserver"}},
		Tool{Name: "Vino / GNOME Remote Desktop", Category: "VNC/RDP server", Packages: []string{"vino", "gnome-remote-desktop"}, Executables: []string{"vino-server", "gnome-remote-de"}},
	), nil
}

// genericNames are executable stems too common to name a tool alone.
func genericName(stem string) bool {
	switch stem {
	case "perl", "dwm", "connect", "rdp", "ssh", "python", "java", "node", "agent", "client", "server", "service", "update", "setup":
		return true
	}
	return len(stem) < 4
}

// matcher finds catalogue tools by package, process or unit name.
type matcher struct {
	packages, execs, services map[string]string
}

func newMatcher(cat []Tool) matcher {
	m := matcher{packages: map[string]string{}, execs: map[string]string{}, services: map[string]string{}}
	for _, t := range cat {
		for _, p := range t.Packages {
			m.packages[p] = t.Name
		}
		for _, e := range t.Executables {
			if stem := strings.TrimSuffix(strings.ToLower(path.Base(e)), ".exe"); !genericName(stem) {
				m.execs[stem] = t.Name
			}
		}
		for _, s := range t.Services {
			m.services[strings.ToLower(s)] = t.Name
		}
	}
	return m
}

// pkg matches an installed package: its name, or a name starting with
// the tool's package and a dash ("realvnc-vnc-server").
func (m matcher) pkg(name string) string {
	name = strings.ToLower(name)
	if t, ok := m.packages[name]; ok {
		return t
	}
	if i := strings.Index(name, "-"); i >= 5 {
		return m.packages[name[:i]]
	}
	return ""
}

// exec matches a process name or executable path; Linux truncates
// /proc/PID/comm to 15 bytes.
func (m matcher) exec(name string) string {
	stem := strings.TrimSuffix(strings.ToLower(path.Base(strings.ReplaceAll(name, `\`, "/"))), ".exe")
	if genericName(stem) {
		return ""
	}
	if t, ok := m.execs[stem]; ok {
		return t
	}
	if t, ok := m.packages[stem]; ok {
		return t
	}
	if t, ok := m.packages[strings.TrimSuffix(stem, "d")]; ok { // daemons: teamviewerd
		return t
	}
	if len(stem) == 15 {
		for e, t := range m.execs {
			if strings.HasPrefix(e, stem) {
				return t
			}
		}
	}
	return ""
}

// service matches a Windows service or systemd unit name.
func (m matcher) service(name string) string {
	n := strings.ToLower(strings.TrimSuffix(name, ".service"))
	if t, ok := m.services[n]; ok {
		return t
	}
	if t, ok := m.packages[n]; ok {
		return t
	}
	return m.exec(n)
}
