import "server-only";
import { createHash } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import { foiDeadline } from "@/lib/foi/working-days";
import { AppError } from "@/lib/errors";
import { statsToCsv } from "@/lib/stats/csv";
import type { DisclosedResult } from "@/lib/stats/disclose";
import type { StatsResult } from "@/lib/stats/result";
import type { Database } from "../index";
import { foiRequests, publishedTables, users } from "../schema";
import type { Actor } from "./admin-users";
import { auditBy } from "./audit";
import { nextRef } from "./refs";

type Exemption = (typeof foiRequests.$inferSelect)["exemptions"][number];
type FoiStatus = (typeof foiRequests.$inferSelect)["status"];

export async function listFoiRequests(db: Database) {
  const published = db
    .select({ requestId: publishedTables.foiRequestId, n: sql<number>`count(*)::int`.as("n") })
    .from(publishedTables)
    .groupBy(publishedTables.foiRequestId)
    .as("published");
  return db
    .select({
      id: foiRequests.id,
      ref: foiRequests.ref,
      receivedOn: foiRequests.receivedOn,
      deadlineOn: foiRequests.deadlineOn,
      subject: foiRequests.subject,
      status: foiRequests.status,
      exemptions: foiRequests.exemptions,
      costEstimateHours: foiRequests.costEstimateHours,
      respondedOn: foiRequests.respondedOn,
      publishedTables: sql<number>`coalesce(${published.n}, 0)::int`,
    })
    .from(foiRequests)
    .leftJoin(published, eq(published.requestId, foiRequests.id))
    .orderBy(desc(foiRequests.receivedOn), desc(foiRequests.id));
}

/** Logs a request under the next reference of its year, its deadline 20 working days on. */
export async function createFoiRequest(
  db: Database,
  actor: Actor,
  input: { receivedOn: string; subject: string; exemptions: Exemption[]; costEstimateHours: number | null },
) {
  const deadlineOn = foiDeadline(input.receivedOn);
  return db.transaction(async (tx) => {
    const ref = await nextRef(tx, foiRequests, "foiRequest", input.receivedOn);
    await tx.insert(foiRequests).values({ ref, deadlineOn, createdBy: actor.id, ...input });
    await auditBy(tx, actor, { action: "foi.request_logged", entityType: "foi_request", entityId: ref, detail: { deadlineOn } });
    return { ref, deadlineOn };
  });
}

export async function updateFoiRequest(db: Database, actor: Actor, input: { ref: string; status: FoiStatus; respondedOn: string | null }) {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(foiRequests)
      .set({ status: input.status, respondedOn: input.respondedOn, updatedAt: sql`now()` })
      .where(eq(foiRequests.ref, input.ref))
      .returning({ id: foiRequests.id });
    if (updated.length === 0) throw new AppError("not_found", `There is no request ${input.ref}.`);
    await auditBy(tx, actor, { action: "foi.request_updated", entityType: "foi_request", entityId: input.ref, detail: input });
  });
}

export function canonicalCsvSha256(result: StatsResult | DisclosedResult): string {
  return createHash("sha256").update(statsToCsv(result), "utf8").digest("hex");
}

/** Freezes a table as published: its parameters, its figures and the hash of its CSV. */
export async function publishTable(
  db: Database,
  actor: Actor,
  input: { title: string; foiRef: string | null; parameters: Record<string, unknown>; figures: StatsResult | DisclosedResult },
) {
  return db.transaction(async (tx) => {
    let foiRequestId: number | null = null;
    if (input.foiRef) {
      const [request] = await tx.select({ id: foiRequests.id }).from(foiRequests).where(eq(foiRequests.ref, input.foiRef));
      if (!request) throw new AppError("bad_request", `There is no FoI request ${input.foiRef} in the log.`);
      foiRequestId = request.id;
    }
    const csvSha256 = canonicalCsvSha256(input.figures);
    const [row] = await tx
      .insert(publishedTables)
      .values({ title: input.title, foiRequestId, parameters: input.parameters, figures: input.figures, csvSha256, publishedBy: actor.id })
      .returning({ id: publishedTables.id });
    await auditBy(tx, actor, {
      action: "stats.published",
      entityType: "published_table",
      entityId: String(row!.id),
      detail: { title: input.title, foiRef: input.foiRef, csvSha256 },
    });
    return row!.id;
  });
}

export async function getPublishedTable(db: Database, id: number) {
  const [row] = await db
    .select({
      id: publishedTables.id,
      title: publishedTables.title,
      parameters: publishedTables.parameters,
      figures: publishedTables.figures,
      csvSha256: publishedTables.csvSha256,
      publishedAt: publishedTables.publishedAt,
      publishedBy: users.email,
      foiRef: foiRequests.ref,
    })
    .from(publishedTables)
    .innerJoin(users, eq(users.id, publishedTables.publishedBy))
    .leftJoin(foiRequests, eq(foiRequests.id, publishedTables.foiRequestId))
    .where(eq(publishedTables.id, id));
  return row ?? null;
}

export async function listPublishedTables(db: Database) {
  return db
    .select({ id: publishedTables.id, title: publishedTables.title, publishedAt: publishedTables.publishedAt, foiRef: foiRequests.ref })
    .from(publishedTables)
    .leftJoin(foiRequests, eq(foiRequests.id, publishedTables.foiRequestId))
    .orderBy(desc(publishedTables.publishedAt));
}
