// A fake of the API for unit tests: routes by "METHOD /path", records every request, and enforces
// single-use refresh tokens the way the server does (reusing one revokes the family).
export function json(status, body, headers = {}) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

export function problem(status, code, extra = {}) {
  return new Response(
    JSON.stringify({ type: `https://adaptive-learning.dev/problems/${code}`, title: `${code} title`, status, code, traceId: "trace-1", ...extra }),
    { status, headers: { "Content-Type": "application/problem+json" } },
  );
}

export class FakeApi {
  constructor(routes = {}) {
    this.routes = routes;
    this.requests = [];
    this.validAccess = new Set(["access-0"]);
    this.liveRefresh = new Set(["refresh-0"]);
    this.generation = 0;
    this.refreshCalls = 0;
    this.fetch = this.fetch.bind(this);
  }

  /** Makes every access token handed out so far invalid (as if 15 minutes passed). */
  expireAccessTokens() {
    this.validAccess.clear();
  }

  async fetch(request) {
    const url = new URL(request.url);
    const text = request.body === null ? "" : await request.text();
    const body = text ? JSON.parse(text) : undefined;
    const entry = { method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers, body };
    this.requests.push(entry);
    const key = `${request.method} ${url.pathname}`;

    if (key === "POST /api/v1/auth/login") {
      if (body?.password !== "pw") return problem(401, "unauthenticated");
      return this.#issue();
    }
    if (key === "POST /api/v1/auth/refresh") {
      this.refreshCalls++;
      await new Promise((r) => setTimeout(r, 20)); // a slow refresh widens the race window
      if (!this.liveRefresh.has(body?.refreshToken)) {
        this.liveRefresh.clear(); // reuse revokes the family
        return problem(401, "unauthenticated");
      }
      this.liveRefresh.delete(body.refreshToken);
      return this.#issue();
    }
    const route = this.routes[key];
    if (!route) return problem(404, "not_found");
    if (route.anonymous !== true) {
      const token = request.headers.get("Authorization")?.replace(/^Bearer /, "");
      if (!token || !this.validAccess.has(token)) return problem(401, "unauthenticated");
    }
    return (route.handler ?? route)(entry, this);
  }

  #issue() {
    this.generation++;
    const tokens = { accessToken: `access-${this.generation}`, refreshToken: `refresh-${this.generation}`, expiresIn: 900, tokenType: "Bearer" };
    this.validAccess.add(tokens.accessToken);
    this.liveRefresh.add(tokens.refreshToken);
    return json(200, tokens);
  }
}
