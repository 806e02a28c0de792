import { describe, expect, it } from "vitest";
import { auditActionLabel, caseEventChanges, changesInWords, describeCaseEvent } from "./timeline";

describe("case timeline in words", () => {
  const names = new Map([[7, "PC Jane Doe"]]);
  it("names the subject of a workflow step", () => {
    expect(describeCaseEvent("case.subject_decide", { subjectId: 7, summary: "Decision: case to answer" }, names)).toBe(
      "PC Jane Doe: Decision: case to answer",
    );
    expect(describeCaseEvent("case.subject_withdraw", { subjectId: 9, summary: "Withdrawn" }, names)).toBe("A subject: Withdrawn");
  });
  it("words the case's own events and falls back to the action", () => {
    expect(describeCaseEvent("case.created", { subjects: 3 }, names)).toBe("Case recorded with 3 subject officers");
    expect(describeCaseEvent("case.created", { subjects: 1 }, names)).toBe("Case recorded with 1 subject officer");
    expect(describeCaseEvent("case.linked", { with: "PSD-2026-0001" }, names)).toBe("Linked to PSD-2026-0001");
    expect(describeCaseEvent("case.something_new", null, names)).toBe("something new");
  });
  it("words a group chat's events, naming members as the chat does", () => {
    expect(describeCaseEvent("chat_group.created", { name: "Late turn", members: 12 }, names)).toBe(
      "Group chat “Late turn” recorded from its export, with 12 members",
    );
    expect(describeCaseEvent("chat_group.member_part_set", { member: "Dave S", to: "silent" }, names)).toBe(
      "Dave S's part in a group chat: present and silent",
    );
    expect(describeCaseEvent("chat_group.member_part_set", { member: "Dave S", to: null }, names)).toBe("Dave S's part in a group chat: not recorded");
    expect(describeCaseEvent("chat_group.member_matched", { member: "Dave S", toPersonId: 4 }, names)).toBe(
      "Dave S of a group chat matched to a person on record",
    );
    expect(describeCaseEvent("chat_group.member_matched", { member: "Jo", toPersonId: null, outsideForce: true }, names)).toBe(
      "Jo of a group chat recorded as outside the force",
    );
  });

  it("words every entry of the audit trail, reads and refusals included, never as a raw code", () => {
    const actions = [
      "case.viewed",
      "case.view_refused",
      "case.view_undelivered",
      "case.subject_added",
      "case.subject_removed",
      "case.details_corrected",
      "case.iopc_referral_decided",
      "case.iopc_mode_recorded",
      "case.bystander_decided",
      "case.criminal_proceedings_recorded",
      "case.measure_started",
      "case.measure_reviewed",
      "case.measure_ended",
      "case.report_linked",
      "case.created_from_spot_check",
      "case.access_requested",
      "case.access_approved",
      "case.audit_viewed",
      "case.audit_exported",
      "case.file_exported",
      "evidence.downloaded",
      "evidence.download_refused",
      "chat_export.read",
      "access.refused",
      "action.refused",
    ];
    for (const action of actions) {
      const words = describeCaseEvent(action, {}, names);
      expect(words, action).not.toContain("_");
      expect(words, action).not.toBe(action.replace(/^case\./, ""));
    }
    expect(describeCaseEvent("case.task_completed", { kind: "barred_list_notification" }, names)).toBe(
      "Task done: Barred-list report to the College of Policing",
    );
    expect(describeCaseEvent("case.bystander_decided", { member: "Dave S", part: "silent", decision: "no_action" }, names)).toBe(
      "Dave S (present and silent): no action",
    );
  });
});

describe("what an audit entry changed, old and new", () => {
  const names = { subjects: new Map([[7, "PC Jane Doe"]]), users: new Map([[3, "Sam Investigator"]]) };
  it("gives a workflow step's stage before and after", () => {
    expect(caseEventChanges("case.subject_decide", { subjectId: 7, from: "decision", to: "proceedings" }, names)).toEqual([
      { field: "Stage", from: "Appropriate authority's decision", to: "Proceedings" },
    ]);
    expect(caseEventChanges("case.subject_record_notice", { subjectId: 7, from: "proceedings", to: "proceedings" }, names)).toEqual([]);
  });
  it("names the people an assignment moved between", () => {
    expect(caseEventChanges("case.assigned", { from: null, to: 3 }, names)).toEqual([{ field: "Assigned to", from: "nobody", to: "Sam Investigator" }]);
    expect(caseEventChanges("case.assigned", { from: 3, to: 9 }, names)).toEqual([{ field: "Assigned to", from: "Sam Investigator", to: "user 9" }]);
  });
  it("gives each corrected detail in its label, dates in words", () => {
    const changes = caseEventChanges(
      "case.details_corrected",
      { changes: { device: { from: "not_known", to: "personal" }, incidentOn: { from: null, to: "2026-03-04" } } },
      names,
    );
    expect(changes).toEqual([
      { field: "Device", from: "Not known", to: "Personal device" },
      { field: "Incident", from: "not known", to: "4 March 2026" },
    ]);
    expect(changesInWords(changes)).toBe("Device: Not known → Personal device; Incident: not known → 4 March 2026");
  });
  it("gives a finding's correction and a member's part", () => {
    expect(caseEventChanges("case.finding_recorded", { from: "not_recorded", to: "case_to_answer" }, names)).toEqual([
      { field: "Finding", from: "Not recorded", to: "Case to answer" },
    ]);
    expect(caseEventChanges("chat_group.member_part_set", { member: "Jo", from: null, to: "silent" }, names)).toEqual([
      { field: "Jo's part", from: "not recorded", to: "present and silent" },
    ]);
  });
});

describe("the audit trail's action filter in words", () => {
  it("labels each action without naming anyone", () => {
    expect(auditActionLabel("case.subject_decide")).toBe("Decision on the investigation report");
    expect(auditActionLabel("case.measure_started")).toBe("Suspension or restriction started");
    expect(auditActionLabel("case.viewed")).toBe("Case viewed");
    expect(auditActionLabel("case.something_new")).toBe("Something new");
  });
});
