import path from 'node:path';
import { fileMentionText, normalizeInput, type Input, type NormalizedInput, type UserInput, type WireUserInput } from '../input/normalizeInput.js';
import type { AttachmentCleanedEvent, AttachmentStagedEvent } from '../protocol/publicEvents.js';
import type { NormalizedAttachmentOptions } from './attachmentOptions.js';
import { StagingDirectory, sweepStaleStaging } from './stagingDirectory.js';
import { validateAttachment } from './validateAttachment.js';

/** What staging needs from a thread. */
export interface AttachmentThread {
  readonly options: { readonly cwd?: string | undefined; readonly additionalDirectories: readonly string[] };
  publish(event: AttachmentStagedEvent | AttachmentCleanedEvent, turnId: string | null): unknown;
}

/**
 * The attachments of one `Codex`: validates `{ type: 'file' }` and
 * `{ type: 'local_image' }` inputs, copies them into a per-thread staging
 * directory and rewrites the input to point at the copies; removes a
 * thread's directory when the thread closes, and at start-up the
 * directories that crashed processes left behind.
 *
 * codex 0.169 has no wire method for sending file contents (its
 * `thread/attachment/*` methods store opaque client metadata), so files reach
 * the model the way codex itself handles paths: a local image becomes a
 * `localImage` input (codex reads and inlines it), any other file a text item
 * naming the staged path, which the agent can read with its tools (the
 * sandbox allows reads everywhere). A `mention` of a local path would be
 * dropped by codex before the model request (verified on the pinned binary).
 *
 * @example
 * ```ts
 * const attachments = new Attachments(normalizeAttachmentOptions({}), (event) => bus.stamp(event, meta));
 * const input = await attachments.stage(thread, normalizeInput([{ type: 'file', path: '/repo/spec.md' }]));
 * await attachments.release(thread);
 * ```
 *
 * @internal
 */
export class Attachments {
  private readonly staging = new Map<AttachmentThread, StagingDirectory>();
  /** The start-up sweep; staging waits for it so a new directory is never swept by mistake. */
  readonly swept: Promise<void>;

  constructor(
    private readonly options: NormalizedAttachmentOptions,
    publishStale: (event: AttachmentCleanedEvent) => void,
  ) {
    this.swept = sweepStaleStaging(options.stagingDir).then(
      (removed) => {
        for (const dir of removed) publishStale({ type: 'attachment.cleaned', staging_dir: dir, reason: 'stale', files: null });
      },
      () => {},
    );
  }

  /**
   * Validates and stages the input's files and local images; returns the
   * input with their paths replaced by the staged copies. Input without
   * attachments is returned as it is, without touching the disk.
   *
   * @throws InvalidOptionsError naming the input item when a file is missing, not a
   *   regular file, too large or outside the allowed directories.
   */
  async stage(thread: AttachmentThread, input: NormalizedInput): Promise<NormalizedInput> {
    const staged = await this.stageByIndex(thread, input);
    if (staged.size === 0) return input;
    const items: WireUserInput[] = input.items.map((item, index) => {
      const stagedPath = staged.get(index);
      if (stagedPath === undefined) return item;
      return item.type === 'localImage' ? { ...item, path: stagedPath } : { type: 'text', text: fileMentionText(stagedPath), text_elements: [] };
    });
    return { items, attachments: input.attachments.map((a) => ({ ...a })) };
  }

  /**
   * The same for input as the caller wrote it (the exec transport turns it
   * into a prompt and `--image` paths itself): returns the input with the
   * `path` of every `file` and `local_image` item pointing at its staged copy.
   *
   * @throws InvalidOptionsError for invalid input or attachments.
   */
  async stageInput(thread: AttachmentThread, input: Input): Promise<Input> {
    if (typeof input === 'string') return input;
    const list: readonly unknown[] = Array.isArray(input) ? input : [input];
    if (!list.some((item) => typeof item === 'object' && item !== null && ((item as UserInput).type === 'file' || (item as UserInput).type === 'local_image'))) return input;
    const staged = await this.stageByIndex(thread, normalizeInput(input, { baseDir: thread.options.cwd ?? process.cwd() }));
    const out = list.map((item, index) => {
      const stagedPath = staged.get(index);
      return stagedPath === undefined ? item : { ...(item as UserInput), path: stagedPath };
    }) as UserInput[];
    return Array.isArray(input) ? out : out[0]!;
  }

  /** Validates every attachment of the input, then copies each; returns staged paths by input index. */
  private async stageByIndex(thread: AttachmentThread, input: NormalizedInput): Promise<Map<number, string>> {
    const images = input.items.flatMap((item, index) => (item.type === 'localImage' ? [index] : []));
    const staged = new Map<number, string>();
    if (input.attachments.length === 0 && images.length === 0) return staged;
    const limits = { allowedRoots: this.allowedRoots(thread), maxBytes: this.options.maxBytes };
    // @openai/codex-sdk sends a local_image from anywhere; only an explicit attachments.allowedRoots restricts images.
    const imageLimits = { ...limits, allowedRoots: this.options.allowedRoots };
    const where = (index: number) => (input.items.length > 1 ? `input[${index}].path` : 'input.path');
    const jobs: Array<{ index: number; kind: 'file' | 'local_image'; source: string }> = [
      ...input.attachments.map((a) => ({ index: a.index, kind: 'file' as const, source: a.path })),
      ...images.map((index) => ({ index, kind: 'local_image' as const, source: (input.items[index] as { path: string }).path })),
    ].sort((a, b) => a.index - b.index);
    // Validate everything first: a bad item must not leave half the input staged.
    const validated = await Promise.all(jobs.map((job) => validateAttachment(job.source, where(job.index), job.kind === 'local_image' ? imageLimits : limits)));
    await this.swept;
    const staging = this.stagingOf(thread);
    for (const [i, job] of jobs.entries()) {
      const file = validated[i]!;
      const stagedPath = await staging.add(file.realPath);
      staged.set(job.index, stagedPath);
      thread.publish({ type: 'attachment.staged', kind: job.kind, source_path: job.source, staged_path: stagedPath, bytes: file.bytes }, null);
    }
    return staged;
  }

  /** Removes the thread's staging directory (if it has one) and publishes `attachment.cleaned`. */
  async release(thread: AttachmentThread): Promise<void> {
    const staging = this.staging.get(thread);
    this.staging.delete(thread);
    if (!staging) return;
    const dir = staging.path;
    const files = staging.files;
    if (await staging.remove()) {
      thread.publish({ type: 'attachment.cleaned', staging_dir: dir ?? '', reason: 'thread_closed', files }, null);
    }
  }

  /** Releases every thread's directory (on `Codex.close()`). */
  async releaseAll(): Promise<void> {
    await Promise.all([...this.staging.keys()].map((thread) => this.release(thread)));
  }

  private stagingOf(thread: AttachmentThread): StagingDirectory {
    let staging = this.staging.get(thread);
    if (!staging) {
      staging = new StagingDirectory(this.options.stagingDir);
      this.staging.set(thread, staging);
    }
    return staging;
  }

  private allowedRoots(thread: AttachmentThread): string[] {
    if (this.options.allowedRoots) return this.options.allowedRoots;
    return [path.resolve(thread.options.cwd ?? process.cwd()), ...thread.options.additionalDirectories];
  }
}
