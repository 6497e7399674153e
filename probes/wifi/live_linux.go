//go:build linux

package wifi

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/mdlayher/genetlink"
	"github.com/mdlayher/netlink"
	"github.com/mdlayher/wifi"
	"golang.org/x/sys/unix"
)

// ScanIface triggers a scan on a wireless interface (nl80211) and reads
// each BSS's raw information elements and capability field, so that WEP
// and WPA1 networks are judged too. Without CAP_NET_ADMIN the kernel's
// cached results are read instead.
func ScanIface(ctx context.Context, name string) ([]*BSS, Stats, error) {
	c, err := wifi.New()
	if err != nil {
		return nil, Stats{}, fmt.Errorf("live Wi-Fi scan on %s: nl80211 unavailable (%w): this machine has no Wi-Fi driver; use --wifi-capture instead", name, err)
	}
	defer c.Close()
	ifi, err := findIface(c, name)
	if err != nil {
		return nil, Stats{}, err
	}
	if err := c.Scan(ctx, ifi); err != nil && !errors.Is(err, os.ErrPermission) {
		return nil, Stats{}, fmt.Errorf("scanning on %s: %w: run as root or grant CAP_NET_ADMIN (setcap cap_net_admin+ep)", name, err)
	}
	bss, err := dumpScan(ctx, ifi.Index, "iface:"+name)
	if err != nil {
		return nil, Stats{}, fmt.Errorf("reading the scan results of %s: %w", name, err)
	}
	sortBSS(bss)
	return bss, Stats{Frames: len(bss), BSS: len(bss)}, nil
}

// CheckIfaceName accepts a Linux interface name such as wlan0.
func CheckIfaceName(name string) error { return checkUnixIfaceName(name, "wlan0", "iw dev") }

func findIface(c *wifi.Client, name string) (*wifi.Interface, error) {
	ifs, err := c.Interfaces()
	if err != nil {
		return nil, fmt.Errorf("listing wireless interfaces: %w", err)
	}
	var names []string
	for _, ifi := range ifs {
		if ifi.Name == name {
			return ifi, nil
		}
		if ifi.Name != "" {
			names = append(names, ifi.Name)
		}
	}
	seen := "none"
	if len(names) > 0 {
		seen = strings.Join(names, ", ")
	}
	return nil, fmt.Errorf("no wireless interface named %q (wireless interfaces here: %s): give one listed by 'iw dev', or use --wifi-capture", name, seen)
}

// dumpScan reads the kernel's scan results with their raw elements.
func dumpScan(ctx context.Context, ifindex int, source string) ([]*BSS, error) {
	conn, err := genetlink.Dial(nil)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	fam, err := conn.GetFamily(unix.NL80211_GENL_NAME)
	if err != nil {
		return nil, err
	}
	ae := netlink.NewAttributeEncoder()
	ae.Uint32(unix.NL80211_ATTR_IFINDEX, uint32(ifindex))
	data, err := ae.Encode()
	if err != nil {
		return nil, err
	}
	msgs, err := conn.Execute(genetlink.Message{Header: genetlink.Header{Command: unix.NL80211_CMD_GET_SCAN, Version: fam.Version}, Data: data},
		fam.ID, netlink.Request|netlink.Dump)
	if err != nil {
		return nil, err
	}
	var out []*BSS
	for _, m := range msgs {
		if b := bssOfMessage(m.Data, source); b != nil {
			out = append(out, b)
		}
	}
	return out, nil
}

// bssOfMessage decodes one NL80211_CMD_GET_SCAN answer.
func bssOfMessage(data []byte, source string) *BSS {
	attrs, err := netlink.UnmarshalAttributes(data)
	if err != nil {
		return nil
	}
	for _, a := range attrs {
		if a.Type&^netlink.Nested != unix.NL80211_ATTR_BSS {
			continue
		}
		inner, err := netlink.UnmarshalAttributes(a.Data)
		if err != nil {
			return nil
		}
		return bssOfAttrs(inner, source)
	}
	return nil
}

func bssOfAttrs(attrs []netlink.Attribute, source string) *BSS {
	var bssid, ies []byte
	var capInfo uint16
	var freq int
	for _, a := range attrs {
		switch a.Type {
		case unix.NL80211_BSS_BSSID:
			bssid = a.Data
		case unix.NL80211_BSS_INFORMATION_ELEMENTS:
			ies = a.Data
		case unix.NL80211_BSS_CAPABILITY:
			if len(a.Data) >= 2 {
				capInfo = binary.NativeEndian.Uint16(a.Data)
			}
		case unix.NL80211_BSS_FREQUENCY:
			if len(a.Data) >= 4 {
				freq = int(binary.NativeEndian.Uint32(a.Data))
			}
		}
	}
	if len(bssid) != 6 {
		return nil
	}
	e := ParseElements(ies)
	b := &BSS{BSSID: macString(bssid), Source: source, Frames: 1}
	b.fromElements(e, capInfo)
	b.learnSSID(e)
	if b.Channel == 0 {
		b.Channel = channelOf(freq)
	}
	b.finish()
	return b
}
