#!/usr/bin/env bash
# Times conformscan and tshark on the same generated capture of N beacons
# (default 100000): conformscan reads and judges refs 9.1/9.2; tshark only
# prints BSSID, SSID and AKM fields. Needs tshark (Debian package tshark).
set -euo pipefail
cd "$(dirname "$0")/../../.."
n="${1:-100000}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/conformscan" ./cmd/conformscan
go run ./demo/wifilab/gencap "$n" "$tmp/bench.pcap"
t0=$(date +%s.%N)
"$tmp/conformscan" scan --wifi-capture "$tmp/bench.pcap" --refs 9 --format json >"$tmp/cs.json" || true
t1=$(date +%s.%N)
tshark -r "$tmp/bench.pcap" -T fields -e wlan.bssid -e wlan.ssid -e wlan.rsn.akms.type -e wlan.rsn.pcs.type >"$tmp/ts.txt"
t2=$(date +%s.%N)
awk -v n="$n" -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
  printf "frames %d\nconformscan scan (read + judge): %.2f s, %.0f frames/s\ntshark -T fields (read only):    %.2f s, %.0f frames/s\n", n, b-a, n/(b-a), c-b, n/(c-b) }'
echo "tshark BSSIDs: $(cut -f1 "$tmp/ts.txt" | sort -u | wc -l); conformscan BSSs: $(grep -o '"subject": *"wifi:[^"]*"' "$tmp/cs.json" | sort -u | wc -l)"
