import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { DatabaseHandle } from "@/db/index";
import { openSeededDatabase } from "@/tests/databases";
import { percentile } from "./measure";
import { dashboardScenario } from "./scenarios";

describe("the benchmark (a smoke run, so that it cannot rot)", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openSeededDatabase("postgres");
  });
  afterAll(() => handle.close());

  it("measures the dashboard against its bare SQL and reports the results.json shape", async () => {
    const scenario = await dashboardScenario(handle.db, inject("postgresUrl"), 2);
    expect(scenario).toMatchObject({ name: "dashboard", app: { median_ms: expect.any(Number), p95_ms: expect.any(Number) }, baseline: { median_ms: expect.any(Number) } });
    expect(scenario.ratio).toBeGreaterThan(0);
    expect(scenario.app.p95_ms).toBeGreaterThanOrEqual(scenario.app.median_ms);
  });

  it("takes nearest-rank percentiles", () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile([7], 95)).toBe(7);
  });
});
