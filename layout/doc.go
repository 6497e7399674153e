// Package layout holds no code: its test guards the direction of imports in
// the module (cmd → history → reports → checks → probes, and fixtures/ for
// tests only) and the product rules the package docs state (probes import
// nothing above them, the checks core and reports no concrete probe,
// inputs/ and internal/ nothing of the module, demo/ no checks or reports).
// It must not be imported by anything.
package layout
