#!/usr/bin/env bash
# Checks what `make package` wrote into dist/, as a user installing it would:
#  - SHA256SUMS verifies, its Ed25519 signature verifies with openssl and the
#    public key, and a changed byte fails both;
#  - the .deb installs with dpkg -i: conformscan version, man pages,
#    completions, the system user, systemd-analyze verify of the units; the
#    audit's command runs as that user; dpkg -r removes it;
#  - the OCI archive: skopeo inspects user, entrypoint and layers; its root
#    file system, unpacked, runs `conformscan demo` in a chroot as the user;
#  - the packager's own tests (two runs give identical bytes).
# Needs root, dpkg, rpm, openssl, skopeo, systemd-analyze, man-db. .ci/run runs it
# after `make package-host` (linux/amd64 only, to keep CI short).
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${DIST:-dist}
work=$(mktemp -d)
trap 'rm -rf "$work"; dpkg -P conformscan >/dev/null 2>&1 || true' EXIT
fail() { echo "release-check: FAIL: $*" >&2; exit 1; }
step() { echo "== release-check: $*"; }

step "checksums and signature"
(cd "$DIST" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS does not verify"
openssl pkeyutl -verify -pubin -inkey "$DIST/conformscan-release.pub" -rawin \
  -in "$DIST/SHA256SUMS" -sigfile "$DIST/SHA256SUMS.sig" >/dev/null || fail "signature does not verify"
cp "$DIST/SHA256SUMS" "$work/SHA256SUMS"
printf '0' | dd of="$work/SHA256SUMS" bs=1 seek=3 conv=notrunc status=none
cmp -s "$DIST/SHA256SUMS" "$work/SHA256SUMS" && printf '1' | dd of="$work/SHA256SUMS" bs=1 seek=3 conv=notrunc status=none
if openssl pkeyutl -verify -pubin -inkey "$DIST/conformscan-release.pub" -rawin \
  -in "$work/SHA256SUMS" -sigfile "$DIST/SHA256SUMS.sig" >/dev/null 2>&1; then
  fail "a changed SHA256SUMS still verifies"
fi
tgz=$(ls "$DIST"/conformscan_*_linux_amd64.tar.gz)
cp "$tgz" "$work/"
printf '\377' | dd of="$work/$(basename "$tgz")" bs=1 seek=1000 conv=notrunc status=none
if (cd "$work" && grep " $(basename "$tgz")\$" "$OLDPWD/$DIST/SHA256SUMS" | sha256sum --quiet -c - >/dev/null 2>&1); then
  fail "a changed archive still matches SHA256SUMS"
fi

step "archive contents"
tar -tzf "$tgz" > "$work/tgz.list"
for f in conformscan README.md man/man1/conformscan.1 man/man1/conformscan-scan.1 completions/conformscan.bash \
  completions/_conformscan completions/conformscan.fish licenses/third_party/zcrypto/LICENSE; do
  grep -q "/$f\$" "$work/tgz.list" || fail "$tgz lacks $f"
done

step "deb: install"
deb=$(ls "$DIST"/conformscan_*_amd64.deb)
dpkg-deb -f "$deb" Recommends | grep -qw nmap || fail "the .deb does not recommend nmap"
dpkg -i "$deb" >/dev/null
conformscan version | tee "$work/version"
grep -q '^commit:' "$work/version" && grep -q '^go:' "$work/version" && grep -q '^nuclei:' "$work/version" \
  || fail "conformscan version lacks a line"
conformscan --version | grep -q '^built:' || fail "--version lacks the build date"
man -w conformscan >/dev/null && man -w conformscan-scan >/dev/null || fail "man pages not found"
test -s /usr/share/bash-completion/completions/conformscan || fail "bash completion missing"
test -s /usr/share/zsh/vendor-completions/_conformscan || fail "zsh completion missing"
test -s /usr/share/fish/vendor_completions.d/conformscan.fish || fail "fish completion missing"
bash -c 'source /usr/share/bash-completion/completions/conformscan && complete -p conformscan' >/dev/null \
  || fail "bash completion does not load"
getent passwd conformscan >/dev/null || fail "postinst did not create the conformscan user"
systemd-analyze verify /usr/lib/systemd/system/conformscan-audit.service /usr/lib/systemd/system/conformscan-audit.timer \
  || fail "systemd-analyze verify"
unit=/usr/lib/systemd/system/conformscan-audit.service
for want in 'ProtectSystem=strict' 'NoNewPrivileges=yes' 'User=conformscan' 'CapabilityBoundingSet=CAP_NET_RAW' '--store /var/lib/conformscan/'; do
  grep -q -- "$want" "$unit" || fail "$unit lacks $want"
done
test -f /etc/conformscan/targets.txt && test -f /etc/conformscan/options || fail "/etc/conformscan not installed"

step "deb: the audit with the default (empty) targets fails closed"
rc=0
(cd / && runuser -u conformscan -- conformscan scan --targets-file /etc/conformscan/targets.txt \
  --store "$work/never.db" >/dev/null 2>&1) || rc=$?
[ "$rc" = 2 ] || fail "the audit with no target exited $rc, not 2"

step "deb: the audit's command, as the conformscan user, on a loopback target"
# What the unit runs (systemd makes StateDirectory; here we do), against a
# throwaway loopback listener: the report and the SQLite history are written.
install -d -o conformscan -g conformscan -m 0750 /var/lib/conformscan
python3 -c 'import socket,time; s=socket.socket(); s.bind(("127.0.0.1",0)); s.listen(); print(s.getsockname()[1], flush=True); time.sleep(120)' > "$work/port" &
listener=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s "$work/port" ] && break; sleep 0.2; done
printf '127.0.0.1:%s\n' "$(cat "$work/port")" > "$work/targets.txt"
chmod 644 "$work/targets.txt"; chmod 755 "$work"
rc=0
(cd /var/lib/conformscan && runuser -u conformscan -- conformscan scan --targets-file "$work/targets.txt" \
  --store /var/lib/conformscan/history.db --output /var/lib/conformscan/last-report.json --format json \
  --safe --timeout 2m >/dev/null) || rc=$?
kill "$listener" 2>/dev/null || true
case $rc in 0|1|3) ;; *) fail "the audit's scan exited $rc" ;; esac
test -s /var/lib/conformscan/last-report.json || fail "no report written"
runuser -u conformscan -- conformscan history --store /var/lib/conformscan/history.db >/dev/null || fail "history not readable"
rm -rf /var/lib/conformscan

step "deb: remove"
dpkg -r conformscan >/dev/null
test ! -e /usr/bin/conformscan || fail "dpkg -r left /usr/bin/conformscan"
test ! -e "$unit" || fail "dpkg -r left the unit"
dpkg -P conformscan >/dev/null
test ! -e /etc/conformscan/options || fail "dpkg -P left /etc/conformscan/options"

step "rpm: metadata and files"
rpmf=$(ls "$DIST"/conformscan-*.x86_64.rpm)
rpm -qpl "$rpmf" > "$work/rpm.list"
for f in /usr/bin/conformscan /usr/lib/systemd/system/conformscan-audit.service /usr/lib/systemd/system/conformscan-audit.timer \
  /usr/share/man/man1/conformscan-scan.1.gz /etc/conformscan/targets.txt /usr/lib/sysusers.d/conformscan.conf; do
  grep -qx "$f" "$work/rpm.list" || fail "the rpm lacks $f"
done
rpm -qp --recommends "$rpmf" | grep -qx nmap || fail "the rpm does not recommend nmap"
rpm -qp --configfiles "$rpmf" | grep -qx /etc/conformscan/options || fail "/etc/conformscan/options is not a config file in the rpm"
rpm -qpi "$rpmf" | grep -q "^Build Host *: conformscan-release" || fail "the rpm records this machine's name"

step "OCI image"
oci=$(ls "$DIST"/conformscan_*_oci.tar)
skopeo inspect --config "oci-archive:$oci" > "$work/config.json"
python3 - "$work/config.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
cfg = c["config"]
assert cfg["User"] == "65532:65532", cfg["User"]
assert cfg["Entrypoint"] == ["/usr/bin/conformscan"], cfg["Entrypoint"]
assert len(c["rootfs"]["diff_ids"]) == 2, c["rootfs"]
PY
skopeo inspect "oci-archive:$oci" | python3 -c 'import json,sys; assert len(json.load(sys.stdin)["Layers"]) == 2'
skopeo copy -q "oci-archive:$oci" "dir:$work/img"
mkdir "$work/rootfs"
for layer in $(python3 -c 'import json,sys; print(" ".join(l["digest"].split(":")[1] for l in json.load(open(sys.argv[1]))["layers"]))' "$work/img/manifest.json"); do
  tar --numeric-owner -xzf "$work/img/$layer" -C "$work/rootfs"
done
test "$(stat -c %u "$work/rootfs/home/conformscan")" = 65532 || fail "/home/conformscan is not the user's"
chroot --userspec=65532:65532 "$work/rootfs" /usr/bin/conformscan version | grep -q '^nuclei:' || fail "version in the image"
if [ -e "$work/rootfs/bin/sh" ]; then
  chroot --userspec=65532:65532 "$work/rootfs" /bin/sh -c 'cd /home/conformscan && conformscan demo' > "$work/demo.out" 2>&1 \
    || { cat "$work/demo.out"; fail "conformscan demo in the image's root file system"; }
  grep -q 'NO-GO' "$work/demo.out" || fail "demo in the image printed no decision"
else
  echo "(no /bin/sh in the image: built without busybox-static; demo not run)"
fi

step "packager tests (reproducible bytes)"
go -C scripts/release test -count=1 ./...
echo "== release-check: OK"
