"use client";

import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { platforms } from "@/lib/vocabulary";
import { submitReportAction } from "../../actions";
import { Checkbox, SelectField, TextField, TextareaField } from "@/components/ui/field";

export function ReportForm() {
  const router = useRouter();
  // A refused report keeps every answer, "keep my identity confidential" above all: a
  // reporter who corrects one field and sends again must not be named by accident.
  const { state, pending, formProps } = useKeptFormAction(submitReportAction, { onSuccess: ({ ref }) => router.push(`/reports/${ref}`) });
  return (
    <form {...formProps} noValidate>
      <FormStatus state={state && !state.ok ? state : null} />
      <TextareaField
        name="description"
        label="What did you see?"
        hint="Describe the messages or posts. Do not copy images of victims or scenes here."
        state={state}
        rows={5}
      />
      <SelectField name="platform" label="Where" state={state} defaultValue="">
        <option value="">Choose</option>
        {platforms.keys.map((key) => (
          <option key={key} value={key}>
            {platforms.labels[key]}
          </option>
        ))}
      </SelectField>
      <TextField name="groupName" label="Group or account name (optional)" state={state} />
      <TextField name="seenOn" label="When (optional)" state={state} type="date" />
      <TextField name="peopleInvolved" label="Who was involved, if known (optional)" state={state} />
      <Checkbox name="confidential" state={state} label="Keep my identity confidential: only PSD supervisors will see who reported" />
      <button type="submit" className="govuk-button" disabled={pending}>
        {pending ? "Sending…" : "Send report"}
      </button>
    </form>
  );
}
