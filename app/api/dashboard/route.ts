import type { NextRequest } from "next/server";
import { z } from "zod";
import { getDb, getReadDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getProtectedDashboard } from "@/db/queries/dashboard";
import { requireApiPermission, type SessionUser } from "@/server/auth/session";
import { chartCsv, chartCsvAbout, dashboardCharts } from "@/lib/dashboard/csv";
import { describeFilter } from "@/lib/dashboard/filters";
import { describeRule } from "@/lib/stats/suppression";
import { parseDashboardFilter } from "@/lib/dashboard/filters";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { handleRoute, withExpensiveSlot } from "@/server/http";
import { attachmentDisposition } from "@/lib/content-disposition";

export const dynamic = "force-dynamic";

const chartSchema = z.enum(dashboardCharts, { message: `chart must be one of ${dashboardCharts.join(", ")}` });

/** The dashboard's data as JSON, or one chart's numbers as CSV (`chart=…&format=csv`), under the same filters as the page. */
export async function GET(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiPermission("dashboard:read");
    // Expensive work: two at a time per person (lib/expensive-requests.ts).
    return withExpensiveSlot(user.id, () => answerDashboard(request, user));
  });
}

/** The dashboard's data, or one chart's CSV, protected for the role. */
async function answerDashboard(request: NextRequest, user: SessionUser): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const filter = parseDashboardFilter(params);
  if (!filter.ok) throw new AppError("bad_request", filter.message, { parameter: filter.parameter });
  const { ei: _threshold, ...subjectFilter } = filter.data;
  const csv = params.get("format") === "csv";
  const chart = csv ? chartSchema.safeParse(params.get("chart")) : null;
  if (chart && !chart.success) throw new AppError("bad_request", chart.error.issues[0]!.message, { parameter: "chart" });
  const db = await getDb();
  const env = getEnv();
  const data = await getProtectedDashboard(db, await getReadDb(), {
    actor: user,
    filter: subjectFilter,
    k: env.DISCLOSURE_K,
    memoryDays: env.DISCLOSURE_MEMORY_DAYS,
    channel: csv ? "dashboard-csv" : "dashboard-json",
  });

  if (chart?.success) {
    await recordAudit(db, {
      actorId: user.id,
      actorRole: user.role,
      action: "dashboard.exported",
      entityType: "statistics",
      detail: { chart: chart.data, ...subjectFilter },
    });
    const about = chartCsvAbout({
      filters: describeFilter(subjectFilter),
      rule: describeRule(env.DISCLOSURE_K),
      producedAt: new Date(),
      unit: chart.data === "time_to_finalise" || chart.data === "open_age" ? "cases" : "subject officers",
    });
    return new Response(`${chartCsv(data, chart.data)}\r\n${about}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": attachmentDisposition(`dashboard-${chart.data}-${subjectFilter.from}-${subjectFilter.to}.csv`),
        "Cache-Control": "no-store",
      },
    });
  }
  await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "dashboard.viewed", entityType: "statistics", detail: subjectFilter });
  return Response.json(data, { headers: { "Cache-Control": "no-store" } });
}
