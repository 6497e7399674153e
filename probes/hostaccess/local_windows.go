//go:build windows

package hostaccess

import (
	"context"

	"conformscan/probes/winhost"
)

// WindowsSnapshot takes this machine's snapshot with the Windows APIs:
// on Windows, the local machine is a winhost.Source.
func (Local) WindowsSnapshot(ctx context.Context) (*winhost.Snapshot, error) {
	return winhost.Collect(ctx)
}
