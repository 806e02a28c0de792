import { getDb } from "@/db";
import { getEvidenceForDownload } from "@/db/queries/evidence";
import { requireApiPermission } from "@/server/auth/session";
import { attachmentDisposition } from "@/lib/content-disposition";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/server/http";
import { API_CSP } from "@/lib/security-headers";
import { caseRefSchema, evidenceIdSchema } from "@/lib/validation/evidence";

export const dynamic = "force-dynamic";

/**
 * One file of the register, for those who may see its case: always as a download
 * (never shown inline, so no file can run as a page of this site), with its SHA-256
 * so that the receiver can check it is what was uploaded.
 */
export async function GET(_request: Request, context: { params: Promise<{ ref: string; id: string }> }) {
  return handleRoute(async () => {
    const user = await requireApiPermission("cases:read");
    const params = await context.params;
    const ref = caseRefSchema.safeParse(params.ref);
    const id = evidenceIdSchema.safeParse(params.id);
    const found = ref.success && id.success ? await getEvidenceForDownload(await getDb(), user, ref.data, id.data) : null;
    if (!found) throw new AppError("not_found", "There is no such file on a case you can see.");
    return new Response(found.content as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": found.mediaType,
        "Content-Length": String(found.content.byteLength),
        "Content-Disposition": attachmentDisposition(found.fileName),
        "X-Content-Type-Options": "nosniff",
        "X-Evidence-SHA256": found.sha256,
        "Repr-Digest": `sha-256=:${Buffer.from(found.sha256, "hex").toString("base64")}:`,
        "Content-Security-Policy": API_CSP,
        "Cache-Control": "no-store",
      },
    });
  });
}
