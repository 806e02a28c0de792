import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { readImportCsv } from "@/lib/cases/import-csv";
import type { ImportProblem } from "@/lib/cases/import-problems";
import { validateImport } from "@/lib/cases/import-validate";
import type { CaseImportRow } from "@/lib/validation/case-import";

export type ImportCheck = { ok: true; rows: CaseImportRow[] } | { ok: false; problems: ImportProblem[] };
export type ImportCheckMessage = { kind: "progress"; done: number; total: number } | { kind: "result"; result: ImportCheck };

interface CheckOptions {
  today: string;
  onProgress?: (done: number, total: number) => void;
}

/** Below this a worker costs more to start (about half a second) than the check it saves. */
export const WORKER_FROM_BYTES = 512 * 1024;

/**
 * Reads and validates an import file, all problems named by row and column: on a worker
 * thread for a large file, so that the server keeps answering while it is checked
 * (issue 19, item 5), in this thread for a small one.
 */
export function checkImportFile(bytes: Uint8Array, options: CheckOptions): Promise<ImportCheck> {
  if (bytes.length >= WORKER_FROM_BYTES) return checkImportInWorker(bytes, options);
  const read = readImportCsv(bytes);
  return read.ok ? validateImport(read.records, options) : Promise.resolve(read);
}

/**
 * The same check on a worker thread. The worker is TypeScript, as the server is, run by
 * tsx (registered inside the worker, since loader flags do not reach a worker's entry);
 * its path is found from the project folder, as http-server/serve-on.ts finds the server's.
 */
export function checkImportInWorker(bytes: Uint8Array, options: CheckOptions): Promise<ImportCheck> {
  const entry = pathToFileURL(path.join(process.cwd(), "server", "import-check-worker.ts")).href;
  return new Promise((resolve, reject) => {
    const worker = new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`, {
      eval: true,
      workerData: { bytes, today: options.today },
    });
    let result: ImportCheck | undefined;
    worker.on("message", (message: ImportCheckMessage) => {
      if (message.kind === "progress") options.onProgress?.(message.done, message.total);
      else result = message.result;
    });
    worker.on("error", reject);
    worker.on("exit", (code) => (result ? resolve(result) : reject(new Error(`The import check stopped (exit code ${code}) without an answer`))));
  });
}
