/**
 * The one codex version codex-actors is built and tested against.
 *
 * The wire protocol of `codex app-server` and `codex exec --json` changes between
 * releases, so the library pins an exact version rather than a range. Bumping the
 * pin is one edit here plus the `@openai/codex` entry in package.json (a unit test
 * asserts the two agree), followed by a re-run of the e2e suite and the protocol
 * codegen.
 */

/** Exact `@openai/codex` npm version (and codex-rs release) codex-actors expects. */
export const PINNED_CODEX_VERSION = '0.169.0';

/** The npm package that ships the pinned binary (through per-platform optional dependencies). */
export const CODEX_NPM_PACKAGE = '@openai/codex';

/** The codex-rs git tag the pinned binary is built from (`rust-v<version>` in openai/codex). */
export const PINNED_CODEX_GIT_TAG = `rust-v${PINNED_CODEX_VERSION}`;
