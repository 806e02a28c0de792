import "server-only";
import { asc, eq, inArray, or, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { CaseIntake } from "@/lib/validation/cases";
import type { Rank, Role } from "@/lib/vocabulary";
import { prefixQuery } from "@/lib/search-words";
import type { Database, Transaction } from "../index";
import { people } from "../schema";
import { openCase } from "./case-creation";

export interface IntakeActor {
  id: number;
  role: Role;
  team: string | null;
}

/**
 * The person a subject names: by id, or by service number (which must agree with the name
 * given), or added to the people records. For the intake and for a subject added later.
 */
export async function resolvePerson(tx: Transaction, subject: { personId?: number; serviceNumber: string; name: string; rank: Rank }): Promise<number> {
  if (subject.personId) {
    const [known] = await tx.select({ id: people.id }).from(people).where(eq(people.id, subject.personId));
    if (!known) throw new AppError("bad_request", "One of the chosen officers is no longer on record. Search for them again.");
    return known.id;
  }
  const [existing] = await tx.select({ id: people.id, name: people.name }).from(people).where(eq(people.serviceNumber, subject.serviceNumber));
  if (existing) {
    if (existing.name.toLowerCase() !== subject.name.toLowerCase()) {
      throw new AppError(
        "bad_request",
        `Service number ${subject.serviceNumber} belongs to ${existing.name}, not ${subject.name}. Search for the officer by name, or check the number.`,
      );
    }
    return existing.id;
  }
  const [created] = await tx
    .insert(people)
    .values({ serviceNumber: subject.serviceNumber, name: subject.name, rank: subject.rank })
    .returning({ id: people.id });
  return created!.id;
}

/**
 * Records a new case with its subject officers in one transaction. People are found
 * by id or service number, or added; an investigator's own case is assigned to them
 * and their team, so they can see it at once.
 */
export async function createCase(db: Database, actor: IntakeActor, intake: CaseIntake, today: string) {
  return db.transaction(async (tx) => {
    const knownIds = intake.subjects.flatMap((s) => (s.personId ? [s.personId] : []));
    const known = knownIds.length > 0 ? await tx.select({ id: people.id }).from(people).where(inArray(people.id, knownIds)) : [];
    const missing = knownIds.filter((id) => !known.some((person) => person.id === id));
    if (missing.length > 0) throw new AppError("bad_request", "One of the chosen officers is no longer on record. Search for them again.");

    const personIds: number[] = [];
    for (const subject of intake.subjects) personIds.push(await resolvePerson(tx, subject));
    if (new Set(personIds).size !== personIds.length) throw new AppError("bad_request", "The same officer is listed twice. Remove one of them.");

    const { ref } = await openCase(
      tx,
      actor,
      {
        summary: intake.summary,
        source: intake.source,
        platform: intake.platform,
        channel: intake.channel,
        groupSize: intake.groupSize ?? null,
        contentType: intake.contentType,
        matterType: intake.matterType,
        device: intake.device,
        incidentOn: intake.incidentOn ?? null,
        recordedOn: intake.recordedOn,
        assignedTo: actor.role === "investigator" ? actor.id : null,
        team: actor.team,
        subjects: intake.subjects.map((subject, index) => ({ personId: personIds[index]!, rank: subject.rank, allegation: subject.allegation || null })),
      },
      today,
      { action: "case.created", detail: { subjects: intake.subjects.length, platform: intake.platform, channel: intake.channel } },
    );
    return { ref };
  });
}

/** Officers by service number or the start of a name (or of a surname), for the intake form. */
/** People by exact service number, or by the beginnings of the words of their name (full-text index). */
export async function searchPeople(db: Database, query: string, limit = 10) {
  const names = prefixQuery(query);
  return db
    .select({ id: people.id, serviceNumber: people.serviceNumber, name: people.name, rank: people.rank, unit: people.unit, status: people.status })
    .from(people)
    .where(
      or(
        eq(people.serviceNumber, query.trim().toUpperCase()),
        names ? sql`to_tsvector('simple', ${people.name}) @@ to_tsquery('simple', ${names})` : undefined,
      ),
    )
    .orderBy(asc(people.name))
    .limit(limit);
}
