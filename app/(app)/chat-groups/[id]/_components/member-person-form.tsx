"use client";

import { Choices, TextField } from "@/components/ui/field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { setMemberPersonAction } from "../../actions";
import { MemberFormHead } from "./member-form-head";

export interface MemberIdentityFacts {
  id: number;
  displayName: string;
  version: number;
  serviceNumber: string | null;
  outsideForce: boolean;
  outsideDescription: string | null;
}

/** Who a member is, answered again: a person on record by service number, someone outside the force, or not identified. */
export function MemberPersonForm({ groupId, member }: { groupId: number; member: MemberIdentityFacts }) {
  const { state, pending, formProps } = useKeptFormAction(setMemberPersonAction);
  const prefix = `w${member.id}-`;
  const current = member.serviceNumber ? "service_number" : member.outsideForce ? "outside" : "unknown";
  return (
    <form {...formProps} noValidate aria-label={`Who ${member.displayName} is`}>
      <MemberFormHead state={state} idPrefix={prefix} groupId={groupId} member={member} />
      <Choices
        type="radio"
        name="match"
        idPrefix={prefix}
        legend={`Who ${member.displayName} is`}
        state={state}
        defaultValue={current}
        options={[
          { value: "service_number", label: "A person on record" },
          { value: "outside", label: "Someone outside the force" },
          { value: "unknown", label: "Not on record, or not identified yet" },
        ]}
      />
      <div className="app-field-row">
        <TextField name="serviceNumber" idPrefix={prefix} label="Service number" state={state} width="10" defaultValue={member.serviceNumber ?? ""} />
        <TextField
          name="outside"
          idPrefix={prefix}
          label="Who they are, if outside the force"
          state={state}
          width="20"
          defaultValue={member.outsideDescription ?? ""}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Save who {member.displayName} is
      </button>
    </form>
  );
}
