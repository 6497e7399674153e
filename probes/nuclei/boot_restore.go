//go:build nuclei

package nuclei

import "conformscan/probes/nuclei/boot"

// Every engine package is initialised by now (they are this package's
// imports): the environment goes back as it was, and the temporary home
// they wrote into is removed. See package boot.
func init() { boot.Restore() }
