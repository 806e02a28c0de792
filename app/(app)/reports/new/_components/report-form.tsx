"use client";

import { KeptForm } from "@/components/ui/kept-form";
import { platforms } from "@/lib/vocabulary";
import { submitReportAction } from "../../actions";
import { Checkbox, SelectField, TextField, TextareaField, optionsOf } from "@/components/ui/field";

export function ReportForm() {
  // A refused report keeps every answer, "keep my identity confidential" above all: a
  // reporter who corrects one field and sends again must not be named by accident.
  return (
    <KeptForm action={submitReportAction} opens={({ ref }) => `/reports/${ref}`} button="Send report" pendingButton="Sending…">
      {(state) => (
        <>
          <TextareaField
            name="description"
            label="What did you see?"
            hint="Describe the messages or posts. Do not copy images of victims or scenes here."
            state={state}
            rows={5}
          />
          <SelectField name="platform" label="Where" state={state} defaultValue="" options={optionsOf(platforms)} placeholder="Choose" />
          <TextField name="groupName" label="Group or account name (optional)" state={state} />
          <TextField name="seenOn" label="When (optional)" state={state} type="date" />
          <TextField name="peopleInvolved" label="Who was involved, if known (optional)" state={state} />
          <Checkbox name="confidential" state={state} label="Keep my identity confidential: only PSD supervisors will see who reported" />
        </>
      )}
    </KeptForm>
  );
}
