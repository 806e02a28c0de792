"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { FormStatus, type FormState } from "@/components/ui/form-status";
import { TextareaField, TextField } from "@/components/ui/field";
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
  fields?: (state: FormState, idPrefix: string) => ReactNode;
}

/**
 * One way out of triage: its own form, kept after a refusal. It stays mounted after the
 * report closes (the form goes, the other exits with it) so that its confirmation stays.
 */
function Exit<T>({ action, reportRef, version, open, id, heading, button, fields }: ExitProps<T>) {
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
        {fields?.(state, idPrefix)}
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
      <Exit
        {...common}
        id="link"
        action={linkReportToCaseAction}
        heading="Add to an existing case"
        button="Add to this case"
        fields={(state, idPrefix) => (
          <TextField name="caseRef" idPrefix={idPrefix} label="Case reference" hint="A case you can see, like PSD-2026-0042" state={state} width="10" />
        )}
      />
      <Exit
        {...common}
        id="duplicate"
        action={markReportDuplicateAction}
        heading="Already reported"
        button="Close as a duplicate"
        fields={(state, idPrefix) => (
          <TextField name="duplicateOf" idPrefix={idPrefix} label="Reference of the earlier report" hint="Like RPT-2026-00001" state={state} width="20" />
        )}
      />
      {hasReporter ? (
        <Exit
          {...common}
          id="question"
          action={requestReportInformationAction}
          heading="Ask the reporter for more information"
          button="Send the question"
          fields={(state, idPrefix) => (
            <TextareaField
              name="question"
              idPrefix={idPrefix}
              label="Your question"
              hint="The reporter reads it as you write it, without your name. Do not name anyone."
              state={state}
              rows={3}
            />
          )}
        />
      ) : null}
      <Exit
        {...common}
        id="nfa"
        action={closeReportNoFurtherActionAction}
        heading="No further action"
        button="Close with no further action"
        fields={(state, idPrefix) => (
          <TextareaField
            name="reason"
            idPrefix={idPrefix}
            label="Reason"
            hint="Kept in PSD's record. The reporter is told only “No further action”."
            state={state}
            rows={3}
          />
        )}
      />
    </>
  );
}
