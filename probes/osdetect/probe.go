package osdetect

import (
	"context"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"conformscan/probes"
	"conformscan/probes/discovery"
)

// ID is the network probe's ID; LocalID the local one's.
const (
	ID      = "osdetect"
	LocalID = "local-os"
)

// New returns the network probe: it runs on a host once discovery has
// found its endpoints, and reads their first exchanges (re-reading an SSH
// banner discovery missed, asking Redis its version, reading NTLM
// challenges), then SNMP's sysDescr when a community is given.
func New() probes.Probe { return NewWith(&Flags{getenv: os.Getenv}) }

// NewWith returns the network probe with the given options.
func NewWith(fl *Flags) probes.Probe {
	var once sync.Once
	var ssh, snmp *Recog
	return probes.Probe{
		ID: ID,
		Doc: "Operating system (with confidence and source) and server software versions from SSH banners, HTTP headers, database greetings, " +
			"the NTLM CHALLENGE of an anonymous SMB2 session setup or HTTP NTLM/Negotiate request (no credentials sent), " +
			"SNMP sysDescr when a community is given, and, from the remote probe's facts, RDP CredSSP's NTLM version and nmap's OS matches.",
		Kind:    probes.SubjectHost,
		Needs:   []string{discovery.ID, RemoteID},
		Options: fl,
		Run: func(ctx context.Context, env *probes.Env, s *probes.Subject) error {
			once.Do(func() { ssh, _ = LoadRecog(RecogSSH); snmp, _ = LoadRecog(RecogSNMP) })
			f := &Facts{OS: []OS{}, Software: []Software{}}
			for _, c := range s.Children() {
				readEndpoint(ctx, env, ssh, c, f)
			}
			readSNMP(ctx, env, snmp, fl, s, f)
			s.SetFact(ID, f)
			return nil
		},
	}
}

// readSNMP asks the host's SNMP agent for sysDescr.0 when a community is
// given, and reads it with recog.
func readSNMP(ctx context.Context, env *probes.Env, r *Recog, fl *Flags, s *probes.Subject, f *Facts) {
	if fl.SNMPCommunity == "" {
		return
	}
	port := fl.SNMPPort
	if port == 0 {
		port = defaultSNMPPort
	}
	addr := net.JoinHostPort(s.ID, strconv.Itoa(port))
	descr, err := SNMPSysDescr(ctx, env, addr, fl.SNMPCommunity)
	if err != nil {
		f.Notes = append(f.Notes, err.Error())
		return
	}
	o := ParseSNMPSysDescr(r, descr)
	if o == nil {
		f.Notes = append(f.Notes, "snmp "+addr+": sysDescr names no known OS: "+descr)
		return
	}
	o.Endpoint = addr + "/udp"
	f.OS = append(f.OS, *o)
}

// readEndpoint adds what one endpoint's first exchange tells, then what
// an NTLM CHALLENGE tells.
func readEndpoint(ctx context.Context, env *probes.Env, ssh *Recog, c *probes.Subject, f *Facts) {
	p := discovery.PortOf(c)
	if p == nil {
		return
	}
	defer readNTLM(ctx, env, c, p, f)
	banner := p.Banner
	if banner == "" && p.Service == "ssh" {
		banner = readLine(ctx, env, c.ID, nil)
	}
	var os *OS
	var sws []Software
	switch {
	case strings.HasPrefix(banner, "SSH-"):
		os, sws = sshDetect(ssh, banner)
	case strings.Contains(banner, `\x0a`) && p.Service != "http":
		var sw *Software
		if os, sw = ParseMySQLGreeting(banner); sw != nil {
			sws = []Software{*sw}
		}
	case p.Service == "redis" || c.Port == 6379:
		sws = redisVersion(ctx, env, c.ID)
	default:
		os, sws = ParseHTTP(p.Response)
	}
	if os != nil {
		os.Endpoint = c.ID
		f.OS = append(f.OS, *os)
	}
	for _, sw := range sws {
		sw.Endpoint = c.ID
		f.Software = append(f.Software, sw)
	}
}

// readNTLM asks an SMB endpoint (port 445) or a web endpoint offering
// NTLM or Negotiate for an NTLM CHALLENGE (anonymous NEGOTIATE, no
// credentials) and adds its Windows version and names.
func readNTLM(ctx context.Context, env *probes.Env, c *probes.Subject, p *discovery.Port, f *Facts) {
	var info NTLMInfo
	var err error
	scheme, useTLS := httpNTLMOffer(p)
	switch {
	case p.Service == "smb" || c.Port == 445:
		info, err = SMBNTLM(ctx, env, c.ID)
	case scheme != "":
		info, err = HTTPNTLM(ctx, env, c.ID, c.Host, scheme, useTLS)
	default:
		return
	}
	if err != nil {
		f.Notes = append(f.Notes, err.Error())
		return
	}
	f.NTLM = append(f.NTLM, info)
	if o := NTLMOS(info, info.Source); o != nil {
		o.Endpoint = c.ID
		f.OS = append(f.OS, *o)
	}
}

// sshDetect reads an SSH banner with the Debian/Ubuntu/RHEL tables, then
// recog's patterns when they tell nothing of the OS.
func sshDetect(ssh *Recog, banner string) (*OS, []Software) {
	os, sw := ParseSSHBanner(banner)
	var sws []Software
	if sw != nil {
		sws = append(sws, *sw)
	}
	if os == nil {
		line := strings.TrimSpace(strings.SplitN(banner, "\n", 2)[0])
		if _, rest, ok := strings.Cut(line, "-"); ok {
			if _, soft, ok := strings.Cut(rest, "-"); ok {
				os = RecogOS(ssh.Match(soft), SourceSSH, line)
			}
		}
	}
	return os, sws
}

// readLine dials addr, sends send (if any), and returns what arrives
// within the probe's deadline (at most 2 s), as text.
func readLine(ctx context.Context, env *probes.Env, addr string, send []byte) string {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	conn, err := dialBounded(ctx, env, "tcp", addr)
	if err != nil {
		return ""
	}
	defer conn.Close()
	if send != nil {
		if _, err := conn.Write(send); err != nil {
			return ""
		}
	}
	buf := make([]byte, 4096)
	n, _ := conn.Read(buf)
	return string(buf[:n])
}

// dialBounded dials addr with ctx, which must carry a deadline, and
// bounds every read and write on the connection by it.
func dialBounded(ctx context.Context, env *probes.Env, network, addr string) (net.Conn, error) {
	conn, err := env.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	dl, _ := ctx.Deadline()
	if err := conn.SetDeadline(dl); err != nil {
		conn.Close()
		return nil, fmt.Errorf("set deadline: %w", err)
	}
	return conn, nil
}

// redisVersion asks Redis INFO server (no login, no change): the version
// when the server answers without authentication.
func redisVersion(ctx context.Context, env *probes.Env, addr string) []Software {
	out := readLine(ctx, env, addr, []byte("INFO server\r\n"))
	for _, line := range strings.Split(out, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "redis_version:"); ok {
			return []Software{{Product: "redis", Version: v, Source: "redis-info", Seen: strings.TrimSpace(line)}}
		}
	}
	return nil
}

// String describes an OS detection for evidence.
func (o OS) String() string {
	s := fmt.Sprintf("%s (%s, %s", o.Name, o.Confidence, o.Source)
	if o.Endpoint != "" {
		s += " " + o.Endpoint
	}
	return s + `: "` + o.Seen + `")`
}
