#!/usr/bin/env bash
# The inspector's browser test drives Debian's chromium through playwright-core.
# `npm test` runs this first so a fresh machine needs nothing beyond `npm install`:
# it installs the package when it can (root with apt-get), and otherwise says how.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium for the inspector browser test (one time)…" >&2
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >&2
  exit 0
fi
echo "ensure-chromium: no chromium at $chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary, then run npm test again." >&2
exit 1
