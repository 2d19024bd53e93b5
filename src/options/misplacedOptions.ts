/**
 * Hints for options passed to the wrong constructor (`sandbox` to `new Codex()`,
 * `outputSchema` to `startThread()`): the unknown-key error says where they belong
 * instead of guessing a typo. Kept as plain lists (not derived from the schemas) so the
 * three option modules do not import each other.
 *
 * @internal
 */

const codexOnly = [
  'codexPath', 'codexPathOverride', 'codexHome', 'env', 'apiKey', 'baseUrl', 'configOverrides', 'transport',
  'processModel', 'supervisor', 'versionCheck', 'requestTimeoutMs', 'shutdownTimeoutMs', 'approvalTimeoutMs',
  'retryTurnOnCrash', 'turnTimeoutMs', 'inspect', 'tracerProvider', 'meterProvider',
];
const threadOnly = [
  'sandboxMode', 'workingDirectory', 'skipGitRepoCheck', 'modelReasoningEffort', 'networkAccessEnabled', 'webSearchMode',
  'webSearchEnabled', 'additionalDirectories', 'tools', 'mcpServers', 'baseInstructions', 'developerInstructions',
  'ephemeral', 'ephemeralRestart', 'restart', 'modelProvider', 'serviceName', 'threadSource', 'dangerouslyBypassApprovalsAndSandbox',
  'label',
];
const turnOnly = ['outputSchema', 'signal', 'effort', 'summary', 'cyberAccessProgram', 'onRequestUserInput'];

function hints(keys: readonly string[], where: string): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, `\`${k}\` is ${where}`]));
}

/** Unknown keys of `new Codex(options)` that are thread or turn options. */
export const MISPLACED_IN_CODEX_OPTIONS: Readonly<Record<string, string>> = {
  ...hints(['sandbox', 'cwd', 'model', 'approvalPolicy', 'approvalMode', 'approvalsReviewer', 'personality', 'serviceTier', 'collaborationMode', ...threadOnly], 'a thread option: pass it to codex.startThread({ … }) or codex.resumeThread(id, { … })'),
  ...hints(turnOnly, 'a turn option: pass it to thread.run(input, { … })'),
};

/** Unknown keys of `startThread(options)` that are Codex or turn options. */
export const MISPLACED_IN_THREAD_OPTIONS: Readonly<Record<string, string>> = {
  ...hints(codexOnly, 'a Codex option: pass it to new Codex({ … })'),
  ...hints(turnOnly, 'a turn option: pass it to thread.run(input, { … })'),
};

/** Unknown keys of `run(input, options)` that are Codex or thread options. */
export const MISPLACED_IN_TURN_OPTIONS: Readonly<Record<string, string>> = {
  ...hints(codexOnly, 'a Codex option: pass it to new Codex({ … })'),
  ...hints(threadOnly.filter((k) => k !== 'sandboxMode' && k !== 'workingDirectory'), 'a thread option: pass it to codex.startThread({ … })'),
};
