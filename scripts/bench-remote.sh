#!/usr/bin/env bash
# bench-remote: conformscan vs nmap -sV on the same loopback remote-control
# ports, in the same run. Starts real Debian daemons on 127.0.0.1 (Xvfb with
# access control off, x11vnc without password, xrdp with TLS), times
#   conformscan scan --target 127.0.0.1 --ports P --refs 8.6
#   nmap -sV -Pn -n -p P 127.0.0.1
# on their ports, then a sweep of 1000 loopback ports holding them.
# Everything stays on loopback; the daemons are stopped (their process
# groups) on exit. Needs: nmap xvfb x11vnc xrdp (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-bin/conformscan}
[ -x "$BIN" ] || make build >/dev/null

work=$(mktemp -d)
pgids=()
cleanup() {
  for g in "${pgids[@]}"; do kill -- "-$g" 2>/dev/null || true; done
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
