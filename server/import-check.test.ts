import { describe, expect, it } from "vitest";
import { readImportCsv } from "@/lib/cases/import-csv";
import { validateImport } from "@/lib/cases/import-validate";
import { sampleImportCsv } from "@/tests/import-sample";
import { checkImportFile, checkImportInWorker, WORKER_FROM_BYTES } from "./import-check";

const today = "2026-11-20";
const bytesOf = (csv: string) => new TextEncoder().encode(csv);

async function inThisThread(bytes: Uint8Array) {
  const read = readImportCsv(bytes);
  return read.ok ? validateImport(read.records, { today }) : read;
}

describe("checking an import file on a worker thread (issue 19, item 5)", () => {
  it("gives the rows of a good file exactly as the check in the server's thread does, with progress", async () => {
    const bytes = bytesOf(sampleImportCsv({ rows: 6_000 }));
    const progress: number[] = [];
    const checked = await checkImportInWorker(bytes, { today, onProgress: (done) => progress.push(done) });
    expect(checked).toEqual(await inThisThread(bytes));
    expect(checked.ok && checked.rows).toHaveLength(6_000);
    expect(progress).toEqual([5_000, 6_000]);
  });

  it("names the same problems, by row and column, for a bad file and for one that cannot be read", async () => {
    const bad = bytesOf(sampleImportCsv({ rows: 40, bad: { row: 7, column: "recorded_on", value: "31/02/2016" } }));
    const checked = await checkImportInWorker(bad, { today });
    expect(checked.ok).toBe(false);
    expect(checked).toEqual(await inThisThread(bad));
    const workbook = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]);
    expect(await checkImportInWorker(workbook, { today })).toEqual(await inThisThread(workbook));
  });

  it("sends a large file to the worker and keeps a small one in this thread, with the same answer", async () => {
    const small = bytesOf(sampleImportCsv({ rows: 10 }));
    expect(small.length).toBeLessThan(WORKER_FROM_BYTES);
    expect(await checkImportFile(small, { today })).toEqual(await inThisThread(small));
    const large = bytesOf(sampleImportCsv({ rows: 4_000 }));
    expect(large.length).toBeGreaterThanOrEqual(WORKER_FROM_BYTES);
    expect(await checkImportFile(large, { today })).toEqual(await inThisThread(large));
  });
});
