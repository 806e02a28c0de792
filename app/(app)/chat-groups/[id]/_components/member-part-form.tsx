"use client";

import { Choices, TextField, TextareaField } from "@/components/ui/field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { groupParts, type GroupPart } from "@/lib/vocabulary";
import { setMemberPartAction } from "../../actions";
import { MemberFormHead } from "./member-form-head";

export interface MemberPartFacts {
  id: number;
  displayName: string;
  version: number;
  part: GroupPart | null;
  reportedOn: string | null;
  reportedTo: string | null;
  note: string | null;
}

/** One member's part, as the investigator reads the evidence; when and to whom, for a member who reported it. */
export function MemberPartForm({ groupId, member }: { groupId: number; member: MemberPartFacts }) {
  const { state, pending, formProps } = useKeptFormAction(setMemberPartAction);
  const prefix = `m${member.id}-`;
  return (
    <form {...formProps} noValidate aria-label={`Part of ${member.displayName}`}>
      <MemberFormHead state={state} idPrefix={prefix} groupId={groupId} member={member} />
      <Choices
        type="radio"
        name="part"
        idPrefix={prefix}
        legend={`${member.displayName}'s part`}
        state={state}
        defaultValue={member.part ?? ""}
        options={[...groupParts.keys.map((key) => ({ value: key, label: groupParts.labels[key] })), { value: "", label: "Not recorded yet" }]}
      />
      <div className="app-field-row">
        <TextField name="reportedOn" idPrefix={prefix} label="Reported on (if reported)" type="date" state={state} defaultValue={member.reportedOn ?? ""} />
        <TextField name="reportedTo" idPrefix={prefix} label="Reported to (if reported)" state={state} width="20" defaultValue={member.reportedTo ?? ""} />
      </div>
      <TextareaField name="note" idPrefix={prefix} label="Note (optional)" rows={2} state={state} defaultValue={member.note ?? ""} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Save {member.displayName}'s part
      </button>
    </form>
  );
}
