import { getDb } from "@/db";
import { getEvidenceForDownload } from "@/db/queries/evidence";
import { requireApiPermission } from "@/server/auth/session";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/server/http";
import { fileDownload } from "@/server/file-download";
import { caseRefSchema, evidenceIdSchema } from "@/lib/validation/evidence";

export const dynamic = "force-dynamic";

/** One file of the register, for those who may see its case. */
export async function GET(_request: Request, context: { params: Promise<{ ref: string; id: string }> }) {
  return handleRoute(async () => {
    const user = await requireApiPermission("cases:read");
    const params = await context.params;
    const ref = caseRefSchema.safeParse(params.ref);
    const id = evidenceIdSchema.safeParse(params.id);
    const found = ref.success && id.success ? await getEvidenceForDownload(await getDb(), user, ref.data, id.data) : null;
    if (!found) throw new AppError("not_found", "There is no such file on a case you can see.");
    return fileDownload(found);
  });
}
