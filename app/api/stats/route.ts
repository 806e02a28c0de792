import type { NextRequest } from "next/server";
import { getDb, getReadDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { countSubjects } from "@/db/queries/stats";
import { requireApiPermission } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { statsToCsv } from "@/lib/stats/csv";
import { discloseResult } from "@/lib/stats/disclose";
import { describeRule, NO_CONTROL } from "@/lib/stats/suppression";
import { statsToXlsx } from "@/lib/stats/xlsx";
import { parseStatsParams } from "@/lib/validation/stats";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiPermission("stats:read");
    const parsed = parseStatsParams(request.nextUrl.searchParams);
    if (!parsed.ok) throw new AppError("bad_request", parsed.message, { parameter: parsed.parameter });
    const { format, suppress, reason, ...query } = parsed.data;

    const db = await getDb();
    const exact = await countSubjects(await getReadDb(), query);
    const result = suppress ? discloseResult(exact, suppress) : exact;
    await recordAudit(db, {
      actorId: user.id,
      actorRole: user.role,
      action: format === "json" ? "stats.queried" : "stats.exported",
      entityType: "statistics",
      // Figures without disclosure control leave with the reason the person gave for it.
      detail: { ...query, format, suppress: suppress ?? null, ...(reason && !suppress ? { withoutDisclosureControl: reason } : {}) },
    });

    const name = `subject-officers-by-${query.dimensions.join("-")}`;
    if (format === "csv") {
      return new Response(statsToCsv(result), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${name}.csv"`,
          "Cache-Control": "no-store",
        },
      });
    }
    if (format === "xlsx") {
      const workbook = await statsToXlsx(result, { producedAt: new Date(), title: name, reasonWithoutControl: reason });
      return new Response(new Uint8Array(workbook), {
        headers: {
          "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "Content-Disposition": `attachment; filename="${name}.xlsx"`,
          "Cache-Control": "no-store",
        },
      });
    }
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  });
}
