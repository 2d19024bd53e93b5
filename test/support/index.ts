/** Shared helpers of the e2e tests: the pinned binary, a server+home fixture, an exec runner and an orphan check. */
export { codexBinaryPath } from './codexBinaryPath.js';
export { listCodexProcesses, type CodexProcessInfo } from './listCodexProcesses.js';
export { runCodexExec, type ExecEvent, type ExecRun, type RunCodexExecOptions } from './runCodexExec.js';
export { createScriptedCodex, withScriptedCodex, type ScriptedCodex, type ScriptedCodexOptions } from './withScriptedCodex.js';
export { useCodexFixture, type CodexFixture } from './codexFixture.js';
