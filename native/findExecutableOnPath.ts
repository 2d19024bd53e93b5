import type { Stats } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

import { inspectExecutable } from './inspectExecutable.js';

/** The outcome of a PATH search: the first executable hit, or why there was none. */
export type PathSearchResult =
  | { readonly found: true; readonly path: string; readonly stats: Stats }
  | { readonly found: false; readonly reason: string };

/**
 * Looks `name` up in the directories of a PATH string the way a shell would: the
 * first directory holding an executable file of that name wins. On Windows each
 * PATHEXT extension is appended in turn (`codex.exe`, `codex.cmd`, ...).
 *
 * Entries that exist but cannot be run (a directory called `codex`, a file without
 * the execute bit) are skipped, and reported in `reason` if nothing else matches.
 *
 * @internal
 */
export async function findExecutableOnPath(
  name: string,
  pathValue: string | undefined,
  platform: NodeJS.Platform,
  pathExt?: string,
): Promise<PathSearchResult> {
  // Relative PATH entries depend on the cwd of whoever spawns; shells honour them, but we
  // ignore them so a resolution never depends on the caller's working directory.
  const directories = (pathValue ?? '').split(delimiter).filter((dir) => dir !== '' && isAbsolute(dir));
  if (directories.length === 0) return { found: false, reason: 'PATH is empty' };

  const names = candidateNames(name, platform, pathExt);
  const skipped: string[] = [];
  for (const directory of directories) {
    for (const candidateName of names) {
      const candidate = join(directory, candidateName);
      const inspection = await inspectExecutable(candidate);
      if (inspection.ok) return { found: true, path: candidate, stats: inspection.stats };
      if (inspection.problem !== 'missing') skipped.push(`${candidate} ${inspection.reason}`);
    }
  }
  const skippedNote = skipped.length > 0 ? `; skipped ${skipped.join(', ')}` : '';
  return { found: false, reason: `no executable \`${name}\` in ${directories.length} PATH directories${skippedNote}` };
}

function candidateNames(name: string, platform: NodeJS.Platform, pathExt: string | undefined): string[] {
  if (platform !== 'win32') return [name];
  // Like cmd.exe: a bare name only runs with one of the PATHEXT extensions appended. Batch
  // files are skipped: Node refuses to spawn .bat/.cmd without a shell (CVE-2024-27980), and
  // the npm global `codex.cmd` shim would only start the launcher, not codex itself.
  const extensions = (pathExt ?? '.COM;.EXE;.BAT;.CMD')
    .split(';')
    .map((ext) => ext.toLowerCase())
    .filter((ext) => ext !== '' && ext !== '.bat' && ext !== '.cmd');
  return extensions.map((ext) => `${name}${ext}`);
}
