package osdetect

import (
	"context"

	"conformscan/probes/hostaccess"
	"conformscan/probes/macos"
)

// SourceMacOS is the source of a macOS version: SystemVersion.plist.
const SourceMacOS = "macos-systemversion"

// macOS returns the OS of a macOS host (nil, nil when the host is not
// macOS): its version from SystemVersion.plist, as endoflife.date's
// "macos" product. Its server software is not read (no package database
// names it): 2.17 judges what the network shows.
func macOS(ctx context.Context, acc hostaccess.Access) (*Facts, error) {
	mac, err := macos.IsHost(ctx, acc)
	if err != nil || !mac {
		return nil, err
	}
	b, err := acc.ReadFile(ctx, macos.SystemVersion, macos.MaxPlist)
	if err != nil {
		return nil, err
	}
	v, err := macos.ParseSystemVersion(b)
	if err != nil {
		return nil, err
	}
	o := OS{Product: "macos", Name: v.Name + " " + v.Version, Release: v.Release, Build: v.Build, Confidence: Exact,
		Source: SourceMacOS, Seen: "ProductName=" + v.Name + " ProductVersion=" + v.Version + " (" + acc.Source(macos.SystemVersion) + ")"}
	return &Facts{OS: []OS{o}, Software: []Software{}}, nil
}
