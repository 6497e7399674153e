#!/bin/sh
# On removal only (deb: "remove", rpm: 0 packages left), not on upgrade:
# stop and disable the audit timer.
set -e
case "$1" in
  remove|0)
    if [ -d /run/systemd/system ]; then
      systemctl disable --now conformscan-audit.timer >/dev/null 2>&1 || true
    fi
    ;;
esac
exit 0
