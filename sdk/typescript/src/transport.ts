import type { StoredTokens, TokenStore } from "./tokens.js";

/** The fetch signature openapi-fetch calls. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

export interface RetryOptions {
  /** Extra attempts after the first for answer submits (default 2). */
  maxRetries?: number;
  /** First back-off delay in ms, doubled each retry (default 250). */
  baseDelayMs?: number;
  /** Longest wait honoured from a Retry-After header, in ms (default 10 000). */
  maxDelayMs?: number;
}

/** Routes whose POSTs are idempotent by clientAttemptId: the only requests the SDK retries. */
const SINGLE_ANSWER = /\/api\/v1\/sessions\/[^/]+\/answers$/;
const ANSWER_BATCH = /\/api\/v1\/answers\/batch$/;
/** Routes that never carry an access token and are never refreshed around. */
const ANONYMOUS = /\/api\/v1\/auth\/(login|register|refresh)$/;
const RETRYABLE_STATUS = new Set([408, 429, 502, 503, 504]);

export interface AuthFetchOptions {
  store: TokenStore;
  /** The fetch to send with, resolved per call so a later global polyfill is seen. */
  baseFetch: () => FetchLike;
  /** Exchanges the refresh token once; resolves the new tokens, or undefined when refreshing failed for good. */
  refresh: () => Promise<StoredTokens | undefined>;
  retry: Required<RetryOptions>;
  /** Refresh this many ms before a known expiry instead of waiting for a 401 (default 30 000). */
  refreshSkewMs: number;
  newId: () => string;
}

/**
 * A fetch that adds the bearer token, refreshes once on 401 and repeats the request, adds a
 * clientAttemptId to answer submits that lack one, and retries answer submits (and only them) on
 * transport failures and 408/429/502/503/504.
 */
export function createAuthFetch(options: AuthFetchOptions): FetchLike {
  return async (request: Request, init?: RequestInit): Promise<Response> => {
    const fetchImpl = options.baseFetch();
    // Honour an abort even with a fetch that ignores signals (and before any refresh or retry).
    request.signal.throwIfAborted();
    const path = new URL(request.url).pathname;
    const anonymous = ANONYMOUS.test(path);
    const isAnswer = request.method === "POST" && (SINGLE_ANSWER.test(path) || ANSWER_BATCH.test(path));

    // The body is read once so the request can be sent again (after a refresh, or a retry).
    let body: ArrayBuffer | string | undefined =
      request.body === null ? undefined : await request.arrayBuffer();
    if (isAnswer && body !== undefined) body = withClientAttemptIds(body, ANSWER_BATCH.test(path), options.newId);

    const build = (token: string | undefined): Request => {
      request.signal.throwIfAborted();
      const headers = new Headers(request.headers);
      if (token && !headers.has("Authorization")) headers.set("Authorization", `Bearer ${token}`);
      return new Request(request, { headers, body: body ?? null });
    };
    const callerSetAuthorization = request.headers.has("Authorization");

    let tokens = anonymous || callerSetAuthorization ? undefined : await currentTokens(options);
    const send = (token: string | undefined) =>
      isAnswer ? sendWithRetries(fetchImpl, () => build(token), init, options.retry, request.signal) : fetchImpl(build(token), init);

    let response = await send(tokens?.accessToken);
    if (response.status !== 401 || anonymous || callerSetAuthorization) return response;

    // 401: someone else may already have rotated the tokens; otherwise refresh (once for all callers).
    const latest = await options.store.get();
    let fresh: StoredTokens | undefined;
    if (latest && latest.accessToken !== tokens?.accessToken) fresh = latest;
    else if (latest) fresh = await options.refresh();
    if (!fresh) return response;
    await response.body?.cancel().catch(() => undefined);
    tokens = fresh;
    response = await send(tokens.accessToken);
    return response;
  };
}

async function currentTokens(options: AuthFetchOptions): Promise<StoredTokens | undefined> {
  const tokens = await options.store.get();
  if (tokens?.expiresAt !== undefined && Date.now() >= tokens.expiresAt - options.refreshSkewMs) {
    // Close to expiry: rotate now rather than spend a round trip on a 401.
    return (await options.refresh()) ?? tokens;
  }
  return tokens;
}

async function sendWithRetries(
  fetchImpl: FetchLike,
  build: () => Request,
  init: RequestInit | undefined,
  retry: Required<RetryOptions>,
  signal: AbortSignal,
): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    let response: Response | undefined;
    let failure: unknown;
    try {
      response = await fetchImpl(build(), init);
    } catch (error) {
      if (signal.aborted || isAbort(error)) throw error;
      failure = error;
    }
    const retryable = response === undefined || RETRYABLE_STATUS.has(response.status);
    if (!retryable || attempt >= retry.maxRetries) {
      if (response) return response;
      throw failure;
    }
    const delay = retryDelay(response, attempt, retry);
    await response?.body?.cancel().catch(() => undefined);
    await sleep(delay, signal);
  }
}

function retryDelay(response: Response | undefined, attempt: number, retry: Required<RetryOptions>): number {
  const header = response?.headers.get("Retry-After");
  if (header) {
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
    if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, retry.maxDelayMs);
  }
  const backoff = retry.baseDelayMs * 2 ** attempt;
  return Math.min(backoff / 2 + Math.random() * (backoff / 2), retry.maxDelayMs);
}

/** Adds clientAttemptId where missing; leaves bodies that are not JSON objects alone. */
function withClientAttemptIds(body: ArrayBuffer | string, batch: boolean, newId: () => string): ArrayBuffer | string {
  const text = typeof body === "string" ? body : new TextDecoder().decode(body);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return body;
  }
  const fill = (answer: unknown) => {
    if (typeof answer === "object" && answer !== null && !Array.isArray(answer)) {
      const record = answer as Record<string, unknown>;
      if (typeof record.clientAttemptId !== "string" || record.clientAttemptId === "") record.clientAttemptId = newId();
    }
  };
  if (batch) {
    const answers = (parsed as { answers?: unknown } | null)?.answers;
    if (Array.isArray(answers)) answers.forEach(fill);
  } else {
    fill(parsed);
  }
  return JSON.stringify(parsed);
}

function isAbort(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

/** Resolves after ms, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
