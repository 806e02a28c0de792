import { getDb, getReadDatabase } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { openSubjectExtract } from "@/db/queries/extract";
import { requireApiPermission } from "@/server/auth/session";
import { handleRoute, withExpensiveSlot } from "@/server/http";
import { attachmentDisposition } from "@/lib/content-disposition";
import { todayIso } from "@/lib/dates";

export const dynamic = "force-dynamic";

/** Every subject record, de-identified, as one CSV streamed from the read database; audited before it starts. */
export async function GET() {
  return handleRoute(async () => {
    const user = await requireApiPermission("cases:extract");
    return withExpensiveSlot(user.id, async () => {
      await recordAudit(await getDb(), { actorId: user.id, actorRole: user.role, action: "cases.extracted", entityType: "extract" });
      const stream = await openSubjectExtract(await getReadDatabase());
      const today = todayIso();
      return new Response(stream, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": attachmentDisposition(`subject-records-${today}.csv`),
          "Cache-Control": "no-store",
        },
      });
    });
  });
}
