package svcmode

import (
	"bufio"
	"bytes"
	"regexp"
	"strconv"
	"strings"
)

// maxFile bounds every file the probe reads.
const maxFile = 1 << 20

// SSArgv is the allow-listed command listing listening sockets with
// their processes.
func SSArgv() []string { return []string{"ss", "-ltnupH"} }

var ssUser = regexp.MustCompile(`\("((?:[^"\\]|\\.)*)",pid=(\d+)`)

// ParseSS reads 'ss -ltnupH' output: one socket a line (Netid State
// Recv-Q Send-Q Local Peer [users:(("name",pid=N,fd=M),...)]). Lines that
// do not have that shape are skipped.
func ParseSS(b []byte) []Socket {
	var out []Socket
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 4096), maxFile+1)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 6 {
			continue
		}
		i := strings.LastIndexByte(f[4], ':')
		if i < 0 {
			continue
		}
		port, err := strconv.Atoi(f[4][i+1:])
		if err != nil || port < 0 || port > 65535 {
			continue
		}
		s := Socket{Proto: f[0], Addr: f[4][:i], Port: port}
		rest := strings.Join(f[6:], " ")
		for _, m := range ssUser.FindAllStringSubmatch(rest, -1) {
			pid, err := strconv.Atoi(m[2])
			if err == nil && pid > 0 {
				s.PIDs, s.Names = append(s.PIDs, pid), append(s.Names, m[1])
			}
		}
		out = append(out, s)
	}
	return out
}

// ParseCgroup returns the systemd control group path of a
// /proc/PID/cgroup file: the unified (0::) line, else the name=systemd
// line; "" when neither is there.
func ParseCgroup(b []byte) string {
	var v1, v2 string
	for _, l := range strings.Split(string(b), "\n") {
		parts := strings.SplitN(strings.TrimSpace(l), ":", 3)
		if len(parts) != 3 {
			continue
		}
		switch {
		case parts[0] == "0" && parts[1] == "":
			v2 = parts[2]
		case parts[1] == "name=systemd":
			v1 = parts[2]
		}
	}
	if v2 != "" && v2 != "/" || v1 == "" {
		return v2
	}
	return v1
}

// Status is what the probe reads of /proc/PID/status.
type Status struct {
	Name string
	PPid int
	UID  int
}

// ParseStatus reads Name, PPid and the real Uid of /proc/PID/status;
// ok is false when one is missing.
func ParseStatus(b []byte) (Status, bool) {
	var s Status
	seen := 0
	for _, l := range strings.Split(string(b), "\n") {
		k, v, found := strings.Cut(l, ":")
		if !found {
			continue
		}
		v = strings.TrimSpace(v)
		switch k {
		case "Name":
			s.Name, seen = v, seen|1
		case "PPid":
			if n, err := strconv.Atoi(v); err == nil {
				s.PPid, seen = n, seen|2
			}
		case "Uid":
			if f := strings.Fields(v); len(f) > 0 {
				if n, err := strconv.Atoi(f[0]); err == nil {
					s.UID, seen = n, seen|4
				}
			}
		}
	}
	return s, seen == 7
}

// UserNames maps UIDs to names from /etc/passwd.
func UserNames(b []byte) map[int]string {
	out := map[int]string{}
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Split(l, ":")
		if len(f) < 3 {
			continue
		}
		if n, err := strconv.Atoi(f[2]); err == nil {
			if _, dup := out[n]; !dup {
				out[n] = f[0]
			}
		}
	}
	return out
}
