"use client";

import { KeptForm } from "@/components/ui/kept-form";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { foiExemptions, foiStatuses } from "@/lib/vocabulary";
import { createFoiRequestAction, updateFoiRequestAction } from "../../actions";
import { CheckboxList, Fieldset, SelectField, TextField } from "@/components/ui/field";

export function NewRequestForm({ today }: { today: string }) {
  return (
    <KeptForm action={createFoiRequestAction} button="Log request">
      {(state) => (
        <>
          <TextField name="receivedOn" label="Date received" state={state} type="date" defaultValue={today} />
          <TextField name="subject" label="What was asked" state={state} />
          <Fieldset legend="Exemptions applied">
            <CheckboxList small items={Object.entries(foiExemptions.labels).map(([key, label]) => ({ name: key, label }))} />
          </Fieldset>
          <TextField name="costEstimateHours" label="Time estimate in hours (for s.12)" state={state} inputMode="numeric" />
        </>
      )}
    </KeptForm>
  );
}

export function UpdateRequestForm({ refId, status, respondedOn }: { refId: string; status: string; respondedOn: string | null }) {
  // Edits in place: after an update the form keeps showing the status and date saved.
  const { state, pending, formProps } = useKeptFormAction(updateFoiRequestAction, { resetOnSuccess: false });
  return (
    <form {...formProps} className="app-inline-form">
      <input type="hidden" name="ref" value={refId} />
      <SelectField name="status" idPrefix={`${refId}-`} label="Status" state={state} defaultValue={status}>
        {Object.entries(foiStatuses.labels).map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextField name="respondedOn" idPrefix={`${refId}-`} label="Responded on" state={state} type="date" defaultValue={respondedOn ?? ""} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Update<span className="govuk-visually-hidden"> {refId}</span>
      </button>
      {state ? <span role="status">{state.ok ? state.message : state.error}</span> : null}
    </form>
  );
}
