"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { findings, type Finding } from "@/lib/vocabulary";
import { recordFindingAction } from "../../actions";
import { SelectField, TextField, TextareaField } from "@/components/ui/field";

/** The appropriate authority's decision on one subject; the version guards against overwriting someone else's change. */
export function FindingForm({ subjectId, version, name, current, today }: { subjectId: number; version: number; name: string; current: Finding | null; today: string }) {
  const [state, action, pending] = useActionState(recordFindingAction, null);
  const id = (field: string) => `${field}-${subjectId}`;
  return (
    <form action={action} noValidate aria-label={`Finding for ${name}`} className="app-step-form">
      <FormStatus state={state} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <input type="hidden" name="version" value={state?.ok ? (state.data as { version: number }).version : version} />
      <SelectField name="finding" label={<>Finding for {name}</>} state={state} defaultValue={current ?? ""}>
          <option value="">Choose</option>
          {findings.keys.map((key) => (
            <option key={key} value={key}>
              {findings.labels[key]}
            </option>
          ))}
        </SelectField>
      <TextField name="findingOn" label="Date of decision" state={state} type="date" defaultValue={today} />
      <TextareaField name="rationale" label="Rationale" state={state} rows={3} />
      <button type="submit" className="govuk-button" disabled={pending}>
        Record finding
      </button>
    </form>
  );
}
