#!/bin/sh
# Creates the conformscan system user that runs the periodic audit.
set -e
if command -v systemd-sysusers >/dev/null 2>&1; then
  systemd-sysusers /usr/lib/sysusers.d/conformscan.conf
elif ! getent passwd conformscan >/dev/null; then
  useradd --system --home-dir /var/lib/conformscan --no-create-home --shell /usr/sbin/nologin \
    --user-group --comment "conformscan periodic audit" conformscan
fi
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload >/dev/null 2>&1 || true
fi
exit 0
