/**
 * The text edits of `npm run codex:upgrade`: the pin in each file that states
 * it, and the change log the upgrade prepends to. Pure string in, string out,
 * each failing loudly when the text no longer has the shape it edits (a silent
 * no-op would leave two pins that disagree).
 *
 * @module
 */

/** A codex version as npm and `codex --version` spell it. */
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** True for `0.171.0`, `0.172.0-alpha.1`; false for ranges and tags. */
export function isCodexVersion(text: string): boolean {
  return VERSION.test(text);
}

/** Replaces exactly one match of `pattern` (which must capture the old version as group 1). */
function replaceOnce(text: string, pattern: RegExp, version: string, where: string): string {
  const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  if (matches.length !== 1) throw new Error(`codex:upgrade: expected one pin in ${where}, found ${matches.length}`);
  const match = matches[0] as RegExpExecArray;
  const start = match.index + match[0].indexOf(match[1] as string);
  return `${text.slice(0, start)}${version}${text.slice(start + (match[1] as string).length)}`;
}

/** The version pinned by `native/pinnedVersion.ts`. */
export function readPinnedVersion(source: string): string {
  const version = /export const PINNED_CODEX_VERSION = '([^']+)';/.exec(source)?.[1];
  if (version === undefined) throw new Error('codex:upgrade: native/pinnedVersion.ts has no PINNED_CODEX_VERSION');
  return version;
}

/** `native/pinnedVersion.ts` with the pin moved. */
export function movePinnedVersion(source: string, version: string): string {
  return replaceOnce(source, /export const PINNED_CODEX_VERSION = '([^']+)';/, version, 'native/pinnedVersion.ts');
}

/** `package.json` with the exact `@openai/codex` dependency moved (formatting kept). */
export function movePackageJsonPin(source: string, version: string): string {
  return replaceOnce(source, /"@openai\/codex": "([^"]+)"/, version, 'package.json');
}

/** The README sentence that names the pinned package (`@openai/codex@X`). */
export function moveReadmePin(source: string, version: string): string {
  return replaceOnce(source, /`@openai\/codex@([^`]+)`/, version, 'README.md');
}

/** The fixed top of `docs/protocol-changes.md`. */
export const CHANGE_LOG_HEADER = [
  '# Protocol changes between pinned codex versions',
  '',
  'Written by `npm run codex:upgrade -- <version>` (scripts/codexUpgrade.ts), newest first: what the',
  "app-server protocol of the new pin adds, removes or changes against the previous pin's, read from",
  'both binaries\' `generate-json-schema --experimental` output and compared on the generated types.',
  '',
].join('\n');

/** The change log with `entry` placed first, under the header. */
export function prependChangeReport(log: string | undefined, entry: string): string {
  const body = log === undefined || !log.startsWith(CHANGE_LOG_HEADER) ? (log ?? '') : log.slice(CHANGE_LOG_HEADER.length);
  const rest = body.replace(/^\n+/, '');
  return `${CHANGE_LOG_HEADER}\n${entry.trimEnd()}\n${rest === '' ? '' : `\n${rest}`}`;
}
