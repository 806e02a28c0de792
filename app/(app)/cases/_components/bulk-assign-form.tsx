"use client";

import { useEffect } from "react";
import { SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { bulkAssignAction } from "../actions";
import { type InvestigatorChoice, InvestigatorOptions } from "./investigator-options";

/** The form the case list's tick boxes belong to (HTML's `form` attribute); its field errors link to the first of them. */
export const BULK_ASSIGN_FORM = "bulk-assign";

/**
 * Assigns the cases ticked in the list to one investigator (issue 17, item 9): all or
 * none, each at the version the list showed. Once done, the ticks clear.
 */
export function BulkAssignForm({ investigators }: { investigators: InvestigatorChoice[] }) {
  const { state, pending, formProps } = useKeptFormAction(bulkAssignAction);
  useEffect(() => {
    if (!state?.ok) return;
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_ASSIGN_FORM}"]`)) box.checked = false;
  }, [state]);
  return (
    <form {...formProps} id={BULK_ASSIGN_FORM} noValidate aria-label="Assign the ticked cases" className="app-inline-form">
      <FormStatus state={state} idPrefix={`${BULK_ASSIGN_FORM}-`} />
      <SelectField name="userId" label="Assign the ticked cases to" state={state} idPrefix={`${BULK_ASSIGN_FORM}-`} defaultValue="">
        <option value="">Choose an investigator</option>
        <InvestigatorOptions investigators={investigators} />
      </SelectField>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Assign ticked cases
      </button>
    </form>
  );
}
