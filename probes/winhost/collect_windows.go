//go:build windows

package winhost

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
	"golang.org/x/sys/windows/registry"
	"golang.org/x/sys/windows/svc/mgr"
)

// Collect takes the snapshot of the machine it runs on with the Windows
// APIs: registry (CurrentVersion, Uninstall keys in the 64-bit, 32-bit
// and loaded users' views), the Service Control Manager, the process
// list, iphlpapi's socket tables, netapi32's account policy and the
// local Administrators group, secedit for password complexity, the
// Event Forwarding policy key, auditpol, and the shared security.ps1
// through powershell.exe for what needs WMI or COM (Defender, Windows
// Update, BitLocker, Windows Firewall: security_windows.go). A source it
// cannot read is a Problem and its field is nil. It writes nothing but
// secedit's export, in a temporary folder of its own removed after. It has never run on real Windows in this project's tests (CI
// compiles it): see docs/platforms.md.
func Collect(ctx context.Context) (*Snapshot, error) {
	host, _ := os.Hostname()
	s := &Snapshot{Version: Version, Collector: "native", Host: host, Taken: time.Now().UTC(), Problems: []Problem{}}
	var p problems
	steps := []struct {
		source string
		read   func(*Snapshot) error
	}{
		{"os", readOS}, {"programs", readPrograms},
		{"services", func(s *Snapshot) error { return readServices(s, &p) }},
		{"processes", readProcesses}, {"sockets", readSockets},
		{"account_policy", func(s *Snapshot) error { return readPolicy(ctx, s, &p) }},
		{"administrators", readAdministrators}, {"local_accounts", readLocalAccounts},
		{"event_forwarding", readEventForwarding},
		{"audit_policy", func(s *Snapshot) error { return readAuditPolicy(ctx, s) }},
		{"security", func(s *Snapshot) error { readSecuritySections(ctx, s, &p); return nil }},
	}
	for _, st := range steps {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("Windows snapshot interrupted before %s: %w", st.source, err)
		}
		if err := st.read(s); err != nil {
			p.add(st.source, err)
		}
	}
	s.Problems = append(s.Problems, p...)
	return s, nil
}

const currentVersionKey = `SOFTWARE\Microsoft\Windows NT\CurrentVersion`

// readOS reads the CurrentVersion values that name the release.
func readOS(s *Snapshot) error {
	k, err := registry.OpenKey(registry.LOCAL_MACHINE, currentVersionKey, registry.QUERY_VALUE|registry.WOW64_64KEY)
	if err != nil {
		return fmt.Errorf(`HKLM\%s: %w`, currentVersionKey, err)
	}
	defer k.Close()
	str := func(name string) string { v, _, _ := k.GetStringValue(name); return v }
	s.OS = OS{ProductName: str("ProductName"), EditionID: str("EditionID"), InstallationType: str("InstallationType"),
		DisplayVersion: str("DisplayVersion")}
	b, err := strconv.Atoi(str("CurrentBuild"))
	if err != nil {
		return fmt.Errorf(`HKLM\%s CurrentBuild: %w`, currentVersionKey, err)
	}
	s.OS.Build = b
	if ubr, _, err := k.GetIntegerValue("UBR"); err == nil {
		s.OS.UBR = int(ubr)
	}
	return nil
}

const uninstallKey = `SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall`

// readPrograms reads the Uninstall keys of every view; a view that exists
// but cannot be read makes the whole list unknown.
func readPrograms(s *Snapshot) error {
	out := []Program{}
	for _, v := range []struct {
		view   string
		access uint32
	}{{"64", registry.WOW64_64KEY}, {"32", registry.WOW64_32KEY}} {
		ps, err := uninstallView(registry.LOCAL_MACHINE, uninstallKey, v.access, v.view)
		if err != nil {
			return err
		}
		out = append(out, ps...)
	}
	users, err := registry.OpenKey(registry.USERS, "", registry.ENUMERATE_SUB_KEYS)
	if err != nil {
		return fmt.Errorf("HKU: %w", err)
	}
	names, err := users.ReadSubKeyNames(-1)
	users.Close()
	if err != nil {
		return fmt.Errorf("HKU: %w", err)
	}
	for _, sid := range UserHives(names) {
		ps, err := uninstallView(registry.USERS, sid+`\`+uninstallKey, 0, "user:"+sid)
		if err != nil {
			return err
		}
		out = append(out, ps...)
	}
	s.Programs = out
	return nil
}

// uninstallView lists one Uninstall key's programs (a missing key: none).
func uninstallView(root registry.Key, path string, access uint32, view string) ([]Program, error) {
	k, err := registry.OpenKey(root, path, registry.ENUMERATE_SUB_KEYS|registry.QUERY_VALUE|access)
	if errors.Is(err, registry.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("Uninstall key (view %s): %w", view, err)
	}
	defer k.Close()
	subs, err := k.ReadSubKeyNames(-1)
	if err != nil {
		return nil, fmt.Errorf("Uninstall key (view %s): %w", view, err)
	}
	var out []Program
	for _, sub := range subs {
		sk, err := registry.OpenKey(k, sub, registry.QUERY_VALUE|access)
		if err != nil {
			continue // a key removed meanwhile
		}
		str := func(name string) string { v, _, _ := sk.GetStringValue(name); return v }
		if name := str("DisplayName"); name != "" {
			out = append(out, Program{Name: name, Version: str("DisplayVersion"), Publisher: str("Publisher"), View: view, Key: sub})
		}
		sk.Close()
	}
	return out, nil
}

// readServices lists every Win32 service with its status (one
// enumeration), then its configuration, read with query rights only (no
// administrator needed). A service whose configuration cannot be read is
// kept with its name and status, its start type "unknown", and named in
// the problems ("service:NAME"). The SCM leaves out a service the user
// may not query at all: run conformscan elevated.
func readServices(s *Snapshot, p *problems) error {
	h, err := windows.OpenSCManager(nil, nil, windows.SC_MANAGER_CONNECT|windows.SC_MANAGER_ENUMERATE_SERVICE)
	if err != nil {
		return fmt.Errorf("OpenSCManager: %w", err)
	}
	defer windows.CloseServiceHandle(h)
	list, err := enumServices(h)
	if err != nil {
		return fmt.Errorf("EnumServicesStatusEx: %w", err)
	}
	out := make([]Service, 0, len(list))
	for _, e := range list {
		sv := Service{Name: windows.UTF16PtrToString(e.ServiceName), DisplayName: windows.UTF16PtrToString(e.DisplayName),
			State: StateName(e.ServiceStatusProcess.CurrentState), PID: int(e.ServiceStatusProcess.ProcessId), StartType: "unknown"}
		if err := serviceConfig(h, &sv); err != nil {
			p.add("service:"+sv.Name, err)
		}
		out = append(out, sv)
	}
	s.Services = out
	return nil
}

// enumServices returns ENUM_SERVICE_STATUS_PROCESS of every Win32 service,
// in a buffer kept alive by the returned slice.
func enumServices(h windows.Handle) ([]windows.ENUM_SERVICE_STATUS_PROCESS, error) {
	var needed, returned uint32
	var buf []byte
	for range 8 {
		var ptr *byte
		if len(buf) > 0 {
			ptr = &buf[0]
		}
		err := windows.EnumServicesStatusEx(h, windows.SC_ENUM_PROCESS_INFO, windows.SERVICE_WIN32, windows.SERVICE_STATE_ALL,
			ptr, uint32(len(buf)), &needed, &returned, nil, nil)
		if err == nil {
			if returned == 0 {
				return []windows.ENUM_SERVICE_STATUS_PROCESS{}, nil
			}
			return unsafe.Slice((*windows.ENUM_SERVICE_STATUS_PROCESS)(unsafe.Pointer(&buf[0])), int(returned)), nil
		}
		if !errors.Is(err, windows.ERROR_MORE_DATA) || needed <= uint32(len(buf)) {
			return nil, err
		}
		buf = make([]byte, needed+4096)
	}
	return nil, errors.New("the service list kept growing")
}

// serviceConfig reads a service's start type, account and binary path.
func serviceConfig(h windows.Handle, sv *Service) error {
	np, err := windows.UTF16PtrFromString(sv.Name)
	if err != nil {
		return err
	}
	sh, err := windows.OpenService(h, np, windows.SERVICE_QUERY_CONFIG)
	if err != nil {
		return fmt.Errorf("OpenService: %w", err)
	}
	m := &mgr.Service{Name: sv.Name, Handle: sh}
	defer m.Close()
	c, err := m.Config()
	if err != nil {
		return fmt.Errorf("QueryServiceConfig: %w", err)
	}
	sv.StartType, sv.Account, sv.BinaryPath = StartTypeName(c.StartType, c.DelayedAutoStart), c.ServiceStartName, c.BinaryPathName
	return nil
}
