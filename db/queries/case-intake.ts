import "server-only";
import { asc, eq, inArray, or, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { CaseIntake } from "@/lib/validation/cases";
import type { Role } from "@/lib/vocabulary";
import { prefixQuery } from "@/lib/search-words";
import type { Database } from "../index";
import { people } from "../schema";
import { openCase } from "./case-creation";

export interface IntakeActor {
  id: number;
  role: Role;
  team: string | null;
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
    for (const subject of intake.subjects) {
      if (subject.personId) {
        personIds.push(subject.personId);
        continue;
      }
      const [existing] = await tx.select({ id: people.id, name: people.name }).from(people).where(eq(people.serviceNumber, subject.serviceNumber));
      if (existing) {
        if (existing.name.toLowerCase() !== subject.name.toLowerCase()) {
          throw new AppError(
            "bad_request",
            `Service number ${subject.serviceNumber} belongs to ${existing.name}, not ${subject.name}. Search for the officer by name, or check the number.`,
          );
        }
        personIds.push(existing.id);
        continue;
      }
      const [created] = await tx
        .insert(people)
        .values({ serviceNumber: subject.serviceNumber, name: subject.name, rank: subject.rank })
        .returning({ id: people.id });
      personIds.push(created!.id);
    }
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
