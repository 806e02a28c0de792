"use client";

import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { linkEvidenceToMessageAction } from "../../actions";

/** Records which message of the group, and whose, an evidence item shows (issue 18, item 2). */
export function LinkEvidenceForm({
  groupId,
  files,
  members,
}: {
  groupId: number;
  files: { id: number; fileName: string; caseRef: string }[];
  members: { id: number; displayName: string }[];
}) {
  const { state, pending, formProps } = useKeptFormAction(linkEvidenceToMessageAction);
  const prefix = "link-evidence-";
  return (
    <form {...formProps} noValidate aria-label="Link an evidence item to a message">
      <FormStatus state={state} idPrefix={prefix} />
      <input type="hidden" name="groupId" value={groupId} />
      <div className="app-field-row">
        <SelectField name="evidenceId" label="The file" state={state} idPrefix={prefix} defaultValue="">
          <option value="">Choose a file</option>
          {files.map((file) => (
            <option key={file.id} value={file.id}>
              {file.fileName} ({file.caseRef})
            </option>
          ))}
        </SelectField>
        <SelectField name="memberId" label="Shows a message by" state={state} idPrefix={prefix} defaultValue="">
          <option value="">Choose the author</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.displayName}
            </option>
          ))}
        </SelectField>
        <TextField
          name="messageAt"
          type="datetime-local"
          step={1}
          label="Sent at (optional)"
          hint="The chat's own clock time."
          state={state}
          idPrefix={prefix}
        />
      </div>
      <TextField name="note" label="What it shows (optional)" state={state} idPrefix={prefix} width="two-thirds" />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Link the file to the message
      </button>
    </form>
  );
}
