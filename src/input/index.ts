export {
  normalizeInput,
  fileMentionText,
  type Input,
  type UserInput,
  type WireUserInput,
  type ImageDetail,
  type FileAttachment,
  type NormalizedInput,
  type NormalizeInputOptions,
} from './normalizeInput.js';
export { toExecInput, type ExecInput } from './toExecInput.js';
