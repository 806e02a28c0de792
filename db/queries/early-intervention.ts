import "server-only";
import { sql } from "drizzle-orm";
import { explainRepeat, repeatWindow, type Allegation } from "@/lib/cases/early-intervention";
import type { CaseViewer } from "@/lib/access/case-access";
import { selectRows, type Database } from "../index";
import { visibleCasesWhere } from "./case-access";

/** How many officers the panel names at most: the ones with the most allegations in twelve months first. */
export const EARLY_INTERVENTION_SHOWN = 50;

/**
 * Officers with at least `threshold` allegations recorded within twelve months, with
 * the reason in words: how many there are, and the `limit` with the highest peak (then
 * by name). The candidates come from the peaks the database keeps up to date
 * (person_allegation_peaks, migration 0010), so only the named officers' allegations are
 * read; the rule in lib/cases picks and explains them. At a national size (1,000,000
 * subject records) a threshold of two matches tens of thousands of officers: the panel
 * listed them all and took 14 s a request (`npm run bench`, 2 December 2026). Every
 * allegation counts, but a case the viewer may not see (a restricted one without a grant)
 * is never named: its reference stays in the database.
 */
export async function listEarlyInterventions(db: Database, viewer: CaseViewer, threshold: number, limit = EARLY_INTERVENTION_SHOWN) {
  const [{ total } = { total: 0 }] = await selectRows<{ total: number }>(
    db,
    sql`select count(*)::int as total from person_allegation_peaks where peak >= ${threshold}`,
  );
  const rows = await selectRows<{ person_id: number; name: string; service_number: string; ref: string | null; recorded_on: string }>(
    db,
    sql`with named as (
          select peaks.person_id, peaks.peak, p.name, p.service_number from person_allegation_peaks peaks join people p on p.id = peaks.person_id
          where peaks.peak >= ${threshold} order by peaks.peak desc, p.name, p.id limit ${limit})
        select named.person_id, named.name, named.service_number, case when ${visibleCasesWhere(db, viewer)} then cases.ref end as ref, cases.recorded_on::text as recorded_on
        from named
        join subjects s on s.person_id = named.person_id
        join cases on cases.id = s.case_id
        order by named.peak desc, named.name, named.person_id, cases.recorded_on`,
  );
  const byPerson = new Map<number, { name: string; serviceNumber: string; allegations: Allegation[] }>();
  for (const row of rows) {
    const entry = byPerson.get(row.person_id) ?? { name: row.name, serviceNumber: row.service_number, allegations: [] };
    entry.allegations.push({ ref: row.ref, recordedOn: row.recorded_on });
    byPerson.set(row.person_id, entry);
  }
  const officers = [...byPerson.values()].flatMap((person) => {
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
  return { total, officers };
}
