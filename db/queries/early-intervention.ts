import "server-only";
import { sql } from "drizzle-orm";
import { explainRepeat, repeatWindow, type Allegation } from "@/lib/cases/early-intervention";
import type { CaseViewer } from "@/lib/access/case-access";
import { selectRows, type Database } from "../index";
import { visibleCasesWhere } from "./case-access";

/**
 * Officers with at least `threshold` allegations recorded within twelve months, with
 * the reason in words. The candidates come from the peaks the database keeps up to date
 * (person_allegation_peaks, migration 0010), so only their allegations are read; the
 * rule in lib/cases picks and explains them. Every allegation counts, but a case the
 * viewer may not see (a restricted one without a grant) is never named: its reference
 * stays in the database.
 */
export async function listEarlyInterventions(db: Database, viewer: CaseViewer, threshold: number) {
  const rows = await selectRows<{ person_id: number; name: string; service_number: string; ref: string | null; recorded_on: string }>(
    db,
    sql`select p.id as person_id, p.name, p.service_number, case when ${visibleCasesWhere(db, viewer)} then cases.ref end as ref, cases.recorded_on::text as recorded_on
        from person_allegation_peaks peaks
        join people p on p.id = peaks.person_id
        join subjects s on s.person_id = peaks.person_id
        join cases on cases.id = s.case_id
        where peaks.peak >= ${threshold}
        order by p.name, p.id, cases.recorded_on`,
  );
  const byPerson = new Map<number, { name: string; serviceNumber: string; allegations: Allegation[] }>();
  for (const row of rows) {
    const entry = byPerson.get(row.person_id) ?? { name: row.name, serviceNumber: row.service_number, allegations: [] };
    entry.allegations.push({ ref: row.ref, recordedOn: row.recorded_on });
    byPerson.set(row.person_id, entry);
  }
  return [...byPerson.values()].flatMap((person) => {
    const window = repeatWindow(person.allegations, threshold);
    // Only the references the viewer may see leave this function; unseen dates stay here.
    return window
      ? [
          {
            name: person.name,
            serviceNumber: person.serviceNumber,
            refs: window.flatMap((a) => (a.ref ? [a.ref] : [])),
            reason: explainRepeat(window, threshold),
          },
        ]
      : [];
  });
}
