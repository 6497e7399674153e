//go:build !nuclei

package main

// nucleiLinked: probes/list links the nuclei engine only with -tags nuclei.
const nucleiLinked = false
