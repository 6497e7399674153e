// Package nuclei is the nuclei probe (ref 8.3, and 2.17 evidence): it runs
// the nuclei v3 engine, embedded, on each web endpoint with the
// default-login templates this project writes (embedded in the binary)
// and the user's own directory (--nuclei-templates). It runs offline: no
// update check, no template download, the engine's home, config, cache and
// temporary files in a scratch directory removed after the run; its log
// never reaches the terminal. The probe is built only with -tags nuclei.
//
// This file has no build tag, so that the package says what it is in every
// build. The probe imports the probes framework, probes/lib/nucleifacts (its
// fact type, which checks/creds reads) and the engine; it must not import
// checks/... (checks/creds judges its facts through nucleifacts, never
// through this package).
package nuclei
