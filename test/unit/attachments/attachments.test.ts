import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../../src/errors/index.js';
import { Attachments, StagingDirectory, normalizeAttachmentOptions, sweepStaleStaging, validateAttachment } from '../../../src/attachments/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp('/var/tmp/codex-actors-attach-unit-');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('validateAttachment', () => {
  it('accepts a file whose name starts with two dots inside the root', async () => {
    await writeFile(path.join(dir, '..notes'), 'x');
    await expect(validateAttachment(path.join(dir, '..notes'), 'input.path', { allowedRoots: [dir], maxBytes: 10 })).resolves.toMatchObject({ bytes: 1 });
  });

  it('rejects a sibling directory sharing the root’s prefix', async () => {
    await mkdir(`${dir}-sibling`);
    await writeFile(`${dir}-sibling/a.txt`, 'x');
    try {
      await expect(validateAttachment(`${dir}-sibling/a.txt`, 'input.path', { allowedRoots: [dir], maxBytes: 10 })).rejects.toBeInstanceOf(InvalidOptionsError);
    } finally {
      await rm(`${dir}-sibling`, { recursive: true, force: true });
    }
  });
});

describe('staging', () => {
  it('sweeps directories of dead pids only, and never its own', async () => {
    const root = path.join(dir, 'staging');
    await mkdir(path.join(root, 'thread-999999999-abc123'), { recursive: true });
    await mkdir(path.join(root, `thread-${process.pid}-def456`));
    await mkdir(path.join(root, 'unrelated'));
    const removed = await sweepStaleStaging(root);
    expect(removed).toEqual([path.join(root, 'thread-999999999-abc123')]);
    expect(existsSync(path.join(root, `thread-${process.pid}-def456`))).toBe(true);
    expect(existsSync(path.join(root, 'unrelated'))).toBe(true);
  });

  it('keeps same-named files apart and removes everything on remove()', async () => {
    const staging = new StagingDirectory(path.join(dir, 'staging'));
    await mkdir(path.join(dir, 'a'));
    await mkdir(path.join(dir, 'b'));
    await writeFile(path.join(dir, 'a', 'x.txt'), 'a');
    await writeFile(path.join(dir, 'b', 'x.txt'), 'b');
    const first = await staging.add(path.join(dir, 'a', 'x.txt'));
    const second = await staging.add(path.join(dir, 'b', 'x.txt'));
    expect(first).not.toBe(second);
    expect(path.basename(first)).toBe('x.txt');
    expect(await staging.remove()).toBe(true);
    expect(existsSync(first)).toBe(false);
    expect(await staging.remove()).toBe(false);
  });

  it('stageInput rewrites the caller’s input paths and leaves strings alone', async () => {
    await writeFile(path.join(dir, 'f.md'), 'hello');
    const published: unknown[] = [];
    const attachments = new Attachments(normalizeAttachmentOptions({ stagingDir: path.join(dir, 'staging') }), () => {});
    const thread = { options: { cwd: dir, additionalDirectories: [] }, publish: (e: unknown) => void published.push(e) };
    expect(await attachments.stageInput(thread, 'plain')).toBe('plain');
    const staged = await attachments.stageInput(thread, { type: 'file', path: 'f.md' });
    expect(staged).toMatchObject({ type: 'file', path: expect.stringContaining(path.join(dir, 'staging')) });
    expect(published).toHaveLength(1);
    await attachments.releaseAll();
    expect(published).toHaveLength(2);
    expect(published[1]).toMatchObject({ type: 'attachment.cleaned', reason: 'thread_closed', files: 1 });
  });
});
