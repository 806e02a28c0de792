import { formatDate } from "@/lib/format";
import {
  bystanderDecisions,
  channels,
  contentTypes,
  devices,
  findings,
  groupParts,
  iopcModes,
  matterTypes,
  platforms,
  stages,
  taskKinds,
} from "@/lib/vocabulary";

type Labels = Record<string, string>;

const labelOf = (labels: Labels, value: unknown, otherwise = "not recorded") => (typeof value === "string" && value in labels ? labels[value]! : otherwise);

const partLabel = (part: unknown) => labelOf(groupParts.labels, part).toLowerCase();

/** Who a case's audit entries name, looked up by the page: subject officers and users. */
export interface CaseEventNames {
  subjects: ReadonlyMap<number, string>;
  users?: ReadonlyMap<number, string>;
}

/** A workflow step of a subject officer (audited as `case.subject_<kind>`), in words. */
const stepLabels: Record<string, string> = {
  start_assessment: "severity assessment started",
  assess: "severity assessed",
  complete_investigation: "investigation completed",
  decide: "decision on the investigation report",
  refer: "referred to proceedings",
  record_outcome: "outcome recorded",
  record_notice: "written notice recorded",
  record_leaving: "leaving the force recorded",
  withdraw: "allegation withdrawn",
  reopen: "reopened",
  complete_rprp: "reflective practice review completed",
};

/** A case's audit entry in words, for its timeline and its audit trail. */
export function describeCaseEvent(action: string, detail: unknown, subjectNames: ReadonlyMap<number, string>): string {
  const d = (detail ?? {}) as Record<string, unknown>;
  const who = typeof d.subjectId === "number" ? (subjectNames.get(d.subjectId) ?? "A subject") : null;
  if (action.startsWith("case.subject_") && who && typeof d.summary === "string") return `${who}: ${d.summary}`;
  const step = stepLabels[action.replace(/^case\.subject_/, "")];
  if (action.startsWith("case.subject_") && step) return `${who ?? "A subject"}: ${step}`;
  switch (action) {
    case "case.created":
      return `Case recorded with ${String(d.subjects ?? "its")} subject officer${d.subjects === 1 ? "" : "s"}`;
    case "case.created_from_report":
      return `Case opened from report ${String(d.report ?? "")}`.trim();
    case "case.created_from_spot_check":
      return `Case opened from spot-check ${String(d.spotCheck ?? "")}`.trim();
    case "case.report_linked":
      return `Report ${String(d.report ?? "")} linked to this case`;
    case "case.finding_recorded":
      return `${who ?? "A subject"}: finding corrected to ${labelOf(findings.labels, d.to).toLowerCase()}`;
    case "case.assigned":
      return "Case assigned";
    case "case.note_added":
      return "Note added";
    case "case.linked":
      return typeof d.with === "string" ? `Linked to ${d.with}` : "Linked to a case you may not see";
    case "case.task_completed":
      return `Task done: ${labelOf(taskKinds.labels, d.kind, "a statutory task")}`;
    case "case.imported":
      return "Case brought in by bulk import";
    case "case.subject_added":
      return `Subject officer added${typeof d.serviceNumber === "string" ? ` (service number ${d.serviceNumber})` : ""}`;
    case "case.subject_removed":
      return `Subject officer removed as added in error${typeof d.reason === "string" ? `: ${d.reason}` : ""}`;
    case "case.details_corrected":
      return "Case details corrected";
    case "case.iopc_referral_decided":
      return d.referred ? "Decided to refer the matter to the IOPC" : "Decided not to refer the matter to the IOPC";
    case "case.iopc_mode_recorded":
      return `IOPC's decision on how it is investigated: ${labelOf(iopcModes.labels, d.mode).toLowerCase()}`;
    case "case.bystander_decided":
      return `${String(d.member ?? "A member")} (${partLabel(d.part)}): ${labelOf(bystanderDecisions.labels, d.decision).toLowerCase()}`;
    case "case.criminal_proceedings_recorded":
      return `${who ?? "A subject"}: criminal proceedings recorded`;
    case "case.measure_started":
      return `${who ?? "A subject"}: suspension or restriction started`;
    case "case.measure_reviewed":
      return `${who ?? "A subject"}: suspension or restriction reviewed`;
    case "case.measure_ended":
      return `${who ?? "A subject"}: suspension or restriction ended`;
    case "evidence.uploaded":
      return `Evidence added${typeof d.fileName === "string" ? `: ${d.fileName}` : ""}`;
    case "evidence.downloaded":
      return "Evidence downloaded";
    case "evidence.download_refused":
      return "Evidence download refused";
    case "evidence.upload_refused":
      return "Evidence upload refused";
    case "chat_export.read":
      return "Group chat export read";
    case "chat_export.read_refused":
      return "Group chat export read refused";
    case "chat_group.created":
      return `Group chat “${String(d.name ?? "")}” recorded from its export, with ${String(d.members ?? "its")} members`;
    case "chat_group.viewed":
      return "Group chat viewed";
    case "chat_group.member_part_set":
      return `${String(d.member ?? "A member")}'s part in a group chat: ${partLabel(d.to)}`;
    case "chat_group.member_matched":
      return `${String(d.member ?? "A member")} of a group chat ${d.toPersonId ? "matched to a person on record" : d.outsideForce ? "recorded as outside the force" : "recorded as not identified"}`;
    case "case.access_requested":
      return "Access to the restricted case asked for (waits for a second supervisor)";
    case "case.access_granted":
      return "Access to the restricted case given";
    case "case.access_approved":
      return "Access to the restricted case approved";
    case "case.access_revoked":
      return "Access to the restricted case ended";
    case "case.viewed":
      return "Case viewed";
    case "case.view_refused":
      return "Refused a view of the case";
    case "case.view_undelivered":
      return "Case view not delivered (the browser left first)";
    case "case.audit_viewed":
      return "Audit trail viewed";
    case "case.audit_exported":
      return "Audit trail exported as CSV";
    case "case.audit_export_refused":
      return "Refused an export of the audit trail";
    case "case.file_exported":
      return "Case file produced as a PDF";
    case "case.file_export_refused":
      return "Refused a case file";
    case "access.refused":
      return "Refused: the role does not allow this";
    case "action.refused":
      return "Refused: a change to a record the person may not change";
    default:
      return action.replace(/^case\./, "").replaceAll("_", " ");
  }
}

/** An action of the trail as the filter offers it: the entry's words without whom it names. */
export function auditActionLabel(action: string): string {
  const words = describeCaseEvent(action, {}, new Map()).replace(/^A (subject|member)('s)?:? ?/, "");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** One value an audit entry records as changed, in words. */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

const detailFields: Record<string, { field: string; show: (value: unknown) => string }> = {
  summary: { field: "Summary", show: (v) => (typeof v === "string" ? v : "none") },
  platform: { field: "Platform", show: (v) => labelOf(platforms.labels, v) },
  channel: { field: "Channel", show: (v) => labelOf(channels.labels, v) },
  groupSize: { field: "Group size", show: (v) => (typeof v === "number" ? String(v) : "not known") },
  contentType: { field: "Content", show: (v) => labelOf(contentTypes.labels, v) },
  device: { field: "Device", show: (v) => labelOf(devices.labels, v) },
  incidentOn: { field: "Incident", show: (v) => (typeof v === "string" ? formatDate(v) : "not known") },
  matterType: { field: "Type of matter", show: (v) => labelOf(matterTypes.labels, v) },
};

/** What an audit entry changed, old and new, where the entry records both. */
export function caseEventChanges(action: string, detail: unknown, names: CaseEventNames): FieldChange[] {
  const d = (detail ?? {}) as Record<string, unknown>;
  const userName = (id: unknown) => (typeof id === "number" ? (names.users?.get(id) ?? `user ${id}`) : "nobody");
  if (action.startsWith("case.subject_") && typeof d.from === "string" && typeof d.to === "string" && d.from !== d.to) {
    return [{ field: "Stage", from: labelOf(stages.labels, d.from), to: labelOf(stages.labels, d.to) }];
  }
  switch (action) {
    case "case.finding_recorded":
      return [{ field: "Finding", from: labelOf(findings.labels, d.from), to: labelOf(findings.labels, d.to) }];
    case "case.assigned":
      return [{ field: "Assigned to", from: userName(d.from), to: userName(d.to) }];
    case "case.details_corrected": {
      const changes = (d.changes ?? {}) as Record<string, { from?: unknown; to?: unknown }>;
      return Object.entries(changes).map(([column, change]) => {
        const known = detailFields[column];
        const show = known?.show ?? ((v: unknown) => (v === null || v === undefined ? "none" : String(v)));
        return { field: known?.field ?? column, from: show(change?.from), to: show(change?.to) };
      });
    }
    case "chat_group.member_part_set":
      return [{ field: `${String(d.member ?? "Member")}'s part`, from: partLabel(d.from), to: partLabel(d.to) }];
    default:
      return [];
  }
}

/** The changes of an entry as one line, for a CSV cell or a screen reader. */
export function changesInWords(changes: FieldChange[]): string {
  return changes.map((c) => `${c.field}: ${c.from} → ${c.to}`).join("; ");
}
