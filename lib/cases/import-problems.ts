/** One thing wrong with an import. `row` is as a spreadsheet numbers it: the header is row 1. */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  message: string;
}

/** "Row 12, rank: “Sargent” is not a rank. …": where first, then what to do. */
export function formatProblem(problem: ImportProblem): string {
  const where = [problem.row === null ? null : `Row ${problem.row}`, problem.column].filter(Boolean).join(", ");
  return where ? `${where}: ${problem.message}` : problem.message;
}

export function byRowThenColumn(a: ImportProblem, b: ImportProblem): number {
  return (a.row ?? 0) - (b.row ?? 0);
}
