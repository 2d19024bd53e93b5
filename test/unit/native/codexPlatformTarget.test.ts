import { describe, expect, it } from 'vitest';

import { codexPlatformTarget } from '../../../native/index.js';

describe('codexPlatformTarget', () => {
  it.each([
    ['linux', 'x64', '@openai/codex-linux-x64', 'x86_64-unknown-linux-musl', 'codex'],
    ['linux', 'arm64', '@openai/codex-linux-arm64', 'aarch64-unknown-linux-musl', 'codex'],
    ['android', 'arm64', '@openai/codex-linux-arm64', 'aarch64-unknown-linux-musl', 'codex'],
    ['darwin', 'x64', '@openai/codex-darwin-x64', 'x86_64-apple-darwin', 'codex'],
    ['darwin', 'arm64', '@openai/codex-darwin-arm64', 'aarch64-apple-darwin', 'codex'],
    ['win32', 'x64', '@openai/codex-win32-x64', 'x86_64-pc-windows-msvc', 'codex.exe'],
    ['win32', 'arm64', '@openai/codex-win32-arm64', 'aarch64-pc-windows-msvc', 'codex.exe'],
  ] as const)('maps %s/%s to %s (%s)', (platform, arch, packageName, targetTriple, binaryName) => {
    expect(codexPlatformTarget(platform, arch)).toEqual({ platform, arch, packageName, targetTriple, binaryName });
  });

  it.each([
    ['freebsd', 'x64'],
    ['linux', 'ia32'],
    ['linux', 'riscv64'],
    ['win32', 'ia32'],
    ['aix', 'ppc64'],
  ] as const)('has no prebuilt binary for %s/%s', (platform, arch) => {
    expect(codexPlatformTarget(platform, arch)).toBeNull();
  });

  it('defaults to the current platform', () => {
    expect(codexPlatformTarget()).toEqual(codexPlatformTarget(process.platform, process.arch));
  });
});
