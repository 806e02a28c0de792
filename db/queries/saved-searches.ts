import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Database } from "../index";
import { savedCaseFilters } from "../schema";
import type { Actor } from "./admin-users";

/** A person keeps this many searches at most: a list they can read at a glance. */
export const MAX_SAVED_SEARCHES = 20;

/** The person's saved searches of the case list, by name. Nobody reads another's. */
export async function listSavedSearches(db: Pick<Database, "select">, userId: number) {
  return db
    .select({ id: savedCaseFilters.id, name: savedCaseFilters.name, query: savedCaseFilters.query })
    .from(savedCaseFilters)
    .where(eq(savedCaseFilters.userId, userId))
    .orderBy(asc(savedCaseFilters.name), asc(savedCaseFilters.id));
}

/** Saves the list's filters under a name of the person's own (issue 17, item 9). */
export async function saveSearch(db: Database, owner: Actor, input: { name: string; query: string }) {
  return db.transaction(async (tx) => {
    const [{ n }] = (await tx.select({ n: count() }).from(savedCaseFilters).where(eq(savedCaseFilters.userId, owner.id))) as [{ n: number }];
    if (n >= MAX_SAVED_SEARCHES) {
      throw new AppError("bad_request", `You have ${MAX_SAVED_SEARCHES} saved searches, the most one person keeps. Delete one you no longer use first.`, {
        field: "name",
      });
    }
    // The name is unique per person whatever its case: a second "Overdue" is refused, not added.
    const [saved] = await tx
      .insert(savedCaseFilters)
      .values({ userId: owner.id, name: input.name, query: input.query })
      .onConflictDoNothing()
      .returning({ id: savedCaseFilters.id, name: savedCaseFilters.name, query: savedCaseFilters.query });
    if (!saved) {
      throw new AppError("conflict", `You already have a search called "${input.name}". Choose another name, or delete that one first.`, { field: "name" });
    }
    return saved;
  });
}

/** Deletes one of the person's own saved searches; another's is "not found", as if it did not exist. */
export async function deleteSearch(db: Database, owner: Actor, id: number) {
  const [deleted] = await db
    .delete(savedCaseFilters)
    .where(and(eq(savedCaseFilters.id, id), eq(savedCaseFilters.userId, owner.id)))
    .returning({ name: savedCaseFilters.name });
  if (!deleted) throw new AppError("not_found", "You have no such saved search. Reload the page.");
  return deleted;
}
