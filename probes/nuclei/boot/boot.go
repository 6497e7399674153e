// Package boot keeps the nuclei engine's package initialisation out of
// the user's home. When a program holding the engine starts, some of its
// packages write files under $HOME (~/.config/nuclei, ~/.config/uncover,
// ~/.cache) while they initialise, before any code of ours runs.
//
// Go initialises packages in the order of their import paths among those
// whose imports are done (the language specification, "Package
// initialization"): this package imports only the standard library, and
// "conformscan/..." sorts before "github.com/...", so its init runs before
// any engine package that could write a file. It points HOME and the XDG
// directories at a fresh temporary directory; probes/nuclei's own init,
// which runs after every engine package, calls Restore to put the
// environment back and remove that directory.
//
// It imports nothing of this module.
package boot

import (
	"os"
	"path/filepath"
)

// vars are the variables pointed at the temporary home.
var vars = []string{"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "NUCLEI_CONFIG_DIR"}

// state is what init changed, for Restore: written once by init, read
// once by Restore, both during program initialisation (one goroutine).
var state struct {
	dir   string
	saved map[string]*string
}

func init() {
	dir, err := os.MkdirTemp("", "conformscan-nuclei-boot-")
	if err != nil {
		return // the engine then writes where it would have: no worse than without this package
	}
	state.dir, state.saved = dir, map[string]*string{}
	for _, k := range vars {
		if v, ok := os.LookupEnv(k); ok {
			state.saved[k] = &v
		} else {
			state.saved[k] = nil
		}
	}
	_ = os.Setenv("HOME", dir)
	_ = os.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, ".config"))
	_ = os.Setenv("XDG_CACHE_HOME", filepath.Join(dir, ".cache"))
	_ = os.Setenv("NUCLEI_CONFIG_DIR", filepath.Join(dir, ".config", "nuclei"))
}

// Dir is the temporary home while the engine initialises ("" once
// restored, or when it could not be made).
func Dir() string { return state.dir }

// Restore puts the environment back as it was and removes the temporary
// home. It is called once, from probes/nuclei's init.
func Restore() {
	if state.dir == "" {
		return
	}
	for k, v := range state.saved {
		if v == nil {
			_ = os.Unsetenv(k)
		} else {
			_ = os.Setenv(k, *v)
		}
	}
	_ = os.RemoveAll(state.dir)
	state.dir = ""
}
