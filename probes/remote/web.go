package remote

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"net/http"
	"regexp"
	"strings"
)

// console is one web administration or remote-access console, told by its
// page title, Server header or authentication realm.
type console struct {
	name, pattern string
	remoteControl bool
}

// consoles are the known web consoles, built afresh on each call.
func consoles() []console {
	return []console{
		{"Apache Guacamole", `(?i)guacamole`, true},
		{"MeshCentral", `(?i)meshcentral`, true},
		{"noVNC", `(?i)novnc`, true},
		{"Webmin", `(?i)webmin|miniserv`, false},
		{"Cockpit", `(?i)cockpit`, false},
		{"Dell iDRAC", `(?i)idrac`, false},
		{"HPE iLO", `(?i)\bilo\b|integrated lights-out`, false},
		{"Proxmox VE", `(?i)proxmox`, false},
		{"VMware ESXi / vSphere", `(?i)vmware (esxi|vsphere|host client)`, false},
		{"Portainer", `(?i)portainer`, false},
		{"Jenkins", `(?i)jenkins`, false},
		{"phpMyAdmin", `(?i)phpmyadmin`, false},
		{"pfSense / OPNsense", `(?i)pfsense|opnsense`, false},
		{"Tomcat Manager", `(?i)tomcat manager`, false},
	}
}

// WebPage is what the console check reads of a page.
type WebPage struct {
	Status int
	Server string
	Realm  []string
	Title  string
}

// ParseWebPage reads an HTTP response (at most 64 KiB of body).
func ParseWebPage(r *bufio.Reader) (WebPage, error) {
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		return WebPage{}, fmt.Errorf("reading the HTTP answer: %w", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	p := WebPage{Status: resp.StatusCode, Server: printable([]byte(resp.Header.Get("Server")), 100),
		Realm: resp.Header.Values("WWW-Authenticate")}
	if m := regexp.MustCompile(`(?is)<title[^>]*>(.{0,200}?)</title>`).FindSubmatch(body); m != nil {
		p.Title = printable([]byte(html.UnescapeString(string(m[1]))), 120)
	}
	return p, nil
}

// probeWeb fetches "/" and tells whether it is a known console; a page
// that is none leaves the facts without a tool (not reported).
func probeWeb(x exchange, f *Facts) error {
	tlsOn := x.port != nil && (x.port.Service == "https" || x.port.TLSSeen != nil)
	c, err := x.connTLS(tlsOn)
	if err != nil {
		return err
	}
	defer c.Close()
	req := "GET / HTTP/1.1\r\nHost: " + x.addr + "\r\nUser-Agent: conformscan\r\nConnection: close\r\n\r\n"
	if _, err := io.WriteString(c, req); err != nil {
		return fmt.Errorf("sending the HTTP request: %w", err)
	}
	p, err := ParseWebPage(bufio.NewReader(io.LimitReader(c, 256<<10)))
	if err != nil {
		return err
	}
	judgeWeb(p, tlsOn, f)
	return nil
}

func judgeWeb(p WebPage, tlsOn bool, f *Facts) {
	seen := strings.Join(append([]string{p.Title, p.Server}, p.Realm...), " | ")
	f.Tool, f.Admin, f.RemoteControl = "", false, false
	for _, c := range consoles() {
		if regexp.MustCompile(c.pattern).MatchString(seen) {
			f.Tool, f.Display, f.Admin, f.RemoteControl, f.Identified = "web-console", c.name, true, c.remoteControl, true
			break
		}
	}
	f.Protocol = fmt.Sprintf("HTTP %d, title %q, server %q", p.Status, p.Title, p.Server)
	f.Auth = AuthUnknown
	for _, r := range p.Realm {
		f.Auth = AuthPassword
		f.Details = append(f.Details, "authentication: "+r)
		if strings.HasPrefix(strings.ToLower(r), "basic") && !tlsOn {
			f.Cleartext = true
		}
	}
	if !tlsOn && f.Tool != "" {
		f.Cleartext = true
		f.Details = append(f.Details, "console served over plain HTTP")
	}
}
