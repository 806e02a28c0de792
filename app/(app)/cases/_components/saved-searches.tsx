"use client";

import { Link } from "@/components/ui/link";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { deleteSearchAction, saveSearchAction } from "../actions";

/** The person's saved searches of the list, each a link to the list so filtered, and a way to delete it (issue 17, item 9). */
export function SavedSearchList({ searches }: { searches: { id: number; name: string; query: string }[] }) {
  const { state, pending, formProps } = useKeptFormAction(deleteSearchAction);
  if (searches.length === 0 && !state) return null;
  return (
    <nav aria-label="Your saved searches">
      <FormStatus state={state} idPrefix="saved-" />
      {searches.length > 0 ? (
        <>
          <h2 className="govuk-heading-s">Your saved searches</h2>
          <ul className="govuk-list">
            {searches.map((search) => (
              <li key={search.id}>
                <Link href={`/cases?${search.query}`}>{search.name}</Link>{" "}
                <form {...formProps} className="app-inline-form" aria-label={`Delete the saved search ${search.name}`}>
                  <input type="hidden" name="id" value={search.id} />
                  <button type="submit" className="app-link-button govuk-body-s" disabled={pending}>
                    Delete<span className="govuk-visually-hidden"> {search.name}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </nav>
  );
}

/** Saves the list's current filters under a name; only offered when something is filtered. */
export function SaveSearchForm({ query }: { query: string }) {
  const { state, pending, formProps } = useKeptFormAction(saveSearchAction);
  return (
    <form {...formProps} noValidate aria-label="Save this search" className="app-inline-form">
      <FormStatus state={state} idPrefix="save-search-" />
      <input type="hidden" name="query" value={query} />
      <TextField name="name" label="Save this search as" hint="Only you see it." state={state} idPrefix="save-search-" width="20" />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        Save search
      </button>
    </form>
  );
}
