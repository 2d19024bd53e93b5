import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Platform package and Rust target triple of the pinned binary, per the npm wrapper's own mapping. */
const TARGETS: Record<string, { pkg: string; triple: string }> = {
  'linux-x64': { pkg: '@openai/codex-linux-x64', triple: 'x86_64-unknown-linux-musl' },
  'linux-arm64': { pkg: '@openai/codex-linux-arm64', triple: 'aarch64-unknown-linux-musl' },
  'darwin-x64': { pkg: '@openai/codex-darwin-x64', triple: 'x86_64-apple-darwin' },
  'darwin-arm64': { pkg: '@openai/codex-darwin-arm64', triple: 'aarch64-apple-darwin' },
};

let cached: string | undefined;

/**
 * Absolute path of the pinned native codex binary installed in node_modules
 * (e.g. `@openai/codex-linux-x64/vendor/x86_64-unknown-linux-musl/bin/codex`).
 * Tests call the native binary directly: the npm wrapper adds ~90 ms per run.
 * Deliberately independent of `native/` so e2e tests of the testing kit do not
 * depend on the code they help test.
 */
export function codexBinaryPath(): string {
  if (cached) return cached;
  const target = TARGETS[`${process.platform}-${process.arch}`];
  if (!target) throw new Error(`No pinned codex binary for ${process.platform}-${process.arch}`);
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve(`${target.pkg}/package.json`);
  const binary = join(dirname(pkgJson), 'vendor', target.triple, 'bin', 'codex');
  if (!existsSync(binary)) throw new Error(`The pinned codex binary is missing at ${binary}; run npm install.`);
  cached = binary;
  return binary;
}
