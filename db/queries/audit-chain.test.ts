import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectRows, type DatabaseHandle } from "@/db/index";
import { databaseKinds, openPrivateDatabase } from "@/tests/databases";
import { recordAudit } from "./audit";
import { GENESIS_HASH, sealAuditTrail, verifyAuditChain } from "./audit-chain";

async function appendEntries(handle: DatabaseHandle, count: number, label: string) {
  for (let i = 0; i < count; i++) {
    await recordAudit(handle.db, {
      actorId: null,
      actorRole: null,
      action: `test.${label}`,
      entityType: "case",
      entityId: `PSD-2026-${i}`,
      detail: { i, note: "ünïcode ✓" },
    });
  }
}

async function entryIds(handle: DatabaseHandle): Promise<number[]> {
  const rows = await selectRows<{ id: string | number }>(handle.db, sql`select id from audit_events order by id`);
  return rows.map((r) => Number(r.id));
}

/** Runs a statement with the audit trail's triggers switched off, as a database superuser could. */
async function tamper(handle: DatabaseHandle, statement: ReturnType<typeof sql>) {
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_events disable trigger user`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_events enable trigger user`);
  });
}

/** The database's own message: drizzle wraps it in "Failed query: …". */
async function databaseRefusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (e: unknown) => e as Error & { cause?: Error },
  );
  if (!error) throw new Error("the statement was accepted");
  return error.cause?.message ?? error.message;
}

describe.each(databaseKinds)("the audit trail on %s", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openPrivateDatabase(kind);
    await appendEntries(handle, 12, "setup");
    await sealAuditTrail(handle.db);
  });
  afterAll(() => handle.close());

  it("chains every entry to the one before it, from the genesis hash, once sealed", async () => {
    const rows = await selectRows<{ seq: string | number; prev_hash: string; hash: string }>(
      handle.db,
      sql`select seq, prev_hash, hash from audit_events order by seq`,
    );
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
    const verdict = await verifyAuditChain(handle.db, 5);
    expect(verdict).toMatchObject({ ok: true, entries: rows.length, headHash: rows.at(-1)!.hash, unsealed: 0 });
  });

  it("takes an entry unsealed, whatever the writer put in the chain's columns, and reports it until it is sealed", async () => {
    await handle.db.execute(sql`insert into audit_events (action, seq, prev_hash, hash) values ('test.forged', 999, ${GENESIS_HASH}, ${GENESIS_HASH})`);
    const [row] = await selectRows<{ seq: unknown; hash: unknown }>(handle.db, sql`select seq, hash from audit_events where action = 'test.forged'`);
    expect(row).toEqual({ seq: null, hash: null });
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, unsealed: 1 });
    expect(await sealAuditTrail(handle.db)).toBe(1);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, unsealed: 0 });
  });

  it("refuses every UPDATE but a true seal, and DELETE and TRUNCATE even of no rows", async () => {
    expect(await databaseRefusal(handle.db.execute(sql`update audit_events set action = 'forged'`))).toMatch(/append-only: UPDATE is refused/);
    await recordAudit(handle.db, { actorId: null, actorRole: null, action: "test.unsealed" });
    // Unsealed, an entry still cannot be changed, nor sealed with a wrong link or hash.
    expect(await databaseRefusal(handle.db.execute(sql`update audit_events set detail = '{"x":1}' where seq is null`))).toMatch(
      /append-only: UPDATE is refused/,
    );
    expect(
      await databaseRefusal(
        handle.db.execute(
          sql`update audit_events set seq = (select max(seq) + 1 from audit_events), prev_hash = ${GENESIS_HASH}, hash = ${GENESIS_HASH} where seq is null`,
        ),
      ),
    ).toMatch(/may only be sealed onto the end of the chain/);
    expect(await databaseRefusal(handle.db.execute(sql`delete from audit_events where id < 0`))).toMatch(/append-only: DELETE is refused/);
    expect(await databaseRefusal(handle.db.execute(sql`truncate audit_events`))).toMatch(/append-only: TRUNCATE is refused/);
    await sealAuditTrail(handle.db);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, unsealed: 0 });
  });

  it("hashes the same whatever the session's time zone", async () => {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local timezone = 'Asia/Kathmandu'`);
      await recordAudit(tx, { actorId: null, actorRole: null, action: "test.timezone" });
    });
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local timezone = 'Pacific/Chatham'`);
      await sealAuditTrail(tx as never);
    });
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local timezone = 'America/St_Johns'`);
      expect(await verifyAuditChain(tx as never)).toMatchObject({ ok: true, unsealed: 0 });
    });
  });

  it("refuses to seal under REPEATABLE READ, where an entry committed meanwhile could be missed", async () => {
    const refusal = await databaseRefusal(handle.db.transaction(async (tx) => sealAuditTrail(tx as never), { isolationLevel: "repeatable read" }));
    expect(refusal).toMatch(/must be sealed in a READ COMMITTED transaction/);
  });

  // The tampering tests build on one another, each breaking the chain earlier than the last.
  it("catches an entry edited directly in the database, and names it", async () => {
    await sealAuditTrail(handle.db);
    const ids = await entryIds(handle);
    const victim = ids[5]!;
    await tamper(handle, sql`update audit_events set detail = '{"i":5,"note":"nothing to see"}' where id = ${victim}`);
    expect(await verifyAuditChain(handle.db, 4)).toMatchObject({ ok: false, brokenId: victim, entries: 5, reason: expect.stringMatching(/altered/) });
  });

  it("catches an edit that also recomputes the entry's own hash, at the next entry", async () => {
    const ids = await entryIds(handle);
    await tamper(handle, sql`update audit_events set hash = audit_event_hash(audit_events) where id = ${ids[5]!}`);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, brokenId: ids[6]!, reason: expect.stringMatching(/link/) });
  });

  it("catches an entry removed from the middle, at the one after it", async () => {
    const ids = await entryIds(handle);
    await tamper(handle, sql`delete from audit_events where id = ${ids[3]!}`);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, brokenId: ids[4]!, entries: 3 });
  });
});

describe("concurrent audit writers on postgres", () => {
  const writers = 20;
  const transactionsEach = 15;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openPrivateDatabase("postgres", { maxConnections: 60 });
  });
  afterAll(() => handle.close());

  it("keep the chain one single line while a sealer runs beside them, with rolled-back entries leaving no trace", async () => {
    let committed = 0;
    let writing = true;
    const sealer = (async () => {
      while (writing) {
        await sealAuditTrail(handle.db);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const writer = async (w: number) => {
      for (let t = 0; t < transactionsEach; t++) {
        const entries = 1 + ((w + t) % 3);
        const rollBack = (w + t) % 5 === 0;
        await handle.db
          .transaction(async (tx) => {
            for (let e = 0; e < entries; e++) await recordAudit(tx, { actorId: null, actorRole: null, action: "test.concurrent", detail: { w, t, e } });
            if (rollBack) tx.rollback();
          })
          .catch((error: unknown) => {
            if (!rollBack) throw error;
          });
        if (!rollBack) committed += entries;
      }
    };
    await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
    writing = false;
    await sealer;
    await sealAuditTrail(handle.db);

    const [forks] = await selectRows<{ entries: string; links: string; places: string }>(
      handle.db,
      sql`select count(*) as entries, count(distinct prev_hash) as links, count(distinct seq) as places from audit_events`,
    );
    expect(Number(forks!.entries)).toBe(committed);
    expect(Number(forks!.links)).toBe(committed);
    expect(Number(forks!.places)).toBe(committed);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, entries: committed, unsealed: 0 });
  });

  // Issue 19, item 4: with the old append lock the second of these waited for the first to commit.
  it("fifty audited transactions at once do not queue on each other: all append while all are still open", async () => {
    let appended = 0;
    let finish!: () => void;
    const allOpen = new Promise<void>((resolve) => (finish = resolve));
    const views = Array.from({ length: 50 }, (_, i) =>
      handle.db.transaction(async (tx) => {
        await recordAudit(tx, {
          actorId: null,
          actorRole: null,
          action: "case.viewed",
          entityType: "case",
          entityId: `PSD-2026-${String(i).padStart(4, "0")}`,
        });
        if (++appended === 50) finish();
        await allOpen;
      }),
    );
    const timedOut = new Promise<"queued">((resolve) => setTimeout(() => resolve("queued"), 20_000));
    expect(await Promise.race([allOpen.then(() => "all appended"), timedOut])).toBe("all appended");
    await Promise.all(views);
    await sealAuditTrail(handle.db);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, unsealed: 0 });
  });
});
