import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { openDatabase, selectRows } from "@/db/index";
import { prepareDatabase } from "@/db/prepare";
import { ranks, rankGroupOf } from "@/lib/vocabulary";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { createTestPostgresDatabase, postgresAdminUrl } from "@/tests/postgres";
import { users } from "./schema";
import { demoUsers } from "./seed/demo-data";

describe.each(databaseKinds)("the schema on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("derives every rank's FoI group in the database exactly as rankGroupOf does", async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        const [subject] = await selectRows<{ id: number }>(tx as never, sql`select id from subjects limit 1`);
        for (const rank of ranks.keys) {
          const [row] = await selectRows<{ rank_group: string }>(
            tx as never,
            sql`update subjects set rank = ${rank}::rank where id = ${subject!.id} returning rank_group::text`,
          );
          expect(row!.rank_group, rank).toBe(rankGroupOf(rank));
        }
        tx.rollback();
      }),
    ).rejects.toThrow(/rollback/i);
  });

  it("refuses a value outside a vocabulary", async () => {
    await expect(handle.db.execute(sql`select 'sergeant_major'::rank`)).rejects.toThrow();
  });
});

describe("prepareDatabase", () => {
  it("seeds an empty embedded database once, however often it runs", async () => {
    const handle = await openDatabase({ kind: "pglite" });
    try {
      await prepareDatabase(handle, { seedDemo: true });
      await prepareDatabase(handle, { seedDemo: true });
      const [row] = await handle.db.select({ n: count() }).from(users);
      expect(row!.n).toBe(demoUsers.length);
    } finally {
      await handle.close();
    }
  });

  it("migrates PostgreSQL without seeding unless asked", async () => {
    const database = await createTestPostgresDatabase(postgresAdminUrl(), "prepare");
    const handle = await openDatabase({ kind: "postgres", url: database.url });
    try {
      await Promise.all([prepareDatabase(handle, { seedDemo: false }), prepareDatabase(handle, { seedDemo: false })]);
      const [row] = await handle.db.select({ n: count() }).from(users);
      expect(row!.n).toBe(0);
    } finally {
      await handle.close();
      await database.drop();
    }
  });
});
