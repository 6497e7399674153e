//go:build windows

package winhost

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

// netapi32's account functions, not wrapped by x/sys.
var (
	netapi32                      = windows.NewLazySystemDLL("netapi32.dll")
	netUserModalsGet              = netapi32.NewProc("NetUserModalsGet")
	netLocalGroupGetMembers       = netapi32.NewProc("NetLocalGroupGetMembers")
	maxPreferredLength            = uintptr(0xFFFFFFFF)
	seceditTimeout                = 30 * time.Second
	maxSeceditExport        int64 = 1 << 20
)

// readPolicy reads the local account policy: NetUserModalsGet levels 0
// and 3, then complexity from secedit's export (a failure of secedit is a
// problem of its own, "account_policy.complexity": the rest is kept).
func readPolicy(ctx context.Context, s *Snapshot, p *problems) error {
	var m0 Modals0
	if err := modals(0, unsafe.Pointer(&m0), unsafe.Sizeof(m0)); err != nil {
		return err
	}
	var m3 Modals3
	if err := modals(3, unsafe.Pointer(&m3), unsafe.Sizeof(m3)); err != nil {
		return err
	}
	s.Policy = PolicyFromModals(m0, m3)
	text, err := seceditExport(ctx)
	if err != nil {
		p.add("account_policy.complexity", err)
		return nil
	}
	s.Policy.Secedit = text
	return nil
}

// modals copies NetUserModalsGet(level)'s structure (DWORDs only) into dst.
func modals(level uintptr, dst unsafe.Pointer, size uintptr) error {
	if err := netUserModalsGet.Find(); err != nil {
		return fmt.Errorf("netapi32 NetUserModalsGet: %w", err)
	}
	var buf *byte
	r, _, _ := netUserModalsGet.Call(0, level, uintptr(unsafe.Pointer(&buf)))
	if r != 0 {
		return fmt.Errorf("NetUserModalsGet level %d: %w", level, windows.Errno(r))
	}
	defer windows.NetApiBufferFree(buf)
	copy(unsafe.Slice((*byte)(dst), size), unsafe.Slice(buf, size))
	return nil
}

// seceditExport runs 'secedit /export /areas SECURITYPOLICY' into a file
// (and its log) of a temporary folder of conformscan's own, reads it and
// removes the folder. secedit needs an elevated prompt.
func seceditExport(ctx context.Context) (string, error) {
	dir, err := os.MkdirTemp("", "conformscan-secedit-")
	if err != nil {
		return "", fmt.Errorf("secedit: temporary folder: %w", err)
	}
	defer os.RemoveAll(dir)
	cfg := filepath.Join(dir, "policy.inf")
	ctx, cancel := context.WithTimeout(ctx, seceditTimeout)
	defer cancel()
	sys32, err := windows.GetSystemDirectory()
	if err != nil {
		return "", fmt.Errorf("secedit: system folder: %w", err)
	}
	exe := filepath.Join(sys32, "secedit.exe")
	// Its log goes to the same folder, not to %windir%\security\logs.
	cmd := exec.CommandContext(ctx, exe, "/export", "/cfg", cfg, "/areas", "SECURITYPOLICY", "/log", filepath.Join(dir, "secedit.log"), "/quiet")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("secedit /export (run conformscan from an elevated prompt): %w: %s", err, clip(string(out), 300))
	}
	fi, err := os.Stat(cfg)
	if err != nil || fi.Size() > maxSeceditExport {
		return "", fmt.Errorf("secedit /export: no export of at most %d bytes written (%v)", maxSeceditExport, err)
	}
	b, err := os.ReadFile(cfg)
	if err != nil {
		return "", fmt.Errorf("secedit /export: %w", err)
	}
	return DecodeText(b), nil
}

// readAdministrators lists the members of the local group of SID
// S-1-5-32-544 (named in the system's language) as DOMAIN\name.
func readAdministrators(s *Snapshot) error {
	sid, err := windows.CreateWellKnownSid(windows.WinBuiltinAdministratorsSid)
	if err != nil {
		return fmt.Errorf("S-1-5-32-544: %w", err)
	}
	group, _, _, err := sid.LookupAccount("")
	if err != nil {
		return fmt.Errorf("LookupAccountSid S-1-5-32-544: %w", err)
	}
	if err := netLocalGroupGetMembers.Find(); err != nil {
		return fmt.Errorf("netapi32 NetLocalGroupGetMembers: %w", err)
	}
	gp, err := windows.UTF16PtrFromString(group)
	if err != nil {
		return err
	}
	var buf *byte
	var read, total uint32
	r, _, _ := netLocalGroupGetMembers.Call(0, uintptr(unsafe.Pointer(gp)), 3, uintptr(unsafe.Pointer(&buf)),
		maxPreferredLength, uintptr(unsafe.Pointer(&read)), uintptr(unsafe.Pointer(&total)), 0)
	if r != 0 {
		return fmt.Errorf("NetLocalGroupGetMembers %s: %w", group, windows.Errno(r))
	}
	defer windows.NetApiBufferFree(buf)
	if read != total {
		return fmt.Errorf("NetLocalGroupGetMembers %s: %d of %d members returned", group, read, total)
	}
	out := []string{}
	// LOCALGROUP_MEMBERS_INFO_3 is one pointer: the DOMAIN\name string.
	for _, name := range unsafe.Slice((**uint16)(unsafe.Pointer(buf)), read) {
		out = append(out, windows.UTF16PtrToString(name))
	}
	s.Administrators = out
	return nil
}
