import { toCsv } from "@/lib/csv";
import { channels, platforms, stages, type Channel, type Platform, type Stage } from "@/lib/vocabulary";
import { isOverdue } from "./workflow";

/** What the CSV needs of a listed case (the query's row). */
interface ListedCase {
  ref: string;
  status: Stage;
  recordedOn: string;
  stageDueOn: string | null;
  platform: Platform;
  channel: Channel;
  team: string | null;
  assignedToName: string | null;
  summary: string;
  subjectCount: number;
  subjectNames: string[];
}

/** The case list as filtered, as CSV: dates in ISO as exports carry them, labels as the page shows them. */
export function caseListCsv(rows: ListedCase[], today: string): string {
  return toCsv(
    [
      "reference",
      "status",
      "overdue",
      "recorded_on",
      "stage_due_on",
      "platform",
      "channel",
      "team",
      "assigned_to",
      "subject_count",
      "subject_officers",
      "summary",
    ],
    rows.map((c) => [
      c.ref,
      stages.labels[c.status],
      isOverdue(c.status, c.stageDueOn, today) ? "yes" : "no",
      c.recordedOn,
      c.stageDueOn,
      platforms.labels[c.platform],
      channels.labels[c.channel],
      c.team,
      c.assignedToName,
      c.subjectCount,
      c.subjectNames.join("; "),
      c.summary,
    ]),
  );
}
