// A frontend's first screens, typed only by the types openapi-typescript generates from
// sdk/openapi/openapi.json. If the document stops describing these calls faithfully
// (a lost body, an id typed as a string union, numbers as strings), this stops compiling.
import type { components, paths } from "./generated/api";

type JsonBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;

type Problem = components["schemas"]["ApiProblem"];
type RegisterBody = JsonBody<"/api/v1/auth/register", "post">;
type Registered = paths["/api/v1/auth/register"]["post"]["responses"][201]["content"]["application/json"];
type LoginBody = JsonBody<"/api/v1/auth/login", "post">;
type Tokens = paths["/api/v1/auth/login"]["post"]["responses"][200]["content"]["application/json"];
type Me = paths["/api/v1/users/me"]["get"]["responses"][200]["content"]["application/json"];
type MeUnauthorized = paths["/api/v1/users/me"]["get"]["responses"][401]["content"]["application/problem+json"];

class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.code}: ${problem.detail ?? problem.title}`);
  }
}

async function send<T>(baseUrl: string, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(baseUrl + path, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  if (!response.ok) throw new ApiError((await response.json()) as Problem);
  return (await response.json()) as T;
}

export async function signUpAndShowProfile(baseUrl: string): Promise<string> {
  const registration: RegisterBody = { email: "ada@example.com", username: "ada", password: "correct-horse-battery" };
  const account = await send<Registered>(baseUrl, "POST", "/api/v1/auth/register", registration);
  const accountId: string = account.id;

  const login: LoginBody = { login: account.username, password: "correct-horse-battery" };
  const tokens = await send<Tokens>(baseUrl, "POST", "/api/v1/auth/login", login);
  const lifetimeSeconds: number = tokens.expiresIn;
  // @ts-expect-error expiresIn is an integer, never a string (JsonNumberHandling.Strict reached the document)
  const notAString: string = tokens.expiresIn;

  const me = await send<Me>(baseUrl, "GET", "/api/v1/users/me", undefined, tokens.accessToken);
  const retention: number | undefined = me.settings.desiredRetention;
  const unauthorized: MeUnauthorized["code"] = "unauthenticated";

  // @ts-expect-error login has no "email" field: the request body schema is closed to typos
  const typo: LoginBody = { email: "ada@example.com", password: "x" };

  return `${accountId} ${me.username} (${me.role}) ${lifetimeSeconds}s ${retention} ${unauthorized} ${notAString} ${typo}`;
}
