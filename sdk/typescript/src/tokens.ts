/** Tokens as the SDK keeps them. */
export interface StoredTokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token expires, when known. */
  expiresAt?: number | undefined;
}

/**
 * Where a client keeps its tokens. Implement it to keep tokens per user in a server app, in
 * sessionStorage in a browser, or in a keychain. Methods may be sync or async.
 */
export interface TokenStore {
  get(): StoredTokens | undefined | Promise<StoredTokens | undefined>;
  set(tokens: StoredTokens): void | Promise<void>;
  clear(): void | Promise<void>;
}

/** The default store: tokens live in this object only. */
export class MemoryTokenStore implements TokenStore {
  #tokens: StoredTokens | undefined;

  constructor(initial?: StoredTokens) {
    this.#tokens = initial;
  }

  get(): StoredTokens | undefined {
    return this.#tokens;
  }

  set(tokens: StoredTokens): void {
    this.#tokens = { ...tokens };
  }

  clear(): void {
    this.#tokens = undefined;
  }
}
