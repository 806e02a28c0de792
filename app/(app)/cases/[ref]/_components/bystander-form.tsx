"use client";

import { Choices, TextareaField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { decideBystanderAction } from "../../actions";

/** The decision on one bystander: a subject with the Standard, or no action; the reason either way. */
export function BystanderForm({ caseRef, memberId, version, name }: { caseRef: string; memberId: number; version: number; name: string }) {
  const { state, pending, formProps } = useKeptFormAction(decideBystanderAction);
  const prefix = `bystander-${memberId}-`;
  return (
    <form {...formProps} noValidate aria-label={`Bystander decision on ${name}`}>
      <FormStatus state={state} idPrefix={prefix} />
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="version" value={version} />
      <Choices
        type="radio"
        name="decision"
        idPrefix={prefix}
        legend={`What is decided about ${name}`}
        state={state}
        small
        inline
        options={[
          { value: "subject", label: "Add as a subject for not challenging or reporting" },
          { value: "no_action", label: "No action" },
        ]}
      />
      <TextareaField name="reason" label="Reason" rows={2} state={state} idPrefix={prefix} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Record the decision on {name}
      </button>
    </form>
  );
}
