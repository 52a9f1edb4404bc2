import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  AdaptiveLearningError,
  createClient,
  ErrorCodes,
  MemoryTokenStore,
  parseEvent,
  unwrap,
  verifyWebhookSignature,
  WaitTimeoutError,
} from "../dist/index.js";
import { FakeApi, json, problem } from "./support/fake-api.mjs";

const baseUrl = "http://api.test";
const me = () => json(200, { id: "u1", username: "ada", role: "learner" });

function loggedIn(api, extra = {}) {
  const tokenStore = new MemoryTokenStore({ accessToken: "access-0", refreshToken: "refresh-0" });
  return createClient({ baseUrl, fetch: api.fetch, tokenStore, retry: { baseDelayMs: 1 }, ...extra });
}

describe("auth", () => {
  it("login keeps the tokens and later calls send the bearer token", async () => {
    const api = new FakeApi({ "GET /api/v1/users/me": me });
    const client = createClient({ baseUrl, fetch: api.fetch });
    const tokens = await client.auth.login({ login: "ada", password: "pw" });
    assert.equal(tokens.accessToken, "access-1");
    assert.equal((await client.tokens.get()).refreshToken, "refresh-1");
    const profile = await unwrap(client.api.GET("/api/v1/users/me"));
    assert.equal(profile.username, "ada");
    assert.equal(api.requests.at(-1).headers.get("Authorization"), "Bearer access-1");
    assert.equal(api.requests[0].headers.get("Authorization"), null, "login carries no token");
  });

  it("a failed login is an AdaptiveLearningError and stores nothing", async () => {
    const api = new FakeApi();
    const client = createClient({ baseUrl, fetch: api.fetch });
    await assert.rejects(client.auth.login({ login: "ada", password: "wrong" }), (e) => {
      assert.ok(e instanceof AdaptiveLearningError);
      assert.equal(e.status, 401);
      assert.equal(e.code, ErrorCodes.unauthenticated);
      return true;
    });
    assert.equal(await client.tokens.get(), undefined);
    assert.equal(api.refreshCalls, 0);
  });

  it("a 401 refreshes once and repeats the request, body included", async () => {
    const api = new FakeApi({ "PATCH /api/v1/users/me": (req) => json(200, { id: "u1", displayName: req.body.displayName }) });
    const client = loggedIn(api);
    api.expireAccessTokens();
    const updated = await unwrap(client.api.PATCH("/api/v1/users/me", { body: { displayName: "Ada L." } }));
    assert.equal(updated.displayName, "Ada L.");
    assert.equal(api.refreshCalls, 1);
    assert.deepEqual((await client.tokens.get()).refreshToken, "refresh-1");
    const patches = api.requests.filter((r) => r.method === "PATCH");
    assert.equal(patches.length, 2);
    assert.equal(patches[1].headers.get("Authorization"), "Bearer access-1");
  });

  it("concurrent 401s share one refresh (a second use of the refresh token would revoke the family)", async () => {
    const api = new FakeApi({ "GET /api/v1/users/me": me });
    const client = loggedIn(api);
    api.expireAccessTokens();
    const results = await Promise.all(Array.from({ length: 8 }, () => unwrap(client.api.GET("/api/v1/users/me"))));
    assert.equal(results.length, 8);
    assert.equal(api.refreshCalls, 1);
    // and a later expiry rotates again with the new token
    api.expireAccessTokens();
    await unwrap(client.api.GET("/api/v1/users/me"));
    assert.equal(api.refreshCalls, 2);
  });

  it("a rejected refresh clears the tokens, reports the expired session and surfaces the 401", async () => {
    const api = new FakeApi({ "GET /api/v1/users/me": me });
    let expired = 0;
    const tokenStore = new MemoryTokenStore({ accessToken: "stale", refreshToken: "spent" });
    const client = createClient({ baseUrl, fetch: api.fetch, tokenStore, onSessionExpired: () => expired++ });
    await assert.rejects(unwrap(client.api.GET("/api/v1/users/me")), { name: "AdaptiveLearningError", status: 401, code: "unauthenticated" });
    assert.equal(expired, 1);
    assert.equal(await client.tokens.get(), undefined);
  });

  it("without tokens a 401 is returned as is, with no refresh attempt", async () => {
    const api = new FakeApi({ "GET /api/v1/users/me": me });
    const client = createClient({ baseUrl, fetch: api.fetch });
    await assert.rejects(unwrap(client.api.GET("/api/v1/users/me")), { status: 401, code: "unauthenticated" });
    assert.equal(api.refreshCalls, 0);
    assert.equal(api.requests[0].headers.get("Authorization"), null);
  });

  it("refreshes ahead of a known expiry without waiting for a 401", async () => {
    const api = new FakeApi({ "GET /api/v1/users/me": me });
    const tokenStore = new MemoryTokenStore({ accessToken: "access-0", refreshToken: "refresh-0", expiresAt: Date.now() + 1000 });
    const client = createClient({ baseUrl, fetch: api.fetch, tokenStore });
    await unwrap(client.api.GET("/api/v1/users/me"));
    assert.equal(api.refreshCalls, 1);
    assert.equal(api.requests.filter((r) => r.path === "/api/v1/users/me").length, 1);
  });

  it("uses a custom async token store", async () => {
    const saved = [];
    const store = {
      tokens: undefined,
      async get() { return this.tokens; },
      async set(t) { saved.push(t); this.tokens = t; },
      async clear() { this.tokens = undefined; },
    };
    const api = new FakeApi({ "GET /api/v1/users/me": me });
    const client = createClient({ baseUrl, fetch: api.fetch, tokenStore: store });
    await client.auth.login({ login: "ada", password: "pw" });
    api.expireAccessTokens();
    await unwrap(client.api.GET("/api/v1/users/me"));
    assert.deepEqual(saved.map((t) => t.accessToken), ["access-1", "access-2"]);
  });
});

describe("errors", () => {
  it("problem+json becomes a typed AdaptiveLearningError with field errors", async () => {
    const api = new FakeApi({
      "POST /api/v1/auth/register": {
        anonymous: true,
        handler: () => problem(400, "validation_failed", { detail: "Check the fields.", errors: { email: ["'Email' is not a valid email address."] } }),
      },
    });
    const client = createClient({ baseUrl, fetch: api.fetch });
    const error = await client.auth.register({ email: "nope", username: "ada", password: "x" }).catch((e) => e);
    assert.ok(error instanceof AdaptiveLearningError);
    assert.equal(error.status, 400);
    assert.equal(error.code, "validation_failed");
    assert.equal(error.title, "validation_failed title");
    assert.equal(error.detail, "Check the fields.");
    assert.equal(error.traceId, "trace-1");
    assert.deepEqual(error.errorsFor("Email"), ["'Email' is not a valid email address."]);
    assert.match(error.message, /400 validation_failed: Check the fields\./);
  });

  it("an unknown problem code and a non-problem failure are still AdaptiveLearningErrors", async () => {
    const api = new FakeApi({
      "GET /api/v1/hierarchy": () => problem(418, "brand_new_code", { extension: 42 }),
      "GET /api/v1/progress": () => new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" }),
    });
    const client = loggedIn(api);
    const unknown = await unwrap(client.api.GET("/api/v1/hierarchy")).catch((e) => e);
    assert.equal(unknown.code, "brand_new_code");
    assert.equal(unknown.problem.extension, 42);
    const gateway = await unwrap(client.api.GET("/api/v1/progress")).catch((e) => e);
    assert.equal(gateway.status, 502);
    assert.equal(gateway.code, ErrorCodes.httpError);
    assert.match(gateway.detail, /Bad gateway/);
  });

  it("a request that gets no response is a transport_error", async () => {
    const client = createClient({ baseUrl, fetch: async () => { throw new TypeError("fetch failed"); } });
    await assert.rejects(unwrap(client.api.GET("/api/v1/hierarchy")), { name: "AdaptiveLearningError", status: 0, code: "transport_error" });
  });
});

describe("cancellation", () => {
  it("an aborted call rejects with the AbortError itself, not a transport error", async () => {
    const api = new FakeApi({ "GET /api/v1/hierarchy": () => json(200, { topics: [] }) });
    const client = loggedIn(api);
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(unwrap(client.api.GET("/api/v1/hierarchy", { signal: controller.signal })), { name: "AbortError" });
    await assert.rejects(client.answers.submit("s1", { questionId: 1 }, { signal: controller.signal }), { name: "AbortError" });
  });
});

describe("unknown enum values", () => {
  it("pass through lists, answers and jobs without throwing", async () => {
    const api = new FakeApi({
      "GET /api/v1/sessions/s1/next": () =>
        json(200, {
          items: [
            {
              reason: "teleported", // a StudyReason this SDK has never heard of
              question: { id: 1, version: 1, type: "hologram", text: "?", options: [], media: [], difficulty: 3, path: "a__b__c__d", gradingMode: "telepathy" },
              score: { predictionSource: "oracle", total: 1 },
            },
          ],
        }),
      "GET /api/v1/cards": () => json(200, { items: [{ id: 7, state: "frozen", questionId: 1 }], nextCursor: null }),
      "POST /api/v1/sessions/s1/answers": (req) =>
        json(200, { attemptId: 1, clientAttemptId: req.body.clientAttemptId, grading: "by_vibes", rating: "superb", duplicate: false, card: { state: "molten" } }),
      "GET /api/v1/admin/models/correctness/jobs/j1": () => json(200, { id: "j1", status: "cancelled_by_moon", trigger: "cron", requestedAt: "2026-01-01T00:00:00Z", finishedAt: "2026-01-01T00:01:00Z" }),
    });
    const client = loggedIn(api);
    const next = await unwrap(client.api.GET("/api/v1/sessions/{id}/next", { params: { path: { id: "s1" } } }));
    assert.equal(next.items[0].reason, "teleported");
    assert.equal(next.items[0].question.type, "hologram");
    const cards = [];
    for await (const card of client.paginate.cards({ state: "new" })) cards.push(card);
    assert.equal(cards[0].state, "frozen");
    const result = await client.answers.submit("s1", { questionId: 1, selected: ["a"] });
    assert.equal(result.grading, "by_vibes");
    assert.equal(result.rating, "superb");
    const job = await client.waitForTrainingJob("j1", { intervalMs: 1, timeoutMs: 1000 });
    assert.equal(job.status, "cancelled_by_moon", "an unknown status with finishedAt counts as finished");
  });
});

describe("paging", () => {
  const pages = (param) => (req) => {
    const at = req.query.get(param);
    const page = at === null ? 0 : Number(at.slice(1));
    const items = [page * 2 + 1, page * 2 + 2].map((id) => ({ id, type: "mcq", status: "published" }));
    return json(200, { items, nextCursor: page < 2 ? `p${page + 1}` : null, total: 6 });
  };

  it("questions follows cursor/nextCursor to the end and keeps the filters", async () => {
    const api = new FakeApi({ "GET /api/v1/questions": pages("cursor") });
    const client = loggedIn(api);
    const ids = [];
    for await (const q of client.paginate.questions({ node: "driving", limit: 2 })) ids.push(q.id);
    assert.deepEqual(ids, [1, 2, 3, 4, 5, 6]);
    const queries = api.requests.map((r) => r.query);
    assert.deepEqual(queries.map((q) => q.get("cursor")), [null, "p1", "p2"]);
    assert.ok(queries.every((q) => q.get("node") === "driving" && q.get("limit") === "2"));
  });

  it("cards follows after/nextCursor", async () => {
    const api = new FakeApi({ "GET /api/v1/cards": pages("after") });
    const client = loggedIn(api);
    const ids = [];
    for await (const c of client.paginate.cards({ leech: false })) ids.push(c.id);
    assert.deepEqual(ids, [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(api.requests.map((r) => r.query.get("after")), [null, "p1", "p2"]);
  });

  it("stops fetching when the loop breaks, and surfaces a failing page as an error", async () => {
    const api = new FakeApi({ "GET /api/v1/questions": pages("cursor") });
    const client = loggedIn(api);
    for await (const q of client.paginate.questions()) if (q.id === 2) break;
    assert.equal(api.requests.length, 1);
    api.routes["GET /api/v1/questions"] = () => problem(400, "validation_failed", { errors: { cursor: ["bad"] } });
    await assert.rejects(async () => { for await (const _ of client.paginate.questions()) { /* nothing */ } }, { code: "validation_failed" });
  });
});

describe("job waiting", () => {
  it("waitForImport polls until a terminal status", async () => {
    const states = ["queued", "running", "running", "succeeded"];
    const api = new FakeApi({ "GET /api/v1/imports/i1": () => json(200, { id: "i1", status: states.shift() ?? "succeeded", fileCount: 1 }) });
    const client = loggedIn(api);
    const seen = [];
    const job = await client.waitForImport("i1", { intervalMs: 1, onPoll: (j) => seen.push(j.status) });
    assert.equal(job.status, "succeeded");
    assert.deepEqual(seen, ["queued", "running", "running", "succeeded"]);
  });

  it("keeps polling an unknown status without finishedAt, then times out with the last state", async () => {
    const api = new FakeApi({ "GET /api/v1/imports/i1": () => json(200, { id: "i1", status: "thinking_hard", finishedAt: null }) });
    const client = loggedIn(api);
    const error = await client.waitForImport("i1", { intervalMs: 5, timeoutMs: 40 }).catch((e) => e);
    assert.ok(error instanceof WaitTimeoutError);
    assert.equal(error.lastSeen.status, "thinking_hard");
    assert.ok(api.requests.length >= 2);
  });

  it("stops when the signal aborts", async () => {
    const api = new FakeApi({ "GET /api/v1/admin/models/correctness/jobs/j1": () => json(200, { id: "j1", status: "running" }) });
    const client = loggedIn(api);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    await assert.rejects(client.waitForTrainingJob("j1", { intervalMs: 10_000, signal: controller.signal }), { name: "AbortError" });
    assert.ok(Date.now() - started < 2000);
  });
});

describe("answers", () => {
  it("generates a clientAttemptId when omitted and keeps a given one", async () => {
    const api = new FakeApi({ "POST /api/v1/sessions/s1/answers": (req) => json(200, { clientAttemptId: req.body.clientAttemptId, duplicate: false }) });
    const client = loggedIn(api);
    const generated = await client.answers.submit("s1", { questionId: 1, selected: ["a"] });
    assert.match(generated.clientAttemptId, /^[0-9a-f-]{36}$/);
    const given = await client.answers.submit("s1", { questionId: 1, selected: ["a"], clientAttemptId: "mine" });
    assert.equal(given.clientAttemptId, "mine");
    // also through the raw typed client
    await unwrap(client.api.POST("/api/v1/sessions/{id}/answers", { params: { path: { id: "s1" } }, body: { questionId: 1, text: "x" } }));
    assert.match(api.requests.at(-1).body.clientAttemptId, /^[0-9a-f-]{36}$/);
  });

  it("retries an answer submit on 503 and transport failures with the same clientAttemptId", async () => {
    let calls = 0;
    const api = new FakeApi({
      "POST /api/v1/sessions/s1/answers": (req) =>
        ++calls === 1 ? new Response("busy", { status: 503, headers: { "Retry-After": "0" } }) : json(200, { clientAttemptId: req.body.clientAttemptId, duplicate: calls > 2 }),
    });
    let dropped = false;
    const flaky = async (request, init) => {
      if (!dropped && calls === 1) { dropped = true; throw new TypeError("socket hang up"); }
      return api.fetch(request, init);
    };
    const client = createClient({ baseUrl, fetch: flaky, tokenStore: new MemoryTokenStore({ accessToken: "access-0", refreshToken: "refresh-0" }), retry: { baseDelayMs: 1 } });
    const result = await client.answers.submit("s1", { questionId: 1, selected: ["a"] });
    const answerRequests = api.requests.filter((r) => r.path.endsWith("/answers"));
    assert.equal(answerRequests.length, 2, "503, then (dropped), then 200");
    assert.equal(new Set(answerRequests.map((r) => r.body.clientAttemptId)).size, 1);
    assert.equal(result.clientAttemptId, answerRequests[0].body.clientAttemptId);
  });

  it("batch answers each get a clientAttemptId and are retried", async () => {
    let calls = 0;
    const api = new FakeApi({ "POST /api/v1/answers/batch": (req) => (++calls === 1 ? new Response("", { status: 502 }) : json(200, { recorded: req.body.answers.length, duplicates: 0, failed: 0, items: [] })) });
    const client = loggedIn(api);
    const result = await client.answers.submitBatch([{ questionId: 1, selected: ["a"] }, { questionId: 2, selected: ["b"], clientAttemptId: "keep" }]);
    assert.equal(result.recorded, 2);
    const bodies = api.requests.map((r) => r.body.answers.map((a) => a.clientAttemptId));
    assert.equal(bodies.length, 2);
    assert.deepEqual(bodies[0], bodies[1]);
    assert.equal(bodies[0][1], "keep");
  });

  it("never retries other POSTs", async () => {
    const api = new FakeApi({ "POST /api/v1/sessions": () => new Response("busy", { status: 503 }) });
    const client = loggedIn(api);
    await assert.rejects(unwrap(client.api.POST("/api/v1/sessions", { body: { mode: "learn" } })), { status: 503 });
    assert.equal(api.requests.length, 1);
  });

  it("does not retry an answer the server rejected", async () => {
    const api = new FakeApi({ "POST /api/v1/sessions/s1/answers": () => problem(422, "rule_violated") });
    const client = loggedIn(api);
    await assert.rejects(client.answers.submit("s1", { questionId: 1 }), { code: "rule_violated" });
    assert.equal(api.requests.length, 1);
  });
});

describe("webhook signatures", () => {
  const secret = "whsec_test";
  const body = '{"specversion":"1.0","id":"e1","type":"answer.recorded"}';
  const now = new Date("2026-12-01T06:00:00Z");
  const timestamp = String(now.getTime() / 1000);
  // HMAC-SHA256("whsec_test", "{timestamp}.{body}") computed independently with node:crypto.
  const sign = async (t, b) => "v1=" + (await import("node:crypto")).createHmac("sha256", secret).update(`${t}.${b}`).digest("hex");

  it("accepts a delivery signed with the secret inside the replay window", async () => {
    assert.equal(await verifyWebhookSignature(secret, timestamp, await sign(timestamp, body), body, { now }), true);
  });

  it("refuses another secret, a changed body, and a replay after the window", async () => {
    const signature = await sign(timestamp, body);
    assert.equal(await verifyWebhookSignature("whsec_other", timestamp, signature, body, { now }), false);
    assert.equal(await verifyWebhookSignature(secret, timestamp, signature, body + " ", { now }), false);
    assert.equal(await verifyWebhookSignature(secret, timestamp, signature, body, { now: new Date(now.getTime() + 600_000) }), false);
    assert.equal(await verifyWebhookSignature(secret, null, signature, body, { now }), false);
  });
});

describe("events", () => {
  it("parses a delivery as an event with its type and data, and refuses what is not an envelope", () => {
    const event = parseEvent('{"specversion":"1.0","id":"e1","type":"session.ended","subject":"session/s1","data":{"sessionId":"s1"}}');
    assert.equal(event.type, "session.ended");
    assert.equal(event.data.sessionId, "s1");
    assert.throws(() => parseEvent('{"id":"e1"}'), TypeError);
    assert.throws(() => parseEvent("[1]"), TypeError);
  });
});
