//go:build !windows

package winhost

import "context"

// Collect fails off Windows: a Windows host is read there by WinRM, a
// bundle or a recorded snapshot. (The machine conformscan runs on is no
// winhost.Source off Windows: hostaccess.Local does not call this.)
func Collect(context.Context) (*Snapshot, error) { return nil, ErrNotWindows }
