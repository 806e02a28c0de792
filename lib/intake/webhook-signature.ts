import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signing of machine-to-machine intake (the protective-monitoring webhook). The sender
 * computes, with the shared secret,
 *
 *   X-Signature: sha256=<hex of HMAC-SHA256(secret, "<X-Timestamp>.<Idempotency-Key>.<raw body>")>
 *
 * The timestamp and the key are signed with the body so that a captured request cannot
 * be sent again under a fresh timestamp (outside the replay window) or a new key (to
 * create a second report inside it).
 */

export const SIGNATURE_HEADER = "x-signature";
export const TIMESTAMP_HEADER = "x-timestamp";
export const IDEMPOTENCY_HEADER = "idempotency-key";

/** How far a request's timestamp may be from the server's clock, either way. */
export const REPLAY_WINDOW_SECONDS = 300;

const SIGNATURE = /^sha256=([0-9a-f]{64})$/;
const TIMESTAMP = /^\d{1,12}$/;
// Visible ASCII: a key the sender generated (a UUID, say), never free text.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,200}$/;

export type SignatureRefusal = "missing_headers" | "bad_idempotency_key" | "bad_timestamp" | "stale_timestamp" | "bad_signature";

export const refusalMessages: Record<SignatureRefusal, string> = {
  missing_headers: "X-Signature, X-Timestamp and Idempotency-Key are all required.",
  bad_idempotency_key: "Idempotency-Key must be 8 to 200 visible ASCII characters.",
  bad_timestamp: "X-Timestamp must be the time of sending in whole seconds since 1970 (UTC).",
  stale_timestamp: `X-Timestamp is more than ${REPLAY_WINDOW_SECONDS} seconds from the server's clock: sign the request again when sending it.`,
  bad_signature: "X-Signature does not match the request.",
};

export function signingInput(timestamp: string, idempotencyKey: string, body: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`${timestamp}.${idempotencyKey}.`, "utf8"), body]);
}

export function signWebhook(secret: string, timestamp: string, idempotencyKey: string, body: Uint8Array): string {
  return `sha256=${createHmac("sha256", secret)
    .update(signingInput(timestamp, idempotencyKey, body))
    .digest("hex")}`;
}

export type SignedHeaders = { signature: string | null; timestamp: string | null; idempotencyKey: string | null };

/**
 * Checks a request's signature and freshness. The order matters only for what the
 * sender is told; every refusal is the same status to the route handler.
 */
export function verifyWebhook(
  secret: string,
  headers: SignedHeaders,
  body: Uint8Array,
  nowSeconds: number,
): { ok: true; idempotencyKey: string } | { ok: false; refusal: SignatureRefusal } {
  const { signature, timestamp, idempotencyKey } = headers;
  if (!signature || !timestamp || !idempotencyKey) return { ok: false, refusal: "missing_headers" };
  if (!IDEMPOTENCY_KEY.test(idempotencyKey)) return { ok: false, refusal: "bad_idempotency_key" };
  if (!TIMESTAMP.test(timestamp)) return { ok: false, refusal: "bad_timestamp" };
  if (Math.abs(nowSeconds - Number(timestamp)) > REPLAY_WINDOW_SECONDS) return { ok: false, refusal: "stale_timestamp" };
  const given = SIGNATURE.exec(signature.trim().toLowerCase());
  if (!given) return { ok: false, refusal: "bad_signature" };
  const expected = createHmac("sha256", secret)
    .update(signingInput(timestamp, idempotencyKey, body))
    .digest();
  // Both are 32 bytes here, so timingSafeEqual cannot throw, and the comparison takes
  // the same time wherever the first wrong byte is.
  if (!timingSafeEqual(Buffer.from(given[1]!, "hex"), expected)) return { ok: false, refusal: "bad_signature" };
  return { ok: true, idempotencyKey };
}
