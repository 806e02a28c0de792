import { requireApiPermission } from "@/server/auth/session";
import { importTemplateCsv } from "@/lib/cases/import-columns";
import { handleRoute } from "@/server/http";
import { attachmentDisposition } from "@/lib/content-disposition";

export const dynamic = "force-dynamic";

/** The import template: the header row and one example row that imports as it is. */
export async function GET() {
  return handleRoute(async () => {
    await requireApiPermission("cases:import");
    // A byte-order mark so that Excel opens the file as UTF-8.
    return new Response(`\uFEFF${importTemplateCsv()}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": attachmentDisposition("case-import-template.csv"),
        "Cache-Control": "no-store",
      },
    });
  });
}
