import "server-only";
import { plainBytes } from "../bytes";
import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { CaseViewer } from "@/lib/access/case-access";
import type { EvidenceItem } from "@/lib/evidence/item";
import type { Database } from "../index";
import { cases, evidence, users } from "../schema";
import { auditBy } from "./audit";
import { visibleCasesWhere } from "./case-access";

/** What the register shows: never the content. */
const itemColumns = {
  id: evidence.id,
  fileName: evidence.fileName,
  mediaType: evidence.mediaType,
  sizeBytes: evidence.sizeBytes,
  sha256: evidence.sha256,
  description: evidence.description,
  uploadedByEmail: users.email,
  uploadedByName: users.name,
  uploadedAt: evidence.uploadedAt,
};

/** The case's id when the viewer may see it; null when it does not exist or is not theirs (the two look the same). */
async function visibleCaseId(db: Pick<Database, "select">, viewer: CaseViewer, ref: string): Promise<number | null> {
  const [found] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.ref, ref), visibleCasesWhere(db, viewer)));
  return found?.id ?? null;
}

/** The case's register, oldest first, or null when the viewer may not see the case. */
export async function listCaseEvidence(db: Database, viewer: CaseViewer, ref: string): Promise<EvidenceItem[] | null> {
  const caseId = await visibleCaseId(db, viewer, ref);
  if (caseId === null) return null;
  return db
    .select(itemColumns)
    .from(evidence)
    .innerJoin(users, eq(users.id, evidence.uploadedBy))
    .where(eq(evidence.caseId, caseId))
    .orderBy(asc(evidence.uploadedAt), asc(evidence.id));
}

export interface EvidenceUpload {
  fileName: string;
  mediaType: string;
  description: string | null;
  content: Uint8Array;
}

/**
 * Adds a checked file to a case the uploader may see, with the SHA-256 of the bytes
 * as stored; the file and its audit entry land together. Null when the case is not
 * the uploader's to see.
 */
export async function addEvidence(db: Database, actor: CaseViewer, ref: string, upload: EvidenceUpload): Promise<EvidenceItem | null> {
  return db.transaction(async (tx) => {
    const caseId = await visibleCaseId(tx, actor, ref);
    if (caseId === null) return null;
    const sha256 = createHash("sha256").update(upload.content).digest("hex");
    const [row] = await tx
      .insert(evidence)
      .values({ caseId, ...upload, sizeBytes: upload.content.length, sha256, uploadedBy: actor.id })
      .returning({ id: evidence.id });
    await auditBy(tx, actor, {
      action: "evidence.uploaded",
      entityType: "case",
      entityId: ref,
      detail: { evidenceId: row!.id, fileName: upload.fileName, mediaType: upload.mediaType, sizeBytes: upload.content.length, sha256 },
    });
    const [item] = await tx.select(itemColumns).from(evidence).innerJoin(users, eq(users.id, evidence.uploadedBy)).where(eq(evidence.id, row!.id));
    return item!;
  });
}

/**
 * One file with its bytes, for a viewer who may see its case, with the download
 * audited; null (and the refusal audited) when there is no such file on a case of
 * theirs, whether the case, the file or the access is what is missing.
 */
export async function getEvidenceForDownload(db: Database, viewer: CaseViewer, ref: string, id: number) {
  const [found] = await db
    .select({ id: evidence.id, fileName: evidence.fileName, mediaType: evidence.mediaType, sha256: evidence.sha256, content: evidence.content })
    .from(evidence)
    .innerJoin(cases, eq(cases.id, evidence.caseId))
    .where(and(eq(evidence.id, id), eq(cases.ref, ref), visibleCasesWhere(db, viewer)));
  await auditBy(db, viewer, {
    action: found ? "evidence.downloaded" : "evidence.download_refused",
    entityType: "case",
    entityId: ref.slice(0, 80),
    detail: found ? { evidenceId: id, sha256: found.sha256 } : { evidenceId: id },
  });
  if (!found) return null;
  return { ...found, content: plainBytes(found.content) };
}
