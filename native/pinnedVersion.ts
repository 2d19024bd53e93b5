/**
 * The one codex version codex-actors is built and tested against.
 *
 * The wire protocol of `codex app-server` and `codex exec --json` changes between
 * releases, so the library pins an exact version rather than a range. Move the pin
 * with `npm run codex:upgrade -- <version>` (scripts/codexUpgrade.ts), which edits
 * this constant, package.json and the lockfile together (a unit test asserts they
 * agree), regenerates the protocol and writes docs/protocol-changes.md.
 */

/** Exact `@openai/codex` npm version (and codex-rs release) codex-actors expects. */
export const PINNED_CODEX_VERSION = '0.171.0';

/** The npm package that ships the pinned binary (through per-platform optional dependencies). */
export const CODEX_NPM_PACKAGE = '@openai/codex';

/** The codex-rs git tag the pinned binary is built from (`rust-v<version>` in openai/codex). */
export const PINNED_CODEX_GIT_TAG = `rust-v${PINNED_CODEX_VERSION}`;
