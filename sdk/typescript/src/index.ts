export {
  AdaptiveLearningClient,
  AnswersApi,
  AuthApi,
  createClient,
  unwrap,
  type AdaptiveLearningClientOptions,
  type AnswerBatchResult,
  type AnswerResult,
  type ApiClient,
  type BatchAnswer,
  type CardFilters,
  type CardView,
  type ImportJob,
  type LoginRequest,
  type PageOptions,
  type Question,
  type QuestionFilters,
  type RegisterRequest,
  type SubmitAnswer,
  type TokenResponse,
  type TrainingJob,
} from "./client.js";
export {
  AdaptiveLearningError,
  ErrorCodes,
  isAdaptiveLearningError,
  WaitTimeoutError,
  type ErrorCode,
  type ProblemDetails,
} from "./errors.js";
export { waitForJob, type WaitOptions } from "./jobs.js";
export { paginate, type Page } from "./paging.js";
export { MemoryTokenStore, type StoredTokens, type TokenStore } from "./tokens.js";
export {
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  parseEvent,
  verifyWebhookSignature,
  type AdaptiveLearningEvent,
  type EventOfType,
  type VerifyWebhookOptions,
} from "./webhooks.js";
export type { FetchLike, RetryOptions } from "./transport.js";
/** The types generated from sdk/openapi/openapi.json: `components["schemas"]["LearnerQuestion"]`, `paths`, `operations`. */
export type { components, operations, paths } from "./generated/api.js";
