import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { DisclosedResult } from "@/lib/stats/disclose";
import { keyText, publishedKeys, tableLayout, type CellKey } from "@/lib/stats/layout";
import { specText, type ReleaseSpec, type ServedTable } from "@/lib/stats/release-check";
import { distinctSpecs, type AtomSet } from "@/lib/stats/atom-sets";
import type { Decision, TableToDecide } from "@/lib/stats/release-decision";
import { log } from "@/server/log";
import { decideRelease } from "@/server/release-decision";
import type { StatsResult } from "@/lib/stats/result";
import type { Role } from "@/lib/vocabulary";
import type { Database } from "../index";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import { releaseDecisions } from "../schema";
import { groupAtoms, listPublishedReleases, listServedReleases, readFiguresVersion, recordServedReleases } from "./disclosure";

export interface TableToProtect {
  spec: ReleaseSpec;
  exact: StatsResult;
  /** The figures the reader actually sees, where the screen leaves some out (the dashboard's sanctions). */
  displayed?: (key: CellKey) => boolean;
  /** Figures withheld whatever their size (outcomes of groups that all share one, when the FoI officer so chose). */
  withheld?: CellKey[];
}

export interface ProtectRequest {
  actor: { id: number; role: Role };
  /** Where the tables go: page, json, csv, xlsx, dashboard, publish. */
  channel: string;
  k: number;
  /** How far back what the role has been served is weighed. */
  memoryDays: number;
  tables: TableToProtect[];
}

/** Refuses a selection of 1 to k-1 officers: any table drawn from it would describe them. */
export function refuseSmallPopulation(total: number, k: number): void {
  if (total >= 1 && total < k) {
    throw new AppError("bad_request", `This selection holds fewer than ${k} officers: widen it (more years, or fewer filters) to see figures.`, {
      parameter: "selection",
    });
  }
}

/**
 * Decisions already taken, by everything they depend on. The check is a pure function
 * of the atoms (the data, as it splits the officers), the published and served tables,
 * the tables asked for and k: the same inputs give the same figures, so a decision can
 * be reused as it is. The figures version stands for the data in the key (equal versions,
 * equal atoms for the same tables), so a decision is found without reading a subject.
 * Kept per database as the atoms are (the most recent few hundred), and in the database
 * itself for every other process, where every connection sees the same data.
 */
let decisionsByDatabase = new WeakMap<Database, Map<string, Decision>>();
let decisionsBeingMade = new WeakMap<Database, Map<string, Promise<Decision>>>();
const DECISIONS_KEPT = 256;
/** How long a decision is kept in the database: one for data since changed is never found again, only pruned. */
const DECISION_KEPT_HOURS = 24;

function keptIn<T>(maps: WeakMap<Database, Map<string, T>>, db: Database): Map<string, T> {
  const kept = maps.get(db) ?? new Map<string, T>();
  maps.set(db, kept);
  return kept;
}

function remembered(kept: Map<string, Decision>, key: string): Decision | undefined {
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    kept.set(key, found);
  }
  return found;
}

function remember(kept: Map<string, Decision>, key: string, decision: Decision): void {
  kept.set(key, decision);
  if (kept.size > DECISIONS_KEPT) kept.delete(kept.keys().next().value!);
}

/** How long a claim to make a decision holds: a process that died making one leaves it to another after this. */
const CLAIM_SECONDS = 120;
/** How often a process waiting for another's decision looks again. */
const WAIT_MS = 200;

/**
 * The decision for a key from the database: the one kept there, or, when nobody has made
 * it, made here after claiming it (so that the other processes wait for this one rather
 * than each spending seconds on the same decision), or, when another process has claimed
 * it, theirs once made. A claim left by a process that died lapses after a while.
 */
export async function sharedDecision(db: Database, key: string, make: () => Promise<Decision>): Promise<Decision> {
  for (;;) {
    const [row] = await db
      .select({ decision: releaseDecisions.decision, lapsed: sql<boolean>`${releaseDecisions.madeAt} < now() - make_interval(secs => ${CLAIM_SECONDS})` })
      .from(releaseDecisions)
      .where(eq(releaseDecisions.key, key));
    if (row?.decision) return row.decision as Decision;
    const claimed = row
      ? row.lapsed &&
        (
          await db
            .update(releaseDecisions)
            .set({ madeAt: sql`now()` })
            .where(
              and(
                eq(releaseDecisions.key, key),
                isNull(releaseDecisions.decision),
                lt(releaseDecisions.madeAt, sql`now() - make_interval(secs => ${CLAIM_SECONDS})`),
              ),
            )
            .returning({ key: releaseDecisions.key })
        ).length > 0
      : (await db.insert(releaseDecisions).values({ key, decision: null }).onConflictDoNothing().returning({ key: releaseDecisions.key })).length > 0;
    if (!claimed) {
      if (row) await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
      continue;
    }
    let decision: Decision;
    try {
      decision = await make();
    } catch (error) {
      await db.delete(releaseDecisions).where(and(eq(releaseDecisions.key, key), isNull(releaseDecisions.decision)));
      throw error;
    }
    await db.delete(releaseDecisions).where(lt(releaseDecisions.madeAt, sql`now() - make_interval(hours => ${DECISION_KEPT_HOURS})`));
    await db.update(releaseDecisions).set({ decision, madeAt: sql`now()` }).where(eq(releaseDecisions.key, key));
    return decision;
  }
}

/**
 * Atoms already worked out, per database (a transaction is a database of its own here),
 * by the figures version they were read at and the tables they split by (as a set):
 * reading them means reading every subject, so they are read again only once a change to
 * what the statistics count has committed. The version is read before the atoms, so an
 * entry never holds data older than its version says. Only the latest version's are kept.
 */
interface KnownAtoms {
  /** The distinct tables the atoms were grouped by, in the order of their values. */
  specs: ReleaseSpec[];
  atoms: AtomSet;
}
let atomsByDatabase = new WeakMap<Database, Map<string, KnownAtoms>>();
/**
 * Sets being read now, by database and key: at a national scale one read is a scan of
 * every subject, and twenty people opening the dashboard together must wait for that one
 * scan, not start twenty (together they outran the statement timeout: `npm run bench`,
 * 1,000,000 subjects, 2 December 2026).
 */
const atomsBeingRead = new WeakMap<Database, Map<string, Promise<KnownAtoms>>>();
const ATOM_SETS_KEPT = 16;
/** Atoms kept in all, whatever the number of sets: at a national scale one set can be large. */
const ATOMS_KEPT = 200_000;

/**
 * The atoms of a set of tables at the given figures version (read before calling), kept
 * by the tables as a set: a dashboard asked for a second time names its tables twice (as
 * served and as asked for) and needs no new read (at a million subjects that read cost
 * 5-11 s each time the history grew: 2 December 2026). `arrangeAtoms` puts them in the
 * order a request names its tables.
 */
export async function listAtomsKept(readDb: Database, specs: ReleaseSpec[], version?: string): Promise<KnownAtoms> {
  const at = version ?? (await readFiguresVersion(readDb));
  const grouped = distinctSpecs(specs);
  const key = `${at}\n${grouped.map(specText).join("\n")}`;
  const kept = keptIn(atomsByDatabase, readDb);
  const found = kept.get(key);
  if (found) {
    // The most recently used last, so that the least recently used goes first.
    kept.delete(key);
    kept.set(key, found);
    return found;
  }
  const reading = keptIn(atomsBeingRead, readDb);
  const already = reading.get(key);
  if (already) return already;
  const read = (async () => {
    const known = { specs: grouped, atoms: await groupAtoms(readDb, grouped) };
    for (const old of kept.keys()) if (!old.startsWith(`${at}\n`)) kept.delete(old);
    kept.set(key, known);
    const total = () => [...kept.values()].reduce((sum, set) => sum + set.atoms.counts.length, 0);
    while (kept.size > 1 && (kept.size > ATOM_SETS_KEPT || total() > ATOMS_KEPT)) kept.delete(kept.keys().next().value!);
    return known;
  })().finally(() => reading.delete(key));
  reading.set(key, read);
  return read;
}

/** Forgets every decision and every set of atoms this process keeps (for tests that compare the check with and without them). */
export function forgetReleaseDecisions(): void {
  atomsByDatabase = new WeakMap();
  decisionsByDatabase = new WeakMap();
  decisionsBeingMade = new WeakMap();
}

/** Forgets the decisions kept in the database too, so that the next is worked out afresh (the bench's "afresh"). */
export async function forgetKeptDecisions(db: Database): Promise<void> {
  forgetReleaseDecisions();
  await db.delete(releaseDecisions);
}

function decisionKey(input: {
  k: number;
  remembers: boolean;
  version: string;
  published: ServedTable[];
  served: ServedTable[];
  tables: TableToDecide[];
}): string {
  const tables = input.tables.map((table) => ({ ...table, spec: specText(table.spec) }));
  const text = JSON.stringify({
    k: input.k,
    remembers: input.remembers,
    version: input.version,
    published: input.published.map((t) => [specText(t.spec), t.shown]),
    served: input.served.map((t) => [specText(t.spec), t.shown]),
    tables,
  });
  return createHash("sha256").update(text).digest("base64");
}

/** A table as the decision takes it: plain data, which a worker thread can be given. */
function toDecide(table: TableToProtect): TableToDecide {
  const displayed = table.displayed ?? (() => true);
  return {
    spec: table.spec,
    exact: table.exact,
    notDisplayed: publishedKeys(tableLayout(table.exact))
      .filter((key) => !displayed(key))
      .map(keyText),
    withheld: (table.withheld ?? []).map(keyText),
  };
}

/**
 * Disclosure control on the server, for every table that leaves it: primary and
 * secondary suppression, figures already published shown exactly, and, for roles
 * without case access, the release check against published responses and what the role
 * has been served (lib/stats/release-check.ts), whose outcome is then recorded. Several
 * tables served together (a dashboard) are checked in turn, each weighed with the ones
 * before it. A request whose inputs were all seen before (the same tables, the same
 * data, the same history) reuses that decision instead of weighing it again.
 */
export async function protectTables(db: Database, readDb: Database, request: ProtectRequest): Promise<DisclosedResult[]> {
  const { k, tables } = request;
  for (const table of tables) refuseSmallPopulation(table.exact.total, k);
  const remembers = !can(request.actor.role, "cases:read");
  const now = new Date();
  const since = new Date(now.getTime() - request.memoryDays * 86_400_000);

  const published = await listPublishedReleases(db);
  const served = remembers ? await listServedReleases(db, request.actor.role, since) : [];
  const version = await readFiguresVersion(readDb);
  const toWeigh = tables.map(toDecide);
  // Inside a transaction the data may be its own, uncommitted: what is worked out there stays there.
  const shared = !(db instanceof PgTransaction) && !(readDb instanceof PgTransaction);
  const decisionGiven = (history: ServedTable[]) => {
    const key = decisionKey({ k, remembers, version, published, served: history, tables: toWeigh });
    return decisionFor(db, readDb, shared, key, async () => {
      const specs = [...published, ...history].map((t) => t.spec).concat(tables.map((t) => t.spec));
      const known = await listAtomsKept(readDb, specs, version);
      return decideRelease({ grouped: known.specs, atomSet: known.atoms, specs, k, remembers, published, served: history, tables: toWeigh });
    });
  };
  const decision = await decisionGiven(served);
  if (remembers) {
    await recordServedReleases(db, { role: request.actor.role, userId: request.actor.id, channel: request.channel, tables: decision.record, at: now, since });
    // The next request for these tables weighs them as served: its decision is a new one,
    // worked out now, while this process has the atoms at hand, rather than when it is
    // asked for (seconds at a national size). Only where it is kept for every process.
    if (shared && addsToHistory(served, decision.record)) {
      const preparing = listServedReleases(db, request.actor.role, since)
        .then(decisionGiven)
        .catch((error: unknown) => log.warn({ err: error }, "The release check could not prepare the next decision; it will be made when asked for"))
        .finally(() => beingPrepared.delete(preparing));
      beingPrepared.add(preparing);
    }
  }
  return structuredClone(decision.results);
}

/** Whether serving these tables adds a table or a figure to the history (else the next request's decision is this one). */
function addsToHistory(history: ServedTable[], record: ServedTable[]): boolean {
  const known = new Map(history.map((t) => [specText(t.spec), new Set(t.shown.map((key) => JSON.stringify(key)))]));
  return record.some((t) => {
    const shown = known.get(specText(t.spec));
    return !shown || t.shown.some((key) => !shown.has(JSON.stringify(key)));
  });
}

/** Decisions being prepared for the next request, so that whoever closes the database can wait for them first. */
const beingPrepared = new Set<Promise<unknown>>();

/** Waits for the decisions being prepared in the background (before closing a database). */
export async function settleReleaseDecisions(): Promise<void> {
  while (beingPrepared.size > 0) await Promise.all([...beingPrepared]);
}

/**
 * The decision for a key: kept by this process, else kept in the database (shared by
 * every process), else made once however many ask for it together (at a national size a
 * decision takes seconds, and twenty people may open a dashboard at once).
 */
async function decisionFor(db: Database, readDb: Database, shared: boolean, key: string, make: () => Promise<Decision>): Promise<Decision> {
  const kept = keptIn(decisionsByDatabase, readDb);
  const known = remembered(kept, key);
  if (known) return known;
  const making = keptIn(decisionsBeingMade, readDb);
  const already = making.get(key);
  if (already) return already;
  const made = (async () => {
    const decision = shared ? await sharedDecision(db, key, make) : await make();
    remember(kept, key, decision);
    return decision;
  })().finally(() => making.delete(key));
  making.set(key, made);
  return made;
}
