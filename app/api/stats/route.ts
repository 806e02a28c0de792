import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { countSubjects } from "@/db/queries/stats";
import { requireApiPermission } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { statsToCsv } from "@/lib/stats/csv";
import { parseStatsParams } from "@/lib/validation/stats";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiPermission("stats:read");
    const parsed = parseStatsParams(request.nextUrl.searchParams);
    if (!parsed.ok) throw new AppError("bad_request", parsed.message, { parameter: parsed.parameter });
    const { format, ...query } = parsed.data;

    const db = await getDb();
    const result = await countSubjects(db, query);
    await recordAudit(db, {
      actorId: user.id,
      actorRole: user.role,
      action: "stats.queried",
      entityType: "statistics",
      detail: { ...query, format },
    });

    if (format === "csv") {
      return new Response(statsToCsv(result), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="subject-officers-by-${query.dimensions.join("-")}.csv"`,
          "Cache-Control": "no-store",
        },
      });
    }
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  });
}
