#!/usr/bin/env bash
# bench-tls.sh — conformscan vs testssl.sh on the nginx TLS lab, in one run.
#
# Starts fixtures/nginxlab (one nginx, 8 setups on 127.0.0.1), then times:
#   1. testssl.sh -p -E on the legacy endpoint,
#   2. conformscan scan --refs 7.1,7.3 on the same endpoint,
#   3. conformscan on all 8 endpoints at once,
# and prints a markdown table. Only loopback addresses are scanned.
#
# Environment:
#   CONFORMSCAN_CMD  conformscan command (default ./bin/conformscan; may hold
#                    arguments, e.g. "go run ./cmd/conformscan")
#   TESTSSL_CMD      testssl.sh command (default: testssl.sh or testssl in PATH)
#   BENCH_OUT        directory for outputs (default: a new temporary directory)
#   BENCH_TESTSSL_ALL=1  also time testssl.sh on every other TLS endpoint (slow)
#   GO               go command used to build the lab starter (default go)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

die() { echo "bench-tls: $*" >&2; exit 1; }

read -r -a CS <<<"${CONFORMSCAN_CMD:-./bin/conformscan}"
[[ ${#CS[@]} -gt 0 ]] || die "CONFORMSCAN_CMD is empty"
if [[ "${CS[0]}" == */* ]]; then
  [[ -x "${CS[0]}" ]] || die "conformscan not found at ${CS[0]}: run 'make build' or set CONFORMSCAN_CMD"
else
  command -v "${CS[0]}" >/dev/null || die "'${CS[0]}' (from CONFORMSCAN_CMD) is not in PATH"
fi

if [[ -n "${TESTSSL_CMD:-}" ]]; then
  read -r -a TS <<<"$TESTSSL_CMD"
elif command -v testssl.sh >/dev/null; then
  TS=(testssl.sh)
elif command -v testssl >/dev/null; then
  TS=(testssl)
else
  die "testssl.sh not found: apt-get install testssl.sh, or set TESTSSL_CMD"
fi
GO=${GO:-go}
command -v "$GO" >/dev/null || die "go not found (needed to build the lab starter); set GO"

OUT=${BENCH_OUT:-$(mktemp -d /tmp/bench-tls.XXXXXX)}
mkdir -p "$OUT"
LABDIR="$OUT/lab"
mkdir -p "$LABDIR"

echo "bench-tls: building the lab starter" >&2
"$GO" build -o "$OUT/nginxlab" ./fixtures/nginxlab/cmd/nginxlab || die "building fixtures/nginxlab/cmd/nginxlab failed"

LAB_PID=
cleanup() {
  if [[ -n "$LAB_PID" ]] && kill -0 "$LAB_PID" 2>/dev/null; then
    kill -TERM "$LAB_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$LAB_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$LAB_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$OUT/nginxlab" -dir "$LABDIR" >"$OUT/lab.out" 2>"$OUT/lab.err" &
LAB_PID=$!
for _ in $(seq 1 300); do
  grep -qx ready "$OUT/lab.out" 2>/dev/null && break
  kill -0 "$LAB_PID" 2>/dev/null || die "the nginx lab exited: $(cat "$OUT/lab.err")"
  sleep 0.1
done
grep -qx ready "$OUT/lab.out" || die "the nginx lab did not start within 30 s: $(cat "$OUT/lab.err")"

declare -A ADDR=()
SETUPS=()
while read -r setup addr; do
  [[ "$setup" == ready ]] && break
  [[ "$addr" == 127.0.0.1:* ]] || die "unexpected lab line: $setup $addr"
  ADDR[$setup]=$addr
  SETUPS+=("$setup")
done <"$OUT/lab.out"
[[ -n "${ADDR[legacy]:-}" ]] || die "the lab has no legacy endpoint"
CA="$LABDIR/ca.pem"
echo "bench-tls: lab up: ${#SETUPS[@]} endpoints, outputs in $OUT" >&2

now() { date +%s.%N; }
ROWS=()
# timed NAME ENDPOINT OUTFILE cmd... : runs cmd, records seconds and exit code.
timed() {
  local name=$1 endpoint=$2 outfile=$3; shift 3
  local t0 t1 rc=0
  echo "bench-tls: $name on $endpoint ..." >&2
  t0=$(now)
  "$@" >"$outfile" 2>"$outfile.err" || rc=$?
  t1=$(now)
  ROWS+=("$name|$endpoint|$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')|$rc")
}

LEGACY=${ADDR[legacy]}
timed "testssl.sh -p -E" "legacy ($LEGACY)" "$OUT/testssl-legacy.txt" \
  "${TS[@]}" -p -E --jsonfile "$OUT/testssl-legacy.json" --warnings off --quiet --color 0 "$LEGACY"

timed "conformscan --refs 7.1,7.3" "legacy ($LEGACY)" "$OUT/conformscan-legacy.json" \
  "${CS[@]}" scan --target "$LEGACY" --refs 7.1,7.3 --ca "$CA" --format json

TARGETS=()
for s in "${SETUPS[@]}"; do TARGETS+=(--target "${ADDR[$s]}"); done
timed "conformscan --refs 7.1,7.3" "all ${#SETUPS[@]} endpoints" "$OUT/conformscan-all.json" \
  "${CS[@]}" scan "${TARGETS[@]}" --refs 7.1,7.3 --ca "$CA" --format json

if [[ "${BENCH_TESTSSL_ALL:-0}" == 1 ]]; then
  for s in "${SETUPS[@]}"; do
    [[ "$s" == legacy || "$s" == plain-login ]] && continue
    timed "testssl.sh -p -E" "$s (${ADDR[$s]})" "$OUT/testssl-$s.txt" \
      "${TS[@]}" -p -E --jsonfile "$OUT/testssl-$s.json" --warnings off --quiet --color 0 "${ADDR[$s]}"
  done
fi

BASE=$(echo "${ROWS[0]}" | cut -d'|' -f3)
echo
echo "TLS scan of the nginx lab on $(hostname), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPU(s); ratio = testssl.sh time on legacy / row time"
echo
echo "| tool | endpoint | seconds | ratio | exit |"
echo "|---|---|---:|---:|---:|"
for r in "${ROWS[@]}"; do
  IFS='|' read -r name endpoint secs rc <<<"$r"
  awk -v n="$name" -v e="$endpoint" -v s="$secs" -v b="$BASE" -v rc="$rc" \
    'BEGIN { printf "| %s | %s | %.2f | %.1fx | %s |\n", n, e, s, (s > 0 ? b / s : 0), rc }'
done
echo
echo "Outputs: $OUT (conformscan exit codes other than 0 may mean failed checks; see the .err files)."
