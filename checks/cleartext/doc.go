// Package cleartext judges refs 7.2 and 13.20 on cleartext exposure:
// the check cleartext-credentials reads discovery's ports and the cleartext
// probe's facts through checks/endpoint and says which services carry
// credentials, or other traffic, in clear. It owns those verdicts and their
// rules (rules.go), nothing else.
//
// It imports the checks core, checks/endpoint and the facts of the probes it
// reads (probes, probes/cleartext, probes/lib/services); it must not import
// another check family, reports, history or cmd, and no probe may import it.
// The folder is checks/cleartext; the package name differs (issue 19).
package cleartext
