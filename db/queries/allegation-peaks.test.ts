import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { selectRows, type Database } from "@/db/index";
import { repeatWindow } from "@/lib/cases/early-intervention";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { demoAccount } from "@/tests/demo-records";
import { inRolledBackTransaction } from "@/tests/rollback";
import { cases, people, subjects } from "../schema";
import { listEarlyInterventions } from "./early-intervention";

/** The kept peaks, and what a rebuild from the base tables gives, as sorted text. */
async function peaksAndRebuild(db: Database) {
  const read = async () =>
    (await selectRows<{ person_id: number; peak: number }>(db, sql`select person_id, peak from person_allegation_peaks order by person_id`)).map(
      (r) => `${r.person_id}:${r.peak}`,
    );
  const kept = await read();
  await db.execute(sql`select rebuild_allegation_peaks()`);
  return { kept, rebuilt: await read() };
}

/** Every officer flagged at a threshold, computed from every allegation with the rule itself. */
async function flaggedFromScratch(db: Database, threshold: number) {
  const rows = await db
    .select({ personId: subjects.personId, ref: cases.ref, recordedOn: cases.recordedOn })
    .from(subjects)
    .innerJoin(cases, eq(cases.id, subjects.caseId));
  const byPerson = new Map<number, { ref: string; recordedOn: string }[]>();
  for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
  const names = new Map((await db.select({ id: people.id, serviceNumber: people.serviceNumber }).from(people)).map((p) => [p.id, p.serviceNumber]));
  return [...byPerson]
    .filter(([, list]) => repeatWindow(list, threshold))
    .map(([id]) => names.get(id)!)
    .sort();
}

/** Issue 19, item 1: the early-intervention panel from a structure kept exact by the database. */
describe.each(databaseKinds)("the early-intervention peaks on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("equal a rebuild, and the panel flags exactly the officers the rule flags, after every kind of change", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const supervisor = await demoAccount(tx, "supervisor@demo.police.uk");
      const check = async (label: string) => {
        const { kept, rebuilt } = await peaksAndRebuild(tx);
        expect(kept, label).toEqual(rebuilt);
        for (const threshold of [2, 3]) {
          const panel = (await listEarlyInterventions(tx, supervisor, threshold)).officers.map((p) => p.serviceNumber).sort();
          expect(panel, `${label}, threshold ${threshold}`).toEqual(await flaggedFromScratch(tx, threshold));
        }
      };
      await check("seeded");
      const picked = await tx.select({ id: cases.id, recordedOn: cases.recordedOn }).from(cases).where(eq(cases.restricted, false)).orderBy(cases.id).limit(3);
      const [person] = await tx.insert(people).values({ serviceNumber: "ZZ880001", name: "Peak Test", rank: "constable" }).returning({ id: people.id });
      // Two allegations ten days apart, then a third: the officer is flagged at 2, then at 3.
      await tx.update(cases).set({ recordedOn: "2026-03-01" }).where(eq(cases.id, picked[0]!.id));
      await tx.update(cases).set({ recordedOn: "2026-03-11" }).where(eq(cases.id, picked[1]!.id));
      await tx
        .insert(subjects)
        .values([picked[0]!, picked[1]!].map((c) => ({ caseId: c.id, personId: person!.id, rank: "constable" as const, regime: "2020" as const })));
      await check("two allegations added");
      await tx.insert(subjects).values({ caseId: picked[2]!.id, personId: person!.id, rank: "constable", regime: "2020" });
      await check("a third added");
      // One case moved two years back: it leaves the window.
      await tx.update(cases).set({ recordedOn: "2024-01-01" }).where(eq(cases.id, picked[1]!.id));
      await check("a case re-dated");
      // A subject moved to another officer, then one removed.
      const [moved] = await tx.select({ id: subjects.id, caseId: subjects.caseId }).from(subjects).where(eq(subjects.personId, person!.id)).limit(1);
      // Someone already flagged, who is not on that case: moving an allegation to them changes two officers' peaks.
      const [someoneElse] = await selectRows<{ id: number }>(
        tx,
        sql`select p.person_id as id from person_allegation_peaks p
            where p.person_id <> ${person!.id} and not exists (select 1 from subjects s where s.person_id = p.person_id and s.case_id = ${moved!.caseId})
            order by p.person_id limit 1`,
      );
      await tx.update(subjects).set({ personId: someoneElse!.id }).where(eq(subjects.id, moved!.id));
      await check("a subject moved to another officer");
      await tx.delete(subjects).where(eq(subjects.personId, person!.id));
      await check("subjects removed");
    });
  });
});
