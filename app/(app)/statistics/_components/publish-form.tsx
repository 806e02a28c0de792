"use client";

import { Link } from "@/components/ui/link";
import { CheckBeforeSending, useCheckAnswers } from "@/components/ui/check-answers";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { publishTableAction } from "../actions";
import { TextField } from "@/components/ui/field";

export function PublishForm({ query, defaultTitle }: { query: string; defaultTitle: string }) {
  const { state, pending, formProps } = useKeptFormAction(publishTableAction);
  // Publishing fixes the figures as released: the answers are checked first (issue 17, item 4).
  const check = useCheckAnswers(state, formProps.onSubmit, [{ question: "Table", answer: defaultTitle }]);
  return (
    <form {...formProps} onSubmit={check.onSubmit} noValidate className="no-print">
      <FormStatus state={state} />
      {state?.ok ? (
        <p>
          <Link href={`/statistics/published/${state.data.id}`}>Open the published table</Link>: it is kept as released, and a change to the records later is
          flagged against it, never written into it.
        </p>
      ) : null}
      <input type="hidden" name="query" value={query} />
      <CheckBeforeSending
        check={check}
        title="publish this table"
        warning="The table is kept as published, with today's figures after disclosure control, for anyone who may read published tables."
        confirmLabel="Confirm and publish"
        pending={pending}
        fields={
          <>
            <TextField name="title" label="Title" state={state} defaultValue={defaultTitle} />
            <TextField name="foiRef" label="FoI request reference (optional)" state={state} placeholder="FOI-2026-00001" />
          </>
        }
        button={
          <button type="submit" className="govuk-button" disabled={pending}>
            Publish this table
          </button>
        }
      />
    </form>
  );
}
