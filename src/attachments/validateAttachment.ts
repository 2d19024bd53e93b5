import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InvalidOptionsError } from '../errors/index.js';

/** A file that passed {@link validateAttachment}. */
export interface ValidatedAttachment {
  /** The path as given (absolute). */
  sourcePath: string;
  /** The file's real path (symlinks resolved). */
  realPath: string;
  bytes: number;
}

/** Limits checked by {@link validateAttachment}. */
export interface AttachmentLimits {
  /** The file must be inside one of these directories (each resolved to its real path); `null`: anywhere. */
  allowedRoots: readonly string[] | null;
  maxBytes: number;
}

/**
 * Checks that an attachment may be sent: it exists, is a regular file, is at
 * most `maxBytes` long, and its real path (after resolving `..` and symlinks)
 * is inside an allowed root, so neither `../../etc/passwd` nor a symlink in
 * the workspace pointing at `~/.ssh/id_rsa` can smuggle a file out.
 *
 * @example
 * ```ts
 * await validateAttachment('/repo/spec.md', 'input[1].path', { allowedRoots: ['/repo'], maxBytes: 1 << 20 });
 * ```
 *
 * @param sourcePath Absolute path of the file.
 * @param option Option path for error messages (`input[1].path`).
 * @throws InvalidOptionsError naming `option` and saying what to change.
 */
export async function validateAttachment(sourcePath: string, option: string, limits: AttachmentLimits): Promise<ValidatedAttachment> {
  let realPath: string;
  try {
    realPath = await realpath(sourcePath);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'is not readable (permission denied)' : `cannot be read (${code ?? 'error'})`;
    throw new InvalidOptionsError(option, `${JSON.stringify(sourcePath)} ${why}.`);
  }
  const allowed = limits.allowedRoots;
  const roots = allowed === null ? null : await Promise.all(allowed.map((root) => realpath(root).catch(() => path.resolve(root))));
  if (allowed !== null && !roots!.some((root) => isInside(realPath, root))) {
    const resolved = realPath === sourcePath ? '' : ` (resolves to ${JSON.stringify(realPath)})`;
    throw new InvalidOptionsError(
      option,
      `${JSON.stringify(sourcePath)}${resolved} is outside the allowed directories (${allowed.map((r) => JSON.stringify(r)).join(', ') || 'none'}). ` +
        "Attach files from the thread's working directory or additionalDirectories, or list the directory in the attachments.allowedRoots option.",
    );
  }
  const info = await stat(realPath);
  if (!info.isFile()) {
    throw new InvalidOptionsError(option, `${JSON.stringify(sourcePath)} is not a regular file (${info.isDirectory() ? 'a directory' : 'a special file'}); attach files one by one.`);
  }
  if (info.size > limits.maxBytes) {
    throw new InvalidOptionsError(option, `${JSON.stringify(sourcePath)} is ${info.size} bytes, over the ${limits.maxBytes}-byte limit (attachments.maxBytes).`);
  }
  return { sourcePath, realPath, bytes: info.size };
}

function isInside(candidate: string, root: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
