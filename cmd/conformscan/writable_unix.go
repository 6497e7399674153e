//go:build !windows

package main

import "syscall"

// writable says whether path (a file or a folder) may be written, by
// access(2) with W_OK.
func writable(path string) error { return syscall.Access(path, 0x2) }
