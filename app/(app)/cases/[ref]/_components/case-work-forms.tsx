"use client";

import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { FieldError, FormStatus, invalidProps } from "@/components/ui/form-status";
import { addNoteAction, assignCaseAction, completeTaskAction, linkCaseAction } from "../../actions";

export function NoteForm({ caseRef }: { caseRef: string }) {
  const { state, pending, formProps } = useKeptFormAction(addNoteAction);
  return (
    <form {...formProps} noValidate aria-label="Add a note">
      <FormStatus state={state} idPrefix="note-" />
      <input type="hidden" name="ref" value={caseRef} />
      <div className="field">
        <label htmlFor="note-body">Note</label>
        <FieldError state={state} name="body" idPrefix="note-" />
        <textarea id="note-body" name="body" rows={3} {...invalidProps(state, "body", "note-")} />
      </div>
      <button type="submit" className="button" disabled={pending}>
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
      <div className="field-row">
        <div className="field">
          <label htmlFor="link-otherRef">Case reference</label>
          <FieldError state={state} name="otherRef" idPrefix="link-" />
          <input id="link-otherRef" name="otherRef" placeholder="PSD-2026-0042" autoComplete="off" {...invalidProps(state, "otherRef", "link-")} />
        </div>
        <div className="field">
          <label htmlFor="link-reason">Why they are linked</label>
          <FieldError state={state} name="reason" idPrefix="link-" />
          <input id="link-reason" name="reason" {...invalidProps(state, "reason", "link-")} />
        </div>
      </div>
      <button type="submit" className="button button--secondary" disabled={pending}>
        Link case
      </button>
    </form>
  );
}

export function AssignForm({ caseRef, version, current, investigators }: { caseRef: string; version: number; current: number | null; investigators: { id: number; name: string; team: string | null; open: number }[] }) {
  const { state, pending, formProps } = useKeptFormAction(assignCaseAction);
  return (
    <form {...formProps} noValidate aria-label="Assign the case" className="inline-form">
      <FormStatus state={state} idPrefix="assign-" />
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="version" value={version} />
      <div className="field">
        <label htmlFor="assign-userId">Investigator (open cases they hold)</label>
        <FieldError state={state} name="userId" idPrefix="assign-" />
        <select id="assign-userId" name="userId" defaultValue={current ?? ""} {...invalidProps(state, "userId", "assign-")}>
          <option value="">Choose</option>
          {investigators.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
              {person.team ? `, ${person.team}` : ""} ({person.open} open)
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={pending}>
        Assign
      </button>
    </form>
  );
}

export function CompleteTaskButton({ caseRef, taskId, label }: { caseRef: string; taskId: number; label: string }) {
  const { state, pending, formProps } = useKeptFormAction(completeTaskAction);
  return (
    <form {...formProps} className="inline-form" aria-label={label}>
      <FormStatus state={state} idPrefix={`task-${taskId}-`} />
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="taskId" value={taskId} />
      <button type="submit" className="button button--secondary" disabled={pending}>
        Mark done
      </button>
    </form>
  );
}
