/**
 * The import's reading and validation, on a worker thread of its own (started by
 * server/import-check.ts): the CSV parser and the row schemas are pure CPU, seconds for a
 * large file, and the server's thread must keep answering other people meanwhile.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readImportCsv } from "@/lib/cases/import-csv";
import { validateImport } from "@/lib/cases/import-validate";
import type { ImportCheckMessage } from "./import-check";

const { bytes, today } = workerData as { bytes: Uint8Array; today: string };
const post = (message: ImportCheckMessage) => parentPort!.postMessage(message);
const read = readImportCsv(bytes);
const result = read.ok ? await validateImport(read.records, { today, onProgress: (done, total) => post({ kind: "progress", done, total }) }) : read;
post({ kind: "result", result });
