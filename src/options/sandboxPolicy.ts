/**
 * Sandbox modes, as the SDK and `thread/start` spell them (kebab-case).
 * - `read-only`: commands may read anything, write nothing, no network.
 * - `workspace-write`: writes allowed under the working directory and the writable
 *   roots (`additionalDirectories`); network only with `networkAccessEnabled`.
 * - `danger-full-access`: no sandbox at all.
 *
 * @example
 * ```ts
 * codex.startThread({ sandbox: 'workspace-write', networkAccessEnabled: true });
 * ```
 */
export type SandboxMode = 'read-only' | 'workspace-write' | 'danger-full-access';

/** Every {@link SandboxMode}. */
export const SANDBOX_MODES = ['read-only', 'workspace-write', 'danger-full-access'] as const;

/**
 * The sandbox policy object `turn/start` takes (`sandboxPolicy`): camelCase `type`
 * tags, unlike `thread/start.sandbox`. It replaces the thread's whole policy for this
 * and later turns, so it must carry the writable roots and network setting again.
 *
 * @example
 * ```ts
 * const policy: WireSandboxPolicy = { type: 'workspaceWrite', writableRoots: ['/data'], networkAccess: false };
 * ```
 */
export type WireSandboxPolicy =
  | { type: 'dangerFullAccess' }
  | { type: 'readOnly'; networkAccess?: boolean }
  | {
      type: 'workspaceWrite';
      writableRoots?: string[];
      networkAccess?: boolean;
      excludeTmpdirEnvVar?: boolean;
      excludeSlashTmp?: boolean;
    };

/** The workspace-write details a turn-level policy must repeat. */
export interface WorkspaceWriteSettings {
  writableRoots?: readonly string[];
  networkAccess?: boolean;
  excludeTmpdirEnvVar?: boolean;
  excludeSlashTmp?: boolean;
}

/**
 * Builds the `turn/start.sandboxPolicy` object for a sandbox mode.
 *
 * @example
 * ```ts
 * toSandboxPolicy('read-only');  // → { type: 'readOnly' }
 * toSandboxPolicy('workspace-write', { writableRoots: ['/data'], networkAccess: true });
 * // → { type: 'workspaceWrite', writableRoots: ['/data'], networkAccess: true }
 * ```
 *
 * @param mode The sandbox mode.
 * @param workspace Writable roots (absolute) and flags; used by `workspace-write` only.
 */
export function toSandboxPolicy(mode: SandboxMode, workspace: WorkspaceWriteSettings = {}): WireSandboxPolicy {
  switch (mode) {
    case 'danger-full-access':
      return { type: 'dangerFullAccess' };
    case 'read-only':
      return { type: 'readOnly' };
    case 'workspace-write': {
      const policy: WireSandboxPolicy = { type: 'workspaceWrite' };
      if (workspace.writableRoots !== undefined && workspace.writableRoots.length > 0) policy.writableRoots = [...workspace.writableRoots];
      if (workspace.networkAccess !== undefined) policy.networkAccess = workspace.networkAccess;
      if (workspace.excludeTmpdirEnvVar !== undefined) policy.excludeTmpdirEnvVar = workspace.excludeTmpdirEnvVar;
      if (workspace.excludeSlashTmp !== undefined) policy.excludeSlashTmp = workspace.excludeSlashTmp;
      return policy;
    }
  }
}
