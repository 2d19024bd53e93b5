import type { Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import type { CodexPlatformTarget } from './codexPlatformTarget.js';
import { inspectExecutable } from './inspectExecutable.js';
import { CODEX_NPM_PACKAGE } from './pinnedVersion.js';

/** The outcome of looking for the binary inside the installed npm packages. */
export type PackagedBinaryResult =
  | { readonly found: true; readonly path: string; readonly stats: Stats }
  | { readonly found: false; readonly path: string; readonly reason: string };

/**
 * Finds the platform binary that `@openai/codex` installed, without running it.
 *
 * Resolution starts from `resolveFrom` (this module by default), so it works from
 * the TypeScript sources, from the bundled `dist/`, and from a copy of codex-actors
 * inside a user's `node_modules`. The platform package is an optional dependency of
 * `@openai/codex`, not of codex-actors, so it is resolved *from `@openai/codex`'s own
 * location*: package managers that do not hoist (pnpm) only make it visible there.
 * If that fails it is tried from `resolveFrom` (hoisted layouts), and last inside
 * `@openai/codex/vendor/`, the layout the upstream launcher also falls back to.
 *
 * @internal
 */
export async function findPackagedCodexBinary(
  target: CodexPlatformTarget,
  resolveFrom: string | URL = import.meta.url,
): Promise<PackagedBinaryResult> {
  const requireHere = createRequire(resolveFrom);
  const codexManifest = tryResolve(requireHere, `${CODEX_NPM_PACKAGE}/package.json`);
  const platformManifest =
    (codexManifest === null ? null : tryResolve(createRequire(codexManifest), `${target.packageName}/package.json`)) ??
    tryResolve(requireHere, `${target.packageName}/package.json`);

  const vendorRoots: string[] = [];
  if (platformManifest !== null) vendorRoots.push(join(dirname(platformManifest), 'vendor'));
  if (codexManifest !== null) vendorRoots.push(join(dirname(codexManifest), 'vendor'));
  if (vendorRoots.length === 0) {
    return {
      found: false,
      path: target.packageName,
      reason: `neither ${CODEX_NPM_PACKAGE} nor ${target.packageName} is installed where codex-actors can resolve it`,
    };
  }

  const reasons: string[] = [];
  for (const vendorRoot of vendorRoots) {
    const candidate = join(vendorRoot, target.targetTriple, 'bin', target.binaryName);
    const inspection = await inspectExecutable(candidate);
    if (inspection.ok) return { found: true, path: candidate, stats: inspection.stats };
    reasons.push(`${candidate} ${inspection.reason}`);
  }
  // The platform package is an *optional* dependency: `--omit=optional`, `--no-optional` or a
  // lockfile made on another OS silently leave it out while @openai/codex itself is present.
  const missingPlatformPackage =
    platformManifest === null
      ? `${target.packageName}, the optional dependency of ${CODEX_NPM_PACKAGE} for ${target.platform}/${target.arch}, is not installed ` +
        '(were optional dependencies omitted, or the lockfile made on another platform?); '
      : '';
  return { found: false, path: target.packageName, reason: `${missingPlatformPackage}${reasons.join('; ')}` };
}

function tryResolve(require: NodeJS.Require, specifier: string): string | null {
  try {
    return require.resolve(specifier);
  } catch {
    return null;
  }
}
