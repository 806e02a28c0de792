import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { selectRows } from "@/db/index";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { openSubjectExtract } from "./extract";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe.each(databaseKinds)("the subject-record extract on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it("has one row per subject of an unrestricted case, and no name, service number or free text", async () => {
    const csv = await readAll(await openSubjectExtract(handle));
    const lines = csv.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "case_ref,recorded_on,incident_on,team,source,platform,channel,content_type,device,group_size,case_status,rank,rank_group,standards,severity,recommendation,finding,finding_on,proceedings,outcome,outcome_on,regime,stage",
    );
    const [expected] = await selectRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from subjects s join cases c on c.id = s.case_id where not c.restricted`,
    );
    expect(lines.length - 1).toBe(expected!.n);
    const [restricted] = await selectRows<{ ref: string }>(handle.db, sql`select ref from cases where restricted limit 1`);
    expect(csv).not.toContain(restricted!.ref);

    const people = await selectRows<{ name: string; service_number: string }>(handle.db, sql`select name, service_number from people`);
    const fields = new Set(lines.slice(1).flatMap((line) => line.split(",")));
    for (const person of people) {
      expect(fields.has(person.service_number)).toBe(false);
      expect(csv.includes(person.name)).toBe(false);
    }
    expect(csv).not.toMatch(/Sent or shared the messages|panel could find/);
  });
});
