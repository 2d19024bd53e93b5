#!/usr/bin/env bash
# The cluster-mode tests start Debian's nats-server (JetStream) on 127.0.0.1.
# `npm test` runs this first so a fresh machine needs nothing beyond `npm install`:
# it installs the package when it can (root with apt-get), and otherwise says how.
set -euo pipefail
nats="${NATS_SERVER_PATH:-$(command -v nats-server || echo /usr/bin/nats-server)}"
if [ -x "$nats" ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-nats-server: installing Debian's nats-server for the cluster tests (one time)…" >&2
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nats-server >&2
  exit 0
fi
echo "ensure-nats-server: no nats-server found. Install it (Debian/Ubuntu: sudo apt-get install nats-server) or set NATS_SERVER_PATH to a nats-server binary (2.9 or later, with JetStream), then run npm test again." >&2
exit 1
