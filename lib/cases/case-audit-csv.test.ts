import { describe, expect, it } from "vitest";
import { caseAuditCsv } from "./case-audit-csv";

describe("a case's audit trail as CSV", () => {
  it("has one row an entry: ISO time, who, the code and its words, what changed", () => {
    const csv = caseAuditCsv(
      [
        {
          occurredAt: new Date("2026-11-30T10:15:00Z"),
          action: "case.assigned",
          actorName: "Sam Supervisor",
          actorEmail: "supervisor@demo.police.uk",
          actorRole: "supervisor",
          detail: { from: null, to: 3 },
        },
        { occurredAt: new Date("2026-11-30T09:00:00Z"), action: "case.viewed", actorName: null, actorEmail: null, actorRole: null, detail: null },
      ],
      { subjects: new Map(), users: new Map([[3, "Ivy Investigator"]]) },
    );
    expect(csv.split("\r\n")).toEqual([
      "occurred_at,actor_name,actor_email,actor_role,action,what,changed",
      "2026-11-30T10:15:00.000Z,Sam Supervisor,supervisor@demo.police.uk,supervisor,case.assigned,Case assigned,Assigned to: nobody → Ivy Investigator",
      "2026-11-30T09:00:00.000Z,system,,,case.viewed,Case viewed,",
      "",
    ]);
  });
  it("keeps a corrected summary that a spreadsheet would run as a formula inert", () => {
    const csv = caseAuditCsv(
      [
        {
          occurredAt: new Date("2026-11-30T10:15:00Z"),
          action: "case.details_corrected",
          actorName: "=HYPERLINK(1)",
          actorEmail: "a@b",
          actorRole: "investigator",
          detail: { changes: { summary: { from: "old", to: "new" } } },
        },
      ],
      { subjects: new Map() },
    );
    expect(csv).toContain("'=HYPERLINK(1)");
    expect(csv).toContain("Summary: old → new");
  });
});
