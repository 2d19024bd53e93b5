#!/usr/bin/env bash
# `npm test`'s pretest step: everything the suite needs beyond `npm install`, one ensure-* script
# per need, each idempotent and quiet when there is nothing to do. Add a need as one more line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
bash scripts/ensure-node.sh
bash scripts/ensure-nats-server.sh
