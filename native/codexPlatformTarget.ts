/**
 * Which prebuilt codex binary serves a given Node platform and CPU.
 *
 * `@openai/codex` ships no binary itself: it lists one optional dependency per
 * platform (`@openai/codex-linux-x64` is an npm alias of
 * `@openai/codex@<version>-linux-x64`, and so on), and npm installs only the one
 * whose `os`/`cpu` match. Inside that package the executable lives at
 * `vendor/<rust target triple>/bin/codex[.exe]`. Linux builds are static musl
 * binaries, so they run on glibc and musl distributions alike.
 */

/** Where the prebuilt binary for one platform lives. */
export interface CodexPlatformTarget {
  /** The Node platform, as in `process.platform`. */
  readonly platform: NodeJS.Platform;
  /** The Node CPU architecture, as in `process.arch`. */
  readonly arch: string;
  /** Rust target triple naming the `vendor/` subfolder, e.g. `x86_64-unknown-linux-musl`. */
  readonly targetTriple: string;
  /** The alias under which `@openai/codex` depends on the platform package, e.g. `@openai/codex-linux-x64`. */
  readonly packageName: string;
  /** The executable's file name: `codex`, or `codex.exe` on Windows. */
  readonly binaryName: string;
}

// Mirrors the platform switch in @openai/codex/bin/codex.js (read for behaviour only).
// Android reports itself as its own platform but runs the Linux musl binaries.
const TARGET_TRIPLES: Readonly<Partial<Record<NodeJS.Platform, Readonly<Record<string, string>>>>> = {
  linux: { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' },
  android: { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' },
  darwin: { x64: 'x86_64-apple-darwin', arm64: 'aarch64-apple-darwin' },
  win32: { x64: 'x86_64-pc-windows-msvc', arm64: 'aarch64-pc-windows-msvc' },
};

// npm names its platform packages after the OS the binary targets, so Android maps to linux.
const PACKAGE_OS: Readonly<Partial<Record<NodeJS.Platform, string>>> = {
  linux: 'linux',
  android: 'linux',
  darwin: 'darwin',
  win32: 'win32',
};

/** Every platform/arch pair with a prebuilt binary, for messages (`linux/x64, linux/arm64, ...`). */
export const SUPPORTED_CODEX_PLATFORMS: readonly string[] = ['linux', 'darwin', 'win32'].flatMap((platform) =>
  ['x64', 'arm64'].map((arch) => `${platform}/${arch}`),
);

/**
 * Maps a Node platform and architecture to the package, target triple and file name
 * of the prebuilt codex binary, or `null` when OpenAI publishes no binary for it
 * (build codex-rs from source then; see native/README.md).
 *
 * @example
 * ```ts
 * codexPlatformTarget('linux', 'x64');
 * // { packageName: '@openai/codex-linux-x64', targetTriple: 'x86_64-unknown-linux-musl', binaryName: 'codex', ... }
 * codexPlatformTarget('freebsd', 'x64'); // null
 * ```
 *
 * @param platform - a `process.platform` value (default: the current one).
 * @param arch - a `process.arch` value (default: the current one).
 */
export function codexPlatformTarget(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): CodexPlatformTarget | null {
  const targetTriple = TARGET_TRIPLES[platform]?.[arch];
  const packageOs = PACKAGE_OS[platform];
  if (targetTriple === undefined || packageOs === undefined) return null;
  return {
    platform,
    arch,
    targetTriple,
    packageName: `@openai/codex-${packageOs}-${arch}`,
    binaryName: platform === 'win32' ? 'codex.exe' : 'codex',
  };
}
