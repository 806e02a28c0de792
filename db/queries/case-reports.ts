import "server-only";
import { asc, eq } from "drizzle-orm";
import { namedPeople } from "@/lib/reports/named-people";
import type { Database } from "../index";
import { contentReports } from "../schema";
import { suggestPeopleFor } from "./chat-groups";

/**
 * The reports a case was opened from or joined by (issue 17, item 1), each with the
 * people it names and, for those who may add subjects, who on record each name may be.
 * Never the reporter: a confidential reporter stays unnamed on the case as in the queue.
 */
export async function listCaseReports(db: Database, caseId: number, { suggest }: { suggest: boolean }) {
  const reports = await db
    .select({
      ref: contentReports.ref,
      receivedAt: contentReports.receivedAt,
      source: contentReports.source,
      seenOn: contentReports.seenOn,
      peopleInvolved: contentReports.peopleInvolved,
    })
    .from(contentReports)
    .where(eq(contentReports.caseId, caseId))
    .orderBy(asc(contentReports.receivedAt), asc(contentReports.id));
  return Promise.all(
    reports.map(async (report) => {
      const names = namedPeople(report.peopleInvolved);
      const suggestions = suggest ? await suggestPeopleFor(db, caseId, names, 3) : names.map(() => []);
      return { ...report, named: names.map((name, i) => ({ name, candidates: suggestions[i]! })) };
    }),
  );
}

export type CaseReport = Awaited<ReturnType<typeof listCaseReports>>[number];
