"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Fieldset } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { MAX_SUBJECTS } from "@/lib/validation/cases";
import { createCaseAction } from "../../actions";
import { checkIntake, type Errors, type FoundPerson, type SubjectDraft } from "../_lib/intake-draft";
import { CaseFactsFields } from "./case-facts-fields";
import { PersonFinder } from "./person-finder";
import { SubjectDrafts } from "./subject-drafts";

/**
 * Intake of a new case: the case's facts and its subject officers. The form checks
 * itself with the server's schema before sending, and opens the new case when recorded.
 */
export function IntakeForm({ today }: { today: string }) {
  const router = useRouter();
  const [clientErrors, setClientErrors] = useState<Errors | null>(null);
  const [subjects, setSubjects] = useState<SubjectDraft[]>([]);
  const { state, pending, formProps } = useKeptFormAction(createCaseAction, {
    onSuccess: ({ ref }) => router.push(`/cases/${ref}`),
    // The page is left for the new case; its subjects and channel are React state, which a reset would not clear.
    resetOnSuccess: false,
    // The subjects live in this component's state, not in the form's controls: they go as JSON.
    prepare: (form) => {
      const checked = checkIntake(form, subjects);
      setClientErrors(checked.ok ? null : checked.fieldErrors);
      return checked.ok ? checked.data : null;
    },
  });
  const nextKey = useRef(1);
  const summaryRef = useRef<HTMLDivElement>(null);

  const problem = clientErrors
    ? { message: "Check the highlighted fields.", fieldErrors: clientErrors }
    : state && !state.ok
      ? { message: state.error, fieldErrors: state.fieldErrors ?? {} }
      : null;
  const errors: Errors = problem?.fieldErrors ?? {};

  useEffect(() => {
    if (state && !state.ok) summaryRef.current?.focus();
  }, [state]);
  useEffect(() => {
    if (clientErrors) summaryRef.current?.focus();
  }, [clientErrors]);

  const update = (key: number, change: Partial<SubjectDraft>) => setSubjects((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s)));
  const addNew = () => setSubjects((list) => [...list, { key: nextKey.current++, serviceNumber: "", name: "", rank: "", allegation: "" }]);
  const addKnown = (person: FoundPerson) =>
    setSubjects((list) =>
      list.some((s) => s.personId === person.id)
        ? list
        : [
            ...list,
            {
              key: nextKey.current++,
              personId: person.id,
              known: { name: person.name, serviceNumber: person.serviceNumber },
              serviceNumber: "",
              name: "",
              rank: person.rank,
              allegation: "",
            },
          ],
    );

  return (
    <form {...formProps} noValidate aria-label="New case">
      {problem ? (
        // A problem with the subjects as a whole is shown by the officer search, where they are added.
        <ErrorSummary
          ref={summaryRef}
          message={problem.message}
          fieldErrors={Object.fromEntries(Object.entries(problem.fieldErrors).map(([field, m]) => [field === "subjects" ? "find-person" : field, m]))}
        />
      ) : null}
      <CaseFactsFields today={today} errors={errors} />
      <Fieldset legend={`Subject officers (${subjects.length})`} id="subjects" legendClassName="govuk-fieldset__legend--m">
        {errors.subjects ? <p className="govuk-error-message">{errors.subjects.join(" ")}</p> : null}
        <PersonFinder onAdd={addKnown} />
        <p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={addNew} disabled={subjects.length >= MAX_SUBJECTS}>
            Add a person not on record
          </button>
        </p>
        <SubjectDrafts subjects={subjects} errors={errors} onChange={update} onRemove={(key) => setSubjects((list) => list.filter((x) => x.key !== key))} />
      </Fieldset>
      <button type="submit" className="govuk-button" disabled={pending}>
        {pending ? "Recording…" : "Record the case"}
      </button>
    </form>
  );
}
