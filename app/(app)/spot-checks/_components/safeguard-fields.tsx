import type { FormState } from "@/components/ui/form-status";
import { Fieldset, TextField, TextareaField } from "@/components/ui/field";

/** What every check must record before it happens: its legal basis, proportionality and DPIA. */
export function SafeguardFields({ state }: { state: FormState }) {
  return (
    <Fieldset legend="Safeguards">
      <TextareaField name="legalBasis" label="Legal basis" state={state} rows={2} />
      <TextareaField
        name="proportionality"
        label="Proportionality"
        hint="Why this intrusion is necessary and no wider than it needs to be."
        state={state}
        rows={3}
      />
      <TextField name="dpiaRef" label="Data-protection impact assessment reference" state={state} />
    </Fieldset>
  );
}
