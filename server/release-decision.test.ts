import { describe, expect, it } from "vitest";
import { groupAtoms, listAtoms, listPublishedReleases } from "@/db/queries/disclosure";
import { countSubjects } from "@/db/queries/stats";
import { distinctSpecs } from "@/lib/stats/atom-sets";
import { decide, type DecisionRequest } from "@/lib/stats/release-decision";
import type { ReleaseSpec } from "@/lib/stats/release-check";
import { useSeededDatabase } from "@/tests/databases";
import { DECIDE_IN_WORKER_FROM_ATOMS, decideInWorker, decideRelease } from "./release-decision";

describe("the release check's decision on a worker thread (issue 19)", () => {
  const handle = useSeededDatabase("pglite");

  /** A request for one table beside the published ones, and the decision as the server's thread makes it over listAtoms. */
  async function requestFor(spec: ReleaseSpec) {
    const published = await listPublishedReleases(handle.db);
    const exact = await countSubjects(handle.db, { ...spec, totals: true });
    const specs = [...published.map((t) => t.spec), spec];
    const grouped = distinctSpecs(specs);
    const common = { k: 5, remembers: true, published, served: [], tables: [{ spec, exact, notDisplayed: [], withheld: [] }] };
    const request: DecisionRequest = { ...common, grouped, atomSet: await groupAtoms(handle.db, grouped), specs };
    return { request, here: decide({ ...common, atoms: await listAtoms(handle.db, specs) }) };
  }

  it("withholds exactly what the server's thread withholds", async () => {
    const { request, here } = await requestFor({ dimensions: ["year", "rank_group"], from: 2018, to: 2021 });
    // A decision worth comparing: some figures withheld, some shown.
    expect(here.results[0]!.rows.some((row) => row.suppressed)).toBe(true);
    expect(here.results[0]!.rows.some((row) => !row.suppressed)).toBe(true);
    expect(await decideInWorker(request)).toEqual(here);
  });

  it("keeps a decision over few atoms in this thread, with the same answer", async () => {
    const { request, here } = await requestFor({ dimensions: ["platform", "finding"], from: 2018, to: 2024 });
    expect(request.atomSet.counts.length).toBeLessThan(DECIDE_IN_WORKER_FROM_ATOMS);
    expect(await decideRelease(request)).toEqual(here);
  });
});
