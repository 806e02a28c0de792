import "server-only";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { hiddenKeys, withHidden, type DisclosedResult } from "@/lib/stats/disclose";
import { keyText, publishedKeys, tableLayout, type CellKey } from "@/lib/stats/layout";
import { ReleaseState, type ReleaseKey, type ReleaseSpec, type ServedTable } from "@/lib/stats/release-check";
import type { StatsResult } from "@/lib/stats/result";
import type { Role } from "@/lib/vocabulary";
import type { Database } from "../index";
import { listAtoms, listPublishedReleases, listServedReleases, recordServedReleases } from "./disclosure";

export interface TableToProtect {
  spec: ReleaseSpec;
  exact: StatsResult;
  /** The figures the reader actually sees, where the screen leaves some out (the dashboard's sanctions). */
  displayed?: (key: CellKey) => boolean;
  /** Figures withheld whatever their size (outcomes of groups that all share one, when the FoI officer so chose). */
  withheld?: CellKey[];
}

export interface ProtectRequest {
  actor: { id: number; role: Role };
  /** Where the tables go: page, json, csv, xlsx, dashboard, publish. */
  channel: string;
  k: number;
  /** How far back what the role has been served is weighed. */
  memoryDays: number;
  tables: TableToProtect[];
}

/** Refuses a selection of 1 to k-1 officers: any table drawn from it would describe them. */
export function refuseSmallPopulation(total: number, k: number): void {
  if (total >= 1 && total < k) {
    throw new AppError("bad_request", `This selection holds fewer than ${k} officers: widen it (more years, or fewer filters) to see figures.`, {
      parameter: "selection",
    });
  }
}

/**
 * Disclosure control on the server, for every table that leaves it: primary and
 * secondary suppression, figures already published shown exactly, and, for roles
 * without case access, the release check against published responses and what the role
 * has been served (lib/stats/release-check.ts), whose outcome is then recorded. Several
 * tables served together (a dashboard) are checked in turn, each weighed with the ones
 * before it.
 */
export async function protectTables(db: Database, readDb: Database, request: ProtectRequest): Promise<DisclosedResult[]> {
  const { k, tables } = request;
  for (const table of tables) refuseSmallPopulation(table.exact.total, k);
  const remembers = !can(request.actor.role, "cases:read");

  const published = await listPublishedReleases(db);
  const served = remembers ? await listServedReleases(db, request.actor.role, new Date(Date.now() - request.memoryDays * 86_400_000)) : [];
  const specs = [...published, ...served].map((t) => t.spec).concat(tables.map((t) => t.spec));
  const state = new ReleaseState(await listAtoms(readDb, specs), k);
  published.forEach((t, i) => state.publish(i, t.shown));
  served.forEach((t, i) => state.serve(published.length + i, t.shown));

  const results: DisclosedResult[] = [];
  const record: ServedTable[] = [];
  tables.forEach((table, i) => {
    const index = published.length + served.length + i;
    const keys = publishedKeys(tableLayout(table.exact));
    const displayed = table.displayed ?? (() => true);
    const chosen = new Set((table.withheld ?? []).map(keyText));
    const shownUnder = (withheld: Set<string>): ReleaseKey[] => {
      const hidden = hiddenKeys(table.exact, k, {
        released: (key) => state.isReleased(index, key),
        withheld: (key) => withheld.has(keyText(key)) || chosen.has(keyText(key)),
      });
      return keys.filter((key) => !hidden.has(keyText(key)) && displayed(key));
    };
    const shown = remembers ? state.protect(index, shownUnder).shown : shownUnder(new Set());
    const shownText = new Set(shown.map((key) => JSON.stringify(key)));
    results.push(withHidden(table.exact, new Set(keys.map(keyText).filter((text) => !shownText.has(text) && displayed(JSON.parse(text) as CellKey))), k));
    state.serve(index, shown);
    record.push({ spec: table.spec, shown });
  });
  if (remembers) await recordServedReleases(db, { role: request.actor.role, userId: request.actor.id, channel: request.channel, tables: record });
  return results;
}
