// GENERATED FILE: do not edit by hand.
// Source: `codex app-server generate-json-schema --experimental` of codex-cli 0.171.0.
// Regenerate with `npm run codegen`; test/unit/protocol/codegenDrift.test.ts fails when this file is stale.
// Every client → server notification: params, by method.

import { z } from 'zod';

/** Params type of every client → server notification, by method. */
export interface ClientNotificationMap {
  'initialized': null | undefined;
}

/** A client → server notification method. */
export type ClientNotificationMethod = keyof ClientNotificationMap;

/**
 * zod schema of every client → server notification's params, by method.
 * Each parses to the matching type of {@link ClientNotificationMap} (proved by generatedSchemas.types.test.ts).
 */
export const ClientNotificationSchemas = {
  'initialized': z.null().optional(),
} as const;
