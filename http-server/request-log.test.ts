import { describe, expect, it } from "vitest";
import { isAssetPath, requestLogEntry } from "./request-log";

const base = { id: "r1", userId: 7, method: "GET", url: "/cases/PSD-2026-0042", status: 200, finished: true, prefetch: false, startedAt: 1000, now: 1012.4 };

describe("the request log line (issue 15, section 5: no personal data)", () => {
  it("names the request, the user by id, the path and the time taken", () => {
    expect(requestLogEntry(base)).toEqual({ request: "r1", user: 7, method: "GET", path: "/cases/PSD-2026-0042", status: 200, outcome: "ok", ms: 12 });
  });

  it("leaves out the query string, which can hold a name searched for", () => {
    expect(requestLogEntry({ ...base, url: "/cases?q=Jane%20Smith&status=open" }).path).toBe("/cases");
  });

  it("tells refusals, failures, redirects and clients that went away apart", () => {
    expect(requestLogEntry({ ...base, status: 403 }).outcome).toBe("refused");
    expect(requestLogEntry({ ...base, status: 503 }).outcome).toBe("failed");
    expect(requestLogEntry({ ...base, status: 307 }).outcome).toBe("redirected");
    expect(requestLogEntry({ ...base, finished: false }).outcome).toBe("client_gone");
    expect(requestLogEntry({ ...base, userId: undefined }).user).toBeNull();
  });

  it("marks router prefetches, which read no session", () => {
    expect(requestLogEntry({ ...base, userId: undefined, prefetch: true })).toMatchObject({ user: null, prefetch: true });
    expect(requestLogEntry(base)).not.toHaveProperty("prefetch");
  });

  it("counts build assets as such", () => {
    expect(isAssetPath("/_next/static/chunks/app.js")).toBe(true);
    expect(isAssetPath("/cases")).toBe(false);
  });
});
