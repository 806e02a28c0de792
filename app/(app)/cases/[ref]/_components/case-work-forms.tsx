"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { FormStatus } from "@/components/ui/form-status";
import { addNoteAction, assignCaseAction, completeTaskAction, linkCaseAction, startAssessmentsAction } from "../../actions";
import { SelectField, TextField, TextareaField } from "@/components/ui/field";
import { type InvestigatorChoice, InvestigatorOptions } from "../../_components/investigator-options";

export function NoteForm({ caseRef }: { caseRef: string }) {
  const { state, pending, formProps } = useKeptFormAction(addNoteAction);
  return (
    <form {...formProps} noValidate aria-label="Add a note">
      <FormStatus state={state} idPrefix="note-" />
      <input type="hidden" name="ref" value={caseRef} />
      <TextareaField name="body" label="Note" state={state} idPrefix="note-" rows={3} />
      <button type="submit" className="govuk-button" disabled={pending}>
        Add note
      </button>
    </form>
  );
}

export function LinkCaseForm({ caseRef }: { caseRef: string }) {
  const { state, pending, formProps } = useKeptFormAction(linkCaseAction);
  return (
    <form {...formProps} noValidate aria-label="Link another case">
      <FormStatus state={state} idPrefix="link-" />
      <input type="hidden" name="ref" value={caseRef} />
      <div className="app-field-row">
        <TextField name="otherRef" label="Case reference" state={state} idPrefix="link-" placeholder="PSD-2026-0042" autoComplete="off" />
        <TextField name="reason" label="Why they are linked" state={state} idPrefix="link-" />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Link case
      </button>
    </form>
  );
}

export function AssignForm({
  caseRef,
  version,
  current,
  investigators,
}: {
  caseRef: string;
  version: number;
  current: number | null;
  investigators: InvestigatorChoice[];
}) {
  const { state, pending, formProps } = useKeptFormAction(assignCaseAction);
  return (
    <form {...formProps} noValidate aria-label="Assign the case" className="app-inline-form">
      <FormStatus state={state} idPrefix="assign-" />
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="version" value={version} />
      <SelectField name="userId" label="Investigator (open cases they hold)" state={state} idPrefix="assign-" defaultValue={current ?? ""}>
        <option value="">Choose</option>
        <InvestigatorOptions investigators={investigators} />
      </SelectField>
      <button type="submit" className="govuk-button" disabled={pending}>
        Assign
      </button>
    </form>
  );
}

export function CompleteTaskButton({ caseRef, taskId, label }: { caseRef: string; taskId: number; label: string }) {
  const { state, pending, formProps } = useKeptFormAction(completeTaskAction);
  return (
    <form {...formProps} className="app-inline-form" aria-label={label}>
      <FormStatus state={state} idPrefix={`task-${taskId}-`} />
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="taskId" value={taskId} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Mark done
      </button>
    </form>
  );
}

/**
 * One step for what the law lets several officers share: starting the severity
 * assessment. Each is then assessed on their own card (2020 reg 14).
 */
export function StartAssessmentsForm({ caseRef, subjects }: { caseRef: string; subjects: { id: number; version: number; name: string }[] }) {
  const { state, pending, formProps } = useKeptFormAction(startAssessmentsAction, { resetOnSuccess: false });
  // Once they are started the form has nothing left to offer, but its confirmation stays.
  if (subjects.length < 2) return <FormStatus state={state} idPrefix="start-all-" />;
  return (
    <form {...formProps} noValidate aria-label="Start the severity assessment for every officer recorded">
      <FormStatus state={state} idPrefix="start-all-" />
      <input type="hidden" name="ref" value={caseRef} />
      {subjects.map((s) => (
        <input key={s.id} type="hidden" name="subjects" value={`${s.id}:${s.version}`} />
      ))}
      <p className="govuk-body">
        {subjects.length} officers are recorded and not yet assessed: {subjects.map((s) => s.name).join(", ")}.
      </p>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Start the severity assessment for all {subjects.length}
      </button>
    </form>
  );
}
