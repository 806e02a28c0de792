"use client";

import { Checkbox, Choices, optionsOf, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { iopcModes, iopcReferralCriteria, matterTypes } from "@/lib/vocabulary";
import { recordIopcModeAction, recordIopcReferralAction } from "../../actions";

/** The appropriate authority's decision whether to refer, with the mandatory criteria as a checklist. */
export function IopcReferralForm({
  caseRef,
  today,
  current,
}: {
  caseRef: string;
  today: string;
  current: { matterType: string | null; criteria: string[]; referred: boolean | null };
}) {
  const { state, pending, formProps } = useKeptFormAction(recordIopcReferralAction);
  const prefix = "iopc-";
  return (
    <form {...formProps} noValidate aria-label="Decide whether to refer to the IOPC">
      <FormStatus state={state} idPrefix={prefix} />
      <input type="hidden" name="ref" value={caseRef} />
      <SelectField
        name="matterType"
        label="Type of matter"
        hint="A complaint from a member of the public, or a conduct matter (Police Reform Act 2002, Schedule 3)."
        state={state}
        idPrefix={prefix}
        defaultValue={current.matterType ?? ""}
        placeholder="Choose"
        options={optionsOf(matterTypes)}
      />
      <Choices
        type="checkbox"
        name="criteria"
        idPrefix={prefix}
        legend="Mandatory referral criteria that apply"
        hint="Any one means the matter must be referred. Whether conduct is 'serious' is decided by the IOPC's guidance. Discriminatory behaviour in a group chat usually meets criterion (iv)."
        state={state}
        small
        defaultValue={current.criteria}
        options={optionsOf(iopcReferralCriteria)}
      />
      <Checkbox name="referred" id={`${prefix}referred`} label="Refer the matter to the IOPC" defaultChecked={current.referred ?? false} />
      <div className="app-field-row">
        <TextField name="decidedOn" label="Date of the decision" type="date" defaultValue={today} max={today} state={state} idPrefix={prefix} />
        <TextField name="referredOn" label="Date referred (if referred)" type="date" max={today} state={state} idPrefix={prefix} />
      </div>
      <TextareaField name="rationale" label="Rationale" hint="Required, including for a decision not to refer." rows={3} state={state} idPrefix={prefix} />
      <button type="submit" className="govuk-button" disabled={pending}>
        Record the referral decision
      </button>
    </form>
  );
}

/** What the IOPC decided on the referral. */
export function IopcModeForm({ caseRef, today }: { caseRef: string; today: string }) {
  const { state, pending, formProps } = useKeptFormAction(recordIopcModeAction);
  const prefix = "iopc-mode-";
  return (
    <form {...formProps} noValidate aria-label="Record the IOPC's decision">
      <FormStatus state={state} idPrefix={prefix} />
      <input type="hidden" name="ref" value={caseRef} />
      <SelectField
        name="mode"
        label="What the IOPC decided"
        state={state}
        idPrefix={prefix}
        defaultValue=""
        placeholder="Choose"
        options={optionsOf(iopcModes)}
      />
      <TextField name="modeDecidedOn" label="Date of the IOPC's decision" type="date" max={today} state={state} idPrefix={prefix} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Record the IOPC's decision
      </button>
    </form>
  );
}
