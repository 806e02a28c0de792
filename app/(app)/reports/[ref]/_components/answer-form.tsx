"use client";

import { FormStatus } from "@/components/ui/form-status";
import { TextareaField } from "@/components/ui/field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { answerReportAction } from "../../actions";

/**
 * PSD's question and the reporter's answer. Mounted whenever there has been a question,
 * so the confirmation stays on the page after the answer takes the report back to the queue.
 */
export function AnswerSection({ reportRef, question, waiting }: { reportRef: string; question: string; waiting: boolean }) {
  const { state, pending, formProps } = useKeptFormAction(answerReportAction);
  if (!waiting) return <FormStatus state={state?.ok ? state : null} />;
  return (
    <section aria-labelledby="question-heading" className="no-print">
      <h2 className="govuk-heading-m" id="question-heading">
        More information needed
      </h2>
      <p className="govuk-body">PSD asks:</p>
      <div className="govuk-inset-text app-note-body">{question}</div>
      <form {...formProps} noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="ref" value={reportRef} />
        <TextareaField name="answer" label="Your answer" state={state} rows={4} />
        <button type="submit" className="govuk-button" disabled={pending}>
          {pending ? "Sending…" : "Send your answer"}
        </button>
      </form>
    </section>
  );
}
