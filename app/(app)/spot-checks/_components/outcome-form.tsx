"use client";

import { KeptForm } from "@/components/ui/kept-form";
import { channels, platforms, spotCheckOutcomes } from "@/lib/vocabulary";
import { recordSpotCheckOutcomeAction } from "../actions";
import { Choices, Fieldset, SelectField, TextField, TextareaField, optionsOf } from "@/components/ui/field";

export function OutcomeForm({ checkRef, today }: { checkRef: string; today: string }) {
  // On success the page is revalidated and shows the recorded outcome instead of this form.
  return (
    <KeptForm action={recordSpotCheckOutcomeAction} confirm={false} button="Record the outcome">
      {(state) => (
        <>
          <input type="hidden" name="ref" value={checkRef} />
          <Choices type="radio" name="outcome" legend="Outcome" state={state} options={optionsOf(spotCheckOutcomes)} />
          <TextareaField
            name="findings"
            label="Findings"
            hint="For a referral these open the case, as its summary and the allegation."
            state={state}
            rows={4}
          />
          <TextField name="checkedOn" label="Date of the check" state={state} type="date" defaultValue={today} />
          <Fieldset legend="For a referral">
            <SelectField name="platform" label="Platform" state={state} defaultValue="" options={optionsOf(platforms)} placeholder="Not known" />
            <SelectField name="channel" label="How it was shared" state={state} defaultValue="" options={optionsOf(channels)} placeholder="Choose" />
          </Fieldset>
        </>
      )}
    </KeptForm>
  );
}
