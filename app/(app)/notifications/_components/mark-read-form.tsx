"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { markNotificationsReadAction } from "../actions";

/** Stays on the page once all are read, so that its confirmation does too. */
export function MarkReadForm({ unread }: { unread: number }) {
  const [state, action, pending] = useActionState(markNotificationsReadAction, null);
  return (
    <form action={action} aria-label="Mark all as read">
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
