//go:build nuclei

package nuclei

import "os"

// removeAll removes the run's scratch directory.
func removeAll(dir string) { _ = os.RemoveAll(dir) }
