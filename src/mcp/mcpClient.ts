import { InvalidOptionsError } from '../errors/index.js';
import type { ListMcpServerStatusParams, ListMcpServerStatusResponse, McpServerStatus, McpServerToolCallParams } from '../protocol/generated/types.js';

/** One MCP server as codex sees it: connection state, tools, resources, auth. (codex's `McpServerStatus`.) */
export type { McpServerStatus, McpServerToolCallResponse as McpToolCallResult } from '../protocol/generated/types.js';

/** Options of {@link McpClient.status}. */
export interface McpStatusOptions {
  /** Only this server. */
  serverName?: string;
  /** `toolsAndAuthOnly` skips resources (cheaper); default `full`. */
  detail?: 'full' | 'toolsAndAuthOnly';
}

/** Sends one `mcpServerStatus/list` request (on the control process, or on a thread's connection). */
type ListStatus = (params: ListMcpServerStatusParams) => Promise<ListMcpServerStatusResponse>;

/**
 * codex's view of its MCP servers (`mcpServerStatus/list`), reached as
 * `codex.mcp` (servers from the Codex-level `config.mcp_servers`) or through
 * `thread.mcpStatus()` (the thread's own `mcpServers`, over its connection).
 *
 * @example
 * ```ts
 * const codex = new Codex({ config: { mcp_servers: { docs: { command: 'docs-mcp' } } } });
 * for (const server of await codex.mcp.status()) console.log(server.name, Object.keys(server.tools));
 * ```
 */
export class McpClient {
  /** @internal */
  constructor(
    private readonly listStatus: ListStatus,
    private readonly threadId: () => string | undefined = () => undefined,
  ) {}

  /** Every configured MCP server with its tools (all pages). */
  async status(options: McpStatusOptions = {}): Promise<McpServerStatus[]> {
    const servers: McpServerStatus[] = [];
    let cursor: string | null | undefined;
    do {
      const params: ListMcpServerStatusParams = { ...options };
      const threadId = this.threadId();
      if (threadId !== undefined) params.threadId = threadId;
      if (cursor) params.cursor = cursor;
      const page = await this.listStatus(params);
      servers.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    return servers;
  }
}

/**
 * Builds `mcpServer/tool/call` params, checking the names first so a typo
 * fails here with a clear message rather than as a JSON-RPC error.
 *
 * @internal
 */
export function toMcpToolCallParams(threadId: string, server: string, tool: string, args: unknown): McpServerToolCallParams {
  if (typeof server !== 'string' || server.trim() === '') throw new InvalidOptionsError('server', 'must be the MCP server name (its key in mcpServers)');
  if (typeof tool !== 'string' || tool.trim() === '') throw new InvalidOptionsError('tool', 'must be the name of a tool of that MCP server');
  if (args !== undefined && (typeof args !== 'object' || args === null || Array.isArray(args))) {
    throw new InvalidOptionsError('arguments', 'must be an object of the tool\'s arguments');
  }
  return { threadId, server, tool, arguments: args ?? {} };
}
