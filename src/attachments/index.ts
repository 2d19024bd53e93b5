/** Attachments: validation and per-thread staging of `file` and `local_image` inputs. */
export { Attachments, type AttachmentThread } from './attachments.js';
export {
  attachmentOptionsSchema,
  normalizeAttachmentOptions,
  DEFAULT_ATTACHMENT_MAX_BYTES,
  type AttachmentOptions,
  type NormalizedAttachmentOptions,
} from './attachmentOptions.js';
export { validateAttachment, type ValidatedAttachment, type AttachmentLimits } from './validateAttachment.js';
export { StagingDirectory, sweepStaleStaging } from './stagingDirectory.js';
