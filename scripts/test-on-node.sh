#!/usr/bin/env bash
# Runs typecheck, the unit tests and the e2e tests (and with --faults the fault-injection run) on one
# Node.js major. That Node's bin directory goes first in PATH, so everything the suite starts with
# `node` — vitest's forked workers, the examples, the demo, the codex-actors CLI — runs on it too;
# CODEX_ACTORS_TEST_NODE tells the tests which major they must find themselves on.
# The machine's own Node serves its own major; the others come from scripts/ensure-node.sh.
#
# usage: scripts/test-on-node.sh [--faults] MAJOR [E2E_FILE...]   (files: only those e2e tests)
set -euo pipefail
cd "$(dirname "$0")/.."
faults=0
if [ "${1:-}" = "--faults" ]; then faults=1; shift; fi
major="${1:?usage: scripts/test-on-node.sh [--faults] MAJOR [E2E_FILE...]}"
shift
if [ "$(node -p 'process.versions.node.split(".")[0]')" = "$major" ]; then
  bin="$(dirname "$(node -p 'process.execPath')")"
else
  bash scripts/ensure-node.sh "$major"
  bin="$PWD/.cache/node/$major/node_modules/.bin"
fi
export PATH="$bin:$PATH" CODEX_ACTORS_TEST_NODE="$major"
version="$(node -v)"
case "$version" in "v$major".*) ;; *) echo "test-on-node: node on PATH is $version, not $major" >&2; exit 1 ;; esac

step() {
  local started=$SECONDS
  echo "── node $version: $1" >&2
  shift
  "$@"
  echo "── node $version: done in $((SECONDS - started)) s" >&2
}
step typecheck node node_modules/typescript/bin/tsc --noEmit -p tsconfig.json
step unit node node_modules/vitest/vitest.mjs run --project unit
step e2e node node_modules/vitest/vitest.mjs run --project e2e "$@"
if [ "$faults" = 1 ]; then step faults node node_modules/vitest/vitest.mjs run --project faults; fi
