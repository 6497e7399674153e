package winhost

import (
	"encoding/binary"
	"errors"
	"fmt"
	"net/netip"
	"runtime"
	"strings"
	"unicode/utf16"
)

// The native collector (collect_windows.go) calls the Windows APIs and
// hands what they return to the functions of this file, which build the
// snapshot: they are plain Go, tested on Linux with recorded values.

// ErrNotWindows: the native collector runs on Windows only (Collect
// returns it elsewhere).
var ErrNotWindows = errors.New("the native Windows snapshot is taken on Windows only, not on " + runtime.GOOS)

// Service start types (SERVICE_*_START) and states (SERVICE_*) as the
// Service Control Manager reports them.
const (
	startBoot     = 0
	startSystem   = 1
	startAuto     = 2
	startDemand   = 3
	startDisabled = 4
)

// StartTypeName names a service start type; delayed is the
// DelayedAutostart flag of an automatic service.
func StartTypeName(start uint32, delayed bool) string {
	switch start {
	case startBoot:
		return "boot"
	case startSystem:
		return "system"
	case startAuto:
		if delayed {
			return "delayed-auto"
		}
		return "auto"
	case startDemand:
		return "manual"
	case startDisabled:
		return "disabled"
	}
	return fmt.Sprintf("unknown(%d)", start)
}

// StateName names a service state (SERVICE_STOPPED = 1 ... SERVICE_PAUSED = 7).
func StateName(state uint32) string {
	names := []string{1: "stopped", 2: "start-pending", 3: "stop-pending", 4: "running",
		5: "continue-pending", 6: "pause-pending", 7: "paused"}
	if state >= 1 && int(state) < len(names) {
		return names[state]
	}
	return fmt.Sprintf("unknown(%d)", state)
}

// Modals0 is USER_MODALS_INFO_0 (NetUserModalsGet level 0); ages in
// seconds, TimeqForever for "never".
type Modals0 struct {
	MinLength, MaxAge, MinAge, ForceLogoff, History uint32
}

// Modals3 is USER_MODALS_INFO_3 (level 3): lockout duration and
// observation window in seconds, threshold in attempts (0: never locks).
type Modals3 struct {
	Duration, Window, Threshold uint32
}

// TimeqForever is TIMEQ_FOREVER: no limit.
const TimeqForever = 0xFFFFFFFF

// PolicyFromModals builds the account policy from NetUserModalsGet's
// levels 0 and 3: ages in days (-1: never), lockout in minutes (-1: until
// an administrator unlocks). Complexity is not in them: it comes from
// secedit (see Policy.Secedit).
func PolicyFromModals(m0 Modals0, m3 Modals3) *Policy {
	days := func(s uint32) *int {
		if s == TimeqForever {
			return ip(-1)
		}
		return ip(int(s / 86400))
	}
	minutes := func(s uint32) *int {
		if s == TimeqForever {
			return ip(-1)
		}
		return ip(int(s / 60))
	}
	return &Policy{MinLength: ip(int(m0.MinLength)), MaxAgeDays: days(m0.MaxAge), MinAgeDays: days(m0.MinAge),
		History: ip(int(m0.History)), LockoutThreshold: ip(int(m3.Threshold)), LockoutMinutes: minutes(m3.Duration)}
}

func ip(v int) *int { return &v }

// Table row sizes of GetExtendedTcpTable / GetExtendedUdpTable with the
// OWNER_PID classes (iphlpapi's MIB_*ROW_OWNER_PID).
const (
	tcp4Row = 24 // state, local addr, local port, remote addr, remote port, pid
	tcp6Row = 56 // local addr[16], scope, port, remote addr[16], scope, port, state, pid
	udp4Row = 12 // local addr, local port, pid
	udp6Row = 28 // local addr[16], scope, port, pid
	// tcpListen is MIB_TCP_STATE_LISTEN.
	tcpListen = 2
)

// ParseSocketTable reads the buffer GetExtendedTcpTable (class
// TCP_TABLE_OWNER_PID_LISTENER) or GetExtendedUdpTable (UDP_TABLE_OWNER_PID)
// filled: a DWORD count, then the rows. proto is "tcp" or "udp", v6 the
// address family. A buffer shorter than its count says is an error.
func ParseSocketTable(buf []byte, proto string, v6 bool) ([]Socket, error) {
	if len(buf) < 4 {
		return nil, fmt.Errorf("%s table: %d bytes, no entry count", proto, len(buf))
	}
	n := int(binary.LittleEndian.Uint32(buf))
	size := map[[2]bool]int{{true, false}: tcp4Row, {true, true}: tcp6Row, {false, false}: udp4Row, {false, true}: udp6Row}[[2]bool{proto == "tcp", v6}]
	if n < 0 || n > (len(buf)-4)/size {
		return nil, fmt.Errorf("%s table: %d entries announced, %d bytes given", proto, n, len(buf))
	}
	out := make([]Socket, 0, n)
	for i := 0; i < n; i++ {
		row := buf[4+i*size : 4+(i+1)*size]
		if s, ok := socketRow(row, proto, v6); ok {
			out = append(out, s)
		}
	}
	return out, nil
}

// socketRow reads one row; TCP rows not in LISTEN are skipped.
func socketRow(row []byte, proto string, v6 bool) (Socket, bool) {
	le := binary.LittleEndian.Uint32
	var addr netip.Addr
	var portAt, pidAt int
	switch {
	case proto == "tcp" && !v6:
		if le(row) != tcpListen {
			return Socket{}, false
		}
		addr, portAt, pidAt = netip.AddrFrom4([4]byte(row[4:8])), 8, 20
	case proto == "tcp":
		if le(row[48:]) != tcpListen {
			return Socket{}, false
		}
		addr, portAt, pidAt = netip.AddrFrom16([16]byte(row[0:16])), 20, 52
	case !v6:
		addr, portAt, pidAt = netip.AddrFrom4([4]byte(row[0:4])), 4, 8
	default:
		addr, portAt, pidAt = netip.AddrFrom16([16]byte(row[0:16])), 20, 24
	}
	// The port is in network byte order in the low 16 bits of its DWORD.
	port := int(row[portAt])<<8 | int(row[portAt+1])
	return Socket{Proto: proto, Address: addr.Unmap().String(), Port: port, PID: int(le(row[pidAt:]))}, true
}

// UserHives returns the HKEY_USERS subkeys that are user hives (a SID,
// not its _Classes companion nor .DEFAULT), in order.
func UserHives(keys []string) []string {
	var out []string
	for _, k := range keys {
		if strings.HasPrefix(k, "S-1-") && !strings.HasSuffix(strings.ToLower(k), "_classes") {
			out = append(out, k)
		}
	}
	return out
}

// problems collects the sources a collector could not read.
type problems []Problem

func (p *problems) add(source string, err error) {
	*p = append(*p, Problem{Source: source, Error: err.Error()})
}

// Failed tells whether the snapshot names source (or one of its parts,
// "account_policy.complexity") among its problems, and why.
func (s *Snapshot) Failed(source string) (string, bool) {
	var why []string
	for _, p := range s.Problems {
		if p.Source == source || strings.HasPrefix(p.Source, source+".") {
			why = append(why, p.Source+": "+p.Error)
		}
	}
	return strings.Join(why, "; "), len(why) > 0
}

// DecodeText returns UTF-8 text from UTF-16LE with a BOM (secedit's
// export) or UTF-8 bytes.
func DecodeText(b []byte) string {
	if len(b) >= 2 && b[0] == 0xff && b[1] == 0xfe {
		u := make([]uint16, (len(b)-2)/2)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16(b[2+2*i:])
		}
		return string(utf16.Decode(u))
	}
	return strings.TrimPrefix(string(b), "\ufeff")
}

// clip shortens s to n bytes for an error message.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}
