// GENERATED FILE: do not edit by hand.
// Source: `codex app-server generate-json-schema --experimental` of codex-cli 0.171.0.
// Regenerate with `npm run codegen`; test/unit/protocol/codegenDrift.test.ts fails when this file is stale.
// Entry point of the generated protocol.

export type * from './types.js';
export * from './definitions.js';
export * from './clientRequests.js';
export * from './serverRequests.js';
export * from './serverNotifications.js';
export * from './clientNotifications.js';
export type * from './registry.js';

/** The codex-cli version the protocol files were generated from. */
export const GENERATED_FROM_CODEX_VERSION = '0.171.0';
