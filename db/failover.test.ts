import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, selectRows, type DatabaseHandle } from "@/db/index";
import { prepareDatabase } from "@/db/prepare";
import { recordAudit } from "@/db/queries/audit";
import { auditEvents, users } from "@/db/schema";
import { scriptedServers } from "@/tests/scripted-servers";

/*
 * Issue 19, item 7: failover for real. scripts/failover.sh starts a pg_auto_failover
 * formation (a monitor, a primary and a synchronous secondary) on free ports; the app
 * connects with both nodes in its URL and target_session_attrs=read-write, as production
 * would. The primary is killed while people save.
 */
const servers = scriptedServers("failover");
let urls: Record<string, string> = {};
let handle: DatabaseHandle;

describe("the app on a pg_auto_failover formation", () => {
  beforeAll(async () => {
    urls = servers.start();
    handle = await openDatabase({ kind: "postgres", url: urls.APP_URL!, maxConnections: 4 });
    await prepareDatabase(handle, { seedDemo: true });
  }, 240_000);

  afterAll(async () => {
    await handle?.close();
    servers.run("stop");
  });

  it("keeps every acknowledged save when the primary is killed, and reconnects to the new primary by itself", async () => {
    const [actor] = await handle.db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, "supervisor@demo.police.uk"));
    const acknowledged: string[] = [];
    let firstRefusal: number | null = null;
    let lastRefusal: number | null = null;
    let savedAfterRefusal = 0;
    let killedAt = 0;

    const save = async (key: string) => {
      try {
        await handle.db.transaction((tx) =>
          recordAudit(tx, { actorId: actor!.id, actorRole: actor!.role, action: "failover.save", entityType: "test", entityId: key }),
        );
        acknowledged.push(key);
        if (firstRefusal !== null) savedAfterRefusal++;
      } catch {
        firstRefusal ??= Date.now();
        lastRefusal = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const person = async (who: number) => {
      for (let n = 0; savedAfterRefusal < 20 && Date.now() - killedAt < 150_000; n++) await save(`${who}-${n}`);
    };

    killedAt = Date.now() + 1500;
    const killer = new Promise<string>((resolve) => setTimeout(() => resolve(servers.run("kill-primary")), 1500));
    await Promise.all([person(1), person(2), person(3), person(4), killer]);

    expect(await killer).toBe("KILLED=node1");
    expect(savedAfterRefusal, "saves went through again after the failover").toBeGreaterThanOrEqual(20);
    const [server] = await selectRows<{ port: number; standby: boolean }>(handle.db, sql`select inet_server_port() as port, pg_is_in_recovery() as standby`);
    expect(server).toEqual({ port: Number(urls.NODE2_PORT), standby: false });

    const kept = await handle.db
      .select({ key: auditEvents.entityId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "failover.save"), eq(auditEvents.entityType, "test")));
    const keptKeys = new Set(kept.map((row) => row.key));
    expect(
      acknowledged.filter((key) => !keptKeys.has(key)),
      "acknowledged saves missing after the failover",
    ).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(20);

    const refusedMs = firstRefusal === null || lastRefusal === null ? 0 : lastRefusal - firstRefusal;
    console.info(`Failover: writes were refused for ${refusedMs} ms; ${acknowledged.length} saves acknowledged, all kept.`);
    expect(refusedMs).toBeLessThan(60_000);
  }, 240_000);
});
