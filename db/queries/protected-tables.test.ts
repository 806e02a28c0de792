import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/index";
import { cases, chatGroupCases, chatGroupMembers, chatGroups, disclosureReleases, releaseDecisions, subjects, users } from "@/db/schema";
import { range } from "@/lib/stats/feasible-range";
import { canonicalSpec, keyMatches, type Atom, type ReleaseKey, type ReleaseSpec } from "@/lib/stats/release-check";
import { figureLookup } from "@/lib/stats/grid";
import { dimensionCharts } from "@/lib/dashboard/shape";
import { publishedKeys, tableLayout } from "@/lib/stats/layout";
import type { DisclosedResult } from "@/lib/stats/disclose";
import { generateDemoData } from "@/db/seed/demo-data";
import { publishedReplyTables } from "@/db/seed/published-reply";
import { arrangeAtoms } from "@/lib/stats/atom-sets";
import { databaseKinds, openPrivateDatabase, useSeededDatabase } from "@/tests/databases";
import { inRolledBackTransaction } from "@/tests/rollback";
import { getProtectedDashboard } from "./dashboard";
import { listAtoms, listPublishedReleases, listServedReleases, readFiguresVersion, recordServedReleases } from "./disclosure";
import { forgetReleaseDecisions, listAtomsKept, protectTables, settleReleaseDecisions } from "./protected-tables";
import { countSubjects } from "./stats";

const K = 5;

/**
 * What a reader holding every figure served can pin down, found by linear programming
 * (lib/stats/feasible-range.ts) over the atoms of the tables: every atom and every cell
 * of 1 to k-1 officers whose smallest and largest possible values are the same.
 */
function recoverable(
  atoms: Atom[],
  served: { table: number; key: ReleaseKey; value: number }[],
  alreadyPublic: { table: number; key: ReleaseKey }[],
): string[] {
  const members = (table: number, key: ReleaseKey): number[] => atoms.map((a) => (keyMatches(a.signature[table] ?? null, key) ? 1 : 0));
  const pinned = (A: number[][], b: number[], q: number[]) => {
    const r = range(A, b, q);
    return r.max - r.min < 1e-6;
  };
  const A = served.map((s) => members(s.table, s.key));
  const b = served.map((s) => s.value);
  const publicA = alreadyPublic.map((s) => members(s.table, s.key));
  const publicB = publicA.map((row) => row.reduce((sum, x, i) => sum + x * atoms[i]!.count, 0));
  const found: string[] = [];
  atoms.forEach((atom, i) => {
    if (atom.count < 1 || atom.count >= K) return;
    const q = atoms.map((_, j) => (j === i ? 1 : 0));
    if (pinned(A, b, q) && !pinned(publicA, publicB, q)) found.push(`atom ${JSON.stringify(atom.signature)} = ${atom.count}`);
  });
  return found;
}

describe.each(databaseKinds)("the release check on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  const actorOf = async (db: Database, email: string) => {
    const [u] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
    return u!;
  };

  /** Serves the tables one request after another, then asks what the whole lot gives away. */
  async function serveInTurn(db: Database, email: string, specs: ReleaseSpec[]) {
    const actor = await actorOf(db, email);
    const results: DisclosedResult[] = [];
    for (const spec of specs) {
      const exact = await countSubjects(db, { ...spec, totals: spec.dimensions.length === 2 });
      const [result] = await protectTables(db, db, { actor, channel: "json", k: K, memoryDays: 365, tables: [{ spec, exact }] });
      results.push(result!);
    }
    return { results, leaks: await leaksOf(db, specs, results) };
  }

  /** What every figure of the results, with the published ones, pins down that publishing alone does not. */
  async function leaksOf(db: Database, specs: ReleaseSpec[], results: DisclosedResult[]) {
    const published = await listPublishedReleases(db);
    const atoms = await listAtoms(db, [...published.map((p) => p.spec), ...specs]);
    const served: { table: number; key: ReleaseKey; value: number }[] = [];
    const publicFigures: { table: number; key: ReleaseKey }[] = [];
    published.forEach((p, t) => p.shown.forEach((key) => publicFigures.push({ table: t, key })));
    results.forEach((result, i) => {
      const figure = figureLookup(result);
      for (const key of publishedKeys(tableLayout(result))) {
        const value = figure(key);
        if (value !== null) served.push({ table: published.length + i, key, value });
      }
    });
    for (const p of publicFigures) {
      const value = atoms.reduce((sum, a) => sum + (keyMatches(a.signature[p.table] ?? null, p.key) ? a.count : 0), 0);
      served.push({ ...p, value });
    }
    return recoverable(atoms, served, publicFigures);
  }

  for (const email of ["foi@demo.police.uk", "senior@demo.police.uk"]) {
    it(`a two-way table and its one-way margin recover nothing, as ${email}`, async () => {
      await inRolledBackTransaction(handle.db, async (tx) => {
        const { results, leaks } = await serveInTurn(tx, email, [
          { dimensions: ["year", "rank_group"], from: 2018, to: 2021 },
          { dimensions: ["rank_group"], from: 2018, to: 2021 },
        ]);
        expect(results[0]!.rows.some((r) => r.suppressed)).toBe(true);
        // The published reply's rank groups stay exact.
        expect(results[1]!.rows.map((r) => r.count)).toEqual([160, 12, 8, 4]);
        expect(leaks).toEqual([]);
      });
    });

    it(`a financial-year table beside a calendar-year one recovers no January-March group, as ${email}`, async () => {
      await inRolledBackTransaction(handle.db, async (tx) => {
        const { leaks } = await serveInTurn(tx, email, [
          { dimensions: ["financial_year", "rank_group"], from: 2018, to: 2021 },
          { dimensions: ["year", "rank_group"], from: 2018, to: 2021 },
        ]);
        expect(leaks).toEqual([]);
      });
    });

    it(`findings as at two month ends recover no single decision, as ${email}`, async () => {
      await inRolledBackTransaction(handle.db, async (tx) => {
        const { leaks } = await serveInTurn(tx, email, [
          { dimensions: ["finding"], from: 2018, to: 2021, asAt: "2021-02-28" },
          { dimensions: ["finding"], from: 2018, to: 2021, asAt: "2021-03-31" },
        ]);
        expect(leaks).toEqual([]);
      });
    });
  }

  it("protects subject officers by their part in a group chat (group_part) as any other dimension: small parts withheld, nothing recovered beside the published reply", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      // A 2021 case's subject officers as members of a group linked to it, in three parts: a
      // case without a group yet (the demo's group of 14 already gives its subjects their parts).
      const rows = await tx
        .select({ caseId: subjects.caseId, personId: subjects.personId })
        .from(subjects)
        .innerJoin(cases, eq(cases.id, subjects.caseId))
        .where(
          sql`${cases.recordedOn} between '2021-01-01' and '2021-12-31' and not exists (select 1 from ${chatGroupCases} where ${chatGroupCases.caseId} = ${cases.id})`,
        )
        .orderBy(subjects.caseId, subjects.personId);
      const caseId = rows.find((r, _, all) => all.filter((x) => x.caseId === r.caseId).length >= 3)!.caseId;
      const officers = rows.filter((r) => r.caseId === caseId).slice(0, 3);
      const supervisor = await actorOf(tx, "supervisor@demo.police.uk");
      const [group] = await tx
        .insert(chatGroups)
        .values({ platform: "whatsapp", name: "Late turn", createdBy: supervisor.id })
        .returning({ id: chatGroups.id });
      await tx.insert(chatGroupCases).values({ groupId: group!.id, caseId, linkedBy: supervisor.id });
      await tx.insert(chatGroupMembers).values(
        officers.map((o, i) => ({
          groupId: group!.id,
          displayName: `Member ${i}`,
          personId: o.personId,
          part: (["author", "silent", "challenged"] as const)[i],
        })),
      );

      const { results, leaks } = await serveInTurn(tx, "foi@demo.police.uk", [
        { dimensions: ["group_part"], from: 2018, to: 2021 },
        { dimensions: ["year", "group_part"], from: 2018, to: 2021 },
      ]);
      const byPart = Object.fromEntries(results[0]!.rows.map((r) => [r.group_part, r.count]));
      expect(byPart).toMatchObject({ author: null, silent: null, challenged: null });
      expect(results[0]!.total).toBe(184);
      expect(leaks).toEqual([]);
    });
  });

  it("registers the force's 2018-2021 FoI reply as published responses whose figures today's data reproduces", async () => {
    const published = await listPublishedReleases(handle.db);
    expect(published.map((p) => p.spec.dimensions[0])).toEqual(expect.arrayContaining(["year", "rank_group", "finding", "sanction"]));
    for (const table of publishedReplyTables()) {
      const exact = await countSubjects(handle.db, { dimensions: table.figures.dimensions, from: 2018, to: 2021 });
      expect(exact, table.title).toEqual(table.figures);
    }
  });

  it("counts restricted cases in every aggregate, so that the totals are complete, and protects them by the same rules", async () => {
    const demo = generateDemoData();
    const restricted = demo.cases.filter((c) => c.restricted).flatMap((c) => c.subjects);
    expect(restricted.length).toBeGreaterThan(0);
    const all = await countSubjects(handle.db, { dimensions: ["year"] });
    expect(all.total).toBe(demo.cases.flatMap((c) => c.subjects).length);
    const atoms = await listAtoms(handle.db, [{ dimensions: ["year"] }]);
    expect(atoms.reduce((sum, a) => sum + a.count, 0)).toBe(all.total);
  });

  it("shows the published reply exactly under protection, the not-stated 4 and the sanctions of 1, 1, 3 and 4 included", async () => {
    await inRolledBackTransaction(handle.db, async (tx) => {
      const { results } = await serveInTurn(tx, "foi@demo.police.uk", [
        { dimensions: ["rank_group"], from: 2018, to: 2021 },
        { dimensions: ["sanction"], from: 2018, to: 2021 },
      ]);
      expect(results[0]!.rows.find((r) => r.rank_group === "not_stated")!.count).toBe(4);
      const sanctions = Object.fromEntries(results[1]!.rows.map((r) => [r.sanction, r.count]));
      expect(sanctions).toMatchObject({ dismissal_with_notice: 1, dismissal_without_notice: 1, would_have_been_dismissed: 3, final_written_warning: 4 });
    });
  });

  describe("what a role was served, kept once per table", () => {
    const rowsOf = async (db: Database, role: string) =>
      (
        await db
          .select({ n: count() })
          .from(disclosureReleases)
          .where(eq(disclosureReleases.role, role as typeof disclosureReleases.$inferSelect.role))
      )[0]!.n;

    it("a dashboard asked for again adds no row and shows the same figures, decided afresh or reused", async () => {
      await inRolledBackTransaction(handle.db, async (tx) => {
        const actor = await actorOf(tx, "senior@demo.police.uk");
        const inTurn = async () => {
          const out = [];
          for (const from of [2018, 2019, 2020])
            out.push(await getProtectedDashboard(tx, tx, { actor, filter: { from, to: 2024 }, k: K, memoryDays: 365, channel: "dashboard" }));
          return out;
        };
        await inTurn();
        // Three filters, a table for years by finding and one per categorical chart: one row per table, however often it is asked for.
        const rows = await rowsOf(tx, actor.role);
        expect(rows).toBe(3 * (1 + dimensionCharts.length));
        const again = await inTurn();
        expect(await rowsOf(tx, actor.role)).toBe(rows);
        const third = await inTurn();
        expect(third).toEqual(again);
        forgetReleaseDecisions();
        const afresh = await inTurn();
        expect(afresh).toEqual(again);
        expect(await rowsOf(tx, actor.role)).toBe(rows);
      });
    });

    it("a new table that would give a figure away by differencing is still withheld after the tables before it were asked for again", async () => {
      const calendar: ReleaseSpec = { dimensions: ["year", "rank_group"], from: 2018, to: 2021 };
      const financial: ReleaseSpec = { dimensions: ["financial_year", "rank_group"], from: 2018, to: 2021 };
      let alone: DisclosedResult | undefined;
      await inRolledBackTransaction(handle.db, async (tx) => {
        alone = (await serveInTurn(tx, "foi@demo.police.uk", [financial])).results[0];
      });
      await inRolledBackTransaction(handle.db, async (tx) => {
        const specs = [calendar, calendar, calendar, financial];
        const { results, leaks } = await serveInTurn(tx, "foi@demo.police.uk", specs);
        expect(leaks).toEqual([]);
        expect(results[1]).toEqual(results[0]);
        expect(results[2]).toEqual(results[0]);
        // Beside the calendar years, the financial years hide more than they do alone.
        const hidden = (r: DisclosedResult) => r.rows.filter((row) => row.suppressed).length + (r.totals?.rows.filter((row) => row.suppressed).length ?? 0);
        expect(hidden(results[3]!)).toBeGreaterThan(hidden(alone!));
        expect(await rowsOf(tx, "foi_officer")).toBe(2);
      });
    });

    it("forgets tables and figures last served before the memory period, and keeps the rest", async () => {
      await inRolledBackTransaction(handle.db, async (tx) => {
        const actor = await actorOf(tx, "foi@demo.police.uk");
        const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
        const old: ReleaseSpec = { dimensions: ["platform"], from: 2018, to: 2021 };
        const mixed: ReleaseSpec = { dimensions: ["device"], from: 2018, to: 2021 };
        const recent: ReleaseSpec = { dimensions: ["source"], from: 2018, to: 2021 };
        const row = (spec: ReleaseSpec, shown: { key: (string | null)[]; days: number }[]) => ({
          role: actor.role,
          servedTo: actor.id,
          channel: "json",
          spec: canonicalSpec(spec),
          shown: shown.map((f) => ({ key: f.key, at: daysAgo(f.days).toISOString() })),
          servedAt: daysAgo(Math.min(...shown.map((f) => f.days))),
        });
        await tx.insert(disclosureReleases).values([
          row(old, [{ key: [null], days: 400 }]),
          row(mixed, [
            { key: ["phone"], days: 400 },
            { key: [null], days: 10 },
          ]),
          row(recent, [{ key: [null], days: 364 }]),
        ]);
        const since = daysAgo(365);
        expect(await listServedReleases(tx, actor.role, since)).toEqual([
          { spec: mixed, shown: [[null]] },
          { spec: recent, shown: [[null]] },
        ]);
        await recordServedReleases(tx, {
          role: actor.role,
          userId: actor.id,
          channel: "json",
          tables: [{ spec: mixed, shown: [["laptop"]] }],
          at: new Date(),
          since,
        });
        const kept = await tx
          .select({ spec: disclosureReleases.spec, shown: disclosureReleases.shown })
          .from(disclosureReleases)
          .where(eq(disclosureReleases.role, actor.role))
          .orderBy(disclosureReleases.id);
        expect(kept.map((r) => (r.spec as { dimensions: string[] }).dimensions[0])).toEqual(["device", "source"]);
        expect((kept[0]!.shown as { key: unknown }[]).map((f) => f.key)).toEqual([[null], ["laptop"]]);
        // Gone for good: the table last served 400 days ago, and the figure shown then, are no longer kept at all.
        expect(await listServedReleases(tx, actor.role, daysAgo(380))).toEqual([
          { spec: mixed, shown: [[null], ["laptop"]] },
          { spec: recent, shown: [[null]] },
        ]);
      });
    });

    it("reads a set of atoms once for people asking for it together, not once each", async () => {
      await inRolledBackTransaction(handle.db, async (tx) => {
        forgetReleaseDecisions();
        const specs: ReleaseSpec[] = [{ dimensions: ["device", "source"], from: 2019, to: 2020 }];
        const together = await Promise.all([listAtomsKept(tx, specs), listAtomsKept(tx, specs), listAtomsKept(tx, specs)]);
        // One read: the very same set for all three, and it is the right one.
        expect(together[1]).toBe(together[0]);
        expect(together[2]).toBe(together[0]);
        expect(arrangeAtoms(together[0]!.specs, together[0]!.atoms, specs)).toEqual(await listAtoms(tx, specs));
      });
    });

    it("reads a set of tables' atoms once, whatever order and however often a request names them", async () => {
      await inRolledBackTransaction(handle.db, async (tx) => {
        forgetReleaseDecisions();
        const device: ReleaseSpec = { dimensions: ["device"], from: 2019, to: 2020 };
        const source: ReleaseSpec = { dimensions: ["year", "source"] };
        const first = await listAtomsKept(tx, [device, source]);
        // A dashboard asked for again names its tables twice: as served before and as asked for now.
        expect(await listAtomsKept(tx, [source, device, source, device])).toBe(first);
        const asked = [source, device, source];
        expect(arrangeAtoms(first.specs, first.atoms, asked)).toEqual(await listAtoms(tx, asked));
      });
    });

    it("keeps no decision for other processes from inside a transaction, whose data may be its own", async () => {
      await inRolledBackTransaction(handle.db, async (tx) => {
        forgetReleaseDecisions();
        const kept = async () => (await tx.select({ n: count() }).from(releaseDecisions))[0]!.n;
        const before = await kept();
        const [subject] = await tx.select({ id: subjects.id }).from(subjects).where(eq(subjects.finding, "case_to_answer")).limit(1);
        await tx.update(subjects).set({ finding: "no_case_to_answer" }).where(eq(subjects.id, subject!.id));
        await serveInTurn(tx, "foi@demo.police.uk", [{ dimensions: ["year", "finding"], from: 2018, to: 2021 }]);
        // Another transaction may commit the same figures version with other data: this decision stays here.
        expect(await kept()).toBe(before);
      });
    });

    it("reads the atoms again once a change to what the tables count is made, and only then", async () => {
      await inRolledBackTransaction(handle.db, async (tx) => {
        const specs: ReleaseSpec[] = [{ dimensions: ["year", "finding"], from: 2018, to: 2021 }, { dimensions: ["platform"] }];
        const before = await listAtomsKept(tx, specs);
        expect(arrangeAtoms(before.specs, before.atoms, specs)).toEqual(await listAtoms(tx, specs));
        const version = await readFiguresVersion(tx);
        const [subject] = await tx
          .select({ id: subjects.id, caseId: subjects.caseId, finding: subjects.finding })
          .from(subjects)
          .where(eq(subjects.finding, "case_to_answer"))
          .limit(1);

        // A field no table counts by: same version, same atoms kept.
        await tx.update(subjects).set({ allegation: "Reworded by the test" }).where(eq(subjects.id, subject!.id));
        expect(await readFiguresVersion(tx)).toBe(version);
        expect(await listAtomsKept(tx, specs)).toBe(before);

        await tx.update(subjects).set({ finding: "no_case_to_answer" }).where(eq(subjects.id, subject!.id));
        const afterFinding = await readFiguresVersion(tx);
        expect(BigInt(afterFinding)).toBeGreaterThan(BigInt(version));
        const changed = await listAtomsKept(tx, specs);
        expect(changed.atoms).not.toEqual(before.atoms);
        expect(arrangeAtoms(changed.specs, changed.atoms, specs)).toEqual(await listAtoms(tx, specs));

        const [its] = await tx.select({ platform: cases.platform }).from(cases).where(eq(cases.id, subject!.caseId));
        await tx
          .update(cases)
          .set({ platform: its!.platform === "whatsapp" ? "facebook" : "whatsapp" })
          .where(eq(cases.id, subject!.caseId));
        expect(BigInt(await readFiguresVersion(tx))).toBeGreaterThan(BigInt(afterFinding));
        const last = await listAtomsKept(tx, specs);
        expect(arrangeAtoms(last.specs, last.atoms, specs)).toEqual(await listAtoms(tx, specs));
      });
    });

    it("keeps a decision in the database, where another process finds it without deciding again", async () => {
      const own = await openPrivateDatabase(kind, { seed: true });
      try {
        forgetReleaseDecisions();
        const actor = await actorOf(own.db, "foi@demo.police.uk");
        const spec: ReleaseSpec = { dimensions: ["year", "rank_group"], from: 2018, to: 2021 };
        const exact = await countSubjects(own.db, { ...spec, totals: true });
        const ask = () => protectTables(own.db, own.db, { actor, channel: "json", k: K, memoryDays: 365, tables: [{ spec, exact }] });
        const kept = async () => (await own.db.select({ n: count() }).from(releaseDecisions))[0]!.n;
        await ask();
        // The second request's history holds the first's table: a new key, and the one every later
        // request has, prepared in the background once the first was answered.
        await settleReleaseDecisions();
        expect(await kept()).toBe(2);
        const steady = await ask();
        await settleReleaseDecisions();
        expect(await kept()).toBe(2);
        // As another process would: nothing in its memory, the kept decisions marked so that one read from there shows.
        forgetReleaseDecisions();
        await own.db.update(releaseDecisions).set({ decision: sql`jsonb_set(${releaseDecisions.decision}, '{results,0,total}', '-1')` });
        expect((await ask())[0]!.total).toBe(-1);
        await settleReleaseDecisions();
        // Without them, the same decision is worked out afresh.
        forgetReleaseDecisions();
        await own.db.delete(releaseDecisions);
        expect(await ask()).toEqual(steady);
        expect(steady[0]!.total).toBe(exact.total);
      } finally {
        await settleReleaseDecisions();
        await own.close();
      }
    });
  });
});
