//go:build windows

package winhost

import (
	"errors"
	"fmt"
	"unsafe"

	"golang.org/x/sys/windows"
)

// readProcesses lists the running processes (Toolhelp snapshot) with
// their image path, session and user where the process lets itself be
// queried (protected processes keep only their name).
func readProcesses(s *Snapshot) error {
	snap, err := windows.CreateToolhelp32Snapshot(windows.TH32CS_SNAPPROCESS, 0)
	if err != nil {
		return fmt.Errorf("CreateToolhelp32Snapshot: %w", err)
	}
	defer windows.CloseHandle(snap)
	var e windows.ProcessEntry32
	e.Size = uint32(unsafe.Sizeof(e))
	if err := windows.Process32First(snap, &e); err != nil {
		return fmt.Errorf("Process32First: %w", err)
	}
	users := map[string]string{}
	out := []Process{}
	for {
		p := Process{PID: int(e.ProcessID), Name: windows.UTF16ToString(e.ExeFile[:])}
		var sess uint32
		if windows.ProcessIdToSessionId(e.ProcessID, &sess) == nil {
			p.Session = int(sess)
		}
		p.Path, p.User = processDetails(e.ProcessID, users)
		out = append(out, p)
		err := windows.Process32Next(snap, &e)
		if errors.Is(err, windows.ERROR_NO_MORE_FILES) {
			break
		}
		if err != nil {
			return fmt.Errorf("Process32Next: %w", err)
		}
	}
	s.Processes = out
	return nil
}

// processDetails returns a process's image path and DOMAIN\user ("" for
// what the process does not let be read); users caches SID lookups.
func processDetails(pid uint32, users map[string]string) (string, string) {
	h, err := windows.OpenProcess(windows.PROCESS_QUERY_LIMITED_INFORMATION, false, pid)
	if err != nil {
		return "", ""
	}
	defer windows.CloseHandle(h)
	buf := make([]uint16, windows.MAX_LONG_PATH)
	n := uint32(len(buf))
	path := ""
	if windows.QueryFullProcessImageName(h, 0, &buf[0], &n) == nil {
		path = windows.UTF16ToString(buf[:n])
	}
	var tok windows.Token
	if windows.OpenProcessToken(h, windows.TOKEN_QUERY, &tok) != nil {
		return path, ""
	}
	defer tok.Close()
	tu, err := tok.GetTokenUser()
	if err != nil {
		return path, ""
	}
	sid := tu.User.Sid.String()
	if u, ok := users[sid]; ok {
		return path, u
	}
	acct, dom, _, err := tu.User.Sid.LookupAccount("")
	u := sid
	if err == nil {
		u = dom + `\` + acct
	}
	users[sid] = u
	return path, u
}

// iphlpapi's table functions, not wrapped by x/sys.
var (
	iphlpapi            = windows.NewLazySystemDLL("iphlpapi.dll")
	getExtendedTcpTable = iphlpapi.NewProc("GetExtendedTcpTable")
	getExtendedUdpTable = iphlpapi.NewProc("GetExtendedUdpTable")
)

// Table classes and address families.
const (
	tcpTableOwnerPIDListener = 3
	udpTableOwnerPID         = 1
	afInet                   = 2
	afInet6                  = 23
)

// readSockets reads the listening TCP and bound UDP sockets, IPv4 and
// IPv6, with their owning process.
func readSockets(s *Snapshot) error {
	out := []Socket{}
	for _, t := range []struct {
		proto string
		v6    bool
	}{{"tcp", false}, {"tcp", true}, {"udp", false}, {"udp", true}} {
		buf, err := socketTable(t.proto, t.v6)
		if err != nil {
			return err
		}
		ss, err := ParseSocketTable(buf, t.proto, t.v6)
		if err != nil {
			return err
		}
		out = append(out, ss...)
	}
	s.Sockets = out
	return nil
}

// socketTable calls GetExtended{Tcp,Udp}Table, growing the buffer while
// the table grows between the calls.
func socketTable(proto string, v6 bool) ([]byte, error) {
	proc, class := getExtendedTcpTable, uintptr(tcpTableOwnerPIDListener)
	if proto == "udp" {
		proc, class = getExtendedUdpTable, udpTableOwnerPID
	}
	af := uintptr(afInet)
	if v6 {
		af = afInet6
	}
	if err := proc.Find(); err != nil {
		return nil, fmt.Errorf("iphlpapi %s: %w", proc.Name, err)
	}
	size := uint32(16 << 10)
	for range 8 {
		buf := make([]byte, size)
		r, _, _ := proc.Call(uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&size)), 0, af, class, 0)
		switch windows.Errno(r) {
		case 0:
			return buf, nil // ParseSocketTable reads the count and checks the rows fit
		case windows.ERROR_INSUFFICIENT_BUFFER:
			size += 4 << 10
			continue
		default:
			return nil, fmt.Errorf("%s (%s, IPv6 %v): %w", proc.Name, proto, v6, windows.Errno(r))
		}
	}
	return nil, fmt.Errorf("%s (%s): the table kept growing", proc.Name, proto)
}
