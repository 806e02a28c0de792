"use client";

import { Checkbox, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { criminalOutcomeLabels, criminalOutcomes, type CriminalRecord } from "@/lib/conduct/criminal";
import { measureKinds, measureLabels } from "@/lib/conduct/suspension";
import { recordCriminalProceedingsAction, recordMeasureAction } from "../../actions";

/** The criminal proceedings beside the matter: referral, charge, outcome. */
export function CriminalProceedingsForm({
  caseRef,
  subjectId,
  name,
  current,
}: {
  caseRef: string;
  subjectId: number;
  name: string;
  current: CriminalRecord | null;
}) {
  const { state, pending, formProps } = useKeptFormAction(recordCriminalProceedingsAction, { resetOnSuccess: false });
  const prefix = `criminal-${subjectId}-`;
  return (
    <form {...formProps} noValidate aria-label={`Criminal proceedings: ${name}`}>
      <FormStatus state={state} idPrefix={prefix} />
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <div className="app-field-row">
        <TextField
          name="referredOn"
          label="Referred to the police or CPS on"
          type="date"
          defaultValue={current?.referredOn ?? ""}
          state={state}
          idPrefix={prefix}
        />
        <TextField name="offence" label="Offence" defaultValue={current?.offence ?? ""} state={state} idPrefix={prefix} />
      </div>
      <Checkbox
        name="indictableOnly"
        id={`${prefix}indictableOnly`}
        label="Triable only on indictment (a conviction from 28 May 2025 makes the conduct gross misconduct, SI 2025/558)"
        defaultChecked={current?.indictableOnly ?? false}
      />
      <div className="app-field-row">
        <TextField name="chargedOn" label="Charged on (if charged)" type="date" defaultValue={current?.chargedOn ?? ""} state={state} idPrefix={prefix} />
        <SelectField
          name="outcome"
          label="Outcome (if known)"
          defaultValue={current?.outcome ?? ""}
          placeholder="Not yet"
          options={criminalOutcomes.map((key) => ({ value: key, label: criminalOutcomeLabels[key] }))}
          state={state}
          idPrefix={prefix}
        />
        <TextField name="outcomeOn" label="Date of the outcome" type="date" defaultValue={current?.outcomeOn ?? ""} state={state} idPrefix={prefix} />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Save the criminal proceedings
      </button>
    </form>
  );
}

/** Starts a suspension or restriction, or records its review or end (2020 reg 11). */
export function MeasureForm({ caseRef, subjectId, name, open }: { caseRef: string; subjectId: number; name: string; open: boolean }) {
  const { state, pending, formProps } = useKeptFormAction(recordMeasureAction);
  const prefix = `measure-${subjectId}-`;
  return (
    <form {...formProps} noValidate aria-label={open ? `Review or end the measure: ${name}` : `Suspend or restrict: ${name}`}>
      <FormStatus state={state} idPrefix={prefix} />
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="subjectId" value={subjectId} />
      {open ? (
        <div className="app-field-row">
          <TextField name="reviewedOn" label="Reviewed on" type="date" state={state} idPrefix={prefix} />
          <TextField name="endedOn" label="Ended on" type="date" state={state} idPrefix={prefix} />
        </div>
      ) : (
        <>
          <SelectField
            name="kind"
            label="Measure"
            defaultValue=""
            placeholder="Choose"
            options={measureKinds.map((key) => ({ value: key, label: measureLabels[key] }))}
            state={state}
            idPrefix={prefix}
          />
          <TextField name="startedOn" label="Started on" type="date" state={state} idPrefix={prefix} />
          <TextareaField name="reason" label="Reason" rows={2} state={state} idPrefix={prefix} />
        </>
      )}
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        {open ? "Save the review or end" : "Record the measure"}
      </button>
    </form>
  );
}
