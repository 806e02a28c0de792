import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { drawSample, snapshotOf } from "@/lib/spot-checks/draw";
import { applyExclusions } from "@/lib/spot-checks/eligibility";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import type { DrawCriteria, DrawSampleInput, RecordOutcomeInput, WithCauseInput } from "@/lib/validation/spot-checks";
import { rankGroupOf, ranks } from "@/lib/vocabulary";
import type { Database, Transaction } from "../index";
import { cases, people, spotCheckDraws as draws, spotChecks as checks, users } from "../schema";
import type { Actor } from "./admin-users";
import { auditBy } from "./audit";
import { openCase } from "./case-creation";
import { nextRef } from "./refs";

/** The units serving people belong to, for the population choice. */
export async function listUnits(db: Database) {
  const rows = await db
    .selectDistinct({ unit: people.unit })
    .from(people)
    .where(and(eq(people.status, "serving"), isNotNull(people.unit)))
    .orderBy(asc(people.unit));
  return rows.map((r) => r.unit!);
}

/** Serving people matching the criteria: the population before exclusions. */
async function populationIds(tx: Pick<Database, "select">, criteria: DrawCriteria) {
  const where: SQL[] = [eq(people.status, "serving")];
  if (criteria.unit) where.push(eq(people.unit, criteria.unit));
  if (criteria.rankGroup)
    where.push(
      inArray(
        people.rank,
        ranks.keys.filter((rank) => rankGroupOf(rank) === criteria.rankGroup),
      ),
    );
  if (criteria.jobRole) where.push(eq(people.jobRole, criteria.jobRole));
  const rows = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(...where));
  return rows.map((r) => r.id);
}

/** Each person's latest check: the day it was done, or drawn if not done yet. */
async function lastCheckedDays(tx: Pick<Database, "select">, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const day = sql<string>`max(coalesce(${checks.checkedOn}, to_char(${checks.createdAt} at time zone 'UTC', 'YYYY-MM-DD')::date))::text`;
  const rows = await tx.select({ personId: checks.personId, day }).from(checks).where(inArray(checks.personId, ids)).groupBy(checks.personId);
  return new Map(rows.map((r) => [r.personId, r.day]));
}

async function newCheckRef(tx: Transaction, today: string) {
  return nextRef(tx, checks, "spotCheck", today);
}

/**
 * Draws a random sample and opens a check for each person drawn. The population is
 * snapshotted (sorted ids and SHA-256) and stored with the seed, so the same draw can
 * be recomputed later; draws are serialised so exclusions see every earlier draw.
 */
export async function drawRandomSample(db: Database, actor: Actor, input: DrawSampleInput, today: string) {
  const { seed: chosenSeed, legalBasis, proportionality, dpiaRef, ...criteria } = input;
  // A seed the supervisor did not choose cannot have been chosen to favour anyone.
  const seed = chosenSeed ?? randomBytes(8).toString("hex");
  return db.transaction(async (tx) => {
    const ref = await nextRef(tx, draws, "spotCheckDraw", today);
    const population = await populationIds(tx, criteria);
    if (population.length === 0) throw new AppError("bad_request", "Nobody serving matches that unit, rank group and role. Widen the population.");
    const { eligible, excluded } = applyExclusions(population, await lastCheckedDays(tx, population), today, criteria.excludeMonths);
    if (criteria.sampleSize > eligible.length) {
      throw new AppError(
        "bad_request",
        `Only ${eligible.length} of the ${population.length} people in that population can be drawn (${excluded.length} were checked in the last ${criteria.excludeMonths} months). Choose a sample of at most ${eligible.length}.`,
      );
    }
    const snapshot = snapshotOf(eligible);
    const sampleIds = drawSample(seed, snapshot, criteria.sampleSize);
    const [draw] = await tx
      .insert(draws)
      .values({
        ref,
        criteria: criteria satisfies DrawCriteria,
        seed,
        populationIds: snapshot.ids,
        excludedIds: [...excluded].sort((a, b) => a - b),
        snapshotSha256: snapshot.sha256,
        sampleIds,
        drawnBy: actor.id,
      })
      .returning({ id: draws.id });
    for (const personId of sampleIds) {
      const checkRef = await newCheckRef(tx, today);
      await tx.insert(checks).values({ ref: checkRef, kind: "random", drawId: draw!.id, personId, legalBasis, proportionality, dpiaRef, createdBy: actor.id });
    }
    await auditBy(tx, actor, {
      action: "spot_check.drawn",
      entityType: "spot_check_draw",
      entityId: ref,
      detail: {
        criteria,
        seed,
        seedChosen: chosenSeed !== null,
        population: population.length,
        excluded: excluded.length,
        snapshotSha256: snapshot.sha256,
        sampleIds,
      },
    });
    return ref;
  });
}

/** Opens one check with cause, linked to the intelligence or the case that justifies it. */
export async function createWithCauseCheck(db: Database, actor: Actor, input: WithCauseInput, today: string) {
  return db.transaction(async (tx) => {
    const [person] = await tx.select({ id: people.id, status: people.status }).from(people).where(eq(people.serviceNumber, input.serviceNumber));
    if (!person) throw new AppError("bad_request", `No one has the service number ${input.serviceNumber}.`);
    if (person.status !== "serving") throw new AppError("bad_request", `${input.serviceNumber} has left the force and cannot be checked.`);
    let causeCaseId: number | null = null;
    if (input.causeCaseRef) {
      const [found] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.ref, input.causeCaseRef));
      if (!found) throw new AppError("bad_request", `There is no case ${input.causeCaseRef}.`);
      causeCaseId = found.id;
    }
    const ref = await newCheckRef(tx, today);
    await tx.insert(checks).values({
      ref,
      kind: "with_cause",
      personId: person.id,
      causeIntelligence: input.causeIntelligence,
      causeCaseId,
      legalBasis: input.legalBasis,
      proportionality: input.proportionality,
      dpiaRef: input.dpiaRef,
      createdBy: actor.id,
    });
    await auditBy(tx, actor, { action: "spot_check.opened_with_cause", entityType: "spot_check", entityId: ref, detail: { causeCase: input.causeCaseRef } });
    return ref;
  });
}

const causeCase = sql<string | null>`(select ${cases.ref} from ${cases} where ${cases.id} = ${checks.causeCaseId})`;
const referralCase = sql<string | null>`(select ${cases.ref} from ${cases} where ${cases.id} = ${checks.referralCaseId})`;

const checkColumns = {
  ref: checks.ref,
  kind: checks.kind,
  personName: people.name,
  serviceNumber: people.serviceNumber,
  rank: people.rank,
  unit: people.unit,
  outcome: checks.outcome,
  checkedOn: checks.checkedOn,
  referralCaseRef: referralCase,
  createdAt: checks.createdAt,
};

export async function listSpotChecks(db: Database, limit = 100) {
  return db.select(checkColumns).from(checks).innerJoin(people, eq(people.id, checks.personId)).orderBy(desc(checks.id)).limit(limit);
}

export async function getSpotCheck(db: Database, ref: string) {
  const [row] = await db
    .select({
      ...checkColumns,
      causeIntelligence: checks.causeIntelligence,
      causeCaseRef: causeCase,
      legalBasis: checks.legalBasis,
      proportionality: checks.proportionality,
      dpiaRef: checks.dpiaRef,
      findings: checks.findings,
      drawRef: draws.ref,
      openedBy: users.email,
    })
    .from(checks)
    .innerJoin(people, eq(people.id, checks.personId))
    .innerJoin(users, eq(users.id, checks.createdBy))
    .leftJoin(draws, eq(draws.id, checks.drawId))
    .where(eq(checks.ref, ref));
  return row ?? null;
}

/**
 * Records what a check found. A referral opens a case in the same transaction, with the
 * person checked as its subject and the findings as the allegation.
 */
export async function recordSpotCheckOutcome(db: Database, actor: Actor, input: RecordOutcomeInput, today: string) {
  if (input.checkedOn > today) throw new AppError("bad_request", "The date of the check cannot be in the future.");
  return db.transaction(async (tx) => {
    const [check] = await tx.select().from(checks).where(eq(checks.ref, input.ref)).for("update");
    if (!check) throw new AppError("not_found", `There is no spot-check ${input.ref}.`);
    if (check.outcome) throw new AppError("conflict", `${input.ref} already has an outcome recorded.`);
    let referral: { id: number; ref: string } | null = null;
    if (input.outcome === "referral") {
      referral = await openCase(
        tx,
        actor,
        {
          summary:
            `Referred from spot-check ${input.ref} (${check.kind === "random" ? "random" : "with cause"}, ${formatDate(input.checkedOn)}): ${input.findings}`.slice(
              0,
              500,
            ),
          source: "spot_check",
          // Found by the force's own check, not a public complaint (Police Reform Act 2002 s 12 and Sch 3 Part 2).
          matterType: "conduct_matter",
          platform: input.platform ?? "not_known",
          channel: input.channel!,
          contentType: "other",
          device: "personal",
          incidentOn: null,
          subjects: [{ personId: check.personId, allegation: input.findings }],
        },
        today,
        { action: "case.created_from_spot_check", detail: { spotCheck: input.ref } },
      );
    }
    await tx
      .update(checks)
      .set({ outcome: input.outcome, findings: input.findings, checkedOn: input.checkedOn, recordedBy: actor.id, referralCaseId: referral?.id ?? null })
      .where(eq(checks.id, check.id));
    await auditBy(tx, actor, {
      action: "spot_check.outcome_recorded",
      entityType: "spot_check",
      entityId: input.ref,
      detail: { outcome: input.outcome, case: referral?.ref ?? null },
    });
    return { caseRef: referral?.ref ?? null };
  });
}

export async function listDraws(db: Database, limit = 50) {
  return db
    .select({
      ref: draws.ref,
      criteria: draws.criteria,
      seed: draws.seed,
      drawnAt: draws.drawnAt,
      population: sql<number>`cardinality(${draws.populationIds})`,
      sample: sql<number>`cardinality(${draws.sampleIds})`,
    })
    .from(draws)
    .orderBy(desc(draws.id))
    .limit(limit);
}

/** A draw as recorded, with the checks it opened in the order drawn. */
export async function getDraw(db: Database, ref: string) {
  const [draw] = await db
    .select({
      id: draws.id,
      ref: draws.ref,
      criteria: draws.criteria,
      seed: draws.seed,
      populationIds: draws.populationIds,
      excludedIds: draws.excludedIds,
      snapshotSha256: draws.snapshotSha256,
      sampleIds: draws.sampleIds,
      drawnAt: draws.drawnAt,
      drawnBy: users.email,
    })
    .from(draws)
    .innerJoin(users, eq(users.id, draws.drawnBy))
    .where(eq(draws.ref, ref));
  if (!draw) return null;
  const drawn = await db
    .select({ personId: checks.personId, ...checkColumns })
    .from(checks)
    .innerJoin(people, eq(people.id, checks.personId))
    .where(eq(checks.drawId, draw.id));
  const byPerson = new Map(drawn.map((c) => [c.personId, c]));
  return { ...draw, criteria: draw.criteria, checks: draw.sampleIds.map((id) => ({ personId: id, check: byPerson.get(id) ?? null })) };
}

/** Checks opened and done, random and with cause, and how many found something: counts only. */
export async function spotCheckFigures(db: Database) {
  const rows = await db
    .select({
      kind: checks.kind,
      opened: sql<number>`count(*)::int`,
      done: sql<number>`count(${checks.outcome})::int`,
      foundSomething: sql<number>`(count(*) filter (where ${checks.outcome} in ('words_of_advice', 'referral')))::int`,
      referrals: sql<number>`(count(*) filter (where ${checks.outcome} = 'referral'))::int`,
    })
    .from(checks)
    .groupBy(checks.kind);
  const empty = { opened: 0, done: 0, foundSomething: 0, referrals: 0 };
  const random = rows.find((r) => r.kind === "random") ?? { kind: "random" as const, ...empty };
  const withCause = rows.find((r) => r.kind === "with_cause") ?? { kind: "with_cause" as const, ...empty };
  const total = {
    opened: random.opened + withCause.opened,
    done: random.done + withCause.done,
    foundSomething: random.foundSomething + withCause.foundSomething,
    referrals: random.referrals + withCause.referrals,
  };
  return { random, withCause, total };
}
