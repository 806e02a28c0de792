import type { ImportProblem } from "./import-problems";

/** The lines the import route streams, one JSON object a line, and the page reads. */
export type ImportMessage =
  | { phase: "validating" | "saving"; done: number; total: number }
  | {
      phase: "done";
      rowCount: number;
      casesAdded: number;
      subjectsAdded: number;
      peopleAdded: number;
      earlier: { importedAt: string; importedByName: string } | null;
    }
  | { phase: "refused"; message: string; problems: ImportProblem[]; problemCount: number }
  | { phase: "failed"; message: string };

/** How many problems are listed; the rest are counted. */
export const PROBLEMS_SHOWN = 200;
