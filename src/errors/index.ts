export { CodexError, isCodexError, type CodexErrorCode, type CodexErrorOptions } from './codexError.js';
export {
  CodexNotFoundError,
  CodexVersionError,
  CodexSpawnError,
  CodexProcessCrashedError,
  TransportClosedError,
  ProtocolError,
  type ProcessExit,
} from './processErrors.js';
export {
  JsonRpcError,
  ParseError,
  InvalidRequestError,
  MethodNotFoundError,
  InvalidParamsError,
  InternalRpcError,
  ServerBusyError,
  type JsonRpcErrorObject,
} from './rpcErrors.js';
export {
  TurnFailedError,
  AuthError,
  ApprovalDeniedError,
  ToolError,
  StructuredOutputError,
  InvalidOptionsError,
  TimeoutError,
  AbortError,
  SupervisorEscalationError,
  QueueOverflowError,
  MaxTurnsExceededError,
  GoalLimitError,
  type CodexErrorInfo,
  type StructuredOutputIssue,
} from './runtimeErrors.js';
export { ThreadInUseError, EphemeralThreadLostError, SettingsNotRestoredError } from './threadErrors.js';
export { ClusterAuthError, ClusterUnavailableError, PlacementRefusedError, WorkingDirectoryNotVisibleError } from './clusterErrors.js';
export { isRetryableError, retryOnOverload, backoffDelay, type RetryOptions, type RetryAttempt } from './retry.js';
