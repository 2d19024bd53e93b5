/**
 * `native/`: pin, find and check the codex-rs binary codex-actors runs.
 *
 * Knows nothing about the rest of the project except the error taxonomy.
 * See native/README.md for how the binary is pinned, found and built from source.
 *
 * @packageDocumentation
 */
export { PINNED_CODEX_VERSION, PINNED_CODEX_GIT_TAG, CODEX_NPM_PACKAGE } from './pinnedVersion.js';
export {
  resolveCodexBinary,
  type ResolveCodexBinaryOptions,
  type ResolvedCodexBinary,
  type CodexVersionCheck,
} from './resolveCodexBinary.js';
export type { CodexBinarySource } from './locateCodexBinary.js';
export { codexPlatformTarget, SUPPORTED_CODEX_PLATFORMS, type CodexPlatformTarget } from './codexPlatformTarget.js';
export { parseCodexVersion, clearCodexVersionCache, DEFAULT_VERSION_TIMEOUT_MS } from './readCodexVersion.js';
