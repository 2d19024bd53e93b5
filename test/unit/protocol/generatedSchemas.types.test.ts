/**
 * Compile-time proof that the generated zod schemas and the generated
 * TypeScript types agree: for every definition, whatever the schema accepts
 * has the declared type. The generator writes both from one IR, so this
 * guards the generator itself. It is a type-level test: `tsc --noEmit`
 * (npm run typecheck) fails, naming the definitions or methods that disagree.
 *
 * Only this direction is checked: lenient (`looseObject`) schemas declare an
 * index signature on their input, which named interfaces never satisfy.
 */
import { expect, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';

import type * as S from '../../../src/protocol/generated/definitions.js';
import type {
  ClientNotificationMap,
  ClientNotificationSchemas,
  ClientRequestMap,
  ClientRequestMethod,
  ClientRequestSchemas,
  DynamicToolCallParams,
  DynamicToolCallResponse,
  ProtocolTypes,
  ServerNotificationMap,
  ServerNotificationSchemas,
  ServerRequestMap,
  ServerRequestSchemas,
  ThreadStartResponse,
  TurnCompletedNotification,
} from '../../../src/protocol/schemas.js';

type Definitions = typeof S;
type SchemaKey<N extends string> = `${N}Schema`;

/** Definitions without a `${N}Schema` export. */
type MissingSchemas = {
  [N in keyof ProtocolTypes]: SchemaKey<N> extends keyof Definitions ? never : N;
}[keyof ProtocolTypes];

/** Definitions whose schema output is not assignable to the declared type. */
type MismatchedDefinitions = {
  [N in keyof ProtocolTypes]: SchemaKey<N> extends keyof Definitions
    ? [z.output<Definitions[SchemaKey<N>]>] extends [ProtocolTypes[N]]
      ? never
      : N
    : never;
}[keyof ProtocolTypes];

/** Methods whose params or result schema disagrees with the request map. */
type MismatchedRequests<Map, Schemas> = {
  [M in keyof Map & keyof Schemas]: Schemas[M] extends { params: infer P extends z.ZodType; result: infer R extends z.ZodType }
    ? Map[M] extends { params: infer PT; result: infer RT }
      ? [z.output<P>] extends [PT]
        ? [z.output<R>] extends [RT]
          ? never
          : M
        : M
      : M
    : M;
}[keyof Map & keyof Schemas];

/** Methods whose params schema disagrees with the notification map. */
type MismatchedNotifications<Map, Schemas> = {
  [M in keyof Map & keyof Schemas]: Schemas[M] extends z.ZodType
    ? [z.output<Schemas[M]>] extends [Map[M]]
      ? never
      : M
    : M;
}[keyof Map & keyof Schemas];

/**
 * `'none'` when `T` is `never`, else `T`: assigning `'none'` then fails with
 * "Type '"none"' is not assignable to type '"ThreadStartResponse"'", naming the culprits.
 */
type NoneOf<T> = [T] extends [never] ? 'none' : T;

test('every definition has a schema', () => {
  const missing: NoneOf<MissingSchemas> = 'none';
  expect(missing).toBe('none');
});

test('every definition schema parses to its declared type', () => {
  const mismatched: NoneOf<MismatchedDefinitions> = 'none';
  expect(mismatched).toBe('none');
});

test('request and notification maps agree with their schemas, method by method', () => {
  expectTypeOf<keyof ClientRequestMap>().toEqualTypeOf<keyof typeof ClientRequestSchemas>();
  expectTypeOf<keyof ServerRequestMap>().toEqualTypeOf<keyof typeof ServerRequestSchemas>();
  expectTypeOf<keyof ServerNotificationMap>().toEqualTypeOf<keyof typeof ServerNotificationSchemas>();
  expectTypeOf<keyof ClientNotificationMap>().toEqualTypeOf<keyof typeof ClientNotificationSchemas>();
  const mismatched: NoneOf<
    | MismatchedRequests<ClientRequestMap, typeof ClientRequestSchemas>
    | MismatchedRequests<ServerRequestMap, typeof ServerRequestSchemas>
    | MismatchedNotifications<ServerNotificationMap, typeof ServerNotificationSchemas>
    | MismatchedNotifications<ClientNotificationMap, typeof ClientNotificationSchemas>
  > = 'none';
  expect(mismatched).toBe('none');
});

test('the maps type a generic request function, method by method', () => {
  type Request = <M extends ClientRequestMethod>(method: M, params: ClientRequestMap[M]['params']) => Promise<ClientRequestMap[M]['result']>;
  const request = (() => Promise.reject(new Error('not called'))) as Request;
  const start = () => request('thread/start', { cwd: '/work', approvalPolicy: 'never', dynamicTools: [] });
  expectTypeOf(start).returns.resolves.toEqualTypeOf<ThreadStartResponse>();
  const logout = () => request('account/logout', undefined);
  expectTypeOf(logout).returns.resolves.toEqualTypeOf<ClientRequestMap['account/logout']['result']>();
  // @ts-expect-error turn/interrupt needs a turnId
  const missing = () => request('turn/interrupt', { threadId: 't' });
  // @ts-expect-error approvalPolicy is a closed set
  const wrong = () => request('thread/start', { approvalPolicy: 'sometimes' });
  expect([start, logout, missing, wrong]).toHaveLength(4);
  expectTypeOf<ServerRequestMap['item/tool/call']>().toEqualTypeOf<{ params: DynamicToolCallParams; result: DynamicToolCallResponse }>();
  expectTypeOf<ServerNotificationMap['turn/completed']>().toEqualTypeOf<TurnCompletedNotification>();
});
