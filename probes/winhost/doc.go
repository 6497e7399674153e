// Package winhost is the one description of a Windows host as conformscan
// reads it: a Snapshot (OS, installed programs, services, processes,
// listening sockets, account policy, local administrators, and the
// security state later refs need), however it was taken — with the
// Windows APIs on the machine itself (--local on Windows), by a fixed
// PowerShell script over WinRM, or replayed from a `collect` bundle. Every
// source produces the same JSON; one strict decoder reads it, and the
// host probes turn it into their facts. It imports the standard library
// only (the API layer, behind the windows build tag, adds x/sys); the
// host probes that use it import it, never the reverse.
package winhost
