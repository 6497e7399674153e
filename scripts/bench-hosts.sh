#!/usr/bin/env bash
# bench-hosts: HOSTS (default 254) hosts audited over SSH at once (issue 21).
# Root only. Everything runs in a network namespace and a private mount
# namespace made for the run (removed on exit): every address of
# 10.77.0.0/24 is local to the namespace, one sshd (MaxStartups raised: at
# the default it refuses after 10 unauthenticated connections) listens on
# all of them, a throw-away audit account (in a private copy of /etc) logs
# in by key, and known_hosts holds the host key for 10.77.0.*.
# conformscan audits every address as a host over SSH for 2.9, 5.3 and 8.6
# (discovery limited to port 22); /usr/bin/time gives the wall time and
# the peak RSS. The machine's own /etc, accounts and sshd are not touched.
set -euo pipefail
hosts=${HOSTS:-254}
conc=${CONCURRENCY:-64}
[ "$(id -u)" = 0 ] || { echo "bench-hosts: needs root (namespaces, a test account)" >&2; exit 1; }
work=$(mktemp -d /tmp/cs-bench-hosts.XXXXXX)
chmod 755 "$work"
netns="cshosts$$"
cleanup() {
  ip netns del "$netns" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

bin=${BIN:-}
if [ -z "$bin" ]; then
  bin="$work/conformscan"
  go build -o "$bin" ./cmd/conformscan
fi
ssh-keygen -q -t ed25519 -N '' -f "$work/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$work/audit_key"
cp "$work/audit_key.pub" "$work/authorized_keys"
chmod 644 "$work/authorized_keys"
echo "10.77.0.* $(cut -d' ' -f1,2 "$work/host_key.pub")" >"$work/known_hosts"
for i in $(seq 1 "$hosts"); do echo "10.77.0.$i"; done >"$work/hosts"
cat >"$work/sshd_config" <<CONF
Port 22
ListenAddress 0.0.0.0
HostKey $work/host_key
PidFile $work/sshd.pid
PubkeyAuthentication yes
AuthorizedKeysFile $work/authorized_keys
AuthenticationMethods publickey
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
AllowUsers csaudit
StrictModes no
UseDNS no
MaxStartups 600:30:1000
MaxSessions 64
LogLevel ERROR
CONF

ip netns add "$netns"
ip -n "$netns" link set lo up
ip -n "$netns" route add local 10.77.0.0/24 dev lo

cat >"$work/inner.sh" <<INNER
set -euo pipefail
cp -a /etc "$work/etc" 2>/dev/null || true
mount --bind "$work/etc" /etc
useradd -M -N -d /nonexistent -s /bin/sh -p "*" csaudit  # "*": no password, not locked (sshd refuses "!")
mkdir -p /run/sshd
/usr/sbin/sshd -f "$work/sshd_config"
trap 'kill \$(cat "$work/sshd.pid") 2>/dev/null || true' EXIT
echo "== $hosts hosts over SSH, --concurrency $conc, load: \$(cut -d' ' -f1-3 /proc/loadavg)"
set +e
/usr/bin/time -f "wall %e s, peak RSS %M KiB" "$bin" scan --targets-file "$work/hosts" --ports 22 \
  --ssh-user csaudit --ssh-key "$work/audit_key" --ssh-known-hosts "$work/known_hosts" \
  --refs 2.9,5.3,8.6 --concurrency "$conc" --timeout 5m --format json -o "$work/report.json" >/dev/null
echo "exit \$?"
set -e
python3 - "$work/report.json" <<'PY'
import json, sys, collections
r = json.load(open(sys.argv[1]))
c = collections.Counter((x["ref"], x["status"]) for x in r["results"] if x["target"].startswith("ssh://"))
print("results on ssh:// hosts:", dict(sorted(c.items())))
print("report: %d bytes, %d subjects" % (len(open(sys.argv[1]).read()), len(r["facts"])))
for x in r["results"]:
    if x["target"].startswith("ssh://") and x["status"] == "error":
        print("first error:", x["target"], x["summary"][:300]); break
PY
INNER
ip netns exec "$netns" unshare -m --propagation private bash "$work/inner.sh"
