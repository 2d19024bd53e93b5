/**
 * Attachments on the real binary: `file` and `local_image` inputs are
 * validated, copied into a per-thread staging directory and sent as the
 * staged paths; the directory goes when the thread closes, and a directory
 * left by a crashed process goes when the next Codex starts.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { firstValueFrom, filter } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Codex, defineTool, InvalidOptionsError, type AttachmentCleanedEvent, type AttachmentStagedEvent, type CodexOptions, type ThreadEvent } from '../../src/index.js';
import { inputMessages, responses } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';

const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const here = path.dirname(fileURLToPath(import.meta.url));

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;
let stagingDir: string | null = null;

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  if (stagingDir) await rm(stagingDir, { recursive: true, force: true });
  codex = null;
  fixture = null;
  stagingDir = null;
});

async function setup(options: CodexOptions = {}) {
  fixture = await createScriptedCodex({ modelCatalog: true });
  stagingDir = await mkdtemp('/var/tmp/codex-actors-staging-test-');
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, ...options, attachments: { stagingDir, ...options.attachments } });
  return { fixture, codex, stagingDir };
}

function record(thread: { events$: { subscribe(o: (e: ThreadEvent) => void): unknown } }): ThreadEvent[] {
  const events: ThreadEvent[] = [];
  thread.events$.subscribe((e) => events.push(e));
  return events;
}

const stagingDirsIn = async (root: string) => (await readdir(root).catch(() => [])).filter((n) => n.startsWith('thread-'));

describe('attachments', () => {
  it('stages a file and a local image, sends the staged copies, and removes them when the thread closes', async () => {
    const { fixture, codex, stagingDir } = await setup();
    const spec = path.join(fixture.home.workspace, 'spec.md');
    const image = path.join(fixture.home.workspace, 'pixel.png');
    await writeFile(spec, '# Spec\nThe answer is 42.\n');
    await writeFile(image, PNG_1X1);
    fixture.server.enqueue(responses.message('read it'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const events = record(thread);

    await thread.run([{ type: 'text', text: 'Summarise these' }, { type: 'file', path: 'spec.md' }, { type: 'local_image', path: image }]);

    const staged = events.filter((e): e is AttachmentStagedEvent => e.type === 'attachment.staged');
    expect(staged.map((e) => [e.kind, e.source_path, e.bytes])).toEqual([
      ['file', spec, 25],
      ['local_image', image, PNG_1X1.length],
    ]);
    const [stagedSpec, stagedImage] = staged.map((e) => e.staged_path);
    expect(path.dirname(path.dirname(stagedSpec!)).startsWith(stagingDir)).toBe(true);
    expect(path.basename(stagedSpec!)).toBe('spec.md');
    // A snapshot: editing the original afterwards does not change what codex reads.
    await writeFile(spec, 'changed');
    expect(await readFile(stagedSpec!, 'utf8')).toBe('# Spec\nThe answer is 42.\n');

    const content = JSON.stringify(inputMessages(fixture.server.requests[0]!, 'user').at(-1));
    expect(content).toContain(`Attached file: ${stagedSpec}`);
    expect(content).toContain(stagedImage);
    expect(content).toContain('data:image/png;base64,');
    expect(content).not.toContain(spec);

    expect(await stagingDirsIn(stagingDir)).toHaveLength(1);
    await thread.close();
    expect(existsSync(stagedSpec!)).toBe(false);
    expect(await stagingDirsIn(stagingDir)).toEqual([]);
    const cleaned = events.filter((e): e is AttachmentCleanedEvent => e.type === 'attachment.cleaned');
    expect(cleaned).toEqual([expect.objectContaining({ reason: 'thread_closed', files: 2, staging_dir: path.dirname(path.dirname(stagedSpec!)) })]);
  });

  it('turn.steer() stages its file and local_image input like turn input; a bad one is refused before anything is sent', async () => {
    const { fixture, codex, stagingDir } = await setup();
    const notes = path.join(fixture.home.workspace, 'notes.md');
    await writeFile(notes, 'steer notes\n');
    let markCalled!: () => void;
    let release!: (text: string) => void;
    const called = new Promise<void>((resolve) => (markCalled = resolve));
    const answer = new Promise<string>((resolve) => (release = resolve));
    const hold = defineTool({
      name: 'wait_for_test',
      description: 'Waits until the test answers',
      parameters: z.object({}),
      execute: async () => {
        markCalled();
        return answer;
      },
    });
    fixture.server.enqueue(responses.dynamicToolCall('wait_for_test', {}, { callId: 'call_hold' }), responses.message('steered'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [hold] });
    const events = record(thread);
    const turn = await thread.turn('start');
    await called; // the turn is active, waiting on our tool

    const refused = await turn.steer([{ type: 'file', path: 'missing.md' }]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(InvalidOptionsError);
    expect((refused as InvalidOptionsError).message).toMatch(/missing\.md/);
    await turn.steer([{ type: 'text', text: 'also this' }, { type: 'file', path: 'notes.md' }]);
    release('tool done');
    expect((await turn.result()).finalResponse).toBe('steered');

    const staged = events.filter((e): e is AttachmentStagedEvent => e.type === 'attachment.staged');
    expect(staged.map((e) => [e.kind, e.source_path])).toEqual([['file', notes]]);
    expect(staged[0]!.staged_path.startsWith(stagingDir)).toBe(true);
    const steered = JSON.stringify(inputMessages(fixture.server.requests[1]!, 'user'));
    expect(steered).toContain(`Attached file: ${staged[0]!.staged_path}`);
    expect(steered).not.toContain(notes);
    expect(steered).not.toContain('missing.md');
    expect(fixture.server.requests).toHaveLength(2); // one turn: the steer went into it
  });

  it('exec transport: the staged file is named in the prompt and the staged image goes to --image', async () => {
    const { fixture, codex, stagingDir } = await setup({ transport: 'exec' });
    await writeFile(path.join(fixture.home.workspace, 'notes.md'), 'notes');
    await writeFile(path.join(fixture.home.workspace, 'pixel.png'), PNG_1X1);
    fixture.server.enqueue(responses.message('seen'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const events = record(thread);
    await thread.run([{ type: 'text', text: 'look' }, { type: 'file', path: 'notes.md' }, { type: 'local_image', path: 'pixel.png' }]);
    const staged = events.filter((e): e is AttachmentStagedEvent => e.type === 'attachment.staged').map((e) => e.staged_path);
    expect(staged).toHaveLength(2);
    expect(staged.every((p) => p.startsWith(stagingDir))).toBe(true);
    const content = JSON.stringify(inputMessages(fixture.server.requests[0]!, 'user'));
    expect(content).toContain(`Attached file: ${staged[0]}`);
    expect(content).toContain(staged[1]);
    expect(content).toContain('data:image/png;base64,');
    await thread.close();
    expect(await stagingDirsIn(stagingDir)).toEqual([]);
  });

  it('rejects missing files, directories, oversized files and paths outside the allowed roots (.. and symlinks) before anything is sent', async () => {
    const { fixture, codex, stagingDir } = await setup({ attachments: { maxBytes: 16 } });
    const outside = await mkdtemp('/var/tmp/codex-actors-outside-');
    try {
      const secret = path.join(outside, 'secret.txt');
      await writeFile(secret, 'top secret');
      await symlink(secret, path.join(fixture.home.workspace, 'link.txt'));
      await mkdir(path.join(fixture.home.workspace, 'dir'));
      await writeFile(path.join(fixture.home.workspace, 'big.txt'), 'x'.repeat(17));
      const thread = codex.startThread({ cwd: fixture.home.workspace });
      const attempt = (p: string) => thread.run([{ type: 'text', text: 'look' }, { type: 'file', path: p }]).then(() => null, (e: unknown) => e as InvalidOptionsError);

      const missing = await attempt('nope.txt');
      expect(missing).toBeInstanceOf(InvalidOptionsError);
      expect(missing!.option).toBe('input[1].path');
      expect(missing!.message).toMatch(/does not exist/);
      expect((await attempt('dir'))!.message).toMatch(/not a regular file/);
      expect((await attempt('big.txt'))!.message).toMatch(/17 bytes, over the 16-byte limit/);
      const traversal = await attempt(`../../${path.basename(outside)}/secret.txt`);
      expect(traversal!.message).toMatch(/outside the allowed directories/);
      const viaLink = await attempt('link.txt');
      expect(viaLink!.message).toMatch(/resolves to .*secret\.txt.* is outside the allowed directories/);
      await expect(thread.run({ type: 'local_image', path: '/nonexistent/x.png' })).rejects.toMatchObject({ option: 'input.path' });

      expect(fixture.server.requests).toHaveLength(0);
      expect(await stagingDirsIn(stagingDir)).toEqual([]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it.each(['app-server', 'exec'] as const)('a local_image outside the working directory is sent, as with @openai/codex-sdk; allowedRoots bounds it (%s)', async (transport) => {
    const outside = await mkdtemp('/var/tmp/codex-actors-image-');
    try {
      const image = path.join(outside, 'pixel.png');
      await writeFile(image, PNG_1X1);
      const { fixture, codex } = await setup(transport === 'exec' ? { transport } : {});
      fixture.server.enqueue(responses.message('seen'));
      const thread = codex.startThread({ cwd: fixture.home.workspace });
      const result = await thread.run([{ type: 'text', text: 'what is it' }, { type: 'local_image', path: image }]);
      expect(result.finalResponse).toBe('seen');
      expect(JSON.stringify(inputMessages(fixture.server.requests[0]!, 'user'))).toContain('data:image/png;base64,');
      const bounded = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, transport, attachments: { allowedRoots: [fixture.home.workspace] } });
      try {
        await expect(bounded.startThread({ cwd: fixture.home.workspace }).run({ type: 'local_image', path: image })).rejects.toThrow(/outside the allowed directories/);
      } finally {
        await bounded.close();
      }
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('allowedRoots admits files from other directories', async () => {
    const extra = await mkdtemp('/var/tmp/codex-actors-extra-');
    try {
      const { fixture, codex } = await setup({ attachments: { allowedRoots: [extra] } });
      await writeFile(path.join(extra, 'notes.txt'), 'notes');
      fixture.server.enqueue(responses.message('ok'));
      const thread = codex.startThread({ cwd: fixture.home.workspace });
      await thread.run({ type: 'file', path: path.join(extra, 'notes.txt') });
      expect(JSON.stringify(fixture.server.requests[0]!.body?.input)).toMatch(/Attached file: .*notes\.txt/);
    } finally {
      await rm(extra, { recursive: true, force: true });
    }
  });

  it('after a crash: the dead process’s staging directory is removed when the next Codex starts; live ones stay', async () => {
    fixture = await createScriptedCodex({ modelCatalog: true });
    stagingDir = await mkdtemp('/var/tmp/codex-actors-staging-test-');
    const file = path.join(fixture.home.workspace, 'report.txt');
    await writeFile(file, 'report');

    // A live directory of this process, which the sweep must leave alone.
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, attachments: { stagingDir } });
    fixture.server.enqueue(responses.message('ok'));
    const live = codex.startThread({ cwd: fixture.home.workspace });
    await live.run({ type: 'file', path: file });

    const child = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(here, '../fixtures/stageAndDie.ts'), stagingDir, fixture.home.workspace, file]).then(
      () => {
        throw new Error('the child was expected to die by SIGKILL');
      },
      (error: { signal?: string; stdout?: string }) => error,
    );
    expect(child.signal).toBe('SIGKILL');
    const orphan = JSON.parse(child.stdout!.trim()) as AttachmentStagedEvent;
    const orphanDir = path.dirname(path.dirname(orphan.staged_path));
    expect(existsSync(orphan.staged_path)).toBe(true);
    expect(await stagingDirsIn(stagingDir)).toHaveLength(2);

    const next = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, attachments: { stagingDir } });
    try {
      const cleaned = await firstValueFrom(next.events$.pipe(filter((e): e is AttachmentCleanedEvent => e.type === 'attachment.cleaned')));
      expect(cleaned).toMatchObject({ reason: 'stale', staging_dir: orphanDir, files: null });
      expect(existsSync(orphanDir)).toBe(false);
      expect(await stagingDirsIn(stagingDir)).toHaveLength(1);
    } finally {
      await next.close();
    }
  });
});
