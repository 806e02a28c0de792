import { FieldError, invalidProps, type FormState } from "@/components/ui/form-status";

/** What every check must record before it happens: its legal basis, proportionality and DPIA. */
export function SafeguardFields({ state }: { state: FormState }) {
  return (
    <fieldset className="field">
      <legend>Safeguards</legend>
      <div className="field">
        <label htmlFor="legalBasis">Legal basis</label>
        <FieldError state={state} name="legalBasis" />
        <textarea id="legalBasis" name="legalBasis" rows={2} {...invalidProps(state, "legalBasis")} />
      </div>
      <div className="field">
        <label htmlFor="proportionality">Proportionality</label>
        <p className="hint">Why this intrusion is necessary and no wider than it needs to be.</p>
        <FieldError state={state} name="proportionality" />
        <textarea id="proportionality" name="proportionality" rows={3} {...invalidProps(state, "proportionality")} />
      </div>
      <div className="field">
        <label htmlFor="dpiaRef">Data-protection impact assessment reference</label>
        <FieldError state={state} name="dpiaRef" />
        <input id="dpiaRef" name="dpiaRef" {...invalidProps(state, "dpiaRef")} />
      </div>
    </fieldset>
  );
}
