// Runs an author and a learner flow against a live API with the SDK as a consumer gets it (the
// packed tarball installed into a temporary folder; see scripts/lib/test-typescript-sdk.sh).
// Prints "RESULT typescript-sdk-<check> passed|failed" lines; details go to stderr.
//
// Environment: ADAPTIVE_BASE_URL, ADAPTIVE_ADMIN_EMAIL, ADAPTIVE_ADMIN_PASSWORD, ADAPTIVE_DEMO_BANK (a folder of import files).
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { AdaptiveLearningError, createClient, MemoryTokenStore, unwrap } from "@adaptive-learning/client";

const baseUrl = process.env.ADAPTIVE_BASE_URL;
const admin = { login: process.env.ADAPTIVE_ADMIN_EMAIL, password: process.env.ADAPTIVE_ADMIN_PASSWORD };
const bank = process.env.ADAPTIVE_DEMO_BANK;
const run = Date.now().toString(36);

const say = (...args) => console.error("[flow]", ...args);
function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}

async function step(name, body) {
  try {
    await body();
    console.log(`RESULT typescript-sdk-${name} passed`);
    return true;
  } catch (error) {
    say(`${name} failed:`, error instanceof AdaptiveLearningError ? `${error.message} (trace ${error.traceId}) ${JSON.stringify(error.fieldErrors)}` : error);
    console.log(`RESULT typescript-sdk-${name} failed`);
    return false;
  }
}

/** Author flow: import the demo bank through the API and wait for it, create and publish a question. */
async function authorFlow() {
  const client = createClient({ baseUrl, tokenStore: new MemoryTokenStore() });
  await client.auth.login(admin);

  const files = [];
  for (const name of (await readdir(bank)).filter((f) => f.endsWith(".json")).sort()) {
    files.push({ name, content: await readFile(join(bank, name), "utf8") });
  }
  const started = await unwrap(client.api.POST("/api/v1/imports", { body: { files, publish: true, dryRun: false } }));
  const job = await client.waitForImport(started.id, { intervalMs: 250, timeoutMs: 60_000 });
  say(`import ${job.id}: ${job.status}`, JSON.stringify(job.report?.totals ?? job.report ?? {}));
  check(job.status === "succeeded", `import finished ${job.status}`);

  const topic = `sdk-${run}`;
  let parentPath = null;
  for (const [code, name] of [[topic, "SDK topic"], ["basics", "Basics"], ["first", "First steps"], ["set-01", "Set 1"]]) {
    const node = await unwrap(client.api.POST("/api/v1/hierarchy", { body: { parentPath, code, name } }));
    parentPath = node.path;
  }
  const created = await unwrap(
    client.api.POST("/api/v1/questions", {
      body: {
        path: parentPath,
        type: "mcq",
        text: "Which package does this flow test?",
        options: [{ key: "A", text: "@adaptive-learning/client" }, { key: "B", text: "left-pad" }],
        correctKeys: ["A"],
        explanation: "It runs from the packed tarball.",
        difficulty: 2,
        tags: ["sdk"],
      },
    }),
  );
  check(created.status === "draft", `a new question is a draft (got ${created.status})`);
  await unwrap(client.api.POST("/api/v1/questions/{id}/submit", { params: { path: { id: created.id } } }));
  const published = await unwrap(client.api.POST("/api/v1/questions/{id}/publish", { params: { path: { id: created.id } } }));
  check(published.status === "published", `published (got ${published.status})`);

  // Every published question, two at a time, with one loop.
  let count = 0;
  let total;
  const ids = new Set();
  for await (const q of client.paginate.questions({ status: "published", limit: 2 })) {
    count++;
    ids.add(q.id);
  }
  const first = await unwrap(client.api.GET("/api/v1/questions", { params: { query: { status: "published", limit: 1 } } }));
  total = first.total;
  say(`paged through ${count} published questions (total ${total})`);
  check(count === total && ids.size === count && ids.has(created.id), `paging yields all ${total} once (got ${count})`);
}

/** Learner flow: register, log in, hierarchy, a session, next questions, answers, progress, cards. */
async function learnerFlow() {
  const client = createClient({ baseUrl });
  const account = { email: `ts-${run}@example.com`, username: `ts_${run}`, password: "correct-horse-battery" };
  const registered = await client.auth.register(account);
  check(registered.username === account.username, "registered");

  const duplicate = await client.auth.register(account).catch((e) => e);
  check(duplicate instanceof AdaptiveLearningError && duplicate.status >= 400 && duplicate.code && duplicate.traceId, "a second registration is a typed problem");

  await client.auth.login({ login: account.username, password: account.password });
  const me = await unwrap(client.api.GET("/api/v1/users/me"));
  check(me.username === account.username, "me");

  const hierarchy = await unwrap(client.api.GET("/api/v1/hierarchy"));
  const driving = hierarchy.topics.find((t) => t.path === "driving");
  check(driving, "the imported topic is in the hierarchy");

  const session = await unwrap(client.api.POST("/api/v1/sessions", { body: { mode: "learn", scope: ["driving"] } }));
  const next = await unwrap(client.api.GET("/api/v1/sessions/{id}/next", { params: { path: { id: session.id }, query: { count: 3 } } }));
  check(next.items.length > 0, "next questions offered");

  const answered = [];
  for (const item of next.items) {
    const q = item.question;
    const answer = q.options.length > 0 ? { questionId: q.id, selected: [q.options[0].key], timeSpentMs: 4000 } : { questionId: q.id, text: "an answer", timeSpentMs: 4000, rating: "good" };
    const result = await client.answers.submit(session.id, answer);
    check(result.questionId === q.id && result.clientAttemptId && result.duplicate === false, "answer recorded");
    answered.push(result);
  }
  // Sending the same clientAttemptId again is recognised, never counted twice.
  const again = await client.answers.submit(session.id, {
    questionId: answered[0].questionId,
    selected: next.items[0].question.options.length > 0 ? [next.items[0].question.options[0].key] : null,
    text: next.items[0].question.options.length > 0 ? null : "an answer",
    clientAttemptId: answered[0].clientAttemptId,
  });
  check(again.duplicate === true, "resubmitting a clientAttemptId is a duplicate");

  // Rotate the tokens explicitly, then the old refresh token is spent and the new ones work.
  const before = await client.tokens.get();
  const rotated = await client.auth.refresh();
  check(rotated && rotated.refreshToken !== before.refreshToken, "refresh rotated the tokens");
  // A broken access token with a valid refresh token: the SDK refreshes on the 401 and repeats.
  await client.tokens.set({ ...rotated, accessToken: "not-a-token", expiresAt: undefined });
  const progress = await unwrap(client.api.GET("/api/v1/progress", { params: { query: { node: "driving" } } }));
  check(progress.node.answered >= answered.length, `progress counts the answers (${progress.node.answered})`);
  check((await client.tokens.get()).accessToken !== "not-a-token", "the 401 refreshed the tokens");

  let cards = 0;
  const cardIds = new Set();
  for await (const card of client.paginate.cards({ limit: 1 })) {
    cardIds.add(card.id);
    cards++;
  }
  check(cards >= answered.length && cardIds.size === cards, `every answered question has a card, each once (${cards}, ${cardIds.size} distinct)`);

  const badRequest = await unwrap(client.api.GET("/api/v1/progress", { params: { query: { node: "Not A Path!" } } })).catch((e) => e);
  check(badRequest instanceof AdaptiveLearningError && badRequest.status === 400, "a bad node is a 400 problem");

  await unwrap(client.api.POST("/api/v1/sessions/{id}/end", { params: { path: { id: session.id } } }));
  await client.auth.logout();
  check((await client.tokens.get()) === undefined, "logout forgets the tokens");
  say(`learner answered ${answered.length}, ${cards} cards, mastery ${progress.node.mastery}`);
}

/** Training job: start one and wait for its terminal state (little data: it may well fail, which is terminal too). */
async function trainingWait() {
  const client = createClient({ baseUrl });
  await client.auth.login(admin);
  const { data: job, response } = await client.api.POST("/api/v1/admin/models/correctness/train");
  check(response.status === 202 && job, `train answered ${response.status}`);
  const done = await client.waitForTrainingJob(job.id, { intervalMs: 250, timeoutMs: 45_000 });
  say(`training job ${done.id}: ${done.status} ${done.errorCode ?? ""}`);
  check(done.finishedAt || ["succeeded", "failed"].includes(done.status), "terminal");
}

let ok = await step("author-flow", authorFlow);
ok = (await step("learner-flow", learnerFlow)) && ok;
ok = (await step("training-wait", trainingWait)) && ok;
process.exit(ok ? 0 : 1);
