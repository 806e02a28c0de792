"use client";

import { KeptForm } from "@/components/ui/kept-form";
import { openWithCauseCheckAction } from "../actions";
import { SafeguardFields } from "./safeguard-fields";
import { Fieldset, TextField, TextareaField } from "@/components/ui/field";

export function WithCauseForm() {
  return (
    <KeptForm action={openWithCauseCheckAction} opens={({ ref }) => `/spot-checks/${ref}`} button="Open the check">
      {(state) => (
        <>
          <TextField name="serviceNumber" label="Service number of the person to check" state={state} />
          <Fieldset legend="What justifies the check (one or both)">
            <TextareaField name="causeIntelligence" label="Intelligence" state={state} rows={3} />
            <TextField name="causeCaseRef" label="Case reference" state={state} placeholder="PSD-2026-0001" />
          </Fieldset>
          <SafeguardFields state={state} />
        </>
      )}
    </KeptForm>
  );
}
