//go:build !unix

package creds

import (
	"errors"
	"os"
	"time"
)

// lockFile takes an exclusive lock by creating path exclusively, waiting
// up to 10 s for another scan to remove it.
func lockFile(path string) (unlock func(), err error) {
	for i := 0; i < 200; i++ {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			f.Close()
			return func() { _ = os.Remove(path) }, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, err
		}
		time.Sleep(50 * time.Millisecond)
	}
	return nil, errors.New("lock file held for more than 10 s (another scan, or a stale " + path + ")")
}
