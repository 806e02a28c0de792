"use client";

import { FormStatus } from "@/components/ui/form-status";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { markNotificationsReadAction } from "../actions";

/** Stays on the page once all are read, so that its confirmation does too. */
export function MarkReadForm({ unread }: { unread: number }) {
  const { state, pending, formProps } = useKeptFormAction(markNotificationsReadAction);
  return (
    <form {...formProps} aria-label="Mark all as read">
      <FormStatus state={state} />
      <input type="hidden" name="confirm" value="all" />
      {unread > 0 ? (
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
          Mark all as read
        </button>
      ) : null}
    </form>
  );
}
