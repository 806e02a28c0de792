import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REPLAY_WINDOW_SECONDS, signWebhook, verifyWebhook } from "./webhook-signature";

const secret = "s".repeat(40);
const body = new TextEncoder().encode('{"alertId":"A-1"}');
const now = 1_800_000_000;
const key = "0b9f6d3e-key-0001";
const signed = (overrides: Partial<{ timestamp: string; key: string; body: Uint8Array; secret: string }> = {}) => {
  const timestamp = overrides.timestamp ?? String(now);
  return {
    signature: signWebhook(overrides.secret ?? secret, timestamp, overrides.key ?? key, overrides.body ?? body),
    timestamp,
    idempotencyKey: overrides.key ?? key,
  };
};

describe("verifyWebhook", () => {
  it("accepts a request signed with the shared secret, within the window either way", () => {
    expect(verifyWebhook(secret, signed(), body, now)).toEqual({ ok: true, idempotencyKey: key });
    expect(verifyWebhook(secret, signed(), body, now + REPLAY_WINDOW_SECONDS).ok).toBe(true);
    expect(verifyWebhook(secret, signed(), body, now - REPLAY_WINDOW_SECONDS).ok).toBe(true);
  });

  it("refuses a timestamp outside the replay window", () => {
    expect(verifyWebhook(secret, signed(), body, now + REPLAY_WINDOW_SECONDS + 1)).toEqual({ ok: false, refusal: "stale_timestamp" });
    expect(verifyWebhook(secret, signed(), body, now - REPLAY_WINDOW_SECONDS - 1)).toEqual({ ok: false, refusal: "stale_timestamp" });
  });

  it("refuses a signature made with another secret, or in the wrong form", () => {
    expect(verifyWebhook(secret, signed({ secret: "t".repeat(40) }), body, now)).toEqual({ ok: false, refusal: "bad_signature" });
    expect(verifyWebhook(secret, { ...signed(), signature: "sha256=abc" }, body, now)).toEqual({ ok: false, refusal: "bad_signature" });
    expect(verifyWebhook(secret, { ...signed(), signature: signed().signature.slice(7) }, body, now)).toEqual({ ok: false, refusal: "bad_signature" });
  });

  it("refuses missing headers and malformed keys and timestamps", () => {
    expect(verifyWebhook(secret, { ...signed(), signature: null }, body, now)).toEqual({ ok: false, refusal: "missing_headers" });
    expect(verifyWebhook(secret, signed({ key: "short" }), body, now)).toEqual({ ok: false, refusal: "bad_idempotency_key" });
    expect(verifyWebhook(secret, signed({ key: "has a space" }), body, now)).toEqual({ ok: false, refusal: "bad_idempotency_key" });
    expect(verifyWebhook(secret, signed({ timestamp: "2026-12-01T10:00:00Z" }), body, now)).toEqual({ ok: false, refusal: "bad_timestamp" });
  });

  it("refuses any change to the body, the timestamp or the key after signing (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, flip) => {
        const headers = signed({ body: bytes });
        expect(verifyWebhook(secret, headers, bytes, now).ok).toBe(true);
        const changed = Uint8Array.from(bytes);
        changed[at % changed.length]! ^= flip;
        expect(verifyWebhook(secret, headers, changed, now)).toEqual({ ok: false, refusal: "bad_signature" });
        expect(verifyWebhook(secret, { ...headers, timestamp: String(now + 1) }, bytes, now)).toEqual({ ok: false, refusal: "bad_signature" });
        expect(verifyWebhook(secret, { ...headers, idempotencyKey: `${key}-other` }, bytes, now)).toEqual({ ok: false, refusal: "bad_signature" });
      }),
      { numRuns: 300 },
    );
  });
});
