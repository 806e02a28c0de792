import { describe, expect, it } from "vitest";
import { listAtoms, listPublishedReleases } from "@/db/queries/disclosure";
import { countSubjects } from "@/db/queries/stats";
import { decide, type DecisionInput } from "@/lib/stats/release-decision";
import type { ReleaseSpec } from "@/lib/stats/release-check";
import { useSeededDatabase } from "@/tests/databases";
import { DECIDE_IN_WORKER_FROM_ATOMS, decideInWorker, decideRelease } from "./release-decision";

describe("the release check's decision on a worker thread (issue 19)", () => {
  const handle = useSeededDatabase("pglite");

  async function inputFor(spec: ReleaseSpec): Promise<DecisionInput> {
    const published = await listPublishedReleases(handle.db);
    const exact = await countSubjects(handle.db, { ...spec, totals: true });
    const atoms = await listAtoms(handle.db, [...published.map((t) => t.spec), spec]);
    return { atoms, k: 5, remembers: true, published, served: [], tables: [{ spec, exact, notDisplayed: [], withheld: [] }] };
  }

  it("withholds exactly what the server's thread withholds", async () => {
    const input = await inputFor({ dimensions: ["year", "rank_group"], from: 2018, to: 2021 });
    const here = decide(input);
    // A decision worth comparing: some figures withheld, some shown.
    expect(here.results[0]!.rows.some((row) => row.suppressed)).toBe(true);
    expect(here.results[0]!.rows.some((row) => !row.suppressed)).toBe(true);
    expect(await decideInWorker(input)).toEqual(here);
  });

  it("keeps a decision over few atoms in this thread, with the same answer", async () => {
    const input = await inputFor({ dimensions: ["platform", "finding"], from: 2018, to: 2024 });
    expect(input.atoms.length).toBeLessThan(DECIDE_IN_WORKER_FROM_ATOMS);
    expect(await decideRelease(input)).toEqual(decide(input));
  });
});
