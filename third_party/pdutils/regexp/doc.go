// Package regexp wraps the go regexp package with a few additional features:
// - Support for re2 syntax
// - Backtracking + compatibility with Perl5 and .NET syntax via github.com/dlclark/regexp2
package regexp
