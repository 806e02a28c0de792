import { getDb, getReadDatabase } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { openSubjectExtract } from "@/db/queries/extract";
import { requireApiPermission } from "@/server/auth/session";
import { handleRoute, withExpensiveSlot } from "@/server/http";
import { attachmentDisposition } from "@/lib/content-disposition";
import { todayIso } from "@/lib/dates";
import { protectiveMarking } from "@/lib/service";

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
          // Internal, so marked (issue 15): in the file's name, which travels with it, and in a header;
          // the CSV itself stays plain for the tools it is loaded into.
          "Content-Disposition": attachmentDisposition(`${protectiveMarking}-subject-records-${today}.csv`),
          "X-Protective-Marking": protectiveMarking,
          "Cache-Control": "no-store",
        },
      });
    });
  });
}
