import { toCsv } from "@/lib/csv";
import { importColumns } from "@/lib/validation/case-import";

export { importColumns };

export const importColumnNames: string[] = importColumns.map((c) => c.name);

/** The downloadable template: the header row and one example row that imports as it is. */
export function importTemplateCsv(): string {
  return toCsv(importColumnNames, [importColumns.map((c) => c.example)]);
}
