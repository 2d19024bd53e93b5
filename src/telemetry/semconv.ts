/**
 * OpenTelemetry semantic-convention names used by codex-actors.
 *
 * Copied here rather than imported from `@opentelemetry/semantic-conventions`,
 * as OTel recommends for libraries: the GenAI conventions are still
 * "development" status and the package's incubating entry point may change or
 * drop them in any minor release. Names follow semconv 1.37 (GenAI agent and
 * framework spans, GenAI client metrics); `codex.*` names are our own.
 *
 * @module
 */

/** `gen_ai.operation.name`: what the span or measurement is about. */
export const ATTR_GEN_AI_OPERATION_NAME = 'gen_ai.operation.name';
/** `gen_ai.provider.name`: the model provider (`openai`, or codex's provider id). */
export const ATTR_GEN_AI_PROVIDER_NAME = 'gen_ai.provider.name';
/** `gen_ai.conversation.id`: the codex thread id. */
export const ATTR_GEN_AI_CONVERSATION_ID = 'gen_ai.conversation.id';
/** `gen_ai.agent.name`: always `codex`. */
export const ATTR_GEN_AI_AGENT_NAME = 'gen_ai.agent.name';
/** `gen_ai.request.model`: the model the turn asked for. */
export const ATTR_GEN_AI_REQUEST_MODEL = 'gen_ai.request.model';
/** `gen_ai.usage.input_tokens`: input tokens of the turn (all its model requests). */
export const ATTR_GEN_AI_USAGE_INPUT_TOKENS = 'gen_ai.usage.input_tokens';
/** `gen_ai.usage.output_tokens`: output tokens of the turn. */
export const ATTR_GEN_AI_USAGE_OUTPUT_TOKENS = 'gen_ai.usage.output_tokens';
/** `gen_ai.tool.name`. */
export const ATTR_GEN_AI_TOOL_NAME = 'gen_ai.tool.name';
/** `gen_ai.tool.call.id`: codex's item / call id. */
export const ATTR_GEN_AI_TOOL_CALL_ID = 'gen_ai.tool.call.id';
/** `gen_ai.tool.type`: `function` (runs in the client: `defineTool`) or `extension` (runs in the agent: commands, MCP). */
export const ATTR_GEN_AI_TOOL_TYPE = 'gen_ai.tool.type';
/** `gen_ai.token.type`: `input` or `output` on the token-usage histogram. */
export const ATTR_GEN_AI_TOKEN_TYPE = 'gen_ai.token.type';
/** `error.type`: the error's stable code (e.g. `TURN_FAILED`) or class. */
export const ATTR_ERROR_TYPE = 'error.type';

/** Operation names. */
export const GEN_AI_OPERATION_INVOKE_AGENT = 'invoke_agent';
export const GEN_AI_OPERATION_EXECUTE_TOOL = 'execute_tool';
/** Token types. */
export const GEN_AI_TOKEN_TYPE_INPUT = 'input';
export const GEN_AI_TOKEN_TYPE_OUTPUT = 'output';
/** The agent name. */
export const CODEX_AGENT_NAME = 'codex';

/** `gen_ai.client.token.usage` histogram (`{token}`). */
export const METRIC_GEN_AI_CLIENT_TOKEN_USAGE = 'gen_ai.client.token.usage';
/** `gen_ai.client.operation.duration` histogram (`s`): turn duration. */
export const METRIC_GEN_AI_CLIENT_OPERATION_DURATION = 'gen_ai.client.operation.duration';
/** Bucket boundaries the GenAI conventions advise for the two histograms. */
export const TOKEN_USAGE_BUCKETS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];
export const OPERATION_DURATION_BUCKETS = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];

/** codex-actors attributes. */
export const ATTR_CODEX_TURN_ID = 'codex.turn.id';
export const ATTR_CODEX_TURN_STATUS = 'codex.turn.status';
export const ATTR_CODEX_THREAD_GENERATION = 'codex.thread.generation';
/** A goal span (`thread.runGoal()`): its id, each continuation span's number, how many turns it ran, the bound that stopped it. */
export const ATTR_CODEX_GOAL_ID = 'codex.goal.id';
export const ATTR_CODEX_GOAL_CONTINUATION = 'codex.goal.continuation';
export const ATTR_CODEX_GOAL_TURNS = 'codex.goal.turns';
export const ATTR_CODEX_GOAL_LIMIT = 'codex.goal.limit';
/** The thread's `label` option (a name for people). */
export const ATTR_CODEX_THREAD_LABEL = 'codex.thread.label';
export const ATTR_CODEX_USAGE_CACHED_INPUT_TOKENS = 'codex.usage.cached_input_tokens';
export const ATTR_CODEX_USAGE_REASONING_OUTPUT_TOKENS = 'codex.usage.reasoning_output_tokens';
export const ATTR_CODEX_COMMAND = 'codex.command';
export const ATTR_CODEX_COMMAND_EXIT_CODE = 'codex.command.exit_code';
export const ATTR_CODEX_TOOL_STATUS = 'codex.tool.status';
export const ATTR_CODEX_MCP_SERVER = 'codex.mcp.server';
export const ATTR_CODEX_APPROVAL_KIND = 'codex.approval.kind';
export const ATTR_CODEX_APPROVAL_DECISION = 'codex.approval.decision';
export const ATTR_CODEX_APPROVAL_REASON = 'codex.approval.reason';
export const ATTR_CODEX_ITEM_ID = 'codex.item.id';
export const ATTR_CODEX_ERROR_MESSAGE = 'codex.error.message';
export const ATTR_CODEX_ERROR_WILL_RETRY = 'codex.error.will_retry';
export const ATTR_CODEX_RESTART_REASON = 'codex.restart.reason';

/** Span event names. */
export const EVENT_APPROVAL_REQUESTED = 'codex.approval.requested';
export const EVENT_APPROVAL_RESOLVED = 'codex.approval.resolved';
export const EVENT_THREAD_RESTARTED = 'codex.thread.restarted';
export const EVENT_CODEX_ERROR = 'codex.error';

/** codex-actors metrics. */
export const METRIC_CODEX_SUPERVISOR_RESTARTS = 'codex.supervisor.restarts';
export const METRIC_CODEX_THREADS_ACTIVE = 'codex.threads.active';

/** Instrumentation scope name of the tracer and meter. */
export const INSTRUMENTATION_SCOPE = 'codex-actors';
