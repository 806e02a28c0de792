import { createHash } from "node:crypto";
import { getDb } from "@/db";
import { isDatabaseUnavailable } from "@/db/errors";
import { findEarlierImport, importCaseRows, recordRefusedImport } from "@/db/queries/case-import";
import { requireApiPermission, type SessionUser } from "@/server/auth/session";
import { IMPORT_MAX_BYTES } from "@/lib/cases/import-csv";
import type { ImportProblem } from "@/lib/cases/import-problems";
import { PROBLEMS_SHOWN, type ImportMessage } from "@/lib/cases/import-progress";
import { AppError } from "@/lib/errors";
import { MULTIPART_ALLOWANCE } from "@/lib/body-limits";
import { checkImportFile } from "@/server/import-check";
import { auditedRefusals, crossSiteError, handleRoute, jsonError, withExpensiveSlot } from "@/server/http";
import { log } from "@/server/log";
import { todayIso } from "@/lib/dates";

export const dynamic = "force-dynamic";

const sizeRefusal = (bytes: number) => `The file is ${(bytes / 1048576).toFixed(1)} MB; the limit is 50 MB. Split it into smaller files.`;

function refused(problems: ImportProblem[]): ImportMessage {
  const rows = new Set(problems.map((p) => p.row).filter((r) => r !== null && r > 1)).size;
  const message =
    rows > 0
      ? `Nothing was imported: ${rows.toLocaleString("en-GB")} ${rows === 1 ? "row has" : "rows have"} problems. Correct them and import the whole file again.`
      : "Nothing was imported: the file cannot be read as it is. Correct it and import it again.";
  return { phase: "refused", message, problems: problems.slice(0, PROBLEMS_SHOWN), problemCount: problems.length };
}

/** Reads, validates and stores the file, telling the caller how far it has got. */
async function runImport(user: SessionUser, fileName: string, bytes: Uint8Array, send: (message: ImportMessage) => void) {
  const db = await getDb();
  const fileSha256 = createHash("sha256").update(bytes).digest("hex");
  const checked = await checkImportFile(bytes, { today: todayIso(), onProgress: (done, total) => send({ phase: "validating", done, total }) });
  if (!checked.ok) {
    await recordRefusedImport(db, user, { fileName, fileSha256, problemCount: checked.problems.length });
    return send(refused(checked.problems));
  }
  const earlier = await findEarlierImport(db, fileSha256);
  const result = await importCaseRows(db, user, checked.rows, {
    fileName,
    fileSha256,
    onProgress: (done, total) => send({ phase: "saving", done, total }),
  });
  if (!result.ok) {
    await recordRefusedImport(db, user, { fileName, fileSha256, problemCount: result.problems.length });
    return send(refused(result.problems));
  }
  const { importId: _id, ...counts } = result.summary;
  send({ phase: "done", ...counts, earlier: earlier ? { importedAt: earlier.importedAt.toISOString(), importedByName: earlier.importedByName } : null });
}

/**
 * Imports a CSV of historical subject records (multipart: `file`). Checks that need no
 * reading answer at once with a status; after that the answer is a stream of JSON
 * lines: progress while validating and saving, then the result or every problem.
 */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const user = await requireApiPermission("cases:import");
    return withExpensiveSlot(user.id, () => receiveImport(request, user));
  });
}

/** The import's checks, then its stream of progress, in one of the user's slots for expensive work. */
async function receiveImport(request: Request, user: SessionUser): Promise<Response> {
  const db = await getDb();
  // Refusals before the file is read are audited like the ones after it.
  const refuse = auditedRefusals(db, { actorId: user.id, actorRole: user.role, action: "cases.import_refused", entityType: "case_import" });
  const crossSite = crossSiteError(request);
  if (crossSite) return refuse("cross_site", crossSite);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > IMPORT_MAX_BYTES + MULTIPART_ALLOWANCE) return refuse("too_large", jsonError(413, sizeRefusal(declared)));
  const form = await request.formData().catch(() => null);
  if (!form) return refuse("unreadable", new AppError("bad_request", "The upload could not be read. Choose the file again and import it."));
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse("no_file", new AppError("bad_request", "Choose a CSV file to import."));
  if (file.size > IMPORT_MAX_BYTES) return refuse("too_large", jsonError(413, sizeRefusal(file.size)));
  const bytes = new Uint8Array(await file.arrayBuffer());
  const fileName = (file.name.split(/[\\/]/).pop() || "import.csv").slice(0, 255);

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: ImportMessage) => controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
      try {
        await runImport(user, fileName, bytes, send);
      } catch (error) {
        log.error({ err: error }, "Import failed");
        send({
          phase: "failed",
          message: isDatabaseUnavailable(error)
            ? "The database cannot be reached just now. Nothing was imported; try again in a minute."
            : "Something went wrong on our side and nothing was imported. The error has been logged.",
        });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
