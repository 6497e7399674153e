//go:debug x509negativeserial=1

// The test binary parses certificates with a negative serial number as
// cmd/conformscan does: Samba AD generates one, one time in two.
package directory
