import createFetchClient, { type Client } from "openapi-fetch";
import { AdaptiveLearningError } from "./errors.js";
import type { components, paths } from "./generated/api.js";
import { waitForJob, type WaitOptions } from "./jobs.js";
import { paginate } from "./paging.js";
import { MemoryTokenStore, type StoredTokens, type TokenStore } from "./tokens.js";
import { createAuthFetch, type FetchLike, type RetryOptions } from "./transport.js";

type Schemas = components["schemas"];
type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;
type JsonBody<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { "application/json": infer B } } };
}
  ? B
  : never;

export type Question = Schemas["Question"];
export type CardView = Schemas["CardView"];
export type ImportJob = Schemas["ImportJobView"];
export type TrainingJob = Schemas["TrainingJob"];
export type TokenResponse = Schemas["TokenResponse"];
export type AnswerResult = Schemas["AnswerResult"];
export type AnswerBatchResult = Schemas["AnswerBatchResult"];
export type LoginRequest = JsonBody<"/api/v1/auth/login">;
export type RegisterRequest = JsonBody<"/api/v1/auth/register">;
/** An answer; `clientAttemptId` is generated when omitted. */
export type SubmitAnswer = Omit<JsonBody<"/api/v1/sessions/{id}/answers">, "clientAttemptId"> & { clientAttemptId?: string };
export type BatchAnswer = Omit<Schemas["BatchAnswer"], "clientAttemptId"> & { clientAttemptId?: string };
/** GET /questions filters; the cursor is the iterator's business. */
export type QuestionFilters = Omit<Query<"/api/v1/questions">, "cursor">;
/** GET /cards filters; the cursor (`after`) is the iterator's business. */
export type CardFilters = Omit<Query<"/api/v1/cards">, "after">;

/**
 * The lists' cursor parameters. `satisfies` fails the build if the document renames one, rather than
 * letting the iterator send a parameter the server ignores and repeat the first page.
 */
const QUESTIONS_CURSOR = "cursor" satisfies keyof Query<"/api/v1/questions">;
const CARDS_CURSOR = "after" satisfies keyof Query<"/api/v1/cards">;

/** The typed openapi-fetch client over every route of the document. */
export type ApiClient = Client<paths>;

export interface AdaptiveLearningClientOptions {
  /** The API's origin, e.g. `https://learn.example.com` (routes already start with /api/v1). */
  baseUrl: string;
  /** Where tokens live; a fresh {@link MemoryTokenStore} by default. */
  tokenStore?: TokenStore;
  /** A fetch to send with (tests, proxies, instrumentation); `globalThis.fetch` by default. */
  fetch?: FetchLike;
  /** Retries of answer submits (the only requests retried). */
  retry?: RetryOptions;
  /** Called once when the refresh token is rejected and the tokens were cleared: time to log in again. */
  onSessionExpired?: () => void;
  /** Headers sent with every request (e.g. a User-Agent in Node). */
  headers?: Record<string, string>;
  /** Refresh this long before a known access-token expiry (default 30 s). */
  refreshSkewMs?: number;
}

export interface PageOptions {
  signal?: AbortSignal;
}

export class AdaptiveLearningClient {
  /**
   * Every route, typed from the OpenAPI document: `client.api.GET("/api/v1/hierarchy")`. Results are
   * openapi-fetch's `{ data, error, response }`; wrap a call in {@link unwrap} to get the data or
   * an {@link AdaptiveLearningError}. Tokens, refresh and answer retries apply here too.
   */
  readonly api: ApiClient;
  readonly tokens: TokenStore;
  readonly auth: AuthApi;
  readonly answers: AnswersApi;
  /** Iterators over every item of a list, fetching the next page when needed. */
  readonly paginate: {
    questions(filters?: QuestionFilters, options?: PageOptions): AsyncGenerator<Question, void, undefined>;
    cards(filters?: CardFilters, options?: PageOptions): AsyncGenerator<CardView, void, undefined>;
  };

  readonly #bare: ApiClient;
  readonly #onSessionExpired: (() => void) | undefined;
  #refreshing: Promise<StoredTokens | undefined> | undefined;

  constructor(options: AdaptiveLearningClientOptions) {
    const baseUrl = options.baseUrl.replace(/\/+$/, "");
    const baseFetch = (): FetchLike => options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.tokens = options.tokenStore ?? new MemoryTokenStore();
    this.#onSessionExpired = options.onSessionExpired;
    const common = { baseUrl, headers: { Accept: "application/json, application/problem+json", ...options.headers } };
    this.#bare = createFetchClient<paths>({ ...common, fetch: (request) => baseFetch()(request) });
    const authFetch = createAuthFetch({
      store: this.tokens,
      baseFetch,
      refresh: () => this.#refreshOnce(),
      retry: { maxRetries: 2, baseDelayMs: 250, maxDelayMs: 10_000, ...options.retry },
      refreshSkewMs: options.refreshSkewMs ?? 30_000,
      newId: () => globalThis.crypto.randomUUID(),
    });
    this.api = createFetchClient<paths>({ ...common, fetch: authFetch });
    this.auth = new AuthApi(this, this.#bare);
    this.answers = new AnswersApi(this.api);
    this.paginate = {
      questions: (filters = {}, pageOptions = {}) =>
        paginate<Question>((cursor) =>
          unwrap(this.api.GET("/api/v1/questions", { params: { query: withCursor(filters, QUESTIONS_CURSOR, cursor) }, ...signalOf(pageOptions) })),
        ),
      cards: (filters = {}, pageOptions = {}) =>
        paginate<CardView>((cursor) =>
          unwrap(this.api.GET("/api/v1/cards", { params: { query: withCursor(filters, CARDS_CURSOR, cursor) }, ...signalOf(pageOptions) })),
        ),
    };
  }

  /** Polls GET /api/v1/imports/{id} until the import finished (succeeded, completed_with_problems, failed …). */
  waitForImport(id: string, options: WaitOptions<ImportJob> = {}): Promise<ImportJob> {
    return waitForJob(
      (signal) => unwrap(this.api.GET("/api/v1/imports/{id}", { params: { path: { id } }, signal })),
      IMPORT_DONE,
      `import ${id}`,
      options,
    );
  }

  /** Polls GET /api/v1/admin/models/correctness/jobs/{id} until the training job succeeded or failed. */
  waitForTrainingJob(id: string, options: WaitOptions<TrainingJob> = {}): Promise<TrainingJob> {
    return waitForJob(
      (signal) =>
        unwrap(this.api.GET("/api/v1/admin/models/correctness/jobs/{id}", { params: { path: { id } }, signal })),
      TRAINING_DONE,
      `training job ${id}`,
      options,
    );
  }

  /** Exchanges the stored refresh token once; concurrent callers share the one exchange. */
  refreshTokens(): Promise<StoredTokens | undefined> {
    return this.#refreshOnce();
  }

  #refreshOnce(): Promise<StoredTokens | undefined> {
    // A refresh token is single-use: two exchanges in flight would revoke the whole family.
    this.#refreshing ??= this.#refresh().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  async #refresh(): Promise<StoredTokens | undefined> {
    const current = await this.tokens.get();
    if (!current?.refreshToken) return undefined;
    const { data, response } = await this.#bare.POST("/api/v1/auth/refresh", {
      body: { refreshToken: current.refreshToken },
    });
    if (data) {
      const next = toStored(data);
      await this.tokens.set(next);
      return next;
    }
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      // The refresh token is spent, expired or revoked: nothing will work until a new login.
      await this.tokens.clear();
      this.#onSessionExpired?.();
    }
    return undefined;
  }
}

export class AuthApi {
  readonly #client: AdaptiveLearningClient;
  readonly #bare: ApiClient;

  constructor(client: AdaptiveLearningClient, bare: ApiClient) {
    this.#client = client;
    this.#bare = bare;
  }

  /** POST /auth/login; keeps the tokens in the token store and returns them. */
  async login(credentials: LoginRequest, options: PageOptions = {}): Promise<TokenResponse> {
    const tokens = await unwrap(this.#bare.POST("/api/v1/auth/login", { body: credentials, ...signalOf(options) }));
    await this.#client.tokens.set(toStored(tokens));
    return tokens;
  }

  /** POST /auth/register: creates the account (log in afterwards). */
  register(account: RegisterRequest, options: PageOptions = {}) {
    return unwrap(this.#bare.POST("/api/v1/auth/register", { body: account, ...signalOf(options) }));
  }

  /** POST /auth/logout with the stored refresh token, then forgets the tokens. */
  async logout(): Promise<void> {
    const tokens = await this.#client.tokens.get();
    try {
      if (tokens) await unwrap(this.#client.api.POST("/api/v1/auth/logout", { body: { refreshToken: tokens.refreshToken } }));
    } finally {
      await this.#client.tokens.clear();
    }
  }

  /** Rotates the tokens now (normally automatic on 401). */
  refresh(): Promise<StoredTokens | undefined> {
    return this.#client.refreshTokens();
  }
}

export class AnswersApi {
  readonly #api: ApiClient;

  constructor(api: ApiClient) {
    this.#api = api;
  }

  /**
   * POST /sessions/{id}/answers. A clientAttemptId is generated when omitted, so a retried submit
   * (transport failure, 502/503/504, 429) is recorded once; the result says `duplicate` when the
   * server had it already.
   */
  submit(sessionId: string, answer: SubmitAnswer, options: PageOptions = {}): Promise<AnswerResult> {
    const body = { ...answer, clientAttemptId: answer.clientAttemptId || globalThis.crypto.randomUUID() };
    return unwrap(
      this.#api.POST("/api/v1/sessions/{id}/answers", { params: { path: { id: sessionId } }, body, ...signalOf(options) }),
    );
  }

  /** POST /answers/batch (offline answers); every answer without a clientAttemptId gets one. */
  submitBatch(answers: readonly BatchAnswer[], options: PageOptions = {}): Promise<AnswerBatchResult> {
    const body = {
      answers: answers.map((a) => ({ ...a, clientAttemptId: a.clientAttemptId || globalThis.crypto.randomUUID() })),
    };
    return unwrap(this.#api.POST("/api/v1/answers/batch", { body, ...signalOf(options) }));
  }
}

/** Creates a client. */
export function createClient(options: AdaptiveLearningClientOptions): AdaptiveLearningClient {
  return new AdaptiveLearningClient(options);
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an {@link AdaptiveLearningError}
 * for an error response (problem+json or not) and for a request that got no response.
 */
export async function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(
  call: Promise<R>,
): Promise<NonNullable<R["data"]>> {
  let result: R;
  try {
    result = await call;
  } catch (error) {
    if (error instanceof AdaptiveLearningError || isAbortLike(error)) throw error;
    throw AdaptiveLearningError.fromTransport(error);
  }
  if (!result.response.ok) throw AdaptiveLearningError.fromResponse(result.response, result.error);
  return result.data as NonNullable<R["data"]>;
}

const IMPORT_DONE = new Set(["succeeded", "completed_with_problems", "failed"]);
const TRAINING_DONE = new Set(["succeeded", "failed"]);

function toStored(tokens: TokenResponse): StoredTokens {
  return {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: typeof tokens.expiresIn === "number" ? Date.now() + tokens.expiresIn * 1000 : undefined,
  };
}

/** The filters plus the page cursor under the list's parameter name (none on the first page). */
function withCursor<F extends object, K extends string>(filters: F, key: K, cursor: string | undefined): F & Partial<Record<K, string>> {
  return cursor === undefined ? { ...filters } : { ...filters, [key]: cursor };
}

function signalOf(options: PageOptions): { signal?: AbortSignal } {
  return options.signal ? { signal: options.signal } : {};
}

function isAbortLike(error: unknown): boolean {
  const name = typeof error === "object" && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === "AbortError" || name === "TimeoutError";
}
