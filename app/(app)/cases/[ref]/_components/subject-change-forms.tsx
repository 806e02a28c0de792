"use client";

import { optionsOf, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { channels, contentTypes, devices, platforms, ranks } from "@/lib/vocabulary";
import { addSubjectAction, editCaseDetailsAction, removeSubjectAction } from "../../actions";

/** A subject officer added after intake: someone on record by service number, or a new person. */
export function AddSubjectForm({ caseRef, version }: { caseRef: string; version: number }) {
  const { state, pending, formProps } = useKeptFormAction(addSubjectAction);
  const prefix = "add-subject-";
  return (
    <form {...formProps} noValidate aria-label="Add a subject officer">
      <FormStatus state={state} idPrefix={prefix} />
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="version" value={version} />
      <div className="app-field-row">
        <TextField name="serviceNumber" label="Service number" hint="An officer on record is found by it." state={state} idPrefix={prefix} width="10" />
        <TextField name="name" label="Full name" state={state} idPrefix={prefix} />
        <SelectField name="rank" label="Rank at the time" state={state} idPrefix={prefix} defaultValue="" placeholder="Choose" options={optionsOf(ranks)} />
      </div>
      <TextareaField name="allegation" label="Allegation (optional)" rows={2} state={state} idPrefix={prefix} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Add the subject officer
      </button>
    </form>
  );
}

/** Takes a subject added in error off the case, before anything is decided about them. */
export function RemoveSubjectForm({ caseRef, subjectId, version, name }: { caseRef: string; subjectId: number; version: number; name: string }) {
  const { state, pending, formProps } = useKeptFormAction(removeSubjectAction);
  const prefix = `remove-${subjectId}-`;
  return (
    <form {...formProps} noValidate aria-label={`Remove ${name} from the case`}>
      <FormStatus state={state} idPrefix={prefix} />
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <input type="hidden" name="version" value={version} />
      <TextareaField
        name="reason"
        label="Why they should not be on this case"
        hint="For a subject added in error. Once the severity assessment is made, withdraw the allegation instead."
        rows={2}
        state={state}
        idPrefix={prefix}
      />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={pending}>
        Remove {name} from the case
      </button>
    </form>
  );
}

interface CaseFacts {
  summary: string;
  platform: string;
  channel: string;
  groupSize: number | null;
  contentType: string;
  device: string;
  incidentOn: string | null;
}

/** Corrects what the case records about what happened, as it stands now. */
export function EditCaseDetailsForm({ caseRef, version, facts }: { caseRef: string; version: number; facts: CaseFacts }) {
  const { state, pending, formProps } = useKeptFormAction(editCaseDetailsAction, { resetOnSuccess: false });
  const prefix = "details-";
  return (
    <form {...formProps} noValidate aria-label="Correct the case details">
      <FormStatus state={state} idPrefix={prefix} />
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="version" value={version} />
      <TextareaField name="summary" label="Summary" rows={3} defaultValue={facts.summary} state={state} idPrefix={prefix} />
      <div className="app-field-row">
        <SelectField name="platform" label="Platform" defaultValue={facts.platform} options={optionsOf(platforms)} state={state} idPrefix={prefix} />
        <SelectField name="channel" label="Channel" defaultValue={facts.channel} options={optionsOf(channels)} state={state} idPrefix={prefix} />
        <TextField
          name="groupSize"
          label="Members of the group chat"
          hint="Only for a group chat."
          inputMode="numeric"
          width="5"
          defaultValue={facts.groupSize ?? ""}
          state={state}
          idPrefix={prefix}
        />
      </div>
      <div className="app-field-row">
        <SelectField
          name="contentType"
          label="Type of content"
          defaultValue={facts.contentType}
          options={optionsOf(contentTypes)}
          state={state}
          idPrefix={prefix}
        />
        <SelectField name="device" label="Device used" defaultValue={facts.device} options={optionsOf(devices)} state={state} idPrefix={prefix} />
        <TextField
          name="incidentOn"
          label="Date of the incident (if known)"
          type="date"
          defaultValue={facts.incidentOn ?? ""}
          state={state}
          idPrefix={prefix}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Save the corrected details
      </button>
    </form>
  );
}

/**
 * Adds someone a report named, once the investigator has picked them from the people
 * records. Once they are a subject the button gives way to a tag, and the confirmation
 * stays beside it.
 */
export function AddNamedSubjectForm({
  caseRef,
  version,
  person,
  reportRef,
  alreadySubject,
}: {
  caseRef: string;
  version: number;
  person: { id: number; name: string; rank: string; serviceNumber: string };
  reportRef: string;
  alreadySubject: boolean;
}) {
  const { state, pending, formProps } = useKeptFormAction(addSubjectAction);
  const prefix = `add-named-${reportRef}-${person.id}-`;
  if (alreadySubject) {
    return (
      <div>
        <FormStatus state={state} idPrefix={prefix} />
        <strong className="govuk-tag govuk-tag--green app-tag--phrase">Already a subject</strong>
      </div>
    );
  }
  return (
    <form {...formProps} noValidate aria-label={`Add ${person.name} as a subject officer`} className="app-inline-form">
      <FormStatus state={state} idPrefix={prefix} />
      <input type="hidden" name="ref" value={caseRef} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="personId" value={person.id} />
      <input type="hidden" name="rank" value={person.rank} />
      <input type="hidden" name="allegation" value={`Named in report ${reportRef}.`} />
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={pending}>
        Add {person.name} ({person.serviceNumber}) as a subject
      </button>
    </form>
  );
}
