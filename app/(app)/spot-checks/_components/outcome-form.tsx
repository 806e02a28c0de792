"use client";

import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { channels, platforms, spotCheckOutcomes } from "@/lib/vocabulary";
import { recordSpotCheckOutcomeAction } from "../actions";
import { Choices, Fieldset, SelectField, TextField, TextareaField, optionsOf } from "@/components/ui/field";

export function OutcomeForm({ checkRef, today }: { checkRef: string; today: string }) {
  const { state, pending, formProps } = useKeptFormAction(recordSpotCheckOutcomeAction);
  // On success the page is revalidated and shows the recorded outcome instead of this form.
  return (
    <form {...formProps} noValidate>
      <FormStatus state={state && !state.ok ? state : null} />
      <input type="hidden" name="ref" value={checkRef} />
      <Choices type="radio" name="outcome" legend="Outcome" state={state} options={optionsOf(spotCheckOutcomes)} />
      <TextareaField name="findings" label="Findings" hint="For a referral these open the case, as its summary and the allegation." state={state} rows={4} />
      <TextField name="checkedOn" label="Date of the check" state={state} type="date" defaultValue={today} />
      <Fieldset legend="For a referral">
        <SelectField name="platform" label="Platform" state={state} defaultValue="">
          <option value="">Not known</option>
          {platforms.keys.map((key) => (
            <option key={key} value={key}>
              {platforms.labels[key]}
            </option>
          ))}
        </SelectField>
        <SelectField name="channel" label="How it was shared" state={state} defaultValue="">
          <option value="">Choose</option>
          {channels.keys.map((key) => (
            <option key={key} value={key}>
              {channels.labels[key]}
            </option>
          ))}
        </SelectField>
      </Fieldset>
      <button type="submit" className="govuk-button" disabled={pending}>
        Record the outcome
      </button>
    </form>
  );
}
