"use client";

import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { findings, type Finding } from "@/lib/vocabulary";
import { recordFindingAction } from "../../actions";
import { optionsOf, SelectField, TextField, TextareaField } from "@/components/ui/field";

/** The appropriate authority's decision on one subject; the version guards against overwriting someone else's change. */
export function FindingForm({
  subjectId,
  version,
  name,
  current,
  today,
}: {
  subjectId: number;
  version: number;
  name: string;
  current: Finding | null;
  today: string;
}) {
  // Corrects in place: after a save the form shows what was saved.
  const { state, pending, formProps } = useKeptFormAction(recordFindingAction, { resetOnSuccess: false });
  // One form per subject on the case page: ids carry the subject.
  const idPrefix = `finding-${subjectId}-`;
  return (
    <form {...formProps} noValidate aria-label={`Finding for ${name}`} className="app-step-form">
      <FormStatus state={state} idPrefix={idPrefix} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <input type="hidden" name="version" value={state?.ok ? (state.data as { version: number }).version : version} />
      <SelectField
        name="finding"
        idPrefix={idPrefix}
        label={`Finding for ${name}`}
        state={state}
        defaultValue={current ?? ""}
        placeholder="Choose"
        options={optionsOf(findings)}
      />
      <TextField name="findingOn" idPrefix={idPrefix} label="Date of decision" state={state} type="date" defaultValue={today} />
      <TextareaField name="rationale" idPrefix={idPrefix} label="Rationale" state={state} rows={3} />
      <button type="submit" className="govuk-button" disabled={pending}>
        Record finding
      </button>
    </form>
  );
}
