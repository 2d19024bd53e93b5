import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { absolutePath, integerIn, strictOptions } from '../options/optionSchemas.js';

/**
 * Where attachments are staged and what may be attached (the `attachments`
 * option of `new Codex()`).
 *
 * @example
 * ```ts
 * new Codex({ attachments: { allowedRoots: ['/srv/uploads'], maxBytes: 5 * 1024 * 1024 } });
 * ```
 */
export interface AttachmentOptions {
  /**
   * Parent of the per-thread staging directories (absolute). Default:
   * `<os.tmpdir()>/codex-actors-attachments`. Directories left behind by a
   * process that died are removed when the next `Codex` starts.
   */
  stagingDir?: string;
  /**
   * Directories attached files must be inside (after resolving symlinks).
   * Default: the thread's working directory and its `additionalDirectories` for
   * `file` inputs; `local_image` inputs may come from anywhere (as with
   * @openai/codex-sdk) unless this option is set, which then bounds them too.
   */
  allowedRoots?: string[];
  /** Largest file that may be attached, in bytes (default 20 MiB). */
  maxBytes?: number;
}

/** {@link AttachmentOptions} with defaults applied. */
export interface NormalizedAttachmentOptions {
  stagingDir: string;
  /** `null`: the thread's working directory and additional directories. */
  allowedRoots: string[] | null;
  maxBytes: number;
}

/** Default size limit of one attachment: 20 MiB. */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The zod schema of {@link AttachmentOptions}.
 *
 * @example
 * ```ts
 * attachmentOptionsSchema.safeParse({ maxBytes: 1024 }).success; // true
 * ```
 */
export const attachmentOptionsSchema = strictOptions({
  stagingDir: absolutePath("Use path.resolve() on it, e.g. stagingDir: path.resolve('.attachments').").optional(),
  allowedRoots: z.array(absolutePath('Use path.resolve() on each root.')).optional(),
  maxBytes: integerIn(1).optional(),
});

/**
 * Applies the defaults of {@link AttachmentOptions}.
 *
 * @example
 * ```ts
 * normalizeAttachmentOptions(undefined).maxBytes; // 20971520
 * ```
 */
export function normalizeAttachmentOptions(options: AttachmentOptions | undefined): NormalizedAttachmentOptions {
  return {
    stagingDir: options?.stagingDir ?? path.join(os.tmpdir(), 'codex-actors-attachments'),
    allowedRoots: options?.allowedRoots ? options.allowedRoots.map((root) => path.resolve(root)) : null,
    maxBytes: options?.maxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES,
  };
}
