/**
 * codex-actors/testing: the scripted Responses-API server and CODEX_HOME helper
 * that let you test agents offline against the real codex binary.
 *
 * @packageDocumentation
 */
export {};
