/**
 * The method tables of the app-server protocol, read from the bundle's
 * `ClientRequest`, `ServerRequest`, `ServerNotification` and
 * `ClientNotification` unions (each option: `{method: enum[one], params}`).
 *
 * The bundle has no method → response link: codex-rs declares it in a Rust
 * macro (`client_request_definitions!`) that does not reach the schema. The
 * response of `XParams` is `XResponse` (and of a param-less `a/b` method
 * `ABResponse`) except for the names in {@link RESPONSE_OVERRIDES}. The
 * generator fails when a request has no response type or a `*Response`
 * definition is left unused, so a codex bump that adds an irregular name is
 * caught here instead of producing a wrong type.
 *
 * @module
 */
import type { FlatDefinitions, JsonSchema, JsonSchemaObject } from './jsonSchema.js';
import type { IrConverter, IrNode } from './schemaIr.js';

/** Response types whose names do not follow the params/method naming rule (checked against codex-rs). */
export const RESPONSE_OVERRIDES: Readonly<Record<string, string>> = {
  'account/gatewayOAuth/cancel': 'GatewayOAuthCancelResponse',
  'account/logout': 'LogoutAccountResponse',
  'account/securitySetup/read': 'GetAccountSecuritySetupResponse',
  'account/workspaceMessages/read': 'GetWorkspaceMessagesResponse',
  'accountSession/list': 'AccountSessionsResponse',
  'config/batchWrite': 'ConfigWriteResponse',
  'config/mcpServer/reload': 'McpServerRefreshResponse',
  'config/value/write': 'ConfigWriteResponse',
  'externalAgentConfig/import/readHistories': 'ExternalAgentConfigImportHistoriesReadResponse',
};

/** `*Response` definitions that are not the result of any method. */
const NOT_METHOD_RESPONSES = new Set(['JSONRPCResponse']);

/** One request or notification method. */
export interface MethodEntry {
  readonly method: string;
  readonly params: IrNode;
  /** True when `params` may be omitted on the wire. */
  readonly paramsOptional: boolean;
  readonly description?: string;
}

/** A request method with the definition name of its result. */
export interface RequestEntry extends MethodEntry {
  readonly result: string;
}

/** Every method of the protocol, sorted by method name. */
export interface ProtocolMethods {
  readonly clientRequests: readonly RequestEntry[];
  readonly serverRequests: readonly RequestEntry[];
  readonly serverNotifications: readonly MethodEntry[];
  readonly clientNotifications: readonly MethodEntry[];
}

/**
 * Reads the method tables.
 *
 * @param overrides - method → response type name for names off the rule (default {@link RESPONSE_OVERRIDES})
 * @throws Error when a union is missing or malformed, or a response type cannot be matched
 */
export function readProtocolMethods(
  defs: FlatDefinitions,
  ir: IrConverter,
  overrides: Readonly<Record<string, string>> = RESPONSE_OVERRIDES,
): ProtocolMethods {
  const responses = [...defs.definitions.keys()].filter((name) => name.endsWith('Response'));
  const used = new Set<string>();
  const withResults = (entries: MethodEntry[]): RequestEntry[] =>
    entries.map((entry) => {
      const result = responseFor(entry, responses, overrides);
      used.add(result);
      return { ...entry, result };
    });
  const methods: ProtocolMethods = {
    clientRequests: withResults(readUnion(defs, ir, 'ClientRequest')),
    serverRequests: withResults(readUnion(defs, ir, 'ServerRequest')),
    serverNotifications: readUnion(defs, ir, 'ServerNotification'),
    clientNotifications: readUnion(defs, ir, 'ClientNotification'),
  };
  const unused = responses.filter((name) => !used.has(name) && !NOT_METHOD_RESPONSES.has(name));
  if (unused.length > 0) {
    throw new Error(
      `codegen: response types not matched to any method: ${unused.join(', ')}. ` +
        'Find their methods in codex-rs (app-server-protocol/src/protocol/common.rs) and add them to RESPONSE_OVERRIDES.',
    );
  }
  for (const method of Object.keys(overrides)) {
    if (!methods.clientRequests.some((entry) => entry.method === method) && !methods.serverRequests.some((entry) => entry.method === method)) {
      throw new Error(`codegen: RESPONSE_OVERRIDES names "${method}", which the protocol no longer has; remove it`);
    }
  }
  return methods;
}

function readUnion(defs: FlatDefinitions, ir: IrConverter, name: string): MethodEntry[] {
  const union = defs.definitions.get(name);
  if (typeof union !== 'object' || union.oneOf === undefined) throw new Error(`codegen: bundle has no "${name}" union`);
  const entries = union.oneOf.map((option) => readOption(ir, name, option));
  return entries.sort((a, b) => (a.method < b.method ? -1 : a.method > b.method ? 1 : 0));
}

function readOption(ir: IrConverter, unionName: string, option: JsonSchema): MethodEntry {
  const methodSchema = typeof option === 'object' ? option.properties?.['method'] : undefined;
  const method = typeof methodSchema === 'object' ? methodSchema.enum?.[0] : undefined;
  if (typeof option !== 'object' || typeof method !== 'string') {
    throw new Error(`codegen: an option of ${unionName} has no single method name`);
  }
  const paramsSchema: JsonSchema = option.properties?.['params'] ?? { type: 'null' };
  const description = (option as JsonSchemaObject).description;
  return {
    method,
    params: ir.convert(paramsSchema),
    paramsOptional: !(option.required ?? []).includes('params'),
    ...(description !== undefined ? { description } : {}),
  };
}

function responseFor(entry: MethodEntry, responses: readonly string[], overrides: Readonly<Record<string, string>>): string {
  const override = overrides[entry.method];
  const candidates = override !== undefined ? [override] : conventionalNames(entry);
  const found = candidates.find((candidate) => responses.includes(candidate));
  if (found === undefined) {
    throw new Error(
      `codegen: no response type for "${entry.method}" (tried ${candidates.join(', ')}); add it to RESPONSE_OVERRIDES`,
    );
  }
  return found;
}

function conventionalNames(entry: MethodEntry): string[] {
  const names: string[] = [];
  const paramsRef = refIn(entry.params);
  if (paramsRef?.endsWith('Params') === true) names.push(`${paramsRef.slice(0, -'Params'.length)}Response`);
  const pascal = entry.method
    .split(/[/_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  names.push(`${pascal}Response`);
  return names;
}

function refIn(node: IrNode): string | undefined {
  if (node.kind === 'ref') return node.name;
  if (node.kind === 'nullable') return refIn(node.inner);
  return undefined;
}
