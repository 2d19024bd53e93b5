/**
 * codex-actors: the OpenAI Codex agent as a supervised, observable actor system.
 *
 * @packageDocumentation
 */
export * from './errors/index.js';
