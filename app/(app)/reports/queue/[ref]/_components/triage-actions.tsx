"use client";

import { Link } from "@/components/ui/link";
import { FormStatus, type FormState } from "@/components/ui/form-status";
import { type InputWidth, TextareaField, TextField } from "@/components/ui/field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { ActionResult, ActionState } from "@/server/actions/validated-action";
import {
  closeReportNoFurtherActionAction,
  convertReportAction,
  linkReportToCaseAction,
  markReportDuplicateAction,
  requestReportInformationAction,
} from "../../../actions";

interface ExitProps<T> {
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;
  reportRef: string;
  version: number;
  open: boolean;
  id: string;
  heading: string;
  button: string;
  field?: ExitField;
}

/** The one thing an exit asks for: a short answer (a reference) or a few lines (`rows`). */
type ExitField = { name: string; label: string; hint: string } & ({ width: InputWidth } | { rows: number });

function ExitFieldControl({ field, state, idPrefix }: { field: ExitField; state: FormState; idPrefix: string }) {
  return "rows" in field ? <TextareaField {...field} idPrefix={idPrefix} state={state} /> : <TextField {...field} idPrefix={idPrefix} state={state} />;
}

const linkField: ExitField = { name: "caseRef", label: "Case reference", hint: "A case you can see, like PSD-2026-0042", width: "10" };
const duplicateField: ExitField = { name: "duplicateOf", label: "Reference of the earlier report", hint: "Like RPT-2026-00001", width: "20" };
const questionField: ExitField = {
  name: "question",
  label: "Your question",
  hint: "The reporter reads it as you write it, without your name. Do not name anyone.",
  rows: 3,
};
const reasonField: ExitField = { name: "reason", label: "Reason", hint: "Kept in PSD's record. The reporter is told only “No further action”.", rows: 3 };

/**
 * One way out of triage: its own form, kept after a refusal. It stays mounted after the
 * report closes (the form goes, the other exits with it) so that its confirmation stays.
 */
function Exit<T>({ action, reportRef, version, open, id, heading, button, field }: ExitProps<T>) {
  const { state, pending, formProps } = useKeptFormAction(action);
  const idPrefix = `${id}-`;
  const caseRef = state?.ok ? (state.data as { caseRef?: string } | null)?.caseRef : undefined;
  const confirmation = state?.ok ? (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="status">
      <div className="govuk-notification-banner__header">
        <p className="govuk-notification-banner__title">Done</p>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{state.message}</p>
        {caseRef ? (
          <p className="govuk-body">
            <Link href={`/cases/${caseRef}`}>Go to case {caseRef}</Link>
          </p>
        ) : null}
        <p className="govuk-body">
          <Link href="/reports/queue">Back to the report queue</Link>
        </p>
      </div>
    </div>
  ) : null;
  if (!open) return confirmation;
  return (
    <section aria-labelledby={`${id}-heading`} className="govuk-!-margin-bottom-6">
      {confirmation}
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {heading}
      </h2>
      <form {...formProps} noValidate>
        <FormStatus state={state && !state.ok ? state : null} idPrefix={idPrefix} />
        <input type="hidden" name="ref" value={reportRef} />
        <input type="hidden" name="version" value={version} />
        {field ? <ExitFieldControl field={field} state={state} idPrefix={idPrefix} /> : null}
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
          {button}
        </button>
      </form>
    </section>
  );
}

/** Every way out of triage, for a supervisor; once the report is closed only the confirmation of the step taken remains. */
export function TriageActions({ reportRef, version, open, hasReporter }: { reportRef: string; version: number; open: boolean; hasReporter: boolean }) {
  const common = { reportRef, version, open };
  return (
    <>
      <Exit {...common} id="convert" action={convertReportAction} heading="Open a case" button="Open a case from this report" />
      <Exit {...common} id="link" action={linkReportToCaseAction} heading="Add to an existing case" button="Add to this case" field={linkField} />
      <Exit {...common} id="duplicate" action={markReportDuplicateAction} heading="Already reported" button="Close as a duplicate" field={duplicateField} />
      {hasReporter ? (
        <Exit
          {...common}
          id="question"
          action={requestReportInformationAction}
          heading="Ask the reporter for more information"
          button="Send the question"
          field={questionField}
        />
      ) : null}
      <Exit
        {...common}
        id="nfa"
        action={closeReportNoFurtherActionAction}
        heading="No further action"
        button="Close with no further action"
        field={reasonField}
      />
    </>
  );
}
