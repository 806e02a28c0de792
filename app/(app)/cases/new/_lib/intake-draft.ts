import { caseIntakeSchema } from "@/lib/validation/cases";
import type { ranks } from "@/lib/vocabulary";

export type Rank = (typeof ranks.keys)[number];

/** A subject officer being added on the form: someone on record (personId) or a new person. */
export interface SubjectDraft {
  key: number;
  personId?: number;
  known?: { name: string; serviceNumber: string };
  serviceNumber: string;
  name: string;
  rank: Rank | "";
  allegation: string;
}

/** A person as `/api/people` returns them. */
export interface FoundPerson {
  id: number;
  serviceNumber: string;
  name: string;
  rank: Rank;
  unit: string | null;
  status: string;
}

export type Errors = Record<string, string[]>;

/** The case's own fields, as the schema names them: one list, so a field added there is sent from here. */
const caseFields = Object.keys(caseIntakeSchema.shape).filter((name): name is Exclude<keyof typeof caseIntakeSchema.shape, "subjects"> => name !== "subjects");

/**
 * The form's values checked with the same zod schema the server uses, so that a person
 * sees every problem at once, by field id, before anything is sent; or the FormData the
 * server action parses (its field names, and the subjects as JSON).
 */
export function checkIntake(form: FormData, subjects: SubjectDraft[]): { ok: true; data: FormData } | { ok: false; fieldErrors: Errors } {
  const input = Object.fromEntries(caseFields.map((name) => [name, String(form.get(name) ?? "")])) as Record<(typeof caseFields)[number], string>;
  const draftSubjects = subjects.map((s) =>
    s.personId
      ? { personId: s.personId, rank: s.rank, allegation: s.allegation }
      : { serviceNumber: s.serviceNumber, name: s.name, rank: s.rank, allegation: s.allegation },
  );
  const checked = caseIntakeSchema.safeParse({
    ...input,
    groupSize: input.groupSize || undefined,
    incidentOn: input.incidentOn || undefined,
    subjects: draftSubjects,
  });
  if (!checked.success) {
    const fieldErrors: Errors = {};
    for (const issue of checked.error.issues) {
      const id = issue.path.length > 0 ? issue.path.join(".") : "form";
      (fieldErrors[id] ??= []).push(issue.message);
    }
    return { ok: false, fieldErrors };
  }
  const data = new FormData();
  for (const [key, value] of Object.entries(input)) data.set(key, value);
  data.set("subjects", JSON.stringify(draftSubjects));
  return { ok: true, data };
}
