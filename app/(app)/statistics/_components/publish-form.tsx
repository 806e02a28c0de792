"use client";

import Link from "next/link";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { publishTableAction } from "../actions";
import { TextField } from "@/components/ui/field";

export function PublishForm({ query, defaultTitle }: { query: string; defaultTitle: string }) {
  const { state, pending, formProps } = useKeptFormAction(publishTableAction);
  return (
    <form {...formProps} noValidate className="no-print">
      <FormStatus state={state} />
      {state?.ok ? (
        <p>
          <Link href={`/statistics/published/${state.data.id}`}>Open the published table</Link>
        </p>
      ) : null}
      <input type="hidden" name="query" value={query} />
      <TextField name="title" label="Title" state={state} defaultValue={defaultTitle} />
      <TextField name="foiRef" label="FoI request reference (optional)" state={state} placeholder="FOI-2026-00001" />
      <button type="submit" className="govuk-button" disabled={pending}>
        Publish this table
      </button>
    </form>
  );
}
