"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FieldError, FormStatus, invalidProps } from "@/components/ui/form-status";
import { publishTableAction } from "../actions";

export function PublishForm({ query, defaultTitle }: { query: string; defaultTitle: string }) {
  const [state, action, pending] = useActionState(publishTableAction, null);
  return (
    <form action={action} noValidate className="no-print">
      <FormStatus state={state} />
      {state?.ok ? (
        <p>
          <Link href={`/statistics/published/${(state.data as { id: number }).id}`}>Open the published table</Link>
        </p>
      ) : null}
      <input type="hidden" name="query" value={query} />
      <div className="field">
        <label htmlFor="title">Title</label>
        <FieldError state={state} name="title" />
        <input id="title" name="title" defaultValue={defaultTitle} {...invalidProps(state, "title")} />
      </div>
      <div className="field">
        <label htmlFor="foiRef">FoI request reference (optional)</label>
        <FieldError state={state} name="foiRef" />
        <input id="foiRef" name="foiRef" placeholder="FOI-2026-00001" {...invalidProps(state, "foiRef")} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Publish this table
      </button>
    </form>
  );
}
