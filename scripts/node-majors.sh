#!/usr/bin/env bash
# The supported Node.js majors, read from package.json "engines.node" (written as `20 || 22 || 24`):
# the one list that the engines field, the test matrix and ensure-node.sh share.
set -euo pipefail
cd "$(dirname "$0")/.."
node -e '
  const range = require("./package.json").engines.node;
  const majors = range.split("||").map((part) => part.trim());
  if (!majors.every((m) => /^\d+$/.test(m))) throw new Error(`engines.node must list majors as "20 || 22 || 24", got "${range}"`);
  console.log(majors.join(" "));
'
