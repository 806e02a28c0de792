"use client";

import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { CASE_REF_EXAMPLE } from "@/lib/cases/case-ref";
import { linkGroupToCaseAction } from "../../actions";

/** Puts the group on a further case the investigator may see (issue 18, item 1). */
export function LinkGroupToCaseForm({ groupId }: { groupId: number }) {
  const { state, pending, formProps } = useKeptFormAction(linkGroupToCaseAction);
  return (
    <form {...formProps} noValidate aria-label="Link this group to another case" className="app-inline-form">
      <FormStatus state={state} idPrefix="link-group-" />
      <input type="hidden" name="groupId" value={groupId} />
      <TextField
        name="caseRef"
        label="Link this group to another case"
        hint={`The case's reference, like ${CASE_REF_EXAMPLE}. Its members and their parts then show on that case too.`}
        state={state}
        idPrefix="link-group-"
        width="10"
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Link to the case
      </button>
    </form>
  );
}
