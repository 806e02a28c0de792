import { toCsv } from "@/lib/csv";
import { caseEventChanges, changesInWords, describeCaseEvent, type CaseEventNames } from "./timeline";

/** What the CSV needs of an audit entry (the query's row has more). */
interface TrailEntry {
  occurredAt: Date;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  actorRole: string | null;
  detail: unknown;
}

/**
 * A case's audit trail as CSV: times in ISO 8601 (UTC), as exports carry dates; the
 * action's code beside its words, so a reader can filter by either.
 */
export function caseAuditCsv(entries: TrailEntry[], names: CaseEventNames): string {
  return toCsv(
    ["occurred_at", "actor_name", "actor_email", "actor_role", "action", "what", "changed"],
    entries.map((e) => [
      e.occurredAt.toISOString(),
      e.actorName ?? "system",
      e.actorEmail,
      e.actorRole,
      e.action,
      describeCaseEvent(e.action, e.detail, names.subjects),
      changesInWords(caseEventChanges(e.action, e.detail, names)),
    ]),
  );
}
