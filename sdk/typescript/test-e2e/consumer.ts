// Type-checks against the installed package, as a consumer's project would (strict, NodeNext).
import {
  AdaptiveLearningError,
  createClient,
  type components,
  type EventOfType,
  parseEvent,
  type Question,
  type TokenStore,
  unwrap,
} from "@adaptive-learning/client";

type LearnerQuestion = components["schemas"]["LearnerQuestion"];

export async function firstQuestionText(baseUrl: string, store: TokenStore): Promise<string | undefined> {
  const client = createClient({ baseUrl, tokenStore: store });
  await client.auth.login({ login: "ada", password: "correct-horse-battery" });
  const session = await unwrap(client.api.POST("/api/v1/sessions", { body: { mode: "learn", scope: [] } }));
  const next = await unwrap(client.api.GET("/api/v1/sessions/{id}/next", { params: { path: { id: session.id } } }));
  const first: LearnerQuestion | undefined = next.items[0]?.question;
  const titles: string[] = [];
  // A self-rated question shows its model answer before the learner rates; the route and its result are typed.
  if (first?.gradingMode === "self_rated") {
    const revealed = await unwrap(client.api.GET("/api/v1/sessions/{id}/questions/{questionId}/reveal",
      { params: { path: { id: session.id, questionId: first.id } } }));
    const modelAnswer: string | null | undefined = revealed.modelAnswer;
    if (modelAnswer) titles.push(modelAnswer);
  }
  // @ts-expect-error a session id is a string, not a number
  client.api.GET("/api/v1/sessions/{id}", { params: { path: { id: 1 } } });
  for await (const q of client.paginate.questions({ node: "driving", limit: 50 })) {
    const question: Question = q;
    titles.push(question.text);
  }
  try {
    await client.answers.submit(session.id, { questionId: first?.id ?? 0, selected: ["A"] });
  } catch (e) {
    if (e instanceof AdaptiveLearningError && e.code === "rule_violated") return e.errorsFor("selected")[0];
    throw e;
  }
  return first?.text ?? titles[0];
}

// Events narrow by their type: after the check, data is that type's model.
export function answeredQuestion(body: string): number | undefined {
  const event = parseEvent(body);
  if (event.type !== "answer.recorded") return undefined;
  const answered: EventOfType<"answer.recorded"> = event;
  // @ts-expect-error a session id is a string (or null), not a number
  const session: number = answered.data.sessionId;
  void session;
  return answered.data.questionId;
}
