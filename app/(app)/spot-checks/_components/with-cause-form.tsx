"use client";

import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { openWithCauseCheckAction } from "../actions";
import { SafeguardFields } from "./safeguard-fields";
import { Fieldset, TextField, TextareaField } from "@/components/ui/field";

export function WithCauseForm() {
  const router = useRouter();
  const { state, pending, formProps } = useKeptFormAction(openWithCauseCheckAction, { onSuccess: ({ ref }) => router.push(`/spot-checks/${ref}`) });
  return (
    <form {...formProps} noValidate>
      <FormStatus state={state && !state.ok ? state : null} />
      <TextField name="serviceNumber" label="Service number of the person to check" state={state} />
      <Fieldset legend="What justifies the check (one or both)">
        <TextareaField name="causeIntelligence" label="Intelligence" state={state} rows={3} />
        <TextField name="causeCaseRef" label="Case reference" state={state} placeholder="PSD-2026-0001" />
      </Fieldset>
      <SafeguardFields state={state} />
      <button type="submit" className="govuk-button" disabled={pending}>
        Open the check
      </button>
    </form>
  );
}
