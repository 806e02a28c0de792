import "server-only";
import { MULTIPART_ALLOWANCE } from "@/lib/body-limits";
import { AppError } from "@/lib/errors";
import { checkEvidenceFile, EVIDENCE_MAX_BYTES, formatMegabytes, safeFileName } from "@/lib/evidence/file-types";
import { evidenceDescriptionSchema } from "@/lib/validation/evidence";
import { jsonError } from "./http";

export interface CheckedUpload {
  fileName: string;
  mediaType: string;
  description: string | null;
  content: Uint8Array;
}

type Refuse = (reason: string, answer: AppError | Response) => Promise<Response>;

/**
 * Reads one multipart upload (`file`, `description`) and checks it as evidence: the
 * declared size before the body is read, then the name, size and bytes. A refusal
 * about the request itself goes through `refuse` (audited); a problem the person can
 * fix names its field.
 */
export async function readCheckedUpload(request: Request, refuse: Refuse): Promise<CheckedUpload | Response> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > EVIDENCE_MAX_BYTES + MULTIPART_ALLOWANCE) {
    return refuse("too_large", jsonError(413, `That upload is ${formatMegabytes(declared)}; the limit for a file is 10 MB.`));
  }
  const form = await request.formData().catch(() => null);
  if (!form) return refuse("unreadable", new AppError("bad_request", "The upload could not be read. Choose the file again and upload it."));
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("bad_request", "Choose a file to upload.", { field: "file" });
  const description = evidenceDescriptionSchema.safeParse(typeof form.get("description") === "string" ? form.get("description") : "");
  if (!description.success) throw new AppError("bad_request", description.error.issues[0]!.message, { field: "description" });

  const fileName = safeFileName(file.name);
  if (file.size > EVIDENCE_MAX_BYTES)
    return refuse("too_large", jsonError(413, `That file is ${formatMegabytes(file.size)}; the limit is 10 MB.`, { field: "file" }));
  const content = new Uint8Array(await file.arrayBuffer());
  const checked = checkEvidenceFile(fileName, content);
  if (!checked.ok) throw new AppError("bad_request", checked.error, { field: "file" });
  return { fileName, mediaType: checked.mediaType, description: description.data, content };
}
