// Package layout holds no code: its test guards the direction of imports in
// the module (cmd → history → reports → checks → probes, and fixtures/ for
// tests only). It must not be imported by anything.
package layout
