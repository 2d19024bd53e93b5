/**
 * The method tables of the app-server protocol, read from the bundle's
 * `ClientRequest`, `ServerRequest`, `ServerNotification` and
 * `ClientNotification` unions (each option: `{method: enum[one], params}`).
 *
 * The bundle has no method → response link: codex-rs declares it in a Rust
 * macro (`client_request_definitions!`) that does not reach the schema. The
 * result is derived from the schema's own names: the response of `XParams` is
 * `XResponse` (and of a param-less `a/b` method `ABResponse`), except for the
 * irregular names in {@link RESPONSE_OVERRIDES}. A codex upgrade never makes
 * this crash on a new method:
 *
 * - a method whose result the schema does not declare at all (no candidate
 *   name exists and every `*Response` definition already has its method) is
 *   typed `unknown`, with a warning;
 * - only when a method has no result *and* some `*Response` definition has no
 *   method is the link truly ambiguous; then the generator fails and names the
 *   exact `RESPONSE_OVERRIDES` entry to add.
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
  /** The definition name of the result, or undefined when the schema declares none (typed `unknown`). */
  readonly result: string | undefined;
}

/** Every method of the protocol, sorted by method name. */
export interface ProtocolMethods {
  readonly clientRequests: readonly RequestEntry[];
  readonly serverRequests: readonly RequestEntry[];
  readonly serverNotifications: readonly MethodEntry[];
  readonly clientNotifications: readonly MethodEntry[];
  /** What the generator derived by fallback and a maintainer may want to look at (never fatal). */
  readonly warnings: readonly string[];
}

/**
 * Reads the method tables.
 *
 * @param overrides - method → response type name for names off the rule (default {@link RESPONSE_OVERRIDES})
 * @throws Error when a union is missing or malformed, or when a request without
 *   a result type and a response type without a method leave the link ambiguous
 */
export function readProtocolMethods(
  defs: FlatDefinitions,
  ir: IrConverter,
  overrides: Readonly<Record<string, string>> = RESPONSE_OVERRIDES,
): ProtocolMethods {
  const responses = new Set([...defs.definitions.keys()].filter((name) => name.endsWith('Response')));
  const requests = [
    ...readUnion(defs, ir, 'ClientRequest').map((entry) => ({ side: 'client' as const, entry })),
    ...readUnion(defs, ir, 'ServerRequest').map((entry) => ({ side: 'server' as const, entry })),
  ];
  const warnings: string[] = [];
  const resolved = requests.map(({ side, entry }) => ({ side, entry, ...responseFor(entry, responses, overrides) }));
  const used = new Set(resolved.flatMap(({ result }) => (result === undefined ? [] : [result])));
  const unusedResponses = [...responses].filter((name) => !used.has(name) && !NOT_METHOD_RESPONSES.has(name)).sort();
  const unresolved = resolved.filter(({ result }) => result === undefined);
  if (unresolved.length > 0 && unusedResponses.length > 0) {
    const lines = unresolved.map(({ entry, tried }) => `  '${entry.method}': '<one of the above>',  // tried ${tried.join(', ')}`);
    throw new Error(
      `codegen: cannot tell which response type answers ${unresolved.map(({ entry }) => `"${entry.method}"`).join(', ')}: ` +
        `the schema has response types no method uses (${unusedResponses.join(', ')}). ` +
        'Look the method up in codex-rs (app-server-protocol/src/protocol/common.rs) and add to RESPONSE_OVERRIDES ' +
        `in src/protocol/codegen/protocolMethods.ts:\n${lines.join('\n')}`,
    );
  }
  for (const { entry, tried } of unresolved) {
    warnings.push(`"${entry.method}" has no result type in the schema (tried ${tried.join(', ')}); its result is typed unknown`);
  }
  for (const name of unusedResponses) warnings.push(`response type ${name} is not the result of any method; it is not generated`);
  const methodNames = new Set(requests.map(({ entry }) => entry.method));
  for (const [method, response] of Object.entries(overrides)) {
    if (!methodNames.has(method)) warnings.push(`RESPONSE_OVERRIDES names "${method}", which this protocol does not have`);
    else if (!responses.has(response)) warnings.push(`RESPONSE_OVERRIDES maps "${method}" to ${response}, which this schema does not define`);
  }
  const requestsOf = (side: 'client' | 'server'): RequestEntry[] =>
    resolved.filter((request) => request.side === side).map(({ entry, result }) => ({ ...entry, result }));
  return {
    clientRequests: requestsOf('client'),
    serverRequests: requestsOf('server'),
    serverNotifications: readUnion(defs, ir, 'ServerNotification'),
    clientNotifications: readUnion(defs, ir, 'ClientNotification'),
    warnings,
  };
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

function responseFor(
  entry: MethodEntry,
  responses: ReadonlySet<string>,
  overrides: Readonly<Record<string, string>>,
): { result: string | undefined; tried: string[] } {
  const override = overrides[entry.method];
  const tried = [...new Set([...(override !== undefined ? [override] : []), ...conventionalNames(entry)])];
  return { result: tried.find((candidate) => responses.has(candidate)), tried };
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
