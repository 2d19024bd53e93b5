/**
 * Model metadata for the scripted model, in the format of the binary's
 * `model_catalog_json` file (`{"models":[entry…]}`), as printed by
 * `codex debug models --bundled` of the pinned 0.169.0.
 *
 * Why it exists: for an unknown slug codex falls back to generic metadata, warns
 * on every turn and offers fewer tools (no `apply_patch`). This entry copies the
 * behaviour-relevant fields of the bundled `gpt-5.5` entry (wire reference §1.2),
 * which is not a code-mode model: newer entries (`tool_mode: "code_mode_only"`,
 * `use_responses_lite: true`) make codex send requests without a `tools` array.
 * Long prompt texts are replaced by a short one to keep requests small.
 */

/** The slug the testing kit registers by default. */
export const MOCK_MODEL = 'mock-model';

/** Instructions sent as the first developer message for the mock model. */
const MOCK_INSTRUCTIONS = 'You are Codex, a coding agent. This session talks to a scripted test model.';

/**
 * One catalog entry for `slug`, shaped like the pinned binary's bundled
 * `gpt-5.5` entry. Pass overrides to vary a field (e.g. `context_window`).
 */
export function mockModelCatalogEntry(slug: string = MOCK_MODEL, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug,
    display_name: slug,
    description: 'Scripted test model (codex-actors/testing).',
    default_reasoning_level: 'medium',
    supported_reasoning_levels: [
      { effort: 'low', description: 'Fast responses with lighter reasoning' },
      { effort: 'medium', description: 'Balances speed and reasoning depth for everyday tasks' },
      { effort: 'high', description: 'Greater reasoning depth for complex problems' },
      { effort: 'xhigh', description: 'Extra high reasoning depth for complex problems' },
    ],
    shell_type: 'unified_exec',
    visibility: 'list',
    supported_in_api: true,
    priority: 1,
    additional_speed_tiers: [],
    service_tiers: [],
    availability_nux: null,
    upgrade: null,
    model_messages: null,
    include_skills_usage_instructions: false,
    include_plugin_usage_instructions: false,
    include_apps_usage_instructions: false,
    default_reasoning_summary: 'none',
    support_verbosity: true,
    default_verbosity: 'low',
    // "freeform" is the only non-null value the pinned binary accepts; it makes apply_patch a custom tool.
    apply_patch_tool_type: 'freeform',
    web_search_tool_type: 'text_and_image',
    truncation_policy: { mode: 'tokens', limit: 10000 },
    supports_image_detail_original: true,
    context_window: 272000,
    max_context_window: 272000,
    effective_context_window_percent: 95,
    experimental_supported_tools: [],
    input_modalities: ['text', 'image'],
    supports_search_tool: true,
    supports_experimental_context: false,
    use_responses_lite: false,
    supports_reasoning_effort_updates: false,
    node_repl_auto_review_required: false,
    node_repl_disabled: false,
    base_instructions: MOCK_INSTRUCTIONS,
    ...overrides,
  };
}

/** A whole catalog file (`{"models":[…]}`) with one entry per slug. */
export function mockModelCatalog(slugs: readonly string[] = [MOCK_MODEL]): { models: Record<string, unknown>[] } {
  return { models: slugs.map((slug) => mockModelCatalogEntry(slug)) };
}
