import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { caseListExportLimit, exportCaseList } from "@/db/queries/case-list";
import { requireApiPermission } from "@/server/auth/session";
import { handleRoute, withExpensiveSlot } from "@/server/http";
import { caseListCsv } from "@/lib/cases/case-list-csv";
import { attachmentDisposition } from "@/lib/content-disposition";
import { todayIso } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { protectiveMarking } from "@/lib/service";
import { caseListQuerySchema } from "@/lib/validation/case-list";

export const dynamic = "force-dynamic";

/**
 * The case list as filtered, as CSV (issue 17, item 8): the same filters, status tab and
 * order as `/cases`, every page of it up to 10,000 cases, only cases the viewer may see.
 * Marked OFFICIAL-SENSITIVE and audited with its filters.
 */
export async function GET(request: Request) {
  return handleRoute(async () => {
    const user = await requireApiPermission("cases:read");
    const parsed = caseListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]!.message);
    const { after: _after, before: _before, size: _size, ...filters } = parsed.data;
    return withExpensiveSlot(user.id, async () => {
      const db = await getDb();
      const today = todayIso();
      const rows = await exportCaseList(db, user, parsed.data, today);
      await recordAudit(db, {
        actorId: user.id,
        actorRole: user.role,
        action: "cases.list_exported",
        entityType: "case_list",
        detail: { ...filters, rows: rows.length, limited: rows.length === caseListExportLimit },
      });
      return new Response(caseListCsv(rows, today), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": attachmentDisposition(`${protectiveMarking}-cases-${today}.csv`),
          "X-Protective-Marking": protectiveMarking,
          "Cache-Control": "no-store",
        },
      });
    });
  });
}
