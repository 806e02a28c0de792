import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { DatabaseHandle } from "@/db/index";
import { users } from "@/db/schema";
import { openSeededDatabase } from "@/tests/databases";
import { postgresAdminUrl } from "@/tests/postgres";
import { importScenario } from "./import-scenario";
import { percentile } from "./measure";
import { caseListScenarios, dashboardScenarios, statsScenarios, type BenchContext } from "./scenarios";

describe("the benchmark (a smoke run on the demo data, so that it cannot rot)", () => {
  let handle: DatabaseHandle;
  let context: BenchContext;
  beforeAll(async () => {
    handle = await openSeededDatabase("postgres");
    context = { db: handle.db, url: inject("postgresUrl"), runs: 2, slowRuns: 1 };
  });
  afterAll(() => handle.close());

  const shape = { app: { median_ms: expect.any(Number), p95_ms: expect.any(Number) }, baseline: { median_ms: expect.any(Number) }, ratio: expect.any(Number) };

  it("measures the dashboard against the raw aggregate SQL and against its own statement bare", async () => {
    const scenarios = await dashboardScenarios(context);
    expect(scenarios.map((s) => s.name)).toEqual(["dashboard", "dashboard (own statement bare)"]);
    for (const s of scenarios) {
      expect(s).toMatchObject(shape);
      expect(s.app.p95_ms).toBeGreaterThanOrEqual(s.app.median_ms!);
    }
  });

  it("measures case-list pages and statistics tables against their bare SQL", async () => {
    const [supervisor] = await handle.db
      .select({ id: users.id, role: users.role, team: users.team })
      .from(users)
      .where(eq(users.email, "supervisor@demo.police.uk"));
    const pages = await caseListScenarios(context, supervisor!, "2026-11-20");
    // The demo has no page 5,000: that page is left out, not measured on nothing.
    expect(pages.map((s) => s.name)).toEqual(["case list: first page", "case list: filtered, sorted by due date"]);
    const stats = await statsScenarios(context);
    expect(stats.map((s) => s.name)).toEqual(["statistics: 3 dimensions, JSON", "statistics: 3 dimensions, CSV"]);
    for (const s of [...pages, ...stats]) expect(s).toMatchObject(shape);
  });

  it("measures the bulk import against bare SQL, and the second import adds nothing", async () => {
    const measured = await importScenario(postgresAdminUrl(), 40);
    expect(measured.scenario).toMatchObject({
      name: "bulk import, 40 rows",
      app: { rows_per_s: expect.any(Number) },
      baseline: { rows_per_s: expect.any(Number) },
    });
    expect(measured.steps.find((s) => s.step === "store (importCaseRows)")?.added).toBe(40);
    expect(measured.steps.find((s) => s.step === "same file again")?.added).toBe(0);
  }, 60_000);

  it("takes nearest-rank percentiles", () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile([7], 95)).toBe(7);
  });
});
