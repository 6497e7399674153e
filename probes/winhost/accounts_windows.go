//go:build windows

package winhost

import (
	"errors"
	"fmt"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

var netUserEnum = netapi32.NewProc("NetUserEnum")

// userInfo3 is USER_INFO_3 (lmaccess.h), field for field.
type userInfo3 struct {
	Name, Password                     *uint16
	PasswordAge, Priv                  uint32
	HomeDir, Comment                   *uint16
	Flags                              uint32
	ScriptPath                         *uint16
	AuthFlags                          uint32
	FullName, UsrComment, Parms        *uint16
	Workstations                       *uint16
	LastLogon, LastLogoff, AcctExpires uint32
	MaxStorage, UnitsPerWeek           uint32
	LogonHours                         *byte
	BadPwCount, NumLogons              uint32
	LogonServer                        *uint16
	CountryCode, CodePage              uint32
	UserID, PrimaryGroupID             uint32
	Profile, HomeDirDrive              *uint16
	PasswordExpired                    uint32
}

const (
	filterNormalAccount = 0x0002 // FILTER_NORMAL_ACCOUNT
	ufAccountDisable    = 0x0002 // UF_ACCOUNTDISABLE
)

// readLocalAccounts lists the local user accounts (NetUserEnum level 3):
// name, enabled, last logon, and the SID from the name.
func readLocalAccounts(s *Snapshot) error {
	if err := netUserEnum.Find(); err != nil {
		return fmt.Errorf("netapi32 NetUserEnum: %w", err)
	}
	// The NetBIOS computer name qualifies local accounts (the DNS host
	// name may be longer).
	host, err := windows.ComputerName()
	if err != nil {
		return fmt.Errorf("GetComputerName: %w", err)
	}
	out := []LocalAccount{}
	var resume uint32
	for range 64 {
		var buf *byte
		var read, total uint32
		r, _, _ := netUserEnum.Call(0, 3, filterNormalAccount, uintptr(unsafe.Pointer(&buf)), maxPreferredLength,
			uintptr(unsafe.Pointer(&read)), uintptr(unsafe.Pointer(&total)), uintptr(unsafe.Pointer(&resume)))
		if r != 0 && !errors.Is(windows.Errno(r), windows.ERROR_MORE_DATA) {
			return fmt.Errorf("NetUserEnum level 3: %w", windows.Errno(r))
		}
		if buf != nil {
			var err error
			for _, u := range unsafe.Slice((*userInfo3)(unsafe.Pointer(buf)), read) {
				var a LocalAccount
				if a, err = localAccount(host, u); err != nil {
					break
				}
				out = append(out, a)
			}
			windows.NetApiBufferFree(buf)
			if err != nil {
				return err
			}
		}
		if r == 0 {
			s.LocalAccounts = out
			return nil
		}
	}
	return errors.New("NetUserEnum level 3: more than 64 pages")
}

// localAccount maps one entry; its SID is looked up as HOST\name (a bare
// name could resolve to a domain account) and must end with the entry's
// RID: an account whose SID is unknown makes the list unread (8.2 tells
// the built-in Administrator by its RID, whatever its name).
func localAccount(host string, u userInfo3) (LocalAccount, error) {
	a := LocalAccount{Name: windows.UTF16PtrToString(u.Name), Enabled: u.Flags&ufAccountDisable == 0}
	if u.LastLogon != 0 {
		a.LastLogon = time.Unix(int64(u.LastLogon), 0).UTC()
	}
	sid, _, _, err := windows.LookupSID("", host+`\`+a.Name)
	if err != nil {
		return a, fmt.Errorf("LookupAccountName %s\\%s: %w", host, a.Name, err)
	}
	a.SID = sid.String()
	if a.RID() != int(u.UserID) {
		return a, fmt.Errorf("account %s: SID %s does not end with its RID %d", a.Name, a.SID, u.UserID)
	}
	return a, nil
}
