import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * native/README.md is shipped in the package (package.json "files"): a user reads it in
 * node_modules/codex-actors/native/, so every relative link in it must reach a file the
 * package ships, not one that only a clone has.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const files = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { files: string[] }).files;
const shipped = (file: string) => files.some((entry) => file === entry || file.startsWith(`${entry}/`));

describe('docs shipped in the package', () => {
  it('native/README.md is shipped and links only to shipped files', () => {
    expect(shipped('native/README.md')).toBe(true);
    const text = readFileSync(path.join(root, 'native/README.md'), 'utf8');
    const links = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((link) => !/^[a-z]+:/.test(link));
    const targets = links.map((link) => path.relative(root, path.resolve(root, 'native', link)));
    expect(targets.filter((target) => !shipped(target) || !existsSync(path.join(root, target)))).toEqual([]);
  });
});
