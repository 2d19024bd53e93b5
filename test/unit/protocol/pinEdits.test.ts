import { readFile } from 'node:fs/promises';

import { describe, expect, test } from 'vitest';

import { PINNED_CODEX_VERSION } from '../../../native/index.js';
import {
  CHANGE_LOG_HEADER,
  isCodexVersion,
  movePackageJsonPin,
  movePinnedVersion,
  moveReadmePin,
  prependChangeReport,
  readPinnedVersion,
} from '../../../src/protocol/codegen/pinEdits.js';

const read = (path: string) => readFile(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('the pin edits of codex:upgrade, on the real files', () => {
  test('each file states the pin exactly once, and moving it there and back restores the file', async () => {
    const edits = [
      ['package.json', movePackageJsonPin],
      ['native/pinnedVersion.ts', movePinnedVersion],
      ['README.md', moveReadmePin],
    ] as const;
    for (const [path, move] of edits) {
      const text = await read(path);
      const moved = move(text, '9.8.7');
      expect(moved, path).not.toBe(text);
      expect(moved.split('9.8.7'), path).toHaveLength(2);
      expect(move(moved, PINNED_CODEX_VERSION), path).toBe(text);
    }
  });

  test('package.json: only the exact @openai/codex entry moves, not @openai/codex-sdk', async () => {
    const moved = movePackageJsonPin(await read('package.json'), '9.8.7');
    expect(JSON.parse(moved).dependencies['@openai/codex']).toBe('9.8.7');
    expect(JSON.parse(moved).devDependencies['@openai/codex-sdk']).toBe(JSON.parse(await read('package.json')).devDependencies['@openai/codex-sdk']);
  });

  test('reads the pin back from pinnedVersion.ts', async () => {
    expect(readPinnedVersion(await read('native/pinnedVersion.ts'))).toBe(PINNED_CODEX_VERSION);
  });

  test('a file that lost its pin fails instead of silently staying behind', () => {
    expect(() => moveReadmePin('no pin here', '1.0.0')).toThrow(/expected one pin in README\.md, found 0/);
    expect(() => readPinnedVersion('')).toThrow(/no PINNED_CODEX_VERSION/);
  });

  test('versions are exact', () => {
    expect(isCodexVersion('0.171.0')).toBe(true);
    expect(isCodexVersion('0.172.0-alpha.1')).toBe(true);
    expect(isCodexVersion('^0.171.0')).toBe(false);
    expect(isCodexVersion('latest')).toBe(false);
  });
});

describe('prependChangeReport', () => {
  test('starts the log, then puts each new entry first under the header', () => {
    const first = prependChangeReport(undefined, '## codex 1 → 2\n\nNo protocol change.\n');
    expect(first).toBe(`${CHANGE_LOG_HEADER}\n## codex 1 → 2\n\nNo protocol change.\n`);
    const second = prependChangeReport(first, '## codex 2 → 3\n\n- x\n');
    expect(second).toBe(`${CHANGE_LOG_HEADER}\n## codex 2 → 3\n\n- x\n\n## codex 1 → 2\n\nNo protocol change.\n`);
  });
});
