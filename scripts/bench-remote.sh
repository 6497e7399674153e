#!/usr/bin/env bash
# bench-remote: conformscan vs nmap -sV on the same loopback remote-control
# ports, in the same run. Starts real Debian daemons on 127.0.0.1 (Xvfb with
# access control off, x11vnc without password, xrdp with TLS), times
#   conformscan scan --target 127.0.0.1 --ports P --refs 8.6
#   nmap -sV -Pn -n -p P 127.0.0.1
# on their ports, then a sweep of 1000 loopback ports holding them.
# Everything stays on loopback; the daemons are stopped (their process
# groups) on exit. Needs: nmap xvfb x11vnc xrdp (.ci/run installs them).
#
# BENCH_NETNS=1 (root) adds a /24: a network namespace created for the run
# (removed on exit) behind a veth pair, holding 198.18.0.1-253 (RFC 2544's
# benchmarking range) with Xvfb and x11vnc listening on every address;
# both tools scan the 253 hosts on the two ports, peak RSS recorded.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-bin/conformscan}
[ -x "$BIN" ] || make build >/dev/null

work=$(mktemp -d)
pgids=()
netns=""
cleanup() {
  for g in "${pgids[@]}"; do kill -- "-$g" 2>/dev/null || true; done
  [ -z "$netns" ] || ip netns del "$netns" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# listening PORT: true when something accepts on 127.0.0.1:PORT.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start NAME PORT CMD...: start CMD in its own process group, wait for PORT.
start() {
  local name=$1 port=$2; shift 2
  setsid "$@" >"$work/$name.log" 2>&1 &
  pgids+=("$!")
  for _ in $(seq 100); do listening "$port" && return 0; sleep 0.1; done
  echo "$name did not listen on $port:"; cat "$work/$name.log"; exit 1
}

# A display whose port, and the two after it, are free.
disp=""
for d in $(seq $((40 + $$ % 100)) 199); do
  p=$((6000 + d))
  if ! listening "$p" && ! listening $((p + 1)) && ! listening $((p + 2)) && [ ! -e "/tmp/.X$d-lock" ]; then disp=$d; break; fi
done
[ -n "$disp" ] || { echo "no free X display"; exit 1; }
x11=$((6000 + disp)); vnc=$((x11 + 1)); rdp=$((x11 + 2))

start Xvfb "$x11" Xvfb ":$disp" -listen tcp -ac -nolisten unix -screen 0 320x240x24
start x11vnc "$vnc" x11vnc -display "127.0.0.1:$disp" -rfbport "$vnc" -nopw -noshm -localhost -forever -shared -quiet
sed -e "s|^port=3389|port=tcp://127.0.0.1:$rdp|" /etc/xrdp/xrdp.ini >"$work/xrdp.ini"
start xrdp "$rdp" xrdp -n -c "$work/xrdp.ini"

ports="$x11,$vnc,$rdp"
lo=$((x11 - 500)); hi=$((lo + 999))

# timed LABEL CMD...: run CMD, print its wall-clock seconds.
timed() {
  local label=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >"$work/out.txt" 2>&1 || true
  t1=$(date +%s.%N)
  printf '%-58s %8.2f s\n' "$label" "$(echo "$t1 - $t0" | bc)"
}

echo "== $(date -u +%F) on $(nproc) cores; X11 $x11, VNC $vnc, RDP $rdp; sweep $lo-$hi"
timed "nmap -sV -p $ports" nmap -sV -Pn -n -p "$ports" -oX "$work/nmap.xml" 127.0.0.1
grep -o 'portid="[0-9]*"><state state="open"[^>]*/><service name="[^"]*"[^>]*product="[^"]*"' "$work/nmap.xml" |
  sed 's/<state[^>]*\/>//' || true
timed "conformscan --ports $ports --refs 8.6" "$BIN" scan --target 127.0.0.1 --ports "$ports" --refs 8.6 --output "$work/r.json"
grep -o '"observed": *"[^"]*"' "$work/r.json" | sort -u | cut -c1-150 || true
timed "nmap -sV -p $lo-$hi (1000 ports)" nmap -sV -Pn -n -p "$lo-$hi" 127.0.0.1
timed "conformscan --ports $lo-$hi --refs 8.6 (1000 ports)" "$BIN" scan --target 127.0.0.1 --ports "$lo-$hi" --refs 8.6 --output "$work/s.json"
echo "8.6 evidence in the sweep:"
grep -o '"observed": *"[^"]*"' "$work/s.json" | sort -u | cut -c1-100 || true

[ "${BENCH_NETNS:-0}" = 1 ] || exit 0

# A /24 behind a veth pair into a namespace of this run.
netns="csbench$$"
ip netns add "$netns"
ip link add "v$$h" type veth peer name "v$$n"
ip link set "v$$n" netns "$netns"
ip addr add 198.18.0.254/24 dev "v$$h"
ip link set "v$$h" up
ip -n "$netns" link set lo up
ip -n "$netns" link set "v$$n" up
: >"$work/hosts.txt"
for i in $(seq 1 253); do
  ip -n "$netns" addr add "198.18.0.$i/24" dev "v$$n"
  echo "198.18.0.$i" >>"$work/hosts.txt"
done
setsid ip netns exec "$netns" Xvfb :1 -listen tcp -ac -nolisten unix -screen 0 320x240x24 >"$work/nsx.log" 2>&1 &
pgids+=("$!")
sleep 1
setsid ip netns exec "$netns" x11vnc -display 127.0.0.1:1 -rfbport 5900 -nopw -noshm -forever -shared -quiet >"$work/nsvnc.log" 2>&1 &
pgids+=("$!")
for _ in $(seq 100); do (exec 3<>/dev/tcp/198.18.0.253/5900) 2>/dev/null && break; sleep 0.1; done

rss() { grep -o 'Maximum resident set size (kbytes): [0-9]*' "$work/out.txt" | awk '{print "  peak RSS " $NF/1024 " MiB"}'; }
echo "== /24 in namespace $netns: 253 hosts x ports 5900 (x11vnc), 6001 (Xvfb)"
timed "nmap -sV -p 5900,6001 on 253 hosts" /usr/bin/time -v nmap -sV -Pn -n -p 5900,6001 -iL "$work/hosts.txt"
rss
timed "conformscan --ports 5900,6001 --refs 8.6 on 253 hosts" /usr/bin/time -v "$BIN" scan --targets-file "$work/hosts.txt" --ports 5900,6001 --refs 8.6 --output "$work/n.json"
rss
echo "  entries with status fail in the report: $(grep -c '"status": *"fail"' "$work/n.json")"
timed "conformscan --ports 5900,6001 --refs 8.6 on 1 host" /usr/bin/time -v "$BIN" scan --target 198.18.0.1 --ports 5900,6001 --refs 8.6 --output "$work/o.json"
rss
