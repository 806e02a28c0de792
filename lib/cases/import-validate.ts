import { caseImportRowSchema, checkAcrossRows, validateImportRow, type CaseImportRow } from "@/lib/validation/case-import";
import type { ImportRecord } from "./import-csv";
import { byRowThenColumn, type ImportProblem } from "./import-problems";

export type ValidateResult = { ok: true; rows: CaseImportRow[] } | { ok: false; problems: ImportProblem[] };

/**
 * Validates every row (all problems, not the first), then what only the rows together
 * show. Works in slices and yields between them, so that a caller streaming progress
 * gets its lines out while a large file is checked.
 */
export async function validateImport(
  records: readonly ImportRecord[],
  { today, onProgress, sliceSize = 5000 }: { today: string; onProgress?: (done: number, total: number) => void | Promise<void>; sliceSize?: number },
): Promise<ValidateResult> {
  const schema = caseImportRowSchema(today);
  const rows: CaseImportRow[] = [];
  const problems: ImportProblem[] = [];
  for (let start = 0; start < records.length; start += sliceSize) {
    for (const record of records.slice(start, start + sliceSize)) {
      const result = validateImportRow(schema, record);
      if (result.ok) rows.push(result.value);
      else problems.push(...result.problems);
    }
    await onProgress?.(Math.min(start + sliceSize, records.length), records.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  problems.push(...checkAcrossRows(rows));
  return problems.length > 0 ? { ok: false, problems: problems.sort(byRowThenColumn) } : { ok: true, rows };
}
