import type { NextRequest } from "next/server";
import { getDb, getReadDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { protectTables, refuseSmallPopulation } from "@/db/queries/protected-tables";
import { countSubjects } from "@/db/queries/stats";
import { requireApiPermission, type SessionUser } from "@/server/auth/session";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { handleRoute, withExpensiveSlot } from "@/server/http";
import { can } from "@/lib/permissions";
import { attributeDisclosures } from "@/lib/stats/attribute-disclosure";
import { statsToCsv, statsToWideCsv } from "@/lib/stats/csv";
import type { ReleaseSpec } from "@/lib/stats/release-check";
import { statsToXlsx } from "@/lib/stats/xlsx";
import { isMonthEnd, parseStatsParams } from "@/lib/validation/stats";
import { attachmentDisposition } from "@/lib/content-disposition";

export const dynamic = "force-dynamic";

/** The part of a query that says what is counted, as the release check names tables. */
function releaseSpec(query: { dimensions: ReleaseSpec["dimensions"] } & Omit<ReleaseSpec, "dimensions"> & { totals?: boolean }): ReleaseSpec {
  const { totals: _totals, ...spec } = query;
  return spec;
}

export async function GET(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiPermission("stats:read");
    // Expensive work: two at a time per person (lib/expensive-requests.ts).
    return withExpensiveSlot(user.id, () => answerStats(request, user));
  });
}

/** The table asked for, protected for the role, in the format asked for. */
async function answerStats(request: NextRequest, user: SessionUser): Promise<Response> {
  const parsed = parseStatsParams(request.nextUrl.searchParams);
  if (!parsed.ok) throw new AppError("bad_request", parsed.message, { parameter: parsed.parameter });
  const { format, suppress, reason, layout, attributes, why, ...asked } = parsed.data;
  const env = getEnv();
  const caseAccess = can(user.role, "cases:read");

  if (suppress === "off" && !can(user.role, "statistics:exact")) {
    throw new AppError("forbidden", "Only supervisors may switch disclosure control off.", { parameter: "suppress" });
  }
  if (typeof suppress === "number" && suppress < env.DISCLOSURE_K) {
    throw new AppError("bad_request", `suppress must be at least ${env.DISCLOSURE_K}, the force's threshold`, { parameter: "suppress" });
  }
  if (asked.asAt !== undefined && !caseAccess && !isMonthEnd(asked.asAt)) {
    throw new AppError("bad_request", "asAt must be the last day of a month (for example 2021-03-31): figures on other days could single out one decision", {
      parameter: "asAt",
    });
  }
  const exactWanted = suppress === "off";
  const k = typeof suppress === "number" ? suppress : env.DISCLOSURE_K;
  // A two-way table always comes with its margins, protected together with its cells.
  const query = { ...asked, totals: exactWanted ? asked.totals : asked.dimensions.length === 2 ? true : asked.totals };

  const db = await getDb();
  const readDb = await getReadDb();
  const exact = await countSubjects(readDb, query);
  if (!exactWanted) refuseSmallPopulation(exact.total, k);
  // Groups that all share one outcome are named to the caller until they choose what to do with them.
  const flagged = attributes ? [] : attributeDisclosures(exact).map(({ group, attribute, count }) => ({ group, attribute, count }));
  // A file carries no such warning and is what gets published: it waits for the choice,
  // as the statistics page's exports do, before anything is served or recorded.
  if (format !== "json" && flagged.length > 0) {
    throw new AppError(
      "bad_request",
      `In some groups every officer shares one outcome (${flagged.map((d) => `${d.group}: ${d.attribute}`).join("; ")}): add attributes=withhold to withhold those outcomes, or attributes=accept&why=… to record why they may be published.`,
      { parameter: "attributes" },
    );
  }
  const result = exactWanted
    ? exact
    : (
        await protectTables(db, readDb, {
          actor: user,
          channel: format,
          k,
          memoryDays: env.DISCLOSURE_MEMORY_DAYS,
          tables: [{ spec: releaseSpec(query), exact, withheld: attributes === "withhold" ? attributeDisclosures(exact).flatMap((d) => d.cells) : [] }],
        })
      )[0]!;
  await recordAudit(db, {
    actorId: user.id,
    actorRole: user.role,
    action: format === "json" ? "stats.queried" : "stats.exported",
    entityType: "statistics",
    // Figures without disclosure control leave with the reason the person gave for it.
    detail: {
      ...query,
      format,
      layout,
      suppress: exactWanted ? "off" : k,
      ...(exactWanted ? { withoutDisclosureControl: reason } : {}),
      ...(attributes ? { attributes, ...(why ? { attributeDisclosureAccepted: why } : {}) } : {}),
    },
  });

  const name = `subject-officers-by-${query.dimensions.join("-")}`;
  const context = { producedAt: new Date(), reasonWithoutControl: exactWanted ? reason : undefined };
  if (format === "csv") {
    return new Response(layout === "wide" ? statsToWideCsv(result, context) : statsToCsv(result, context), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": attachmentDisposition(`${name}${layout === "wide" ? "-wide" : ""}.csv`),
        "Cache-Control": "no-store",
      },
    });
  }
  if (format === "xlsx") {
    const workbook = await statsToXlsx(result, { ...context, title: `Subject officers by ${query.dimensions.join(" and ").replaceAll("_", " ")}` });
    return new Response(new Uint8Array(workbook), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": attachmentDisposition(`${name}.xlsx`),
        "Cache-Control": "no-store",
      },
    });
  }
  return Response.json(flagged.length > 0 ? { ...result, attributeDisclosure: flagged } : result, { headers: { "Cache-Control": "no-store" } });
}
