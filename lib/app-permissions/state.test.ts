import { describe, expect, it } from "vitest";
import { monthlyFigures, monthsEnding } from "./figures";
import { expiresSoon, isHeldOn, lastDayHeld, mayDecide, permissionStateOn, type PermissionDates } from "./state";

const approved: PermissionDates = { decision: "approved", decidedOn: "2026-01-10", startsOn: "2026-01-12", expiresOn: "2026-04-01", revokedOn: null };

describe("permissionStateOn", () => {
  it("is held from its start up to the day before its expiry date, and expires on that date", () => {
    expect(permissionStateOn(approved, "2026-01-11")).toBe("not_started");
    expect(permissionStateOn(approved, "2026-01-12")).toBe("held");
    expect(permissionStateOn(approved, "2026-03-31")).toBe("held");
    expect(permissionStateOn(approved, "2026-04-01")).toBe("expired");
    expect(permissionStateOn(approved, "2027-01-01")).toBe("expired");
    expect(lastDayHeld("2026-04-01")).toBe("2026-03-31");
    expect(lastDayHeld("2024-03-01")).toBe("2024-02-29");
  });

  it("is pending before its decision and never held once refused or revoked", () => {
    expect(permissionStateOn(approved, "2026-01-09")).toBe("pending");
    expect(permissionStateOn({ ...approved, decision: null, decidedOn: null }, "2026-02-01")).toBe("pending");
    expect(permissionStateOn({ ...approved, decision: "refused", expiresOn: null }, "2026-02-01")).toBe("refused");
    const revoked = { ...approved, revokedOn: "2026-02-15" };
    expect(permissionStateOn(revoked, "2026-02-14")).toBe("held");
    expect(permissionStateOn(revoked, "2026-02-15")).toBe("revoked");
    expect(isHeldOn(revoked, "2026-03-01")).toBe(false);
  });

  it("counts as expiring soon when held and ending within 30 days", () => {
    expect(expiresSoon(approved, "2026-03-01")).toBe(false);
    expect(expiresSoon(approved, "2026-03-02")).toBe(true);
    expect(expiresSoon(approved, "2026-03-31")).toBe(true);
    expect(expiresSoon(approved, "2026-04-01")).toBe(false);
  });
});

describe("mayDecide", () => {
  const request = { requesterId: 7, requesterLineManagerId: 8 };
  it("lets a supervisor or the requester's line manager decide, and nobody their own request", () => {
    expect(mayDecide({ id: 2, role: "supervisor" }, request)).toBe(true);
    expect(mayDecide({ id: 8, role: "staff" }, request)).toBe(true);
    expect(mayDecide({ id: 9, role: "staff" }, request)).toBe(false);
    expect(mayDecide({ id: 5, role: "senior_officer" }, request)).toBe(false);
    expect(mayDecide({ id: 7, role: "supervisor" }, { requesterId: 7, requesterLineManagerId: null })).toBe(false);
  });
});

describe("monthlyFigures", () => {
  it("counts requests, decisions and distinct holders at each month's end", () => {
    const history = [
      { ...approved, requesterId: 1, requestedOn: "2026-01-05" },
      { ...approved, requesterId: 1, requestedOn: "2026-01-06", startsOn: "2026-02-01", decidedOn: "2026-02-01", expiresOn: "2026-06-01" },
      {
        decision: "refused" as const,
        decidedOn: "2026-02-03",
        startsOn: "2026-02-01",
        expiresOn: null,
        revokedOn: null,
        requesterId: 2,
        requestedOn: "2026-02-02",
      },
      { decision: null, decidedOn: null, startsOn: "2026-03-01", expiresOn: null, revokedOn: null, requesterId: 3, requestedOn: "2026-03-02" },
    ];
    expect(monthlyFigures(history, "2026-04-15", 5)).toEqual([
      { month: "2025-12", requests: 0, approvals: 0, refusals: 0, holders: 0 },
      { month: "2026-01", requests: 2, approvals: 1, refusals: 0, holders: 1 },
      { month: "2026-02", requests: 1, approvals: 1, refusals: 1, holders: 1 },
      { month: "2026-03", requests: 1, approvals: 0, refusals: 0, holders: 1 },
      { month: "2026-04", requests: 0, approvals: 0, refusals: 0, holders: 1 },
    ]);
    expect(monthsEnding("2026-02-10", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
  });
});
