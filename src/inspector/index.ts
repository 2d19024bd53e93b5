/**
 * codex-actors/inspector: a live page showing the supervision tree, every
 * state machine's chart with its current state, and the last events.
 *
 * - {@link startInspector}: serve the page on 127.0.0.1 in this process and
 *   pass `inspector.inspect` to `new Codex({ inspect })`;
 * - {@link connectInspector}: feed a page served by another process
 *   (`npx codex-actors inspect`);
 * - {@link toMachineGraph} and {@link createInspectionRecorder}: the data the
 *   page draws, for your own tools.
 *
 * To use Stately's inspector instead, pass `createBrowserInspector().inspect`
 * (or `createSkyInspector`) from `@statelyai/inspect` as `inspect`.
 *
 * @example
 * ```ts
 * import { Codex } from 'codex-actors';
 * import { startInspector } from 'codex-actors/inspector';
 *
 * await using inspector = await startInspector();
 * await using codex = new Codex({ inspect: inspector.inspect });
 * inspector.watch(codex); // event payloads and turn sequences too
 * console.log(`inspector: ${inspector.url}`);
 * ```
 *
 * @packageDocumentation
 */
export { startInspector, type Inspector, type InspectorOptions } from './startInspector.js';
export { connectInspector, type InspectorConnection, type ConnectInspectorOptions } from './connectInspector.js';
export { toMachineGraph, type MachineGraph, type StateNodeGraph, type TransitionGraph } from './machineGraph.js';
export {
  createInspectionRecorder,
  type InspectorRecord,
  type MachineRecord,
  type ActorRecord,
  type SnapshotRecord,
  type EventRecord,
  type PublishedRecord,
  type ScalarValue,
  toPublishedRecord,
} from './inspectorRecords.js';
export { toPayload } from './inspectorPayload.js';
export type { PublishedEventSource, Unwatch } from './watchPublishedEvents.js';
export { InspectorLog } from './inspectorLog.js';
export { renderInspectorPage } from './inspectorPage.js';
