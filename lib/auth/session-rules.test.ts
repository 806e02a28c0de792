import { describe, expect, it } from "vitest";
import { needsTouch, sessionState } from "./session-rules";

const minute = 60_000;
const start = new Date("2026-11-21T08:00:00Z");
const at = (minutes: number) => start.getTime() + minutes * minute;
const session = (lastSeenMinutes: number, ended = false) => ({
  createdAt: start,
  lastSeenAt: new Date(at(lastSeenMinutes)),
  endedAt: ended ? new Date(at(lastSeenMinutes)) : null,
});

describe("sessionState", () => {
  it("is active while used within 30 minutes", () => {
    expect(sessionState(session(0), at(29))).toBe("active");
  });

  it("is idle after 30 minutes without a request", () => {
    expect(sessionState(session(0), at(30))).toBe("idle");
  });

  it("expires 12 hours after sign-in however busy it is", () => {
    expect(sessionState(session(719), at(720))).toBe("expired");
    expect(sessionState(session(718), at(719))).toBe("active");
  });

  it("stays ended once ended", () => {
    expect(sessionState(session(1, true), at(2))).toBe("ended");
  });
});

describe("needsTouch", () => {
  it("writes last-seen at most once a minute", () => {
    expect(needsTouch(start, at(0.5))).toBe(false);
    expect(needsTouch(start, at(1))).toBe(true);
  });
});
