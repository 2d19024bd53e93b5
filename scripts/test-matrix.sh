#!/usr/bin/env bash
# `npm test`: the suite on every supported Node.js major (package.json "engines"), one after the
# other (the e2e tests already use both cores). Typecheck, unit and e2e run on each; the
# fault-injection run only on the Node that runs `npm test` (or the newest supported one, when that
# Node is not supported), since it proves process faults, not the runtime. Every major runs even
# when an earlier one fails; the summary says which failed, and the exit code is 1 if any did.
set -euo pipefail
cd "$(dirname "$0")/.."
read -ra majors <<<"$(bash scripts/node-majors.sh)"
current="$(node -p 'process.versions.node.split(".")[0]')"
faultsOn="${majors[${#majors[@]}-1]}"
for major in "${majors[@]}"; do [ "$major" = "$current" ] && faultsOn="$current"; done

summary=()
failed=0
for major in "${majors[@]}"; do
  started=$SECONDS
  flag=()
  [ "$major" = "$faultsOn" ] && flag=(--faults)
  if bash scripts/test-on-node.sh "${flag[@]}" "$major"; then outcome=passed; else outcome=FAILED; failed=1; fi
  summary+=("node $major${flag[*]:+ (with faults)}: $outcome in $((SECONDS - started)) s")
done
printf 'test-matrix: %s\n' "${summary[@]}" >&2
exit "$failed"
