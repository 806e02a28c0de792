import { describe, expect, it } from "vitest";
import { caseListCsv } from "./case-list-csv";

describe("the case list as CSV (issue 17, item 8)", () => {
  it("has one row a case: ISO dates, labels, the overdue flag as the list computes it, the officers named", () => {
    const csv = caseListCsv(
      [
        {
          ref: "PSD-2026-0001",
          status: "investigation",
          recordedOn: "2026-10-01",
          stageDueOn: "2026-11-30",
          platform: "whatsapp",
          channel: "group_chat",
          team: "PSD Team 1",
          assignedToName: null,
          summary: 'Images shared, "as a joke"',
          subjectCount: 2,
          subjectNames: ["Adam Abbott", "Ellis Lambert"],
        },
        {
          ref: "PSD-2026-0002",
          status: "finalised",
          recordedOn: "2026-01-01",
          stageDueOn: null,
          platform: "facebook",
          channel: "public_post",
          team: null,
          assignedToName: "Ivy Investigator",
          summary: "=cmd",
          subjectCount: 0,
          subjectNames: [],
        },
      ],
      "2026-12-01",
    );
    expect(csv.split("\r\n")).toEqual([
      "reference,status,overdue,recorded_on,stage_due_on,platform,channel,team,assigned_to,subject_count,subject_officers,summary",
      'PSD-2026-0001,Investigation,yes,2026-10-01,2026-11-30,WhatsApp,Group chat,PSD Team 1,,2,Adam Abbott; Ellis Lambert,"Images shared, ""as a joke"""',
      "PSD-2026-0002,Finalised,no,2026-01-01,,Facebook,Public post,,Ivy Investigator,0,,'=cmd",
      "",
    ]);
  });
});
