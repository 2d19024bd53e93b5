import { z } from 'zod';
import type { ConfigObject } from './codexConfig.js';
import { describeValue } from './describeValue.js';
import { isPlainObject, nonEmptyString, numberIn, strictOptions } from './optionSchemas.js';

/** Settings every MCP server accepts. */
interface McpServerCommon {
  /** `false` keeps the server configured but not started. */
  enabled?: boolean;
  /** Seconds to wait for the server to start (codex `startup_timeout_sec`). */
  startupTimeoutSec?: number;
  /** Seconds a tool call may take (codex `tool_timeout_sec`). */
  toolTimeoutSec?: number;
  /** Only these tools are exposed to the model. */
  enabledTools?: string[];
  /** These tools are hidden from the model. */
  disabledTools?: string[];
}

/** An MCP server codex starts as a subprocess speaking stdio. */
export interface McpStdioServer extends McpServerCommon {
  command: string;
  args?: string[];
  /** Extra environment variables for the server. */
  env?: Record<string, string>;
  /** Names of variables copied from codex's own environment. */
  envVars?: string[];
  /** Working directory of the server process. */
  cwd?: string;
}

/** An MCP server reached over streamable HTTP. */
export interface McpHttpServer extends McpServerCommon {
  url: string;
  /** Name of the environment variable holding a bearer token (the token itself never goes in options). */
  bearerTokenEnvVar?: string;
  /** Static HTTP headers. */
  httpHeaders?: Record<string, string>;
  /** Headers whose values are read from the named environment variables. */
  envHttpHeaders?: Record<string, string>;
}

/**
 * One MCP server: stdio (`command`) or HTTP (`url`), never both.
 *
 * @example
 * ```ts
 * codex.startThread({
 *   mcpServers: {
 *     docs: { command: 'npx', args: ['-y', 'docs-mcp'], toolTimeoutSec: 30 },
 *     crm: { url: 'https://mcp.example.com/mcp', bearerTokenEnvVar: 'CRM_TOKEN' },
 *   },
 * });
 * ```
 */
export type McpServerOptions = McpStdioServer | McpHttpServer;

const stringList = z.array(nonEmptyString());
const stringMap = z.custom<Record<string, string>>(
  (v) => isPlainObject(v) && Object.values(v).every((x) => typeof x === 'string'),
  { error: (i) => `must be an object of string values; got ${describeValue(i.input)}` },
);
const timeoutSec = numberIn(0, 86_400);

const common = {
  enabled: z.boolean().optional(),
  startupTimeoutSec: timeoutSec.optional(),
  toolTimeoutSec: timeoutSec.optional(),
  enabledTools: stringList.optional(),
  disabledTools: stringList.optional(),
};

const stdioServer = strictOptions({
  ...common,
  command: nonEmptyString('The executable that starts the MCP server.'),
  args: z.array(z.string()).optional(),
  env: stringMap.optional(),
  envVars: stringList.optional(),
  cwd: nonEmptyString().optional(),
});

const httpServer = strictOptions({
  ...common,
  url: z.custom<string>((v) => typeof v === 'string' && /^https?:\/\/\S+$/.test(v), {
    error: (i) => `must be an http(s) URL; got ${describeValue(i.input)}`,
  }),
  bearerTokenEnvVar: nonEmptyString().optional(),
  httpHeaders: stringMap.optional(),
  envHttpHeaders: stringMap.optional(),
});

/** The name becomes part of tool names (`mcp__<server>__<tool>`), which the model API restricts. */
const SERVER_NAME = /^[a-zA-Z0-9_-]+$/;

/**
 * Schema of the `mcpServers` thread option: server name → stdio or HTTP server.
 * Rejects a server with both or neither of `command` and `url` (codex would refuse to load
 * the config: "url is not supported for stdio" / "invalid transport").
 *
 * @internal
 */
export const mcpServersSchema = z
  .custom<Record<string, unknown>>((v) => isPlainObject(v), {
    error: (i) => `must be an object mapping server names to servers; got ${describeValue(i.input)}`,
  })
  .superRefine((servers, ctx) => {
    for (const [name, server] of Object.entries(servers)) {
      if (!SERVER_NAME.test(name)) {
        ctx.addIssue({ code: 'custom', path: [name], input: name, message: `server name ${JSON.stringify(name)} may only contain letters, digits, '_' and '-'` });
        continue;
      }
      if (!isPlainObject(server)) {
        ctx.addIssue({ code: 'custom', path: [name], input: server, message: `must be a server object ({ command } or { url }); got ${describeValue(server)}` });
        continue;
      }
      const hasCommand = server['command'] !== undefined;
      const hasUrl = server['url'] !== undefined;
      if (hasCommand === hasUrl) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          input: server,
          message: hasCommand
            ? 'has both `command` and `url`; a server is either stdio (command) or HTTP (url)'
            : 'needs `command` (a stdio server) or `url` (an HTTP server)',
        });
        continue;
      }
      const result = (hasCommand ? stdioServer : httpServer).safeParse(server, { reportInput: true });
      for (const issue of result.error?.issues ?? []) {
        ctx.addIssue({ ...issue, path: [name, ...issue.path] } as z.core.$ZodRawIssue);
      }
    }
  }) as unknown as z.ZodType<Record<string, McpServerOptions>>;

/**
 * Turns the `mcpServers` option into codex config (`mcp_servers.<name>.<snake_case key>`).
 *
 * @example
 * ```ts
 * mcpServersToConfig({ docs: { command: 'docs-mcp', args: ['--stdio'], toolTimeoutSec: 30 } });
 * // → { mcp_servers: { docs: { command: 'docs-mcp', args: ['--stdio'], tool_timeout_sec: 30 } } }
 * ```
 */
export function mcpServersToConfig(servers: Record<string, McpServerOptions>): ConfigObject {
  const table: ConfigObject = {};
  for (const [name, server] of Object.entries(servers)) {
    const entry: ConfigObject = {};
    for (const [key, value] of Object.entries(server)) {
      if (value !== undefined) entry[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value as ConfigObject[string];
    }
    table[name] = entry;
  }
  return { mcp_servers: table };
}
