#!/usr/bin/env bash
# bench-identify: how long a silent client-first service on its registered
# port takes to identify (issue 21 point 5): Debian's redis-server (6379)
# and memcached (11211), started for the run on a free loopback address
# 127.x.y.z (no persistence, in a temporary folder, stopped on exit), are
# scanned by discovery's Go benchmarks, by a whole 'conformscan scan' of
# that one port, and by 'nmap -sV'. Loopback only; nothing else is touched.
set -euo pipefail
work=$(mktemp -d /tmp/cs-bench-identify.XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

bin=${BIN:-}
if [ -z "$bin" ]; then
  bin="$work/conformscan"
  go build -o "$bin" ./cmd/conformscan
fi
addr="127.$((RANDOM % 200 + 20)).$((RANDOM % 250)).$((RANDOM % 250 + 2))"
redis-server --port 6379 --bind "$addr" --save '' --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
pids+=($!)
memcached -l "$addr" -p 11211 -U 0 -u nobody -m 8 >"$work/memcached.log" 2>&1 &
pids+=($!)
for port in 6379 11211; do
  for _ in $(seq 50); do (exec 3<>"/dev/tcp/$addr/$port") 2>/dev/null && break; sleep 0.1; done
done

echo "== Go benchmarks (probes/discovery, daemons started by the benchmark itself)"
go test -run '^$' -bench 'BenchmarkScan(Redis|Memcached)$' -benchtime 20x ./probes/discovery | grep -E '^Benchmark'
for port in 6379 11211; do
  echo "== $addr:$port"
  /usr/bin/time -f "conformscan scan --ports $port (every probe): %e s" \
    "$bin" scan --target "$addr" --ports "$port" --format json --output "$work/r$port.json" >/dev/null 2>"$work/time$port" || true
  tail -1 "$work/time$port"
  python3 - "$work/r$port.json" "$addr:$port" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
ep = r["facts"][sys.argv[2]]
d = r["facts"][sys.argv[2].rsplit(":", 1)[0]]["probes"]["discovery"]["duration_ms"]
print(f"  conformscan: {ep['service']} (from {ep.get('service_from', '?')}: sent {ep.get('sent', '-')!r}, got {ep.get('response', '-')!r}); discovery {d:.1f} ms")
PY
  /usr/bin/time -f "nmap -sV -Pn -p $port: %e s" nmap -sV -Pn -n -p "$port" "$addr" 2>"$work/ntime$port" | grep -E "^$port/tcp" || true
  tail -1 "$work/ntime$port"
done
