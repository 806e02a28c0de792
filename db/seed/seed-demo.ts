import { hashPassword } from "@/lib/auth/password";
import { count, eq, sql } from "drizzle-orm";
import type { Database } from "../index";
import { auditEvents, cases, chatGroupCases, chatGroupMembers, chatGroups, people, publishedTables, subjects, users } from "../schema";
import { DEMO_PASSWORD, generateDemoData } from "./demo-data";
import { publishedReplyTables } from "./published-reply";

const BATCH = 500;

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** Advisory lock taken by the seeding transaction (one-key form, apart from the others). */
const SEED_LOCK = 72114004;

/**
 * Writes the demo data set and demo users in one transaction: all of it or none. Under a
 * lock, and only into a database that still has no users: two server processes starting
 * together seed once, and the second finds it done.
 */
export async function seedDemo(db: Database): Promise<void> {
  const data = generateDemoData();
  const hashes: string[] = [];
  for (const _ of data.users) hashes.push(await hashPassword(DEMO_PASSWORD));

  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [existing] = await tx.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0) return;
    const userRows = await tx
      .insert(users)
      .values(data.users.map(({ lineManagerEmail: _manager, ...u }, i) => ({ ...u, passwordHash: hashes[i]! })))
      .returning({ id: users.id, email: users.email });
    const userIds = new Map(userRows.map((u) => [u.email, u.id]));
    for (const user of data.users) {
      if (user.lineManagerEmail)
        await tx
          .update(users)
          .set({ lineManagerId: userIds.get(user.lineManagerEmail)! })
          .where(eq(users.email, user.email));
    }

    const personIds = new Map<string, number>();
    for (const batch of batches(data.people)) {
      const rows = await tx.insert(people).values(batch).returning({ id: people.id, serviceNumber: people.serviceNumber });
      for (const row of rows) personIds.set(row.serviceNumber, row.id);
    }

    for (const batch of batches(data.cases)) {
      const caseRows = await tx
        .insert(cases)
        .values(
          batch.map(({ subjects: _subjects, assignedToEmail, ...c }) => ({
            ...c,
            assignedTo: assignedToEmail ? userIds.get(assignedToEmail) : null,
          })),
        )
        .returning({ id: cases.id, ref: cases.ref });
      const caseIds = new Map(caseRows.map((c) => [c.ref, c.id]));
      const subjectRows = batch.flatMap((c) =>
        c.subjects.map(({ serviceNumber, ...s }) => {
          const personId = personIds.get(serviceNumber);
          if (personId === undefined) throw new Error(`Demo subject refers to unknown person ${serviceNumber}`);
          return { ...s, caseId: caseIds.get(c.ref)!, personId };
        }),
      );
      for (const subjectBatch of batches(subjectRows)) await tx.insert(subjects).values(subjectBatch);
    }

    for (const { caseRef, createdByEmail, members, ...group } of data.chatGroups) {
      const createdBy = userIds.get(createdByEmail)!;
      const [made] = await tx
        .insert(chatGroups)
        .values({ ...group, createdBy })
        .returning({ id: chatGroups.id });
      const [groupCase] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.ref, caseRef));
      await tx.insert(chatGroupCases).values({ groupId: made!.id, caseId: groupCase!.id, linkedBy: createdBy });
      await tx
        .insert(chatGroupMembers)
        .values(members.map(({ serviceNumber, ...m }) => ({ ...m, groupId: made!.id, personId: serviceNumber ? personIds.get(serviceNumber)! : null })));
    }

    const foiOfficer = data.users.find((u) => u.role === "foi_officer")!;
    await tx.insert(publishedTables).values(publishedReplyTables().map((t) => ({ ...t, publishedBy: userIds.get(foiOfficer.email)! })));

    await tx.insert(auditEvents).values({
      action: "demo.seeded",
      entityType: "database",
      detail: { people: data.people.length, cases: data.cases.length, chatGroups: data.chatGroups.length },
    });
  });
}
