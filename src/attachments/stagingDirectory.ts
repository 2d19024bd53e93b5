import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Prefix of every staging directory's name; the owner's pid follows it. */
const PREFIX = 'thread-';

/**
 * One thread's staging directory, `<stagingDir>/thread-<pid>-<random>`,
 * created on first use. The owning process id is part of the name, so a
 * later process can tell directories of dead processes from live ones
 * ({@link sweepStaleStaging}).
 *
 * @example
 * ```ts
 * const staging = new StagingDirectory('/var/tmp/codex-actors-attachments');
 * const copy = await staging.add('/repo/spec.md');
 * await staging.remove();
 * ```
 *
 * @internal
 */
export class StagingDirectory {
  private dir: string | null = null;
  private count = 0;
  private creating: Promise<string> | null = null;

  constructor(private readonly root: string) {}

  /** The directory, or null before the first file was staged. */
  get path(): string | null {
    return this.dir;
  }

  /** Files staged so far. */
  get files(): number {
    return this.count;
  }

  /**
   * Copies `realPath` into the directory (a snapshot: later edits of the
   * original do not change what the model reads) and returns the copy's path.
   * The copy keeps the file's base name, under a numbered subdirectory so
   * two files with the same name never collide.
   */
  async add(realPath: string): Promise<string> {
    const dir = await this.ensure();
    const slot = path.join(dir, String(++this.count));
    await mkdir(slot);
    const target = path.join(slot, path.basename(realPath));
    await copyFile(realPath, target, constants.COPYFILE_EXCL);
    return target;
  }

  /** Deletes the directory and everything in it. Returns whether there was one. */
  async remove(): Promise<boolean> {
    const dir = this.dir ?? (this.creating ? await this.creating.catch(() => null) : null);
    this.dir = null;
    this.creating = null;
    if (dir === null) return false;
    await rm(dir, { recursive: true, force: true });
    return true;
  }

  private ensure(): Promise<string> {
    this.creating ??= (async () => {
      await mkdir(this.root, { recursive: true, mode: 0o700 });
      const dir = path.join(this.root, `${PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
      await mkdir(dir, { mode: 0o700 });
      // For people looking at the directory; the sweep goes by the name.
      await writeFile(path.join(dir, 'OWNER'), `codex-actors staging directory of process ${process.pid}, started ${new Date().toISOString()}\n`);
      this.dir = dir;
      return dir;
    })();
    return this.creating;
  }
}

/**
 * Removes staging directories under `root` whose owning process is no longer
 * alive (a crash, a `kill -9`, a power cut: nothing ran our cleanup). Runs
 * when a `Codex` starts. Directories of live processes, including this one,
 * are left alone. Returns the removed directories.
 *
 * A recycled pid can keep a dead process's directory alive until that pid
 * is free again; it is removed by a later sweep.
 *
 * @example
 * ```ts
 * const removed = await sweepStaleStaging('/var/tmp/codex-actors-attachments');
 * ```
 *
 * @internal
 */
export async function sweepStaleStaging(root: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of entries) {
    const match = /^thread-(\d+)-[0-9a-f]+$/.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || isAlive(pid)) continue;
    const dir = path.join(root, name);
    await rm(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
