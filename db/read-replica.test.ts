import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scriptedServers } from "@/tests/scripted-servers";

/*
 * DATABASE_READ_URL against a real streaming replica: scripts/replica.sh starts a private
 * primary and replica (initdb, pg_basebackup) on free ports, never the shared server.
 */
const servers = scriptedServers("replica");
let urls: Record<string, string> = {};

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The replica never showed ${what}`);
}

describe("the read handle on a streaming replica", () => {
  beforeAll(() => {
    urls = servers.start();
    process.env.DATABASE_URL = urls.PRIMARY_URL;
    process.env.DATABASE_READ_URL = urls.REPLICA_URL;
    process.env.SEED_DEMO = "1";
  }, 120_000);

  afterAll(async () => {
    const { closeDatabase } = await import("@/db/index");
    await closeDatabase();
    servers.run("stop");
  });

  it("reads from the replica, which refuses writes and follows the primary's", async () => {
    const { getReadDatabase, selectRows } = await import("@/db/index");
    const { prepareConfiguredDatabase } = await import("@/db/prepare");
    const { getDashboardData } = await import("@/db/queries/dashboard");
    const primary = await prepareConfiguredDatabase();
    const read = await getReadDatabase();
    expect(primary.url).toBe(urls.PRIMARY_URL);
    expect(read.url).toBe(urls.REPLICA_URL);
    const [server] = await selectRows<{ standby: boolean }>(read.db, sql`select pg_is_in_recovery() as standby`);
    expect(server!.standby).toBe(true);
    const refused = await read.db.execute(sql`create table not_here (id int)`).then(
      () => null,
      (error: Error) => error,
    );
    expect((refused?.cause as Error | undefined)?.message).toMatch(/read-only transaction/);

    const before = await eventually(
      () => getDashboardData(read.db, { from: 2021, to: 2021 }),
      (d) => d.headline.subjects === 92,
      "the seeded demo",
    );
    // A new subject on the primary reaches the replica's rollups, and so the dashboard read there.
    await primary.db.execute(sql`with person as (insert into people (service_number, name, rank) values ('R-0001', 'Replica Test', 'constable') returning id)
      insert into subjects (case_id, person_id, rank, regime, stage)
      select (select id from cases where extract(year from recorded_on) = 2021 order by id limit 1), person.id, 'constable', '2020', 'recorded' from person`);
    const after = await eventually(
      () => getDashboardData(read.db, { from: 2021, to: 2021 }),
      (d) => d.headline.subjects === 93,
      "the primary's write",
    );
    expect(after.headline.subjects).toBe(before.headline.subjects + 1);
    // Migrating and seeding a new primary (argon2 hashes of the demo accounts) takes a while.
  }, 180_000);

  it("keeps serving the dashboard from the replica while the primary is down", async () => {
    servers.run("stop-primary");
    const { getReadDb } = await import("@/db/index");
    const { getDashboardData } = await import("@/db/queries/dashboard");
    const data = await getDashboardData(await getReadDb(), { from: 2018, to: 2021 });
    // The published 184, and the subject the test before added on the primary.
    expect(data.headline.subjects).toBe(185);
  });
});
