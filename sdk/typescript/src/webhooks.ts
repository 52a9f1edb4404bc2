import type { webhooks } from "./generated/api.js";

/** How far a delivery's `Webhook-Timestamp` may be from now by default: five minutes. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

export interface VerifyWebhookOptions {
  /** The replay window in seconds; {@link DEFAULT_WEBHOOK_TOLERANCE_SECONDS} when absent. */
  toleranceSeconds?: number;
  /** The current time, for tests. */
  now?: Date;
}

/**
 * Checks a webhook delivery in a receiver (Node 18+ or a browser: Web Crypto). `Webhook-Signature` must be `v1=` plus
 * the hex HMAC-SHA256 of `"{Webhook-Timestamp}.{raw body}"` keyed with the webhook's secret, and the timestamp within
 * the replay window. Keep `Webhook-Id` to drop repeats: delivery is at least once, and a repeat has the same id.
 *
 * @example
 * const body = await request.text();
 * if (!(await verifyWebhookSignature(secret, request.headers.get("Webhook-Timestamp"), request.headers.get("Webhook-Signature"), body)))
 *   return new Response(null, { status: 401 });
 */
export async function verifyWebhookSignature(
  secret: string,
  timestamp: string | null | undefined,
  signature: string | null | undefined,
  body: string,
  options: VerifyWebhookOptions = {},
): Promise<boolean> {
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (Math.abs(now - Number(timestamp)) > (options.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS)) return false;
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(`${timestamp}.${body}`)));
  const expected = "v1=" + Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("");
  return signature.split(" ").some((candidate) => sameText(candidate, expected));
}

/** Compares without stopping at the first difference, so timing does not reveal how much of a guess was right. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

type DeliveryBody<K extends keyof webhooks> = webhooks[K]["post"] extends {
  requestBody: { content: { "application/cloudevents+json": infer B } };
}
  ? B
  : never;

/**
 * Every event the API sends (webhook bodies and live-stream messages), as a union discriminated by `type`; it follows
 * the `webhooks` section of the OpenAPI document, so a new event type appears here when the types are regenerated.
 */
export type AdaptiveLearningEvent = { [K in keyof webhooks]: DeliveryBody<K> }[keyof webhooks];

/** One type's event, e.g. `EventOfType<"answer.recorded">` with its typed `data`. */
export type EventOfType<T extends AdaptiveLearningEvent["type"]> = Extract<AdaptiveLearningEvent, { type: T }>;

/**
 * Reads a verified webhook body or a stream message's data as an event; switch on `type` to get the typed `data`.
 * A type newer than these types still parses: compare `type` with the ones you handle and skip the rest.
 *
 * @example
 * const event = parseEvent(body);
 * if (event.type === "answer.recorded") syncAnswer(event.data.learnerId, event.data.questionId, event.data.correct);
 */
export function parseEvent(json: string): AdaptiveLearningEvent {
  const event: unknown = JSON.parse(json);
  if (typeof event !== "object" || event === null || typeof (event as { type?: unknown }).type !== "string" || !("data" in event))
    throw new TypeError("Not a CloudEvents envelope: it needs a string 'type' and a 'data' member.");
  return event as AdaptiveLearningEvent;
}
