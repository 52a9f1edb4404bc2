/**
 * Errors the SDK throws. Every failed API call surfaces as an {@link AdaptiveLearningError}:
 * problem+json responses keep their fields, other failed responses and transport failures get a
 * synthetic code, so callers switch on one type and one `code`.
 */

/** Problem codes the API documents today. The server may add more: `code` is any string. */
export const ErrorCodes = {
  validationFailed: "validation_failed",
  malformedRequest: "malformed_request",
  unauthenticated: "unauthenticated",
  forbidden: "forbidden",
  notFound: "not_found",
  conflict: "conflict",
  ruleViolated: "rule_violated",
  rateLimited: "rate_limited",
  payloadTooLarge: "payload_too_large",
  unsupportedMediaType: "unsupported_media_type",
  /** Client side: the response was not a problem document (a proxy's 502 page, an empty body). */
  httpError: "http_error",
  /** Client side: the request never got a response (DNS, refused connection, reset). */
  transportError: "transport_error",
} as const;

/** A known code, or any other string a newer server sends. */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes] | (string & {});

/** The RFC 9457 fields the API sends, as received. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  code?: string;
  detail?: string | null;
  instance?: string | null;
  traceId?: string | null;
  errors?: Record<string, string[]> | null;
  [extension: string]: unknown;
}

export class AdaptiveLearningError extends Error {
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  readonly code: ErrorCode;
  readonly title: string;
  readonly detail: string | undefined;
  readonly traceId: string | undefined;
  readonly type: string | undefined;
  readonly instance: string | undefined;
  /** Validation messages by field name (empty when the problem names no field). */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
  /** The problem document as received, extensions included (undefined for non-problem failures). */
  readonly problem: ProblemDetails | undefined;
  readonly response: Response | undefined;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string | null | undefined;
    traceId?: string | null | undefined;
    type?: string | undefined;
    instance?: string | null | undefined;
    fieldErrors?: Record<string, string[]> | null | undefined;
    problem?: ProblemDetails | undefined;
    response?: Response | undefined;
    cause?: unknown;
  }) {
    super(
      `${init.status ? `${init.status} ` : ""}${init.code}: ${init.detail ?? init.title}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.name = "AdaptiveLearningError";
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail ?? undefined;
    this.traceId = init.traceId ?? undefined;
    this.type = init.type;
    this.instance = init.instance ?? undefined;
    this.fieldErrors = init.fieldErrors ?? {};
    this.problem = init.problem;
    this.response = init.response;
  }

  /** Messages for one field, e.g. `err.errorsFor("email")`; empty when none. */
  errorsFor(field: string): readonly string[] {
    const direct = this.fieldErrors[field];
    if (direct) return direct;
    const lower = field.toLowerCase();
    for (const [name, messages] of Object.entries(this.fieldErrors)) {
      if (name.toLowerCase() === lower) return messages;
    }
    return [];
  }

  /**
   * Builds the error for a failed response from its (already read) body: a parsed problem
   * document, raw text, or nothing.
   */
  static fromResponse(response: Response, body: unknown): AdaptiveLearningError {
    const problem = isProblem(body) ? body : undefined;
    if (problem) {
      return new AdaptiveLearningError({
        status: typeof problem.status === "number" ? problem.status : response.status,
        code: typeof problem.code === "string" && problem.code ? problem.code : ErrorCodes.httpError,
        title: typeof problem.title === "string" ? problem.title : response.statusText || "Request failed",
        detail: stringOrUndefined(problem.detail),
        traceId: stringOrUndefined(problem.traceId),
        type: stringOrUndefined(problem.type),
        instance: stringOrUndefined(problem.instance),
        fieldErrors: normaliseFieldErrors(problem.errors),
        problem,
        response,
      });
    }
    const text = typeof body === "string" && body.trim() ? body.trim().slice(0, 500) : undefined;
    return new AdaptiveLearningError({
      status: response.status,
      code: ErrorCodes.httpError,
      title: response.statusText || `HTTP ${response.status}`,
      detail: text,
      response,
    });
  }

  /** Wraps a failure that produced no response (fetch threw). */
  static fromTransport(cause: unknown): AdaptiveLearningError {
    const message = cause instanceof Error ? cause.message : String(cause);
    return new AdaptiveLearningError({
      status: 0,
      code: ErrorCodes.transportError,
      title: "The request did not reach the API",
      detail: message,
      cause,
    });
  }
}

export function isAdaptiveLearningError(value: unknown): value is AdaptiveLearningError {
  return value instanceof AdaptiveLearningError;
}

/** Thrown by the job waiters when the job has not finished within the timeout. */
export class WaitTimeoutError extends Error {
  constructor(
    message: string,
    /** The last state seen before giving up. */
    readonly lastSeen: unknown,
  ) {
    super(message);
    this.name = "WaitTimeoutError";
  }
}

function isProblem(body: unknown): body is ProblemDetails {
  return typeof body === "object" && body !== null && ("code" in body || "title" in body || "status" in body);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function normaliseFieldErrors(value: unknown): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  if (typeof value !== "object" || value === null) return result;
  for (const [field, messages] of Object.entries(value)) {
    if (Array.isArray(messages)) result[field] = messages.map(String);
    else if (messages !== undefined && messages !== null) result[field] = [String(messages)];
  }
  return result;
}
