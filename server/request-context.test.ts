import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { clientGone, noteAuditedView, runInRequest, watchDelivery } from "./request-context";

class FakeResponse extends EventEmitter {
  writableFinished = false;
}

describe("request context (issue 13, item 11: abandoned requests)", () => {
  it("marks the views of an answer the client left before it was complete as undelivered, and signals the work to stop", async () => {
    const res = new FakeResponse();
    const undelivered: string[] = [];
    const context = watchDelivery("req-1", res, (c) => undelivered.push(...c.views.map((v) => `${c.id}:${v.entityId}`)));
    await runInRequest(context, async () => {
      await Promise.resolve();
      expect(noteAuditedView("case", "PSD-2026-0001")).toBe("req-1");
      expect(clientGone()).toBe(false);
    });
    res.emit("close");
    expect(context.signal.aborted).toBe(true);
    expect(undelivered).toEqual(["req-1:PSD-2026-0001"]);
    runInRequest(context, () => expect(clientGone()).toBe(true));
  });

  it("leaves a delivered answer alone", () => {
    const res = new FakeResponse();
    const undelivered: unknown[] = [];
    const context = watchDelivery("req-2", res, (c) => undelivered.push(c));
    runInRequest(context, () => noteAuditedView("case", "PSD-2026-0002"));
    res.writableFinished = true;
    res.emit("close");
    expect(context.signal.aborted).toBe(false);
    expect(undelivered).toEqual([]);
  });

  it("outside a request there is no context, and nothing is noted", () => {
    expect(noteAuditedView("case", "PSD-2026-0003")).toBeUndefined();
    expect(clientGone()).toBe(false);
  });
});
