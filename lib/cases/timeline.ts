import { groupParts, type GroupPart } from "@/lib/vocabulary";

const partLabel = (part: unknown) =>
  typeof part === "string" && part in groupParts.labels ? groupParts.labels[part as GroupPart].toLowerCase() : "not recorded";

/** A case's audit entry in words for its timeline. */
export function describeCaseEvent(action: string, detail: unknown, subjectNames: ReadonlyMap<number, string>): string {
  const d = (detail ?? {}) as Record<string, unknown>;
  const who = typeof d.subjectId === "number" ? (subjectNames.get(d.subjectId) ?? "A subject") : null;
  if (action.startsWith("case.subject_") && who && typeof d.summary === "string") return `${who}: ${d.summary}`;
  switch (action) {
    case "case.created":
      return `Case recorded with ${String(d.subjects ?? "its")} subject officer${d.subjects === 1 ? "" : "s"}`;
    case "case.created_from_report":
      return `Case opened from report ${String(d.report ?? "")}`.trim();
    case "case.finding_recorded":
      return `${who ?? "A subject"}: finding corrected to ${String(d.to ?? "").replaceAll("_", " ")}`;
    case "case.assigned":
      return "Case assigned";
    case "case.note_added":
      return "Note added";
    case "case.linked":
      return typeof d.with === "string" ? `Linked to ${d.with}` : "Linked to a case you may not see";
    case "case.task_completed":
      return "Barred-list notification done";
    case "case.imported":
      return "Case brought in by bulk import";
    case "evidence.uploaded":
      return `Evidence added${typeof d.fileName === "string" ? `: ${d.fileName}` : ""}`;
    case "chat_group.created":
      return `Group chat “${String(d.name ?? "")}” recorded from its export, with ${String(d.members ?? "its")} members`;
    case "chat_group.member_part_set":
      return `${String(d.member ?? "A member")}'s part in a group chat: ${partLabel(d.to)}`;
    case "chat_group.member_matched":
      return `${String(d.member ?? "A member")} of a group chat ${d.toPersonId ? "matched to a person on record" : d.outsideForce ? "recorded as outside the force" : "recorded as not identified"}`;
    case "case.access_granted":
      return "Access to the restricted case given";
    case "case.access_revoked":
      return "Access to the restricted case ended";
    default:
      return action.replace(/^case\./, "").replaceAll("_", " ");
  }
}
