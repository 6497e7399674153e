// Package exitcode holds the exit codes of the conformscan process. It is
// owned by cmd/conformscan, which exits with them; checks records in a
// report's summary (exit_code) the one its decision leads to. It imports
// nothing of the module.
package exitcode

// Exit codes.
const (
	OK         = 0 // no O-level ref fails
	Fail       = 1 // at least one O-level ref fails
	Usage      = 2 // usage or input error
	Incomplete = 3 // the scan could not complete (interrupted, deadline, O ref in error)
)
