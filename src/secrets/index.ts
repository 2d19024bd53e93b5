/** Secret redaction for everything codex-actors emits. */
export { SecretRedactor, collectSecrets, redactSettledTurn, type SecretSources } from './secretRedactor.js';
